// A safeguard denied outright, in words no rule's own counter-clauses foresee: "There is no obligation on
// the Agency to seek any warrant", "No duty shall arise on the part of the Licensee to inform the Licensor of
// any misuse", "The Administration gives no representation of any kind concerning human rights", "Nothing
// in this Agreement is to be construed as conferring on the Supplier any right to withhold updates", "The
// Vendor renounces any right, however arising, to audit". A denial is a frame (who is let off, or whose right
// is refused) and, after it in the same sentence, the words of what the safeguard is about: each rule names
// its subject and which party's denial defeats it. A denial with an exception ("except as set out in
// clause 9", "no further audit") is partial: the rules' own qualifiers grade it.
import { CUSTOMER, SELLER } from '../read/parties.ts';
import type { Clause } from './draft-index.ts';
import { matches, matchOf } from './prefilter.ts';
import type { Qualifier } from './rule.ts';

/** Whose denial defeats the safeguard: the customer let off a duty, the seller refused a right, or the
 * customer forbidden the very act the safeguard asks of it (to give a certificate, to report misuse). */
export type DeniedParty = 'customer' | 'seller' | 'customer-barred';

export interface Denial {
  /** Words naming what the safeguard is about ("warrant|judicial order", "export|sanctions"). */
  subject: string;
  /** The customer's duties (a warrant, a notice) or the seller's rights (suspension, audit), or both. */
  of: DeniedParty[];
  /** A denial that leaves the safeguard standing, however framed. */
  unless?: RegExp;
}

const NEGATED = String.raw`(?:not|in no case|in no event|at no time|under no circumstances|never)`;
const BOUND = String.raw`(?:required|obliged|obligated|bound|expected)`;
const NO_DUTY = String.raw`(?:obligation|duty|requirement|undertaking|commitment|limitation|restriction|condition|indemnit(?:y|ie))s?`;

// The party, not a word for power in a possessive: "a certificate signed by a manager, whose authority need not be proved".
const THE_PARTY = String.raw`(?<!\b(?:whose|its|his|her|their|your|our) )`;

