// Counter-clauses that hide in general terms and defeat several safeguards at once (the spec's
// "Counter-clauses that hide in boilerplate" table). Each is written once and cited by the rules
// of every safeguard it defeats.
import { CUSTOMER, SELLER } from '../read/parties.ts';
import type { Clause, DraftIndex } from './draft-index.ts';
import type { Qualifier } from './rule.ts';
import { BINDING_UNDER_LOCAL_LAW, REASONABLE_EFFORTS } from './words.ts';
import { matches } from './prefilter.ts';

const STAYED = String.raw`(?:all|any) (?:measures|remedies|actions?|rights)[^.;]{0,60}(?:stayed|suspended|held in abeyance)[^.;]{0,60}(?:dispute|proceedings?)|status quo[^.;]{0,80}(?:dispute|pending)|(?:pending|during)[^.;]{0,80}dispute[^.;]{0,160}status quo|(?:pending|while|during)[^.;]{0,120}(?:dispute|allegation|claim|difference|disagreement)[^.;]{0,200}(?:shall not|(?:neither|no) party (?:shall|may|will|is entitled to)|may not|will not)[^.;]{0,40}(?:suspend|terminat|withhold|disable|restrict)`;
const SUPPLY_CONTINUES = String.raw`(?:pending|while|during)[^.;]{0,120}(?:dispute|allegation|difference|disagreement)[^.;]{0,200}(?:shall|will|must) continue to (?:provide|supply|perform)`;
export const STATUS_QUO: Qualifier = {
  needs: /dispute|status quo|abeyance|stayed|allegation|difference|disagreement/,
  test: new RegExp(`${STAYED}|${SUPPLY_CONTINUES}`),
  reason: 'All measures are stayed while a dispute is pending ("status quo").',
};
// Supplies that continue during a dispute negate withholding them, not suspension or termination.
export const MEASURES_STAYED: Qualifier = {
  needs: /dispute|status quo|abeyance|stayed|allegation|difference|disagreement/,
  test: new RegExp(STAYED),
  reason: STATUS_QUO.reason,
};

export const NO_DISABLING_CODE: Qualifier = {
  needs: /disabling|time-?lock|kill|deactivat|back ?door|self-?help|expir|logic bomb|time bomb|drop-?dead/,
  // "... contains no disabling code"; "neither the Goods nor their software contain any time-lock, ... kill switch".
  // (Not "may, without prior notice, suspend ... by remote deactivation": that is the seller's right.)
  test: /(?:\bno\b|not (?:\w+ ){0,3}(?:contain|include|incorporate|have|has)|free (?:of|from)|without(?! (?:\w+ )?(?:notice|delay|liability|prejudice|consent|penalty|charge|refund|recourse|court))|neither|nor|never)\b[^.;]{0,80}(?:disabling|time-?lock|time bomb|drop-?dead|kill[- ]switch|remote(?:-| )(?:deactivation|disabling|access function)|back ?door|self-?help|licen[cs]e(?:-| )(?:key )?expir|logic bomb|code designed to (?:disable|deactivate))/,
  reason: 'A warranty of no disabling code, time-locks or remote-deactivation means.',
};

// The spec's look-alike table: any perpetual licence (irrevocable or not) leaves nothing to renew,
// and so does outright title to the software passing on delivery (not title to the media that carry it).
const PERPETUAL = /perpetual[^.;]{0,60}licen[cs]e|(?<=licen[cs]e[^.;]{0,60})\bperpetual|perpetual[^.;]{0,40}(?:irrevocable|fully[- ]paid)|irrevocable[^.;]{0,40}perpetual|(?:title|ownership)[^.;]{0,100}(?:software|right to use)(?! media\b| carriers?\b| discs?\b)[^.;]{0,80}pass(?:es)? to/;
// A licence that runs to the seller (over feedback, ideas or the customer's content) is not the
// customer's licence to the product: its being perpetual leaves the seller's rights untouched.
// (Whatever the customer is called, but not "the Economic Operator grants", the seller in EU public contracts: "the Bureau grants the Supplier a perpetual licence to use Customer Content", and a licence granted to the seller.)
export const LICENCE_TO_SELLER = new RegExp(String.raw`\b(?:feedback|suggestions|ideas|contributions)\b|(?<!\beconomic )\b(?:you|${CUSTOMER}) (?:hereby )?(?:grants?|gives?|assigns?)\b|\bgrants? (?:to )?(?:the )?(?:we|us|supplier|licensor|vendor|provider|seller|company)\b|\b(?:we|supplier|licensor|vendor|provider|seller|company) (?:will |shall )?(?:have|has|receives?|obtains?) (?:a |an )?[^.;]{0,100}licen[cs]e\b`);

