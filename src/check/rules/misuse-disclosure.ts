import { defineRule, gradeByElements } from '../rule.ts';
import { CITED, topNumber, type Clause, type DraftIndex } from '../draft-index.ts';
import { matches } from '../prefilter.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { CONSENT_NEEDED, HUMAN_RIGHTS } from '../words.ts';

// The seller must keep everything about the customer's use secret, towards anyone.
// (Also "shall refrain from any public statement", "is prohibited from revealing to any authority", "make any disclosure".)
const BLANKET_SECRECY = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,240}(?:shall not|may not|must not|will not|shall never|will never|undertakes not to|(?:shall |will |must )?refrains? from|(?:is|are|shall be) (?:prohibited|forbidden|barred) from)[^.;]{0,80}(?:disclos\w*|reveal\w*|divulg\w*|publish\w*|communicat\w*|report|make public|tell)[^.;]{0,160}(?:to any|to anyone|anyone|any third|any (?:government|authority|regulator|international)|the public)|`
  // "Neither the Supplier nor any of its staff shall at any time divulge to any third party ...".
  + String.raw`\bneither\b[^.;]{0,10}\b${SELLER}\b[^.;]{0,80}\b(?:shall|will|may)\b[^.;]{0,30}\b(?:disclos|reveal|divulg|publish|communicat)\w*[^.;]{0,160}(?:to any|to anyone|any third|any (?:government|authority|regulator|international)|the public)|`
  + String.raw`\b${SELLER}\b[^.;]{0,120}(?:shall not|may not|must not|will not|undertakes not to|refrains? from|prohibited from) (?:make |issue )?(?:any )?public (?:statements?|announcements?|comments?)|non-?disparage|\b${SELLER}\b[^.;]{0,60}\b(?:shall|will|may|must) not (?:\w+ ){0,2}disparage`);

const DISPARAGE = /disparage/;
// Secrecy that says it admits no exception at all overrides a right to report "notwithstanding" it: "This undertaking is
// unlimited in time and admits no exception."
const NO_EXCEPTION_AT_ALL = /\b(?:admits?|allows?|permits?|has|contains?|is subject to|with) no exceptions?\b|\bwithout (?:any )?exceptions?\b/;

// Confidentiality that binds the seller (alone, mutually, or as the "Recipient" of a mutual NDA) with no exception for misuse.
const KEEPS_SECRET = String.raw`[^.;]{0,60}(?:(?:shall|will|must|undertakes? to|agrees? to) (?:keep|treat|hold|maintain|protect (?:the )?(?:[\w-]+'s )?(?=confidential))|keeps|treats|holds|maintains)[^.;]{0,200}(?:secre(?:t|cy)|confidential|in confidence|reserve)`;
const SELLER_CONFIDENTIALITY = new RegExp(String.raw`\b${SELLER}\b${KEEPS_SECRET}`);
// Confidentiality of "Customer Data" or "Confidential Information", by the seller alone or by both
// parties ("each party shall keep confidential the information received from the other"), is ordinary commercial drafting, not secrecy about the customer's use: it negates the
// safeguard only where it reaches the use or deployment, the authorities expressly, or anyone at all
// ("nor disclose the Discloser's Confidential Information to anyone else").
// (A memorandum's parties are "Participants" or "Signatories": "Each Participant shall keep confidential ...".)
const MUTUAL_CONFIDENTIALITY = new RegExp(String.raw`\b(?:(?:each|either|both) (?:party|parties|participants?|signator(?:y|ies))|the (?:parties|participants|signatories)|(?:each )?recipient|receiving party)\b${KEEPS_SECRET}`);
// (The authorities may come in a list: "shall not disclose them to any natural or legal person, public institution or foreign state authority".)
const ABOUT_USE_OR_AUTHORITIES = /\b(?:(?:the|its|their) use (?:of|made)|'s use (?:of|made)|deployment|deployed|identity|existence)\b|'s (?:operations|activities)\b|including (?:towards? |to )?(?:any |the )?(?:government|public|authorit|regulator|court|international)|(?:not|nor|neither)\b[^.;]{0,20}\bdisclose\b[^.;]{0,80}\bto (?:anyone|any (?:other )?person)\b|(?:not|nor|neither)\b[^.;]{0,20}\bdisclose\b[^.;]{0,20}\bto any\b[^.;]{0,100}\b(?:authorit(?:y|ies)|public institutions?|government|regulators?)\b/;
// (The seller as the one who reports: "we", not "our Service".)
const REPORTER = String.raw`(?:(?!our\b)${SELLER}|either party|each party)`;
// (Reporting in other words: "bring ... to the attention of", "refer", "alert"; and in the passive: "suspected misuse may be reported by the Vendor".)
// (Plain words too: "we may tell the regulators", "make public each year a summary".)
const REPORT_VERB = String.raw`report|disclos|publish|notify|inform(?!ation)|forward|transmit|refer|alert|communicat|shar(?:e|ing)|tell(?:s|ing)?\b|make public|putting out|bring\w*\b[^.;]{0,60}\bto the (?:attention|notice) of`;
const SELLER_MAY_REPORT = new RegExp(String.raw`\b${REPORTER}\b[^.;]{0,80}(?:may|(?:(?:is|shall be|will be) (?:also |further |hereby |expressly )?(?:entitled|empowered|authori[sz]ed|permitted|free)|(?:has|shall have|will have) the right|shall be free|reserves the right)(?:,[^,.;]{0,80},)? to)[^.;]{0,80}(?:${REPORT_VERB})[^.;]{0,120}(?:misuse|abuse|authorit|public|regulator|law enforcement|police|prosecut|complaints?|human rights)|transparency report`
  + String.raw`|(?:misuse|violations?|breach|complaints?|abuse|prohibited)[^.;]{0,80}\b(?:may|can) be (?:reported|disclosed|notified|communicated|referred|passed(?: on)?|brought|published)\b[^.;]{0,60}\bby (?:the )?${REPORTER}\b`
  // (Plain English "we can tell the relevant authorities": "can" right after the seller.)
  + String.raw`|\b(?:we|${REPORTER})(?: [\w-]+){0,2} can (?:also )?(?:${REPORT_VERB})[^.;]{0,120}(?:misuse|abuse|authorit|regulator|law enforcement|police|prosecut|complaints?)`
  // "Oberlin's confidentiality obligations under clause 24 shall not restrict any report Oberlin makes to a competent authority about suspected misuse."
  + String.raw`|\b(?:confidentiality|secrecy) (?:obligations?|undertakings?|duties)\b[^.;]{0,60}\b(?:shall|does|do|will) not (?:restrict|prevent|limit|prohibit|apply to)\b[^.;]{0,20}\b(?:any )?(?:reports?|disclosures?)\b[^.;]{0,80}\b(?:authorit|regulator|police|prosecut)\w*[^.;]{0,60}\b(?:misuse|abuse|violation)`
  // "Nothing in this Agreement prevents either party from reporting ... to a regulator."
  // "may disclose information about any suspected Prohibited Use ... to any competent authority".
  + String.raw`|\b${REPORTER}\b[^.;]{0,80}\bmay\b[^.;]{0,40}(?:report|disclos|notify|inform)\w*[^.;]{0,60}(?:actual or suspected|suspected|alleged) (?:misuse|prohibited|unlawful|violation|breach of (?:the )?(?:human|use))`
  // "Calloway may provide ... any information concerning a breach ... to the Government"; an end
  // user's certificate: "we consent to the exporter providing ... information about the use ... to the authorities".
  + String.raw`|(?:\b${REPORTER}\b[^.;]{0,40}\bmay\b[^.;]{0,20}|consents? to (?:the )?${SELLER}\b[^.;]{0,20})(?:provid|shar|pass|transmit|giv|disclos|report)\w*[^.;]{0,40}\b(?:information|details|copy|certificate)\b[^.;]{0,80}\b(?:breach|misuse|use|violation)\b[^.;]{0,80}\bto (?:the |any )?(?:[\w-]+ ){0,4}(?:government|authorit|regulator|export control)`
  // Nominalised: "disclosure of suspected misuse to competent authorities ... shall not constitute a breach";
  // a confidentiality exception for "any report by the Vendor to a competent authority of suspected misuse".
  + String.raw`|\b(?:disclosure|report(?:ing)?|notification|referral)s? (?:by (?:the )?${REPORTER} )?(?:of|to)\b[^.;]{0,80}\b(?:misuse|abuse|violations?)\b[^.;]{0,200}\b(?:shall|will|does|do) not (?:constitute|be|amount to) (?:a )?breach`
  // ("communications made by the Seller to the public prosecutor, ..., of facts which give rise to a suspicion of use contrary to Article 9".)
  + String.raw`|\b(?:disclosure|report|notification|referral|communication)s? (?:made )?by (?:the )?${REPORTER}\b[^.;]{0,80}(?:authorit|regulator|law[- ]enforcement|police|oversight bod|prosecut)[^.;]{0,200}(?:misuse|abuse|violation|suspect|suspic)`
  // Secrecy that does not stop the seller: "Our confidentiality promises don't stop us from telling regulators ... if we think you may be misusing".
  + String.raw`|\b(?:does not|do not|doesn't|don't|shall not|will not|won't) (?:stop|prevent|restrict|prohibit|preclude) (?:us|the [\w-]+)\b[^.;]{0,20}\bfrom\b[^.;]{0,20}(?:${REPORT_VERB})[^.;]{0,120}(?:misuse|authorit|regulator|law enforcement|police|prosecut)`
  // The passive with the seller as agent: "Disclosure of suspected misuse to competent authorities ... may be made by the Seller".
  + String.raw`|\b(?:disclosure|report(?:ing)?|notification|referral|publication)s?\b[^.;]{0,40}\b(?:misuse|abuse|violations?|complaints?)\b[^.;]{0,160}\b(?:may|can) be (?:made|effected|given|issued|carried out) by (?:the )?${REPORTER}\b`
  // Publication in the present tense: "we publish an annual report summarising the complaints made about our products".
  + String.raw`|\b${REPORTER}\b (?:(?:may|will|shall) )?publish(?:es)?\b[^.;]{0,80}\b(?:complaints?|grievances?|allegations?)`
  // The customer acknowledges the seller's reports: "the Directorate acknowledges that Norvik must report to the Strategic
  // Products Inspectorate ..., and that such reports may include information on any suspected breach".
  + String.raw`|\backnowledges? (?:and agrees )?that (?:the )?${REPORTER}\b (?:shall|may|is required to|is obliged to|is entitled to|has the right to) (?:\w+ )?(?:report|disclos|notify|inform)\w*[^.;]{0,120}(?:authorit|regulator|inspectorate|government|export (?:control|licen[cs]))`
  // "Section 12 (Confidentiality) does not prevent the Vendor from informing ...".
  + String.raw`|\b(?:does|do|shall|will) not (?:prevent|prohibit|restrict|limit|preclude|stop)\b[^.;]{0,20}\b${REPORTER}\b[^.;]{0,40}(?:${REPORT_VERB})[^.;]{0,120}(?:misuse|abuse|authorit|regulator|government|law enforcement|police|prosecut)`
  // ("Nothing in any confidentiality obligation prevents Quillon from reporting ...", "... prevents CSA from referring a suspected Prohibited Search to the Commission".)
  + String.raw`|nothing in (?:this|these|the|any|clause|section|article|paragraph)\b[^.;]{0,120}(?:prevents?|prohibits?|restricts?|limits?|stops?|precludes?)[^.;]{0,20}\b${REPORTER}\b[^.;]{0,40}(?:${REPORT_VERB})[^.;]{0,120}(?:misuse|authorit|regulator|government|law enforcement|commission|ombudsman|inspectorate|prosecut|police|(?:actual|suspected|alleged) [\w-]+)`);

// A misuse exception counts only while it stands: "Section 14.4 (Reporting of Misuse) shall cease to apply".
const MISUSE_EXCEPTION = /misuse|human rights|credible complaint|grievance/;
const EXCEPTION_REMOVED = /(?:cease|ceases) to apply|(?:is|are|shall be) (?:hereby )?deleted|shall (?:no longer|not) apply/;
// (Not misuse named as part of what may not be said: "any statement concerning the Agency's use, including any statement
// that the Agency has misused it", unless an exception frames it: "except reports of any matter, including misuse".)
// (Or misuse named as no excuse: "whether or not the Licensor suspects Misuse".)
const MISUSE_FORBIDDEN = /\b(?:including|includes|in particular|especially|even|whether or not|regardless of whether|irrespective of whether)\b[^.;]{0,80}\b(?:misuse|misused|human rights|credible complaint|grievance)/;
const EXCEPTION_FRAME = /\b(?:except|save|other than|unless|excluding|exclusive of|without prejudice to|subject to|(?:does|do|shall|will) not (?:apply|prevent|restrict|limit)|nothing)\b[^.;]{0,160}\b(?:misuse|human rights|credible complaint|grievance)/;
const keepsMisuseException = (block: string) => matches(MISUSE_EXCEPTION, block) && !matches(EXCEPTION_REMOVED, block) && (!matches(MISUSE_FORBIDDEN, block) || matches(EXCEPTION_FRAME, block));

const COMPELLED = /\b(?:as|where|to the extent|if|when)\b[^.;]{0,20}\b(?:required|compelled|ordered)(?: to do so)? (?:by|under) (?:law|(?:any )?(?:applicable )?(?:law|court|statute|regulation|order|(?:\w+ ){0,3}authorit))/;

// The procurement form's confidentiality of the contract and what the purchaser furnished, with the law's exception: "shall not,
// without the Purchaser's consent, disclose the Contract or any information furnished by the Purchaser to any person other than
// its employees, except where disclosure is required by law". Ordinary confidentiality, not secrecy about the customer's use.
const FURNISHED = /\bdisclose (?:the|this) (?:contract|agreement)\b|\bdisclose\b[^.;]{0,120}\b(?:furnished|supplied|provided) by (?:or on behalf of )?(?:the )?(?:purchaser|customer|authority|procuring|employer|client|buyer|ministry|agency)/;
const ABOUT_THE_USE = /\buse (?:of|made)\b|\bdeploy|\boperation|\btargets?\b|\bend users?\b|\bgovernment|\bregulator|\bcourts?\b|\binternational/;
const ordinaryConfidentiality = (c: Clause) => matches(FURNISHED, c.text) && matches(COMPELLED, c.text) && !matches(ABOUT_THE_USE, c.text);

// Keeping a reporter's identity secret protects the reporter; it is not secrecy about the customer's use.
const REPORTER_PROTECTION = /reporter|complainant|whistle-?blower|your identity|identity of (?:the |any )?(?:person|individual) (?:who|making)/;

const REPORT_WORDS = /report|disclos|publish|notify|inform|transparency/;
const NOTWITHSTANDING = /notwithstanding|despite|irrespective/;
const CITES_CLAUSE = new RegExp(CITED);
const OVERRIDES_ALL = /\b(?:notwithstanding|despite|irrespective of) (?:anything|any (?:other )?(?:provision|term|obligation|duty|undertaking)|the (?:foregoing|above)|(?:all|any) (?:other )?(?:provisions|obligations|duties))\b|\b(?:or|and) (?:any|all) (?:[\w-]+ ){0,2}(?:provisions?|terms?|obligations?|dut(?:y|ies)|undertakings?|agreements?|clauses?|sections?)\b|\bor anything\b/;
const SUSPECTED = /suspect|alleg/;
// ("Nothing in clause 14 or any other duty of confidence prevents ...".)
// ("Nothing in the Agreement, including Section 14.1, prevents ..."; "Nothing in this Framework Contract or any Call-Off Order shall prevent ...".)
// (Also the confidentiality clause disapplied by number: "Clause 19.1 does not apply to: (a) disclosure by the Licensor ...".)
// (Also "Clause A15.1 does not prevent the Supplier from informing ...": the confidentiality clause yields by its number.)
// ("As an exception to the preceding paragraph, the Licensor is empowered to ...", under a confidentiality heading.)
const OVERRIDES_CONFIDENTIALITY = /notwithstanding|despite|irrespective|confiden(?:tial|ce)|secrecy|official secrets|\b(?:as an |by way of (?:an )?)exception\b|\b(?:clauses?|sections?|articles?|paragraphs?) [a-z]{0,2}\d[^.;]{0,40}\b(?:does|do|shall|will) not (?:apply|extend) to\b|\b(?:clauses?|sections?|articles?|paragraphs?) [a-z]{0,2}\d[^.;]{0,40}\b(?:does|do|shall|will) not (?:prevent|prohibit|restrict|limit)\b|nothing in (?:(?:this|the) (?:[\w-]+ ){0,2}(?:agreement|contract|policy|terms|licen[cs]e|deed|order)s?\b|(?:(?:this|that) )?(?:clause|section|article|paragraph) [a-z]{0,2}\d)[^.;]{0,80}\b(?:(?:shall|will|may) )?(?:prevents?|prohibits?|restricts?|limits?)/;
// Secrecy that itself overrides the reporting right it cites: "notwithstanding clause 10.4 of the Policy, the Licensor
// shall not disclose to any person, authority or the public ...", where clause 10.4 lets the Licensor report misuse.
const OVERRIDES_CITED = /\b(?:notwithstanding|despite|irrespective of)\b[^;]{0,60}\b(?:clauses?|sections?|paragraphs?|articles?) \d/;
const CONFIRMED_BY_COURT = /\b(?:where|if|once|when|after)\b[^.;]{0,40}\b(?:confirmed|established|found|determined|proven|proved)\b[^.;]{0,20}\bby (?:a |the )?(?:final |binding |non-appealable |definitive )*(?:decision|judgment|judgement|ruling|order|finding) of (?:a |the )?(?:[\w-]+ ){0,2}(?:court|tribunal|judge)/;
// The authority the seller may report to defined as the customer's own body and no other: '"Competent Authority" means the
// Inspector General of the Customer, and no other person or body'. Reporting to the customer discloses nothing.
const CUSTOMER_BODY_ONLY = new RegExp(String.raw`^(?:the |an? |any )?(?:[\w-]+ ){0,4}(?:of|within) (?:the )?${CUSTOMER}\b[^.;]{0,60}\b(?:and no other|only|alone|exclusively)\b|^(?:the |an? )?${CUSTOMER}'s own\b[^.;]{0,60}\b(?:and no other|only|alone|exclusively)\b|^(?:only|solely|exclusively) (?:the )?(?:[\w-]+ ){0,4}(?:of|within) (?:the )?${CUSTOMER}\b`);
const toCustomerOnly = (c: Clause, i: DraftIndex) => matches(SELLER_MAY_REPORT, c.text) && i.termMeanings(c).some((m) => matches(CUSTOMER_BODY_ONLY, m));
const PAYMENT_FRAUD = /\b(?:payment|credit|debit|bank) cards?\b|\bcard issuers?\b|\bchargebacks?\b|\bfraudulent (?:payments?|transactions?|charges?|billing)\b|\b(?:payment|billing) fraud\b/;
export const misuseDisclosure = defineRule({
  meta: { id: 'misuse-disclosure', sources: ['SD'], description: 'Notwithstanding confidentiality, the seller may report suspected misuse to authorities and publish aggregate information about complaints.' },
  check: (index) => {
    // (A right an amendment has struck out no longer stands.)
    const mayReport = index.clauses.some((x) => !x.struck && matches(REPORT_WORDS, x.text) && matches(SELLER_MAY_REPORT, x.text));
    // "Notwithstanding clause 12, the Provider may report suspected Misuse ...": the right overrides the secrecy.
    // (Not a right in a document the secrecy clause's own document prevails over: a marketplace's terms over the vendor's EULA.)
    const overriding = index.clauses.filter((x) => !x.struck && matches(NOTWITHSTANDING, x.text) && matches(SELLER_MAY_REPORT, x.text));
    // (Where the right names the clauses it overrides, "Notwithstanding Section 10 (Confidentiality)", a promise of silence
    // in another section still binds; "notwithstanding ... or any other provision" overrides them all.)
    const top = (block: number) => topNumber(index.draft.blocks[block].label);
    const overridesThat = (x: Clause, secrecy: Clause) => {
      const cited = index.citedBlocks(x);
      return !matches(CITES_CLAUSE, x.text) || matches(OVERRIDES_ALL, x.text) || cited.some((b) => b === secrecy.sentence.block || (top(b) !== undefined && top(b) === top(secrecy.sentence.block)));
    };
    const reportOverrides = (secrecy: Clause) => overriding.some((x) => !index.outranks(secrecy, x) && overridesThat(x, secrecy));
    return gradeByElements(index, {
      denied: { of: ['seller'], subject: String.raw`\breport|disclos|publish|notify|inform\b` },
      topic: SELLER_MAY_REPORT,
      // Disclosure the law or an authority compels is not a right to report misuse.
      // (Nor a report of fraud on the customer's account: "We may report suspected fraudulent use of payment cards ... to law enforcement".)
      ignore: (c) => (matches(COMPELLED, c.text) && !matches(MISUSE_EXCEPTION, c.text) && !matches(SUSPECTED, c.text)) || (matches(PAYMENT_FRAUD, c.text) && !matches(HUMAN_RIGHTS, c.text)),
      elements: {
        // (Also a commission or ombudsman: "the Data Protection Commission".)
        // (US state drafting names them: "the North Calumet Attorney General or the State's Inspector General".)
        'report suspected misuse to competent authorities': /authorit|regulator|inspectorate|law[- ]enforcement|oversight bod|police|prosecut|export control (?:agency|authority)|government|competent (?:bod|author)|commission(?:er)?\b(?! of\b)|ombuds|attorney general|inspector general/,
        // ("The Public Prosecution Service" is an authority, not publication.)
        // (Not "Licensor shall not publish any information concerning ... any complaint".)
        // (Not "the Republic of Cyprus": the word must start there.)
        // (But "shall not prevent the Seller ... nor from publishing" keeps the right.)
        'publish aggregate information about complaints and their resolution': /(?<!\b(?:not|never|nor)\b(?! (?:from|prevent|restrict|limit|prohibit|preclude)\b)[^.;]{0,30})(?:publish|\bpublic(?:ly)?\b(?! prosecut)|transparency|aggregate|put(?:ting)? out (?:yearly |annual )?(?:figures|statistics))/,
        // ("Nothing in this Agreement prevents ..." overrides any confidentiality; where nothing binds the
        // seller to confidentiality, nothing stands in the way of the report.)
        'notwithstanding confidentiality': (c, i) => matches(OVERRIDES_CONFIDENTIALITY, c.block)
          || !i.memo('misuse-disclosure:seller-confidentiality', () => i.clauses.some((x) => matches(SELLER_CONFIDENTIALITY, x.text) || matches(MUTUAL_CONFIDENTIALITY, x.text))),
      },
      weakeners: [
        { test: CONSENT_NEEDED, reason: "The seller may report only with the customer's consent." },
        // "the competent authority, namely the Inspector General of the Ministry, who alone is competent to receive such reports".
        { test: new RegExp(String.raw`\b(?:authority|authorities|body)\b[^.;]{0,30}\b(?:namely|being|meaning|that is)\b[^.;]{0,60}\bof (?:the )?${CUSTOMER}\b|\b(?:alone|only|exclusively|solely) (?:is |are |shall be )?competent to receive\b`), reason: "The seller may report only to the customer's own body." },
        // "may report misuse ... where that misuse has been confirmed by a final decision of a court": not on suspicion.
        { test: CONFIRMED_BY_COURT, reason: 'The seller may report misuse only once a court has confirmed it.' },
        // "may disclose ... to a governmental authority to the extent Vendor is required to do so by applicable law or is compelled
        // to do so by subpoena or court order": only when made to, not on its own suspicion.
        // (The right itself so confined, not a duty added beside it: "and shall also disclose what the law requires".)
        { test: /\b(?:may|is entitled to|is permitted to|shall be entitled to)\b[^.;]{0,20}\b(?:disclose|report|inform|communicat\w*|notify|share)\b[^.;]{0,120}\b(?:to the extent|only (?:where|if|when|to the extent)|insofar as)\b[^.;]{0,40}\b(?:required|compelled|obliged|ordered)\b[^.;]{0,40}\b(?:by (?:applicable )?law|by (?:a |any )?(?:subpoena|court|order)|to do so)\b/, reason: 'The seller may report misuse only when the law or a court compels it.' },
      ],
      counters: [
        { test: toCustomerOnly, needs: /report|disclos|inform|notify|communicat/, reason: "The authority the seller may report to is defined as the customer's own body and no other." },
        // Secrecy that says it admits no exception for misuse: "Paragraph S.4 admits no exception, including for any report of
        // suspected misuse" (whatever a "notwithstanding" elsewhere says).
        { needs: /exception/, test: /\b(?:admits?|allows?|permits?|has|contains?|with) no exceptions?\b[^.;]{0,80}\b(?:includ\w*|even|for|whether)\b[^.;]{0,40}\b(?:report|disclos|notif|communicat)\w*\b[^.;]{0,40}\b(?:misuse|abuse|violations?)\b/, reason: 'The secrecy clause admits no exception for reporting misuse.' },
        // (A right to report that overrides the secrecy clause does not undo a promise not to disparage.)
        { needs: /disclos|reveal|divulg|publish|communicat|report|make public|disparage|tell/, test: (c, i) => matches(BLANKET_SECRECY, c.text) && !ordinaryConfidentiality(c) && !keepsMisuseException(c.block) && !matches(REPORTER_PROTECTION, c.text) && (!reportOverrides(c) || matches(DISPARAGE, c.text) || matches(NO_EXCEPTION_AT_ALL, c.block) || (matches(OVERRIDES_CITED, c.text) && matches(SELLER_MAY_REPORT, i.referencedText(c)))), reason: 'Blanket secrecy forbids the seller to disclose anything about the customer\'s use, with no misuse exception.' },
        {
          needs: /secre(?:t|cy)|confidential|in confidence/,
          test: (c) => (matches(SELLER_CONFIDENTIALITY, c.text) || matches(MUTUAL_CONFIDENTIALITY, c.text)) && matches(ABOUT_USE_OR_AUTHORITIES, c.block) && !matches(REPORTER_PROTECTION, c.text) && !keepsMisuseException(c.block) && !mayReport,
          reason: 'Confidentiality binds the seller with no exception for reporting misuse.',
        },
      ],
    });
  },
});