// The customer's people: "No official of the Authority may sign ...".
const PEOPLE = String.raw`(?:officials?|officers?|employees?|personnel|staff(?: members?)?|servants?|members?|agents?|representatives?|operators?)`;
/** The customer let off: "is under no obligation to", "shall in no case be required to", "gives no undertaking concerning". */
const CUSTOMER_LET_OFF = [
  String.raw`\bthere (?:is|shall be|will be) no ${NO_DUTY} (?:on|upon|for) (?:the part of )?(?:the )?${CUSTOMER}\b`,
  // ("No duty of enquiry shall arise on the part of the Distributor", "No indemnity shall arise from the Customer".)
  String.raw`\bno ${NO_DUTY}(?: of [\w-]+)? (?:shall|will|is to|does) (?:\w+ )?(?:arise|exist|apply|be (?:implied|imposed|read))\b[^.;]{0,20}?\b(?:on|upon|for|from) (?:the part of )?(?:the )?${CUSTOMER}\b`,
  // ("Nothing in this Agreement is to be construed as requiring the Distributor to ...", "obliges the Customer to".)
  // ("No term of any document of the Seller shall require the Purchaser's personnel to undergo any training": its people too.)
  String.raw`\b(?:nothing in (?:this|the)|no (?:term|provision|clause|condition)s? (?:of|in) (?:this|the|any)) [\w ]{0,40}?(?:(?:is to|shall|will) be (?:construed|interpreted|read) as (?:requiring|obliging|compelling)|(?:(?:shall|will|may) )?(?:requires?|obliges?|compels?)) (?:the )?${CUSTOMER}\b(?:'s (?:[\w-]+ )?${PEOPLE}\b)?`,
  // ("Customer does not assume any obligation to compensate", "the Licensee assumes no duty to", "undertakes no duty to".)
  String.raw`${THE_PARTY}\b${CUSTOMER}\b[^.;]{0,40}?\b(?:(?:does|do|shall|will) not (?:assume|accept|undertake|take on) (?:any|an?)|(?:assumes?|accepts?|undertakes?|takes? on) no) (?:[\w-]+ )?(?:obligation|duty|commitment)s?\b`,
  // ("This Agreement is not to be construed as placing any limitation upon the persons ... that the Bureau may intercept".)
  String.raw`\b(?:is not to|shall not|will not) be (?:construed|interpreted|read) as (?:placing|imposing|creating|setting) (?:any )?${NO_DUTY} (?:up)?on\b`,
  // ("shall be read as imposing no obligation on Customer to provide", "creates no duty for the Licensee to".)
  String.raw`\b(?:impos|creat|plac)\w* no ${NO_DUTY} (?:of any kind |whatsoever )?(?:on|upon|for) (?:the )?${CUSTOMER}\b`,
  // ("At no time will any sublicensee of the Reseller be bound by ...".)
  String.raw`\bat no time (?:shall|will) (?:any |the |a )?(?:[\w-]+ ){0,5}be (?:bound|required|obliged|asked)\b`,
  String.raw`${THE_PARTY}\b${CUSTOMER}\b[^.;]{0,40}?\b(?:(?:is|are|shall be|will be) (?:under|subject to) no|(?:is|are|shall|will) not (?:be )?(?:under|subject to) (?:any|an?)) (?:obligation|duty)\b`,
  // ("The Reseller determines its customers in its sole discretion and is under no obligation to identify any customer": a second
  // predicate of the same subject, not past the seller's name.)
  String.raw`${THE_PARTY}\b${CUSTOMER}\b(?:(?!\b(?:shall|will|may|must|is|are)\b|\b${SELLER}\b)[^.;]){0,90}?\band (?:is|are|shall be|will be) under no (?:obligation|duty)\b`,
  // ("Purchaser, being a sovereign authority, shall not be subject to any certification, attestation or reporting requirement":
  // the requirement's own words are left for the subject to match.)
  // (Past an aside on what the customer is, but not past another verb: "the Customer shall ..., and the Supplier is not".)
  String.raw`${THE_PARTY}\b${CUSTOMER}\b(?:(?!\b(?:shall|will|may|must|and|is|are)\b)[^.;]){0,90}?\b(?:(?:is|are|shall be|will be) subject to no|(?:is|are|shall|will) not (?:be )?subject to (?:any|an?)) (?=(?:[\w-]+,? (?:or |and )?){1,4}(?:requirements?|obligations?|dut(?:y|ies))\b)`,
  String.raw`${THE_PARTY}\b${CUSTOMER}\b[^.;]{0,40}?\b(?:shall|will|is|are)(?: ${NEGATED})+ (?:be )?${BOUND}\b`,
  // ("shall not be asked for, and gives, no certificate ... concerning its own use".)
  String.raw`${THE_PARTY}\b${CUSTOMER}\b[^.;]{0,40}?\b(?:gives?|makes?),? no (?:representation|warranty|undertaking|assurance|commitment|certificate|declaration|confirmation|attestation)s?\b`,
  String.raw`${THE_PARTY}\b${CUSTOMER}\b[^.;]{0,20}?\bneed not\b`,
  // ("The Purchaser shall provide no compliance certification of any kind".)
  String.raw`${THE_PARTY}\b${CUSTOMER}\b[^.;]{0,40}?\b(?:shall|will|need) (?:provide|give|deliver|furnish|submit|make|issue|keep|maintain) no\b`,
];