export const PERPETUAL_LICENCE: Qualifier = {
  needs: /perpetual|irrevocable|title|ownership/,
  // (The match starts at "perpetual", so "the licence is not perpetual" reads as a denial.)
  test: PERPETUAL,
  // (Not a perpetual licence that only a release from escrow brings: the spec reads escrow release against seller control and termination.)
  unless: new RegExp(`${LICENCE_TO_SELLER.source}|\\b(?:upon|on|following|after) (?:such |any |the )?release\\b|\\breleased? from escrow\\b`),
  reason: 'A perpetual licence (or title to the software passing outright): no renewal, expiry or revocation to act on.',
};

// ("... not obliged to provide to the Supplier, under any circumstances, any information about the objects of
// monitoring, the search queries, the results obtained or the logs of the Complex": a long list before "logs".)
export const NO_OPERATIONAL_DISCLOSURE: Qualifier = {
  needs: /operational|operations|classified|\blogs?\b|target|objects? of monitoring|search queries/,
  test: /(?:(?:shall|will|is) not (?:be )?(?:obliged|required|bound)|(?:is|shall be|will be) under no (?:obligation|duty)|(?:has|shall have|bears) no (?:obligation|duty)) to (?:disclose|provide|reveal|share)[^.;]{0,200}(?:operational|operations\b|classified|logs?\b|targets?\b|objects? of (?:monitoring|surveillance|interception)|search queries)|need (?:not|never) (?:disclose|provide|reveal|share)[^.;]{0,80}(?:operational|operations\b|classified|logs?\b|target)|(?:never|in no event)[^.;]{0,40}(?:obliged|required) to (?:disclose|provide)[^.;]{0,80}(?:operational|classified)|\b(?:never|don't|do not|does not|doesn't) (?:have|need) to (?:give|provide|disclose|share|hand over)\b[^.;]{0,40}\b(?:logs?|targets?|operational|classified|case (?:information|files?))\b|nothing in (?:this|these|the|clauses?|sections?|articles?|paragraphs?|gc)\b[^.;]{0,80}(?:obliges?|requires?|compels?)[^.;]{0,60} to (?:disclose|provide|reveal|share)[^.;]{0,80}(?:operational|operations\b|classified|logs?\b|targets?\b)(?![^.;]{0,80}\b(?:where|if|to the extent|insofar as|in so far as)\b)/,
  reason: 'The customer need never disclose operational or classified information, logs or targets.',
};

export const ESCROW_RELEASE: Qualifier = {
  needs: /escrow|deposit|source code|keys?\b/,
  test: new RegExp([
    String.raw`(?:release|deliver)\w*[^.;]{0,60}(?:source code|licen[cs]e keys?|activation keys?|master keys?|deposit(?:ed)? materials?)[^.;]{0,80}(?:escrow|upon (?:\(a\) )?any (?:termination|expiry|failure))`,
    String.raw`escrow[^.;]{0,160}(?:release|deliver)\w*[^.;]{0,40} to (?:the )?${CUSTOMER}`,
    String.raw`released (?:to (?:the )?${CUSTOMER} )?from escrow`,
    String.raw`(?:escrow(?:ed)? materials?|deposit(?:ed)? materials?)[^.;]{0,80}(?:released|delivered|made available)`,
  ].join('|')),
  reason: 'Source code or licence keys are released from escrow to the customer (on termination or a support failure).',
};

