import { HEDGED_DUTY } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';
import { SELLER_FOLLOWS_CUSTOMER_POLICY, SELLER_OWN_STAFF } from '../words.ts';

// The customer's own duty to tell the seller of misuse is misuse-notification, not a channel for anyone.
const CUSTOMER_TELLS_SELLER = new RegExp(String.raw`^(?:the )?${CUSTOMER}\b[^.;]{0,40}\b(?:shall|must|will|undertakes to)\b[^.;]{0,40}\b(?:report|notify|inform)\w*[^.;]{0,80}\bto (?:the )?${SELLER}\b`);

// Protection of the people who report is part of the channel, wherever the draft states it: "the Customer shall not
// retaliate against any person who makes a report"; "protect reporters' confidentiality".
const REPORTERS = String.raw`(?:reporters?|whistle-?blowers?|complainants?|(?:person|one|individual|member)s? (?:\w+ ){0,3}(?:who|that) (?:\w+ ){0,2}(?:reports?|raises?|complains?|makes? a (?:report|complaint)|uses? (?:it|the (?:channel|hotline|line|portal|mechanism))))`;
// (Confidentiality only of those named as reporters: "any person who reports to the Contract Manager shall keep ... confidential" is a reporting line.)
const REPORTERS_PROTECTED = String.raw`(?:retaliat\w*|reprisals?|victimi[sz]\w*|punish\w*)\b[^.;]{0,60}\b${REPORTERS}|\b(?:reporters?|whistle-?blowers?|complainants?)\b[^.;]{0,60}\b(?:retaliat|reprisal|victimi|confidential)`;
// (Civil-law drafting: "a secured alert system permitting anonymous reports, by which any person may signal an abusive use".)
// (Also "For the reporting of any suspected misuse ..., the parties agree that: (a) the Vendor shall provide an independent, encrypted channel".)
const GRIEVANCE_TOPIC = new RegExp(String.raw`\breport(?:ing)? of (?:any )?(?:suspected |alleged )?(?:misuse|abuse|violations?)\b[^.;]{0,160}\b(?:channel|line|portal|hotline|mechanism)\b|\banonymous(?:ly)?\b[^.;]{0,20}\b(?:reports?|complaints?|alerts?)\b|\balert (?:system|mechanism|line|procedure)\b|(?:employees|staff|personnel|officers|operators|analysts)\b[^.;]{0,80}\b(?:misuse|abuse|violations?)\b[^.;]{0,60}\breport\w*|(?:violations?|abuse|misuse|concerns?|breaches)\b[^.;]{0,20}\b(?:can|may|should) be reported\b|(?:wish|seek|want)s? to appeal\b|\bappeal (?:and reinstatement )?(?:form|page)\b|\b(?:channel|line|portal|address|form)s?\b[^.;]{0,120}(?:to report|\breporters?\b|report(?:s|ing)?\b[^.;]{0,60}\b(?:concerns?|misuse|abuse|violations?|complaints?|grievances?|breach))|report\w*[^.;]{0,80}(?:\b(?:a|the|any|this|our|its|secure|dedicated|confidential) (?:[\w-]+ )?channel\b|\banonymous(?:ly)?\b)|complaints?\b[^.;]{0,80}\b(?:may|can|shall) be (?:submitted|lodged|filed|made|addressed|raised)\b|\bombuds(?:man|person)|grievance|whistle-?blow|report(?:ing)? (?:channel|mechanism|line|form|misuse|concerns|abuse)|report\w* (?:any |all )?concerns?\b|concerns?\b[^.;]{0,60}(?:misuse|human rights|abuse|violation|use of the)[^.;]{0,60}\b(?:may|can|shall|should|must) be (?:reported|raised)\b|hotline|speak[- ]up|\b(?:integrity|ethics|compliance|whistle-?blow\w*|confidential) (?:line|helpline|hotline|channel|portal|mailbox|desk)\b|reports?\b[^.;]{0,20}\b(?:of|about|concerning|regarding) (?:any )?(?:abuse|misuse|violations?|concerns?)\b[^.;]{0,60}\b(?:may|can|should) be (?:sent|submitted|made|addressed|directed|emailed|lodged)\b|(?:forward|pass on|refer|transmit|escalate)\w*[^.;]{0,60}\bcomplaints?\b[^.;]{0,60}(?:\buse\b|misuse|human rights|abuse)|(?:raise|escalate|report)\w* (?:any |all )?(?:concerns?|complaints?|suspicions?)\b[^.;]{0,40}(?:misuse|human rights|abuse|violation|use of the)|(?:employees|staff|personnel|officers|operators|analysts)\b[^.;]{0,60}\breport\w*[^.;]{0,40}(?:misuse|abuse|concerns?|violations?)|(?:abuse|misuse) (?:report(?:ing)? )?(?:form|desk|team|portal|address|channel|line)\b|\b(?:you|users?) (?:may|can) (?:report|flag|complain)[^.;]{0,60}(?:abuse|misuse|violat|harm|policy|policies|unlawful|illegal)|complaints? (?:channel|mechanism|procedure|form|line|portal)|(?:lodge|file|submit|make|raise) a complaint|(?:anyone|any (?:person|individual)|members of the public)[^.;]{0,80}(?:may|can) (?:report|complain|raise|submit|lodge|file|make|send|refer|tell|notify|inform|alert|flag|signal|denounce|contact|let us know|e-?mail|write to|call|telephone|phone|message)|report\w*[^.;]{0,80}(?:form|portal|hotline|reporting line|address) at|${REPORTERS_PROTECTED}`);