/** The seller refused a right: "is not to be construed as conferring on the Supplier any right to", "renounces any right". */
const SELLER_REFUSED = [
  String.raw`(?:\bnothing\b[^.;]{0,80}?\b(?:is to|shall|will) be|\b(?:is not to|shall not|will not) be) (?:construed|interpreted|read) as (?:conferring|giving|granting|creating) (?:on |upon |to )?(?:the )?${SELLER}\b[^.;]{0,20}?\b(?:any )?(?:right|power|entitlement|discretion)`,
  // ("irrevocably renounces and waives, for the whole term of this Agreement, any right it may have".)
  String.raw`\b${SELLER}\b[^.;]{0,40}?\b(?:renounces?|waives?|surrenders?|abandons?)\b(?:[^.;]{0,60}?,)? (?:any|all|each|every) (?:rights?|powers?|entitlements?)\b`,
  String.raw`\b${SELLER}\b[^.;]{0,40}?\b(?:has|have|shall have|will have) no (?:right|power|entitlement)s?\b`,
  // ("The Vendor shall in no case be entitled to rely on clause 20 or on any human-rights ground as excusing a suspension".)
  String.raw`\b${SELLER}\b[^.;]{0,40}?\b(?:shall|will|may) not (?:be (?:entitled|permitted|allowed) to )?(?:rely|invoke|plead)\b`,
  // ("Nothing in the Contract confers on the Contractor, or any person acting for it, any right of access to, inspection of or audit of ...".)
  String.raw`\bnothing\b[^.;]{0,80}?\b(?:confers?|gives?|grants?|creates?)\b (?:on |upon |to )?(?:the )?${SELLER}\b[^.;]{0,60}?\b(?:any )?(?:right|power|entitlement)`,
  // ("at no time and on no ground connected with the Customer's use may the Supplier withhold ...".)
  // (Set off by commas too: "At no time, and on no ground connected with the Customer's use of the Software, may the Supplier withhold ...".)
  String.raw`\bat no time,? (?:and (?:on|for) no (?:ground|reason)[^.;]{0,120}?,? )?(?:shall|will|may) (?:the )?${SELLER}\b`,
  String.raw`\bno (?:right|power|entitlement)s? (?:of|for) (?:the )?${SELLER}\b[^.;]{0,40}?\b(?:shall|will) (?:arise|exist|be implied)\b`,
];

/** The customer's own people forbidden to act: "No official of the Authority may sign or deliver to any external
 * party any certificate", "the Ministry's personnel shall not report to any foreign supplier". (Only for the acts a
 * safeguard asks of the customer: a ban on transferring the product is itself a safeguard.) */
// (The act is the verb the ban governs, left for the subject to match: not "No employee of the Customer may be penalised for reporting misuse".)
const GIVING = String.raw`(?:[\w-]+,? (?:or |and )?){0,3}?(?:sign|issue|give|deliver|provide|furnish|submit|send|disclose|report|notify|inform|share|communicate|transmit|hand over)\b`;
const CUSTOMER_BARRED = [
  String.raw`\bno (?:[\w-]+ )?${PEOPLE} (?:of|from|in|within|employed by) (?:the )?${CUSTOMER}\b[^.;]{0,40}?\b(?:may|shall|is (?:permitted|allowed|authori[sz]ed) to) (?=${GIVING})`,
  String.raw`\b${CUSTOMER}'s (?:[\w-]+ )?${PEOPLE}\b[^.;]{0,40}?\b(?:shall|may) not (?=${GIVING})`,
];

/** No such limit arises at all: "No limitation as to end user or end use shall arise". */
// (Not a cap that does not apply: "no limitation of liability shall apply to a breach of the export terms".)
// (The noun is left for the subject to match: "No limitation as to end user".)
// ("No representation, undertaking or obligation concerning human rights ... shall bind the Bureau".)
const NONE_ARISES = String.raw`\bno (?=${NO_DUTY}\b(?! (?:of|on) (?:the |its |any )?(?:liability|damages|remed))|(?:representation|warranty|assurance)s?\b)`;
const ARISES = String.raw`\b(?:shall|will|is to|does) (?:\w+ )?(?:arise|exist|apply|be (?:implied|imposed|read in(?:to)?)|bind (?:the )?${CUSTOMER}\b|be binding (?:on|upon) (?:the )?${CUSTOMER}\b)`;