export const LOCAL_LAW_PREVAILS: Qualifier = {
  needs: /law|statut|legislation|regulation/,
  // (Also the US form: "where a provision conflicts with any statute or regulation of the State, the statute
  // controls and the Addendum shall be read only to the extent consistent with State law".)
  test: /(?:laws? of the (?:republic|kingdom|state|federation|customer's (?:state|country))|(?:local|domestic|national) laws?)[^.;]{0,100}(?:shall )?(?:prevail|take precedence|override)|in (?:the event of )?(?:any )?(?:conflict|inconsistency)[^.;]{0,100}(?:local|domestic|national) laws?[^.;]{0,40}(?:shall )?(?:prevail|take precedence)|(?:read|interpreted|construed) (?:only|solely|exclusively) (?:under|in accordance with)[^.;]{0,40}(?:local|domestic|national) law|(?:conflicts?|is inconsistent) with (?:any )?(?:statute|law|legislation|regulation)s?\b[^.;]{0,80}\bthe (?:statute|law|legislation|regulation)s?\b[^.;]{0,30}\b(?:controls?|governs?|prevails?|shall (?:control|govern|prevail)|takes? precedence)|(?:read|interpreted|construed|appl(?:y|ies)|enforced) only to the extent (?:it is )?consistent with (?:the )?(?:state|local|domestic|national|its) (?:law|legislation)/,
  reason: "Local law prevails over the agreement in any conflict, so the clause gives way to the customer's own law.",
};

// An availability promise paid for in credits or damages, with no carve-out for safeguard actions.
// ("shall credit 4% of the monthly fee": a credit as a verb too.)
const AVAILABILITY_PAID = /(?:availability|uptime)[^.;]{0,160}(?:service credits?|\bcredit(?:s|ed)?\b(?! card)|liquidated damages|penalt|compensat|rebate)|(?:service credits?|\bcredit(?:s|ed)?\b(?! card)|liquidated damages|penalt|compensat|rebate)[^.;]{0,160}(?:availability|uptime|downtime|unavailab)/;
// "Credits ... do not apply to any period of suspension"; "never passed through where the unavailability results from a measure taken under Annex B";
// "no penalty for unavailability shall be applied for the period of suspension".
// (Also the safeguard action said to give rise to no credit: "The exercise ... of any right under this Appendix shall not give rise to any
// liability, penalty, refund, credit or compensation".)
export const SAFEGUARD_CARVE_OUT = new RegExp(String.raw`(?:\bexercise\w*\b[^.;]{0,60}\bof (?:any|its|a|the) rights?|suspen\w*|withh\w*|deactivat\w*)[^.;]{0,160}\b(?:not|no)\b[^.;]{0,40}\b(?:give rise to|entitle\w*|result in|create|lead to)\b[^.;]{0,60}\b(?:credits?|penalt(?:y|ies)|refunds?|rebates?)\b|(?:exclud|except|disregard)\w*[^.;]{0,120}(?:suspen|safeguard action|misuse|human rights)|(?:suspen|safeguard action)\w*[^.;]{0,80}(?:excluded|does not count|shall not count|not be taken into account)|(?:(?:do|does|shall|will) not|never) apply to (?:any |a )?(?:period of )?suspen|\b(?:never|not)\b[^.;]{0,60}\bwhere\b[^.;]{0,60}(?:results? from|caused by|due to|arises? from) (?:a |any )?(?:measure|suspension|safeguard action)|\bno\b[^.;]{0,80}(?:penalt|credit|rebate|compensat|damages)\w*[^.;]{0,80}\b(?:for|during|in respect of) (?:the |any )?(?:period of )?(?:a |any )?suspen|\bno\b[^.;]{0,80}(?:penalt|credit|rebate|compensat|damages)\w*[^.;]{0,80}\b(?:for|in respect of) (?:the |any )?period (?:during|in) which\b[^.;]{0,40}\bsuspen|(?:suspen|withh|deactivat|disabl)\w*[^.;]{0,200}\bno (?:[\w-]+ )?credits?\b[^.;]{0,80}\b(?:apply|accrue|(?:are|is|shall be) (?:payable|due|owed))\b|(?:suspen|withh|deactivat|disabl|exercise)\w*[^.;]{0,160}\b(?:shall|will|does|do) not (?:count|be counted|be treated) as (?:downtime|unavailability|an? (?:outage|interruption|service failure))\b`
  // "No Service Credit shall be payable ... for unavailability arising from ... (c) any suspension by the Vendor under clause 17";
  // "no penalty for unavailability ... shall accrue in respect of the periods of application of such measures"; "the availability
  // commitment in clause 9 does not apply for that period" (after "If we do any of those things under clause 14:").
  + String.raw`|\bno\b[^.;]{0,80}(?:penalt|credit|rebate|compensat)\w*[^.;]{0,200}\b(?:arising|resulting) from\b[^.;]{0,200}\bsuspen|\bno\b[^.;]{0,80}(?:penalt|credit|rebate|compensat)\w*[^.;]{0,120}\b(?:for|during|in respect of) (?:the |any )?periods? (?:of|during|in) (?:which )?[^.;]{0,40}\b(?:suspen|such measures?|measures? taken|safeguard)|\b(?:availability|uptime|service level)\b[^.;]{0,60}\b(?:does|do|shall|will) not apply\b[^.;]{0,20}\b(?:for|during|in respect of) (?:that|the|such|any) (?:period|time)\b`);
const CREDIT_WORDS = /availab|uptime|service level|credit/;
const SUBJECT_TO = /subject to/;
const SAFEGUARD_WORDS = /suspen|safeguard|misuse|measure/;
// "Unavailability resulting from any action of the Supplier under Section 9 shall be excluded": a carve-out where
// Section 9 is where the safeguard measures are.
const ACTIONS_UNDER_EXCLUDED = /\b(?:actions?|measures?|steps?)\b[^.;]{0,40}\b(?:under|pursuant to|in accordance with) (?:clause|section|article|paragraph|gc|annex|schedule)s? [\w·.()-]+[^.;]{0,100}\b(?:excluded|does not count|shall not count|not be taken into account|disregarded)\b/;
const uncarvedCredits = (c: Clause, index: DraftIndex) => matches(AVAILABILITY_PAID, c.text)
  && !index.memo('credits-carved-out', () => index.clauses.some((x) => (matches(SAFEGUARD_CARVE_OUT, x.text) || (matches(ACTIONS_UNDER_EXCLUDED, x.text) && SAFEGUARD_WORDS.test(index.referencedText(x))))
    && matches(CREDIT_WORDS, x.text)))
  // "Service credits apply ..., subject to clause F7.4", where F7.4 protects safeguard measures.
  && !(matches(SUBJECT_TO, c.text) && SAFEGUARD_WORDS.test(index.referencedText(c)));
// Credits for downtime say nothing of suspension: they make the seller pay for it (weak). Credits
// owed whatever caused the downtime, the seller's own acts included, negate the right (contradicted).
export const UPTIME_CREDITS: Qualifier = {
  needs: /availab|uptime|downtime/,
  test: uncarvedCredits,
  reason: 'An uptime guarantee paid in service credits or damages, with no carve-out for suspension under the human-rights terms.',
};
const WHATEVER_CAUSE = /whatever (?:the|its) cause|no (?:other )?cause (?:other than|except|save)[^.;]{0,40}force majeure[^.;]{0,60}(?:excuse|justif)|regardless of (?:the |its )?cause|howsoever (?:caused|arising)|irrespective of (?:the |its )?cause|including (?:any )?(?:act|suspension|omission)s? (?:of|by) the (?:seller|supplier|vendor|provider|licensor|contractor)|for any reason/;
export const UPTIME_CREDITS_WHATEVER_CAUSE: Qualifier = {
  needs: /availab|uptime|downtime/,
  test: (c, index) => uncarvedCredits(c, index) && matches(WHATEVER_CAUSE, c.block),
  reason: "Service credits are owed for any downtime whatever its cause, the seller's own suspension included.",
};

export const NATIONAL_SECURITY_CARVE_OUT: Qualifier = {
  needs: /national security|intelligence|state security|public order/,
  test: /(?:nothing|no (?:restriction|limitation|provision|term))(?: in this (?:agreement|contract|licen[cs]e|framework agreement))?[^.;]{0,100}(?:shall |will |may )?(?:limit|restrict|prevent|prejudice|apply to|affect)s?[^.;]{0,120}(?:(?:national security|intelligence|state security|public order) (?:activities|operations|purposes|functions|mandate|use)|\b(?:purposes?|grounds?|interests?|reasons?|protection|safeguarding|preservation|maintenance) of (?:the )?(?:national security|intelligence|state security|public order))|(?:prohibitions?|restrictions?|limitations?)[^.;]{0,80}(?:do|does|shall|will) not apply[^.;]{0,80}(?:national security|state security|intelligence|public order|territorial integrity)/,
  reason: "Nothing limits the customer's national-security or intelligence activities.",
};

// Hedges that hollow out a duty the customer owes: "use reasonable efforts to", "to the extent
// permitted by applicable law", "where practicable", "subject to its internal procedures".
// (Also "to the extent that its national legislation so requires", "subject to operational requirements as determined by the Ministry".)
const SELLERS_EFFORTS = new RegExp(String.raw`^(?:[\w·().-]+ )?(?:the )?${SELLER}\b(?!'s)[^.;]{0,20}\b(?:shall|will|must|agrees to|undertakes to) (?:use )?(?:its )?(?:all )?(?:commercially )?(?:reasonable|best) (?:efforts|endeavou?rs)`);
export const HEDGED_DUTY: Qualifier[] = [
  // (The customer's efforts, not the seller's: "The Licensor shall use reasonable endeavours to make the Service available 99.5% of the time".)
  { test: (c) => matches(REASONABLE_EFFORTS, c.text) && !matches(SELLERS_EFFORTS, c.text), reason: 'The customer owes only reasonable efforts.' },
  // (Or as far as the law binds the customer: "to the extent that such regulations are binding on the Licensee under the law of X".)
  { test: new RegExp(`${/to the extent (?:permitted|allowed|required) by (?:the |any )?(?:applicable |local |domestic |national )?laws?|to the extent (?:consistent|compatible) with (?:the |any )?(?:applicable |local |domestic |national )?(?:laws?|legislation)\b|subject to (?:the |any )?(?:applicable |local |domestic |national )laws?|(?:where|as far as|so far as|to the extent) (?:reasonably )?practicable|subject to (?:its|the customer's|their) (?:own )?(?:internal )?(?:security |operational )?(?:policies|procedures|rules)|to the extent (?:that )?(?:its |the |their )?(?:applicable |local |domestic |national )?(?:laws?|legislation) (?:so )?(?:requires?|permits?|allows?)\b|subject to (?:the |any |its |their )?(?:[\w-]+'s )?operational (?:requirements|needs|exigencies|considerations)|(?:so far as|as far as|to the extent(?: that)?) (?:the |its |their )?(?:[\w-]+'s )?operational (?:requirements|needs|exigencies|considerations) (?:permit|allow)/.source}|${BINDING_UNDER_LOCAL_LAW.source}`), reason: 'The duty applies only as far as local law, practicability or the customer\'s own procedures allow.' },
  // A duty the customer performs only if it chooses is no duty: "the Customer may, at its discretion, provide ...".
  { test: new RegExp(String.raw`(?:at|in) (?:the )?${CUSTOMER}'s (?:sole |absolute |own )?discretion|\b${CUSTOMER}\b(?: (?:may|shall)(?: (?:consider|decide|determine|assess|judge))?)?,? (?:at|in) (?:its|their) (?:sole |absolute |own )?discretion|at your (?:sole |absolute |own )?discretion|\b(?:if|where|as|when) (?:the )?${CUSTOMER} (?:so )?(?:wishes|elects|chooses|(?:deems|considers) (?:it )?(?:appropriate|necessary|fit))\b`), reason: 'The duty is left to the customer\'s discretion.' },
];

// A licence with no end is a perpetual one: "continues in force indefinitely", "for an unlimited duration", "in perpetuity".
export const LICENCE_WITHOUT_END: Qualifier = {
  needs: /indefinite|perpetuity|unlimited|time limit|limit of time|no (?:fixed )?(?:term|end date|expiry)/,
  test: /licen[cs]e\b[^.;]{0,80}\b(?:indefinitely|in perpetuity|for an? (?:unlimited|indefinite) (?:duration|period|term|time)|without (?:any )?(?:limit of time|time limit(?:ation)?)\b|with no (?:fixed )?(?:term|end date|expiry))/,
  unless: LICENCE_TO_SELLER,
  reason: 'The licence runs without end: nothing expires or needs renewal.',
};

// Boilerplate that must not count as a safeguard: the seller's own information-security audits and certificates
// ("annual SOC 2 Type II audits, the reports of which it will share", "maintain ISO/IEC 27001 certification").
export const SECURITY_ASSURANCE = /\b(?:soc ?[123]\b|iso(?:\/iec)? ?2700[12]|pci[- ]?dss|penetration tests?|fedramp|cyber essentials)/;