// A side letter or deed that switches the channel off: "Section 9.6 (Integrity Line) shall not apply to the Agency".
// (Disapplied for the customer, or altogether: not "does not apply to routine faults".)
const CHANNEL_DISAPPLIED = new RegExp(String.raw`\b(?:integrity|ethics|whistle-?blow\w*|grievance|speak[- ]up|reporting)\b[^.;]{0,30}\b(?:line|channel|mechanism|policy|hotline|procedure)\b\)?[^.;]{0,30}\b(?:(?:shall not|does not|shall cease to|ceases to|shall no longer) apply(?=\s*(?:[.;]|$)|\s+to (?:the )?${CUSTOMER}\b)|(?:is|are) (?:hereby )?(?:deleted|disapplied|excluded)\b(?! from (?:the )?(?:scope|definition)))`);
// Reporters punished: retaliation written into the contract. "The Customer may take disciplinary action against any member
// of its personnel who reports the Customer's use of the System to the Supplier or to any third party". (Not reports made
// in bad faith or knowingly false ones, which a good policy may sanction; nor one who "reports for work" drunk.)
const MAY_PUNISH_REPORTERS = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,30}\b(?:may|shall be entitled to|is entitled to|reserves the right to|shall be free to)\b[^.;]{0,30}\b(?:disciplin|sanction|dismiss|punish|penali[sz]|take (?:disciplinary|adverse) action)\w*\b[^.;]{0,80}\b(?:who|that|for) (?:\w+ ){0,2}(?:(?:reports?|reporting|raises?|raising|complains?|disclos(?:es|ing)|reveals?|revealing|communicates?|communicating)\b[^.;]{0,60}\b(?:misuse|abuse|concerns?|violations?|wrongdoing|use of|complaints?|breach\w*)|makes? a (?:report|complaint)|making a (?:report|complaint))\b(?![^.;]*\b(?:bad faith|malicious|knowingly false|false report))`);
// A channel for complaints barred: "The Supplier shall not establish or operate any channel for the receipt of complaints ...".
const NO_CHANNEL = /(?:shall|will|may) not (?:\w+ ){0,3}(?:establish|operate|maintain|provide|offer|publish|set up|publici[sz]e)\b[^.;]{0,30}\b(?:channel|hotline|mechanism|reporting line|portal|complaints? procedure)\b[^.;]{0,60}\b(?:complaints?|reports?|grievances?|concerns?)\b/;
// Reporting outside the chain of command punished.
const REPORTERS_DISCIPLINED = /report\w*[^.;]{0,80}\boutside\b[^.;]{0,40}(?:chain of command|line management|hierarchy)[^.;]{0,80}(?:disciplin|sanction|punish)/;
// ... or any report at all made an offence: "Any report by Purchaser personnel to the Seller or to any third party concerning the
// use of the Goods is a disciplinary offence". (Not a false or malicious one: the qualifier's `unless`.)
const REPORTING_AN_OFFENCE = /\b(?:any|every|each) (?:report|complaint|disclosure)s?\b[^.;]{0,160}\b(?:is|are|shall be|will be|constitutes?|shall constitute) (?:a |an )?(?:disciplinary (?:offence|matter|breach)|misconduct|breach of discipline|(?:criminal )?offence)\b/;
// ... or forbidden outright: "personnel are prohibited from reporting any matter outside the chain of command".
// (Also "no officer of the Customer shall report any matter concerning the System to any person outside the Customer".)
const REPORTING_OUTSIDE_BARRED = new RegExp(String.raw`(?:shall not|must not|may not|(?:are|is) (?:prohibited|forbidden|barred) from|(?:are|is) not (?:permitted|allowed) to|\bno (?:officer|employee|member|operator|analyst|personnel|staff|person)s?\b[^.;]{0,40}\b(?:shall|may|must|will))[^.;]{0,20}\b(?:report|disclos|communicat|rais|escalat)\w*[^.;]{0,160}\boutside\b[^.;]{0,40}(?:chain of command|line management|hierarchy|(?:the )?${CUSTOMER}\b|(?:its|their) (?:own )?organi[sz]ation)`);

// Reporting bugs, faults or outages is support, not a grievance channel.
// (Nor a support hotline: "corrective maintenance, Security Patches, hotline support and spare parts".)
const TECHNICAL_REPORT = /\b(?:bugs?|faults?|defects?|errors?|outages?|downtime|technical (?:issues?|problems?|queries)|hotline support|support hotline|(?:technical|maintenance|service) hotline|help-?desk)\b/;
// A court is no channel, though Saudi drafting names its administrative judiciary so: "may apply to the Board of Grievances for rescission".
const GRIEVANCES_COURT = /\bboard of grievances\b/;
const CHANNEL_ITSELF = /anonym|whistle|hotline|channel|portal|retaliat|speak-?up/;
const ABOUT_CONDUCT = /misuse|abuse|concerns?|complain|grievance|human rights|violat|retaliat|unlawful|harm/;

// A channel for the seller's own business wrongs (bribery, fraud) or complaints about the service itself (its quality,
// invoices) is no channel for reporting misuse of the product.
const OTHER_WRONGS = /\b(?:brib\w*|corrupt\w*|fraud\w*|money laundering|anti-competitive|health and safety)\b|\bcomplain\w*[^.;]{0,30}\b(?:about|regarding|concerning|as to|relating to|in respect of) (?:the )?(?:quality|performance|timeliness|availability|invoic\w*|billing|charges|fees|delivery|service levels?)\b/;
const ABOUT_MISUSE = /misuse|abuse|human rights|surveillance|\buse of the\b/;

// Reporters named to the customer: "Provider shall ... disclose to Agency the identity ... of any person who has made a report".
// (Or "the full content of any report ..., including the identity and contact details of the reporter".)
const REPORTERS_EXPOSED = new RegExp(String.raw`\b(?:disclose|reveal|provide|hand over|give)\b[^.;]{0,20}\bto (?:the )?${CUSTOMER}\b[^.;]{0,200}\b(?<!\b(?:without|excluding|except(?: for)?|other than|not|no) (?:the |any )?)identit(?:y|ies)\b[^.;]{0,80}\b(?:(?:of )?(?:the |any |each )?(?:reporters?|complainants?|whistle-?blowers?)\b|(?:any|each|every) (?:person|one|individual)s?\b[^.;]{0,20}\bwho (?:has |have )?(?:made|makes|submitted|submits|filed) (?:a |such (?:a )?|any )?(?:report|complaint))`);
const CHANNEL_WORDS = /channel|hotline|anonym|whistle|grievance|portal|form\b/;
// The seller's own policy for its own staff ("The Supplier maintains a whistleblowing policy for its own employees") is no channel for misuse of the product.
// Personnel reporting misuse by the draft's own name for it: "Personnel who become aware of a Breach of Use shall report it to the Commander".
const PERSONNEL_REPORT = /\b(?:employees|staff|personnel|officers|operators|analysts)\b[^.;]{0,160}\breport\w*/;
// The channel named again, as the next paragraphs of its clause do: "22.2 The Authority shall publicise the Speak-Up Channel to all personnel".
const THE_CHANNEL = /\b(?:speak-?up|integrity|ethics|whistle-?blow\w*|grievance|complaints?|reporting) (?:channel|line|system|service|mechanism|portal|hotline|desk)\b|\bhotline\b|\bthe (?:channel|mechanism|portal|reporting system)\b/;
const GRIEVANCE_HEADING = /grievance|whistle-?blow|reporting channel|speak(?:ing)?[- ]up|how to report|alert (?:mechanism|procedure|line|system)|report(?:ing)?(?: of)? (?:abuse|misuse|concerns|violations)|raising (?:a )?concerns?|concerns? (?:procedure|service|line|mechanism|channel)/;
export const grievanceMechanism = defineRule({
  meta: { id: 'grievance-mechanism', sources: ['SD', 'NSO-20'], description: 'A secure channel, open to anyone and allowing anonymous reports; the customer makes it known and does not retaliate; reporters kept confidential.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer'], subject: String.raw`grievance|whistle|complaints? (?:channel|mechanism|procedure)|retaliat|reporting channel|hotline|speak-?up line` },
    // (Nor is the seller's duty to follow the customer's whistleblowing policy in doing its work.)
    ignore: (c) => (matches(CUSTOMER_TELLS_SELLER, c.text) && !matches(CHANNEL_WORDS, c.text)) || (matches(TECHNICAL_REPORT, c.text) && !matches(ABOUT_CONDUCT, c.text)) || matches(SELLER_FOLLOWS_CUSTOMER_POLICY, c.text)
      || (matches(OTHER_WRONGS, c.text) && !matches(ABOUT_MISUSE, c.text)) || (matches(SELLER_OWN_STAFF, c.text) && !matches(ABOUT_MISUSE, c.text))
      || (matches(GRIEVANCES_COURT, c.text) && !matches(CHANNEL_ITSELF, c.text)),
    topic: (c, i) => matches(GRIEVANCE_HEADING, c.heading) || matches(GRIEVANCE_TOPIC, c.text) || (matches(PERSONNEL_REPORT, c.text) && i.mentionsMisuse(c)),
    topicWords: [GRIEVANCE_TOPIC, PERSONNEL_REPORT, THE_CHANNEL],
    topicHeadings: [GRIEVANCE_HEADING],
    counters: [
      { test: CHANNEL_DISAPPLIED, reason: 'The reporting channel is disapplied for the customer.' },
      { test: REPORTERS_DISCIPLINED, reason: 'Reports made outside the chain of command are treated as disciplinary matters.' },
      { test: REPORTING_AN_OFFENCE, needs: /disciplin|misconduct|offence/, unless: /\b(?:false|malicious|bad faith|vexatious)\b/, reason: 'Reporting is itself made a disciplinary offence.' },
      { test: REPORTING_OUTSIDE_BARRED, needs: /outside/, reason: 'Personnel may not report outside the chain of command.' },
      { test: MAY_PUNISH_REPORTERS, needs: /disciplin|sanction|dismiss|punish|penali|adverse/, reason: 'The customer may punish those who report.' },
      { test: REPORTERS_EXPOSED, needs: /identit/, reason: "Reporters' identities are to be handed to the customer." },
      { test: NO_CHANNEL, needs: /channel|hotline|mechanism|line|portal|procedure/, reason: 'No channel for complaints may be operated.' },
    ],
    elements: {
      'a secure channel open to anyone': /secure|any (?:natural |legal |other )?(?:person|one|individual)|anyone|third parties|members of the public|any personnel|open to (?:all|everyone|the public)/,
      // ("without requiring the reporter's name" is anonymity in other words.)
      // (Also "without requiring the reporter to give a name", "people do not have to say who they are", "unsigned submissions".)
      'anonymous reports allowed': /\banonymous(?:ly)?\b|\bwithout (?:any )?(?:disclosure|revelation) of (?:the |their |his or her )?(?:reporter|complainant|author|person|caller)'s (?:name|identity)\b|\bwithout (?:its|the|their) (?:author|reporter|complainant|maker)s? (?:revealing|disclosing|giving|stating) (?:his or her|their|its|a) (?:name|identity)\b|\banonymity\b|without (?:the )?(?:reporter|complainant|caller|person)'s (?:name|identity)\b|without requiring (?:the |a |any )?(?:reporter|complainant|person|caller)s? to identify\b|without (?:having to |needing to |being (?:required|obliged) to )?(?:give|giving|disclose|disclosing|reveal|revealing|provide|providing|state|stating) (?:a |their |his or her |any )?(?:name|identity)\b|\b(?:unsigned|nameless|unnamed)\b|without (?:saying|stating|revealing|giving) who (?:they|he|she) (?:are|is)\b|(?:does not|doesn't|do not|don't|never|shall not|need not) (?:require|ask|oblige)s? (?:(?:for )?(?:a |any |their )?(?:name|identity)|(?:the |any |a )?(?:person|reporter|complainant|anyone|them)\b[^.;]{0,40}\bto (?:identify|name|reveal|give))|without (?:requiring|asking|obliging|forcing) (?:the |a |any )?(?:reporter|complainant|person|caller|them|him or her|anyone)?,? ?to (?:give|provide|disclose|reveal|state|say) (?:a |their |his or her |any |who)|(?:need not|do not have to|does not have to|don't have to|doesn't have to|are not (?:required|obliged) to|is not (?:required|obliged) to) (?:give|provide|disclose|reveal|state|say|identify) (?:a |their |his or her |any |who |themselves)|without (?:giving|revealing|disclosing|requiring|providing|stating) (?:their|his or her|the reporter's|the complainant's|any|a) (?:name|identity)|\bnever asks? for (?:a |any |their |the reporter's )?(?:name|identity)|\b(?:persons?|people|reporters?|callers?|anyone|those|individuals) who (?:do|does) not (?:give|provide|disclose|reveal|state) (?:their|his or her|a|any) (?:names?|identit)/,
      // ("No agent may be sanctioned, dismissed ... for having reported in good faith"; "subject to detriment any person because that person made a report".)
      'no retaliation against reporters': /retaliat|reprisal|victimi[sz]|punish|\b(?:by reason|on account|because) of (?:the|a|any|their|his or her) (?:report|complaint)s?\b|(?:sanction|dismiss|disciplin|demot|detriment)\w*\b[^.;]{0,100}\bfor (?:having )?(?:reported|reporting|signall?ed|signall?ing|raised|raising|made a (?:report|complaint)|making a (?:report|complaint)|complained)|\b(?:detriment|sanction|dismiss|disciplin|demot)\w*\b[^.;]{0,100}\b(?:because|on the grounds? that)\b[^.;]{0,40}\b(?:made|makes|has made|reported|complained)\b[^.;]{0,40}\b(?:reports?|complaints?|concerns?|it)\b|suffers? (?:any )?(?:detriment|prejudice|disadvantage|sanction)|(?:refrain|abstain)s? from (?:any |all )?(?:sanctions?|disciplin\w*|penalt\w*|adverse)|(?:adverse|detrimental|disciplinary) (?:action|consequence|treatment|measure)s?|penali[sz]|disadvantage/,
      // Either word order: "publicise it to all operators", "ensure that its staff are informed of the portal". ("known to every officer" too.)
      // ("shall inform every person who is granted access to the Platform of the channel", "make the channel known to every person with access".)
      // (Also "tell everyone on your side who uses the platform", "include details of the ethics reporting service in the operating procedures issued to every
      // operator", "post notice of the integrity line in each facility ... and include it in user onboarding materials".)
      'the customer makes it known to its personnel': /(?:tell|inform|notify)\w* (?:every(?:one|body)|all|anyone)(?: [\w-]+){1,3} (?:who|that) (?:uses?|operates?|has access)\b|\b(?:details|notice) of the (?:[\w-]+ ){0,3}(?:channel|line|portal|hotline|mechanism|service|system|desk)\b[^.;]{0,60}\b(?:given|provided|shown|sent|issued) to (?:every|each|all)\b|\bpost\w* (?:a )?notice of the\b|\b(?:user )?onboarding materials\b|(?:tell|inform|notify)\w* (?:every(?:one|body)|all|anyone) (?:who|that) (?:uses?|operates?|has access)\b|(?:tell|inform|notify|make[^.;]{0,80}known to)\w* (?:every|each|any|all) (?:persons?|individuals?|users?|one)\b (?:who|that|with|granted|given|having)\b[^.;]{0,40}\b(?:uses?|operates?|access)|(?:inform|make[^.;]{0,80}known|notify|publici[sz]e|disseminat|circulat|communicat|train|display|tell|(?:bring|brought)[^.;]{0,160}\bto the (?:attention|notice|knowledge))[^.;]{0,100}(?:personnel|staff|employees?|officers?|officials?|operators?|users?|analysts?|agents?|investigators?|members|(?:every|each) person (?:you|it|they) gives? an account)|\bdetails of the (?:channel|line|portal|hotline|mechanism)\b[^.;]{0,20}\b(?:given|provided|shown|sent) to (?:every|each|all) (?:users?|personnel|staff|officers?|operators?)|(?:personnel|staff|employees|officers|operators|analysts|agents|investigators)\b[^.;]{0,30}\b(?:are|is|be|were) (?:made )?(?:aware|informed|notified|trained|told)\b/,
    },
    weakeners: [
      ...HEDGED_DUTY,
      { test: new RegExp(String.raw`(?:only|solely) (?:to|through)[^.;]{0,40}(?:customer's|its own|internal) (?:management|chain of command|superior|line manager)|internal (?:reporting )?only|\b(?:reports?|complaints?|concerns?|grievances?)\b[^.;]{0,60}\binternal (?:reporting |complaints? )?procedures?|(?:to|with) (?:their|its|his or her) (?:own )?(?:line managers?|superiors?|managers?|management|chain of command|commanding officers?)|(?:to|with) (?:the )?${CUSTOMER}'s (?:own )?(?:[\w-]+ ){0,2}(?:inspector|management|superiors?|command|ethics|compliance|internal)`
        // ("All reports shall be received and handled exclusively by the Contracting Authority's Internal Control Office".)
        + String.raw`|\b(?:received|handled|dealt with|investigated|processed|reviewed|assessed)\b[^.;]{0,40}\b(?:exclusively|only|solely) by (?:the )?${CUSTOMER}(?:'s|\b)`), reason: "Reports go only to the customer's own management." },
    ],
  }),
});