// (What would make the denial partial, or the subject someone else's: "except under clause 9", "no further audit".)
// (Nor a commercial duty or an ordinary ground that merely mentions the subject: "need not pay any invoice not accompanied
// by a certificate", "waives any right to terminate for convenience", "no right to suspend for scheduled maintenance".)
const PARTIAL = String.raw`\b(?:except|unless|save|other than|otherwise than|without prejudice|subject to|beyond|in excess of|more than|further|additional|apart from|until|pay|paying|payment|invoices?|fees?|charges?|costs?|prices?|purchase|buy|convenience|without cause|insolvency|(?:scheduled|planned|routine|preventive) maintenance)\b`;
// (After the subject, only words that confine the denial to a case, a ground or an exception: "need not enforce it where the Vendor
// has already terminated it", "other than as required by its national law"; but "of any State other than its own" confines nothing.)
// ("In respect of any operational activity" or "of any use" is every case, not one.)
const PARTIAL_AFTER = /\b(?:except|unless|save (?:that|as|for)|(?:other|otherwise) than (?:as|in accordance|under|where|to the extent)|provided that|where|if|when|whenever|once|in the case of|in respect of(?! (?:any|all|each|every) (?:[\w-]+ ){0,2}(?:uses?|activit(?:y|ies)|operations?|acts?|conduct)\b)|for convenience|without cause|insolvency|(?:scheduled|planned|routine|preventive) maintenance)\b/;
const SCOPE = String.raw`(?:(?!${PARTIAL})[^.;]){0,100}?`;

const NOT_A_BREACH = String.raw`\bno (?:failure|omission|refusal)(?: (?:of|by) (?:the )?${CUSTOMER})? to\b`;
const IS_BREACH = String.raw`\b(?:shall|will|is to|does) (?:constitute|be|amount to|give rise to) (?:a |any )?(?:breach|default)\b`;

const CONFINED_BEFORE = /\b(?:if|where|when|whenever|unless|until|pending|before|prior to|during|while|to the extent|for (?:such|any|each|those|these|all) [\w-]+|in (?:the case|respect) of|by reason of)\b/;

// A sentence is asked the rule's whole pattern only if it has a frame's words (one plain list for all rules, so the draft
// is searched for them once), the rule's subject and a frame of the rule's party (each sentence asked once, whatever the rule).
export const LET_OFF = new RegExp(CUSTOMER_LET_OFF.join('|'));
export const REFUSED = new RegExp(SELLER_REFUSED.join('|'));
export const BARRED = new RegExp(CUSTOMER_BARRED.join('|'));
// (Spelled with their words, not the lookahead the forms use, so that the prefilter can turn most sentences away.)
const SET_UP = String.raw`\b(?:shall|will|may) be (?:established|operated|maintained|set up|provided|publici[sz]ed|created|made available)\b`;
export const NONE_OR_WHETHER = new RegExp(String.raw`\bno (?:${NO_DUTY}|(?:representation|warranty|assurance)s?|(?:failure|omission|refusal))\b|\bwhether\b[^.;]*\b(?:decided|determined|resolved|settled)\b|\bno\b[^.;]{0,120}${SET_UP}`);
/** Words every frame has: a plain list, so the draft is searched for them quickly, once for all rules. */
export const FRAME_WORDS = /\b(?:no (?:obligation|duty|requirement|undertaking|commitment|limitation|restriction|condition|indemnit|right|power|entitlement|representation|warrant|assurance|failure|omission|refusal)|under no|not (?:be )?under|subject to no|not (?:be )?subject|(?:not|never|in no case|in no event|under no circumstances) (?:be )?(?:required|obliged|obligated|bound|expected)|at no time|(?:gives?|makes?),? no|need not|nothing in|no (?:term|provision|clause|condition)s? (?:of|in)|(?:assume|accept|undertake|take on) (?:any|an?|no)\b|(?:assumes|accepts|undertakes|takes on) no\b|not (?:be (?:entitled|permitted|allowed) to )?(?:rely|invoke|plead)\b|construed as|interpreted as|read as|of no (?:further )?(?:force or )?effect|cease to (?:apply|have)|have no (?:further )?effect|hereby (?:void|deleted|disapplied)|renounc|waive|surrender|abandon|whether|(?:provide|give|deliver|furnish|submit|make|issue|keep|maintain) no|be (?:established|operated|maintained|set up|provided|publici[sz]ed|created|made available)|(?:\bno|'s) (?:[\w-]+ )?(?:officials?|officers?|employees?|personnel|staff|servants?|members?|agents?|representatives?|operators?)\b)/;


// A provision named by what it is about, then undone: "The Agreement's provision on cooperation with misuse investigations
// shall be read as imposing no obligation on Customer ...", "the undertakings concerning export licences are of no further effect".
const DESCRIBED_PROVISION = String.raw`\b(?:provisions?|clauses?|sections?|articles?|terms?|undertakings?|obligations?) (?:on|concerning|regarding|relating to|about|dealing with|governing|as to) (?:the )?`;
const UNDONE = String.raw`\b(?:(?:shall|is to|are to) be (?:read|construed|interpreted) as (?:imposing|creating|placing|giving rise to|conferring) no\b|(?:is|are|shall be) (?:hereby )?(?:of no (?:further )?(?:force or )?effect|void|deleted|disapplied)\b|shall (?:cease to (?:apply|have (?:any )?effect)|have no (?:further )?effect)\b)`;
const DESCRIBED_UNDONE = /\b(?:of no (?:further )?(?:force or )?effect|(?:read|construed|interpreted) as (?:imposing|creating|placing|giving rise to|conferring) no|cease to (?:apply|have)|have no (?:further )?effect|hereby (?:void|deleted|disapplied))\b/;

const DENIALS = new Map<string, Qualifier>();
/** The qualifier that finds the safeguard denied outright, searched anywhere in the draft as a counter-clause. */
export function denialOf({ subject, of, unless }: Denial): Qualifier {
  const key = `${of.join()}\u0000${subject}\u0000${unless?.source ?? ''}`;
  let denial = DENIALS.get(key);
  if (denial) return denial;
  const frames = [...(of.includes('customer') ? CUSTOMER_LET_OFF : []), ...(of.includes('seller') ? SELLER_REFUSED : []), ...(of.includes('customer-barred') ? CUSTOMER_BARRED : [])];
  const about = `(?:${subject})`;
  const forms = [
    `(?:${frames.join('|')})${SCOPE}${about}`,
    // "No limitation as to end user or end use shall arise", "no restriction on the retention of Collected Data shall apply".
    `${NONE_ARISES}${SCOPE}${about}${SCOPE}${ARISES}(?!${SCOPE}${PARTIAL})`,
    // A failure to do it is no breach: "no failure to complete training shall constitute a breach of this Agreement".
    ...(of.includes('customer') ? [`${NOT_A_BREACH}${SCOPE}${about}${SCOPE}${IS_BREACH}`] : []),
    // None of what the customer must set up shall exist: "No hotline, web form or other channel for reporting concerns shall be established".
    ...(of.includes('customer') ? [`\\bno\\b${SCOPE}${about}${SCOPE}${SET_UP}`] : []),
    // The seller's right handed to the customer: "Whether updates are to be paused ... shall be determined by the Ministry alone".
    `${DESCRIBED_PROVISION}(?:[\\w-]+ ){0,4}?${about}${SCOPE}${UNDONE}`,
    ...(of.includes('seller') ? [`\\bwhether\\b${SCOPE}${about}${SCOPE}\\b(?:shall|is to|are to|will) be (?:decided|determined|resolved|settled) (?:solely |exclusively )?by (?:the )?${CUSTOMER}\\b,? (?:alone|only|solely|exclusively|in its (?:sole|absolute|own) discretion)`] : []),
  ];
  const pattern = new RegExp(forms.join('|'));
  const subjectWords = new RegExp(about);
  const framed = (text: string) => (of.includes('customer') && matches(LET_OFF, text)) || (of.includes('seller') && matches(REFUSED, text))
    || (of.includes('customer-barred') && matches(BARRED, text)) || matches(NONE_OR_WHETHER, text) || matches(DESCRIBED_UNDONE, text);
  // (Nor a denial confined to some cases: "For such orders, the Distributor need not disclose the End User".)
  const test = (c: Clause) => {
    const m = matches(subjectWords, c.text) && framed(c.text) ? matchOf(pattern, c.text) : null;
    // (A subject's own words may span an exception, "need not notify ... routine changes, save that it shall report any misuse";
    // and the ground may follow the subject, "waives any right to terminate for convenience".)
    return !!m && !CONFINED_BEFORE.test(c.text.slice(0, m.index)) && !PARTIAL_AFTER.test(c.text.slice(m.index).split(';')[0]);
  };
  denial = { test, needs: FRAME_WORDS, alsoNeeds: subjectWords, unless, reason: 'The draft denies it outright.' };
  DENIALS.set(key, denial);
  return denial;
}
