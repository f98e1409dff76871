// Patterns in the lawyer's vocabulary, shared by the rules. Each is written against normalised
// text (lower case, straight quotes, "thirty (30)" read as "30").
import { CUSTOMER, SELLER } from '../read/parties.ts';
import { MODAL_RIGHT, normalise, type Clause, type DraftIndex } from './draft-index.ts';
import { matches, matchesAll } from './prefilter.ts';
import type { Qualifier } from './rule.ts';

// The party patterns below scan from every mention of a party; most sentences lack the verb they
// look for, so a look-ahead for the verb first lets them fail in one pass.
const re = (source: string, verbs: string) => new RegExp(String.raw`^(?=[\s\S]*?(?:${verbs}))[\s\S]*?(?:${source})`);

// ("The CONTRACTED PARTY" is the seller in translated Latin-American contracts; the customer is "the CONTRACTING PARTY".)
/** The seller holds a right to do one of `verbs`: active ("the Supplier may suspend"), passive ("may be suspended by the Licensor"), or possessive ("the Vendor's right to suspend"). */
export function sellerMay(verbs: string): RegExp {
  return re(
    String.raw`\b(?:${SELLER}|either party|each party|contracted party)\b[^.;]{0,80}?\b${MODAL_RIGHT}\b[^.;]{0,120}?\b(?:${verbs})` +
    String.raw`|\b(?:may|shall|will) be (?:\w+ )?(?:${verbs})\w*\b[^.;]{0,60}\bby (?:the )?${SELLER}\b` +
    String.raw`|\b${SELLER}(?:'s)? (?:right|entitlement|option) to (?:\w+ ){0,2}(?:${verbs})` +
    // A long lead-in whose items name the measures: "The Supplier may, on a credible complaint, take any of the following steps: suspend ...".
    String.raw`|\b${SELLER}\b[^.;]{0,80}?\b${MODAL_RIGHT}\b[^.;:]{0,300}:\s*(?:\w+ )?(?:${verbs})` +
    // A first step, then the right under a condition, the subject unrepeated: "the Contractor may serve a notice of protest ...,
    // and, if the breach is not remedied within 60 days, may terminate this Contract".
    String.raw`|\b${SELLER}\b[^.;]{0,80}?\b${MODAL_RIGHT}\b[^.;]{0,200}?\b(?:and|then),? (?:if|where|when|should|unless|after|once)\b[^.;]{0,160}?, ${MODAL_RIGHT} (?:\w+ ){0,2}(?:${verbs})`,
    verbs,
  );
}

/** The seller is denied a right: "the Supplier shall not suspend", "the Vendor has no right to disable". */
export function sellerMayNot(verbs: string): RegExp {
  return re(
    // (Plain English too: "we won't suspend", "we can't switch off".)
    // (Not the seller as the object of another's verb: "functions that allow the Supplier to act, and [the Customer] shall not disable them".)
    // (Nor a bar on someone the seller's act constrains: "shall configure the Tools so that examiners cannot disable this recording".)
    String.raw`(?<!\b(?:allow|enable|permit|require|let|help)\w* (?:the )?)\b(?:${SELLER}|contracted party)\b(?:(?!\b(?:so that|such that|so as|in order that|ensur\w* that)\b)[^.;]){0,50}?\b(?:(?:shall|will|may|must|does|can)\s+not|won't|can't|cannot|shan't)(?:,?\s+(?:(?:in|under) any circumstances|in any event|for any reason),?)?\s+(?:be (?:entitled|permitted|allowed) to\s+)?(?:\w+\s+){0,2}(?:${verbs})` +
    // (A second predicate of the same subject: "the Contractor shall have no remote connection to the System and shall not disable ...".)
    String.raw`|(?<!\b(?:allow|enable|permit|require|let|help)\w* (?:the )?)\b(?:${SELLER}|contracted party)\b[^.;]{0,30}?\b(?:shall|will|may|must|does|has|is)\b[^.;]{0,60}?\band (?:(?:shall|will|may|must|does|can) not|cannot) (?:\w+\s+){0,2}(?:${verbs})` +
    // (The right denied with a phrase between, and for each of a list of acts: "shall have no right, by reason of any
    // breach of Annex 2, to terminate or withdraw from this Contract, to revoke, refuse or delay any Licence File, or to withhold ...".)
    String.raw`|\b${SELLER}\b[^.;]{0,30}\b(?:has|have|shall have|will have) no right(?:,[^,.;]{0,80},)? to\s+(?:[^.;]{0,160}?,\s+(?:or |and )?to\s+)?(?:\w+,?\s+){0,3}(?:${verbs})` +
    // (Civil-law drafting "renounces"; "waives any right it may have to terminate".)
    String.raw`|\b${SELLER}\b[^.;]{0,80}\b(?:waives?|renounces?)\b[^.;]{0,40}\bright(?:s? (?:it|they|which|that) (?:may|might) (?:otherwise )?have)? to\s+(?:\w+\s+){0,2}(?:${verbs})` +
    String.raw`|in no (?:event|circumstances?) (?:shall|may|will) (?:the )?${SELLER}\b[^.;]{0,40}(?:${verbs})` +
    String.raw`|nothing in this[^.;]{0,80}(?:entitles?|permits?|allows?|authori[sz]es?) (?:the )?${SELLER}\b[^.;]{0,40}(?:${verbs})`
    // The seller's terms that would give the right are void, as a customer's standard terms say: "any provision of
    // Contractor's terms that purports to do any of the following is void: (1) permit Contractor to suspend ...".
    // (Not severability: "if any provision is held void, the remaining provisions, including clause 9.1 which permits the Supplier to suspend, continue".)
    + String.raw`|\b(?:provisions?|terms?|clauses?|conditions?)\b[^.;]{0,80}?\b(?:purports? to|seeks? to|any of the following)\b[^.;]{0,80}?\b(?:void|of no (?:force or )?effect|unenforceable|(?:shall|will) not (?:bind|apply))\b[^.]{0,600}?${GIVES_SELLER}(?:${verbs})`
    + String.raw`|\b(?:provisions?|terms?|clauses?|conditions?)\b[^.;]{0,40}?${GIVES_SELLER}(?:${verbs})[^.;]{0,200}\b(?:is|are|shall be) (?:void|of no (?:force or )?effect|unenforceable)`,
    verbs,
  );
}

// "permit the Supplier to", "grant Contractor any right to".
const GIVES_SELLER = String.raw`\b(?:(?:permit(?:s|ted|ting)?|allow(?:s|ed|ing)?|(?:entitl|authori[sz]|enabl)(?:e|es|ed|ing))\s+(?:the )?${SELLER}\b[^.;]{0,20}?\bto|(?:grant(?:s|ed|ing)?|giv(?:e|es|ing)|confer(?:s|red|ring)?)\s+(?:on |upon )?(?:the )?${SELLER}\b[^.;]{0,20}?\b(?:any |a |the )?rights? to)\s+(?:\w+,?\s+){0,3}`;

// One pattern per verb, made once: rules ask it of every sentence.
const NEGATES = new Map<string, RegExp>();
/** "shall not suspend", "no right to suspend", "in no event may ... suspend", "nothing ... entitles ... to suspend". */
export function negates(text: string, verb: string): boolean {
  let pattern = NEGATES.get(verb);
  if (!pattern) NEGATES.set(verb, (pattern = negation(verb)));
  return matches(pattern, text);
}

function negation(verb: string): RegExp {
  return new RegExp(
    String.raw`(?:(?:shall|will|may|must|does|do|can)\s+not|won't|can't|cannot|shan't)\s+(?:be\s+(?:entitled|permitted|allowed)\s+to\s+)?(?:\w+\s+){0,2}${verb}` +
    String.raw`|(?:no|any)\s+right\s+to\s+(?:\w+\s+){0,2}${verb}|not\s+(?:be\s+)?entitled\s+to\s+(?:\w+\s+){0,2}${verb}|(?:waives?|renounces?)\s+(?:any|all|its)\s+rights?(?:\s+(?:it|they|which|that)\s+(?:may|might)\s+(?:otherwise\s+)?have)?\s+to\s+(?:\w+\s+){0,2}${verb}` +
    String.raw`|in\s+no\s+(?:event|circumstances?)\s+(?:shall|may|will)[^.;]{0,60}${verb}|nothing\s+in\s+this[^.;]{0,80}(?:entitles?|permits?|allows?|authori[sz]es?)[^.;]{0,60}${verb}` +
    String.raw`|(?:never|neither)\s[^.;]{0,30}${verb}`,
  );
}

/** The customer is bound: "the Licensee shall ...", "the Authority undertakes to ...". */
export function customerMust(what: string): RegExp {
  return re(
    // (Not "if you become aware of misuse, we will tell you": the seller's duty after the customer's condition.)
    // (The seller's possessive is no new subject: "declares that it knows the Supplier's policy and undertakes to ...".)
    // (A long aside may follow the modal: "shall, within 48 hours of a report under clause 10.1 or of otherwise learning of any misuse, forward ...".)
    String.raw`\b${CUSTOMER}\b(?:(?!\b${SELLER}\b(?!'s))[^.;]){0,160}?\b(?:shall|must|undertakes? to|agrees? to|will|(?:is|are) (?:required|obliged)\b|(?:is|are) bound to|(?:is|are) to(?! be\b)|promises? to|commits? to|represents|warrants|covenants)\b(?:,[^,.;]{1,200},)?[^.;]{0,160}?(?:${what})`
    // Civil-law drafting states duties in the present tense: "the Beneficiary notifies the Licensor".
    + String.raw`|\b${CUSTOMER}\b(?:-[a-z]+)? (?:\w+ly )?(?:${what})\w*s\b`,
    what,
  );
}

// (Plain English too: "straight away", "right away".)
// (Civil-law drafting too: "with effect from the moment of the blocking and without observing any warning period", "with effect from
// its receipt, without the need for prior formal notice".)
// (Also an effect tied to the notice itself: "by written notice taking effect on the date of its delivery", "with effect from the giving of notice".)
// (Also "with effect from the time stated in the notice, which may be the time of the notice itself".)
export const IMMEDIATE = /\bimmediate(?:ly)?\b|\bthe time of the notice itself\b|with immediate effect|forthwith|without (?:the need for |any )?(?:prior )?(?:formal )?notice|with effect from (?:its|the|their) (?:receipt|delivery|service)\b|at once|without delay|summarily|\b(?:straight|right) away\b|\binstantly\b|without (?:observing |giving )?(?:any )?(?:prior )?(?:warning|notice) period|with effect from the moment\b|\b(?:there and then)\b|without (?:observing |giving |any |a )*(?:notice period|period of notice|(?:cure|grace|remedy|remediation) period|period (?:for|of) (?:cure|remedy))|\bnotice (?:taking|which takes|that takes|to take) effect (?:on|upon|from) (?:the (?:date|day|moment) of )?(?:its )?(?:delivery|receipt|service|being given|giving)|\b(?:with effect from|effective (?:from|on|upon|as of)) (?:the (?:date|day|moment) of )?(?:the )?(?:giving |service |delivery |receipt )?(?:of )?(?:its |the |such |that |written |the [\w-]+'s )*notice\b/;
// ("In CSA's opinion": the seller's name reads as its role.)
export const DISCRETION = new RegExp(String.raw`in (?:the )?${SELLER}'s (?:own |reasonable )?(?:opinion|judge?ment|view|assessment)|` + /sole (?:and (?:absolute|reasonable) |reasonable |absolute )?(?:discretion|judge?ment|opinion|determination)|absolute discretion|reasonabl[ey] (?:belie(?:f|ves?)|suspects?|determin|consider|opinion|grounds)|good[- ]faith (?:belie|determin|judge?ment)|in (?:its|our) (?:own |reasonable )?(?:opinion|judge?ment)|(?:according to|on the basis of|in) (?:its|our) own (?:evaluation|assessment|appreciation|appraisal)|(?:determines|concludes|considers|suspects|believes)\b|\b(?:we|it) (?:determine|conclude|consider|suspect|believe)\b|evidence (?:of|that)|(?:grounds|reasons?|cause) to (?:suspect|believe|consider)|credible|indication|\bform(?:s|ing)? (?:the|a|an) (?:view|opinion)\b/.source);
// "where misuse is established by a final and non-appealable judgment", "by final judgment not subject to appeal".
export const FINAL_JUDGMENT = /\bfinal(?:,| and)? (?:and )?non-?appealable\b|\bnon-?appealable (?:final )?(?:judgment|judgement|decision|ruling|award)|\bfinal (?:and binding )?(?:judgment|judgement|decision|ruling|award)s?\b[^.;]{0,60}?,? (?:(?:not|no longer) subject to|not open to|without (?:any )?(?:further )?(?:right of )?|from which (?:there is )?no) (?:any )?(?:further )?appeal|\bfinal (?:judgment|judgement|decision|ruling)\b[^.;]{0,80}?\b(?:against|from) which no (?:further )?appeal lies/;
// (Or "only if the misuse is subsequently confirmed by an independent expert".)
const FOUND_BY_OTHERS_FIRST = /(?:only|solely) (?:upon|after|following|where|if|once|when)[^.;]{0,80}\b(?:confirmed|found|determined|established|upheld|verified|validated) by (?:the |a |an )?(?:[\w-]+ ){0,3}(?:expert|arbitrator|arbitral tribunal|tribunal|court|committee|board|panel|ombudsman|inspector|regulator)s?\b/;
// (Also "only if a final, non-appealable judgment has found ...", "until the arbitral tribunal has rendered its final award".)
const COURT_FIRST = /(?:(?:only|solely|exclusively)? ?(?:upon|after|following|subject to|pursuant to|until)|(?:only|solely|exclusively) (?:if|where|once|when)) (?:a |the )?(?:final|non-appealable|binding)?[^.;]{0,40}(?:judgment|judgement|court order|ruling|(?:arbitral|final) award|determination by a (?:competent )?court|finding by a (?:court|tribunal|competent authority))|(?:only|solely) (?:upon|after|following|where|if|once)[^.;]{0,60}(?:finding|determination|decision|confirmation|vote)s? (?:of|by) (?:the |a |an )?(?:majority of (?:the )?)?(?:[\w-]+ ){0,3}(?:committee|board|authority|inspector(?:-general)?|ombudsman|tribunal|court|panel|regulator|commission)/;
// An international body that will never act on one deal: "only where the Security Council of the United Nations has adopted a resolution
// finding that the Ministry has committed serious violations".
const INTERNATIONAL_BODY_FIRST = /(?:only|solely) (?:upon|after|following|where|if|once|when)\b[^.;]{0,60}\b(?:security council|general assembly|human rights council|international (?:court|criminal court|tribunal))\b[^.;]{0,60}\b(?:adopted|found|finding|determined|ruled|decided|resolution)\b/;
export const COURT_ONLY = new RegExp(`${COURT_FIRST.source}|${FOUND_BY_OTHERS_FIRST.source}|${FINAL_JUDGMENT.source}|${INTERNATIONAL_BODY_FIRST.source}`);
// (Not denied: "does not require the Customer's consent".)
/** "subject to", and "subject in each case to", "subject in all respects to", "subject at all times to". */
export const SUBJECT_TO = String.raw`subject (?:in (?:each|every|any) case |in all (?:respects|cases) |always |at all times )?to`;
const CONSENT_LEAD = String.raw`(?:with|${SUBJECT_TO}|upon|after obtaining|(?<!\b(?:not|never) )requires?|(?<!\bwithout )requiring|conditional (?:up)?on)`;
// (Also "at such times and to such extent as the Ministry may agree".)
export const CONSENT_NEEDED = new RegExp(String.raw`\bas (?:the )?${CUSTOMER} (?:may |shall )?(?:agree|agrees|approve|approves|permit|permits|allow|allows|consent|consents)\b|${CONSENT_LEAD} (?:the )?(?:prior |previous |advance )?(?:written )?(?:consent|approval|agreement|permission)(?: given in advance)? of (?:the )?${CUSTOMER}|${CONSENT_LEAD} (?:the )?(?:${CUSTOMER}'s|your) (?:prior )?(?:written )?(?:consent|approval|agreement|permission)|mutual(?:ly)? (?:agreement|agreed|consent)|after consultation with and the consent`
  // "with the prior written consent of the Director of the Directorate": an officer of the customer consents for it.
  + String.raw`|(?:with|subject to|upon|after obtaining) (?:the )?(?:prior |previous |advance )?(?:written )?(?:consent|approval|agreement|permission)(?: given in advance)? of (?:the |its |an? )?(?:[\w-]+ ){1,4}(?:of|at|within) (?:the )?${CUSTOMER}\b`
  // ... or of someone the customer appoints: "subject to the prior written approval of the Supervisor of the Contract designated by THE ENTITY".
  + String.raw`|(?:with|subject to|upon|after obtaining) (?:the )?(?:prior |previous |advance )?(?:written )?(?:consent|approval|agreement|permission) of (?:the |an? )?(?:[\w-]+ ){1,6}(?:designated|appointed|nominated) by (?:the )?${CUSTOMER}\b`
  // "after consulting the Customer and obtaining its agreement"
  + String.raw`|\b${CUSTOMER}\b[^.;]{0,40}\b(?:and|after|upon) (?:obtaining|receiving|securing|having obtained|having received) (?:its|their) (?:prior |written |express )*(?:consent|approval|agreement|permission)\b`
  // "provided that the Customer has first agreed to the audit"
  + String.raw`|(?:provided|on condition|only if|unless) (?:that )?(?:the )?${CUSTOMER}\b[^.;]{0,20}\b(?:has |have )?(?:first |previously |expressly )?(?:agree[sd]?|consent(?:s|ed)?|approve[sd]?|given (?:its|their|his|her) (?:prior |express )?(?:written )?(?:consent|approval|agreement|permission))\b`
  // In the passive: "provided that the text of any such publication has first been approved in writing by the Ministry".
  + String.raw`|(?:provided|on condition|only if|unless) (?:that )?[^.;]{0,60}\b(?:has|have|shall have) (?:first |previously |expressly )?been (?:approved|agreed|consented to|authori[sz]ed)(?: in writing)? by (?:the )?${CUSTOMER}\b`);
export const REASONABLE_EFFORTS = /(?:commercially )?reasonable (?:efforts|endeavou?rs)|best endeavou?rs|use (?:its )?efforts to|\bendeavou?rs?(?:, [^,.;]{1,80},)? to/;
// (Also with the law as the subject: "only to the extent that the laws of Maldaria provide for it".)
// "to the extent that such regulations are binding on the Licensee under the law of X".
export const BINDING_UNDER_LOCAL_LAW = /to the extent (?:that )?[^.;]{0,60}\b(?:binding|enforceable) (?:on|upon|against) [^.;]{0,40}\bunder (?:the )?(?:local |domestic |national )?laws?\b/;
const LOCAL_LAW_PERMITS = /to the extent (?:that )?[^.;]{0,40}(?:prohibited|permitted|permissible|required|allowed|unlawful) (?:by|under) (?:the )?(?:local|applicable|domestic|national)? ?laws?|to the extent (?:that )?(?:the |its |their )?(?:local |domestic |national |applicable )?(?:laws?|legislation)(?: of (?:the )?[\w -]{1,40}?)? (?:provides?|permits?|requires?|allows?|recogni[sz]es?)\b|as (?:required|permitted|defined) (?:by|under|in) (?:the )?(?:local|domestic|national|applicable) law|under (?:the )?laws of the (?:republic|kingdom|state|customer)/;
// An exception as wide as the law allows: "except where the laws of the Republic require or permit the disclosure", "save where the
// Purchaser is required or permitted under the law of Belmora to make the Kits available". (Not where the law requires it: that is
// any duty's exception.)
const A_STATES_LAW = String.raw`(?:(?:local|national|domestic) (?:laws?|legislation)|(?:laws?|legislation) of (?:the )?(?!united states|u·s|european union|england|the seller|the supplier)[a-z])`;
export const EXCEPT_AS_LAW_PERMITS = new RegExp(String.raw`\b(?:except|save|unless|other than)\b[^.;]{0,20}\b(?:where|when|if|to the extent|in so far as|insofar as|as)\b[^.;]{0,60}(?:\b${A_STATES_LAW}[^.;]{0,40}\b(?:permits?|allows?|authori[sz]es?)\b|\b(?:permitted|allowed|authori[sz]ed)\b (?:by|under) (?:the |any )?${A_STATES_LAW})`);
export const LOCAL_LAW_ONLY = new RegExp(`${LOCAL_LAW_PERMITS.source}|${BINDING_UNDER_LOCAL_LAW.source}|${EXCEPT_AS_LAW_PERMITS.source}`);
// ("subject in all respects to the Agency's national security requirements".)
export const NATIONAL_SECURITY_CARVE = new RegExp(String.raw`${SUBJECT_TO} (?:the )?(?:customer's|authority's|ministry's|agency's|purchaser's|its)? ?(?:national security|security|operational|classified)|${SUBJECT_TO}[^.;]{0,80}(?:national security|state security|operational security|classified)`);

export const HUMAN_RIGHTS = /human rights|fundamental (?:rights|freedoms)|iccpr|international covenant on civil and political rights|universal declaration|udhr|guiding principles/;

// (Also a misuse given time to stop: "if the Misuse has not ceased within 45 days of that notice".)
// (Words, not parts of words: "the Secure Maintenance Channel at least once every 14 days" gives no cure period.)
const CURE_PERIOD = /(\d+)\s*(?:calendar |business |working )?(day|month|week)s?[^.;]{0,80}?\b(?:cure|remed|rectif|correct|without effect)|\b(?:cure|remed|rectif|correct|formal notice|without effect|not (?:been )?(?:ceased|stopped|discontinued|ended)\b)[^.;]{0,80}?(\d+)\s*(?:calendar |business |working )?(day|month|week)s?/;
// (A right that ends "provided that:" has its conditions in the items that follow: "(2) Party B has failed to correct the violation
// within one hundred and eighty (180) days".)
/** Whether a cure or notice period over `days` stands between the trigger and the right. */
export function curePeriodOver(days: number): (c: Clause, index?: DraftIndex) => boolean {
  return (c, index) => {
    const m = CURE_PERIOD.exec(index && c.block.trimEnd().endsWith(':') ? [c.block, ...index.following(c)].join(' ') : c.block);
    if (!m) return false;
    const n = Number(m[1] ?? m[3]);
    const unit = m[2] ?? m[4];
    return n * (unit === 'month' ? 30 : unit === 'week' ? 7 : 1) > days;
  };
}

const SAME_CASES = /\b(?:in (?:the same|those|such|either|any such|each such) (?:cases?|circumstances|events?)|on the same grounds|in that event|in such event)\b/;
// (Plain English: "used ... in a way section 4 forbids".)
// (Civil-law translations say "abusive use"; use against people "for the exercise of freedom of expression" is misuse by its description.)
const MISUSE_WORDS = /human rights|fundamental rights|use restrictions|(?:acceptable|permitted|responsible|ethical) use (?:rules|polic(?:y|ies)|terms|restrictions|conditions|requirements)|prohibited|journalist|human[- ]rights defender|dissident|political opponent|activist|unauthori[sz]ed (?:use|end use|user)|diversion|(?:refus|fail)\w* to cooperate|abusive uses?\b|\bin (?:a|any) (?:way|manner) (?:that )?(?:clause|section|article|paragraph) \d+[\w.()]* (?:forbids|prohibits|does not (?:allow|permit))\b|(?:against|targeting) (?:any )?(?:persons?|people|individuals)\b[^.;]{0,30}\bexercis\w* (?:of )?(?:their |his or her )?(?:rights|freedom)|\b(?:used?|using|operated|deployed)\b[^.;]{0,20}\b(?:other than|otherwise than|outside(?: the scope of)?|beyond|for (?:any |a )?purposes? other than) (?:for |within |in accordance with )?(?:the |its )?(?:authori[sz]ed|permitted|approved|declared|licensed) (?:purposes?|uses?|end[- ]uses?)\b/;

const SUSPICION = /suspect|credible complaint/;
// "The Customer shall not use the System in breach of the Human Rights Policy. If the Supplier suspects any such use, it may ...": the trigger is the previous sentence's.
const ANAPHORA = /\bsuch (?:use|uses|misuse|breach|breaches|violation|violations|conduct|activit(?:y|ies))\b/;
// "This Annex", said inside an annex headed "End-Use Obligations", is the use terms by the annex's title.
const THIS_PART = /\bthis (?:annex|schedule|appendix|exhibit|attachment)\b/;
const USE_TERMS_TITLE = /end[- ]use|\buse (?:restrictions|obligations|conditions|terms|undertakings)|(?:acceptable|responsible|ethical|permitted) use|human rights/i;
export const citesOwnUseTermsPart = (c: Clause, index: DraftIndex) => {
  const part = index.draft.blocks[c.sentence.block].part;
  return part !== undefined && matches(THIS_PART, c.text)
    && index.memo(`use-terms-part:${part}`, () => index.draft.blocks.some((b) => b.part === part && b.isHeading && USE_TERMS_TITLE.test(b.text)));
};
// "A breach of this Annex" there is misuse.
const BREACH_OF_THIS_PART = /\b(?:breach|violation|contravention) of this (?:annex|schedule|appendix|exhibit|attachment)\b/;
export const breachOfUsePart = (c: Clause, index: DraftIndex) => matches(BREACH_OF_THIS_PART, c.text) && citesOwnUseTermsPart(c, index);
// A breach of a clause cited by its title, where the title names the use terms ("(Permitted Use and Prohibitions)" too): "used contrary to SCC 16 (Authorised Use)",
// "in breach of Clause 10 (Human Rights)", "used in a way section 5 (What you must not do) forbids", "otherwise than as clause 6 (Conditions of Use) permits".
// (Also a plain-English title: "in breach of section 5 (Things you must not do with the Platform)".)
const BREACH_OF_USE_TITLE = /\b(?:breach\w*|violat\w*|contrary to|contravention|inconsistent with|(?:otherwise|other) than (?:in accordance with|as)|used in (?:a|any) (?:way|manner))\b[^.;()]{0,60}\((?:(?:[\w'-]+ ){0,4}?(?:use|uses|end[- ]use|usage|(?:human|fundamental) rights|(?:must|shall) not do(?: [\w'-]+){0,4}|use restrictions|prohibited conduct)|(?:[\w'-]+ ){0,3}?(?:use|uses|usage)(?: and| or|,) (?:[\w'-]+ ){0,3}?(?:prohibitions|restrictions|limitations))\)/;
/** The clause is triggered by misuse: in its own words, through a defined term, or through a clause it cites. */
export const misuseTrigger = (c: Clause, index: DraftIndex): boolean => {
  if (index.mentionsMisuse(c) || matches(MISUSE_WORDS, c.text) || breachOfUsePart(c, index) || matches(BREACH_OF_USE_TITLE, c.text)) return true;
  // "In the same cases, the Provider may withhold ...": the trigger is the previous paragraph's.
  if (matches(SAME_CASES, c.text) && c.sentence.block > 0) {
    const previous = normalise(index.draft.blocks[c.sentence.block - 1].text);
    if (index.misuse.test(previous) || MISUSE_WORDS.test(previous) || SUSPICION.test(previous)) return true;
  }
  if (c.block !== c.text && matches(ANAPHORA, c.text) && (index.misuse.test(c.block) || MISUSE_WORDS.test(c.block))) return true;
  const cited = index.referencedText(c);
  return cited !== '' && (index.misuse.test(cited) || MISUSE_WORDS.test(cited) || BREACH_OF_USE_TITLE.test(cited));
};

/**
 * The seller holds a right in forms `sellerMay` does not read: the right with a phrase between
 * ("shall have the right, exercisable in its sole discretion, to terminate"), the seller as the
 * object ("shall entitle the Contractor to terminate"), a nominalisation ("termination shall be
 * available to the Licensor", "is entitled to the immediate suspension of"), a possessive ground
 * ("the Supplier's only ground for terminating"), or a pronoun after a clause the seller leads
 * ("Where the Licensor receives a complaint, it may deactivate").
 */
export function sellerHolds(verbs: string, nouns: string): { test(text: string): boolean } {
  // Each form is tried only where its own words appear (plain substring looks, far cheaper than a
  // pattern): most sentences hold none of them.
  const forms: Array<[string[], RegExp]> = [
    [['right', 'entitlement', 'option', 'power'],
      new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:shall have|has|will have|retains|reserves|is granted|(?:rights?|remedies|powers)(?: (?:under|in) (?:this )?(?:clauses?|sections?|articles?|paragraphs?)(?: [\w\u00b7()]+)?)? (?:also )?includes?)\b (?:the |a |an )?(?:right|entitlement|option|power)\b[^.;]{0,100}?\bto (?:\w+ ){0,2}(?:${verbs})`)],
    // The seller's rights as a list: "Our rights also include stopping ... any or all of: updates, support".
    [[' include'], new RegExp(String.raw`\b${SELLER}(?:'s)? (?:rights?|remedies|powers)\b(?: (?:under|in) (?:this )?(?:clauses?|sections?|articles?|paragraphs?)(?: [\w\u00b7()]+)?)? (?:also |further )?includes?\b (?:\w+ ){0,2}(?:${verbs})`)],
    [['entitl', 'permit', 'allow', 'authori', 'empower'],
      // ("shall entitle the Licensor, at its discretion, to terminate".)
      new RegExp(String.raw`\b(?:entitl(?:es?|ing)|permit(?:s|ting)?|allow(?:s|ing)?|authori[sz](?:es?|ing)|empower(?:s|ing)?) (?:the )?${SELLER}(?:, [^,.;]{1,60},)? to (?:\w+ ){0,2}(?:${verbs})`)],
    [['available to', 'open to'], new RegExp(String.raw`\b(?:${nouns})\b[^.;]{0,80}\b(?:shall be|is|will be) (?:available|open) to (?:the )?${SELLER}\b`)],
    [['entitled to'], new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:shall be|is|will be) entitled to (?:the |an? )?(?:immediate |summary |temporary )?(?:\w+ )?(?:${nouns})\b`)],
    [["'s only", "'s sole", "'s exclusive", "'s right", "'s entitlement", "'s power", "'s option"],
      new RegExp(String.raw`\b${SELLER}'s (?:only|sole|exclusive) (?:grounds?|basis|right|reason) (?:for|to) (?:\w+ ){0,2}(?:${verbs})|\b${SELLER}'s (?:rights?|entitlement|power|option) of (?:${nouns})\b`)],
    // The nominalised right carried out by the seller: "Termination may be effected by the Vendor", "remote deactivation ... may be carried out by the Manufacturer".
    [[' be effected by', ' be carried out by', ' be exercised by', ' be implemented by'],
      new RegExp(String.raw`\b(?:${nouns})\b[^.;]{0,80}\b(?:may|shall|will|can) be (?:effected|carried out|exercised|implemented) by (?:the )?${SELLER}\b`)],
    [[', it ', ', we '],
      new RegExp(String.raw`^(?:where|if|when|whenever|should|upon|on|in the event that) (?:the )?${SELLER}\b[^.;]{0,200}?, (?:it|we) ${MODAL_RIGHT}\b[^.;]{0,60}?\b(?:${verbs})`)],
  ];
  const word = new RegExp(`${verbs}|${nouns}`);
  const anyGuard = new RegExp(forms.flatMap(([guard]) => guard).map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return { test: (text) => matches(anyGuard, text) && matches(word, text) && forms.some(([guard, full]) => guard.some((g) => text.includes(g)) && full.test(text)) };
}

// A defined term whose meaning is use against people for exercising their rights ("Restricted
// Activity" means surveillance of persons for their peaceful exercise of freedom of expression)
// is a misuse trigger even when its definition never says "misuse" or "human rights".
const RIGHTS_EXERCISE = /freedom of (?:expression|speech|assembly|association|religion|belief|the press|opinion|movement)|peaceful (?:protest|assembly|demonstration|exercise)|exercis\w* (?:of )?(?:their|his|her|its|any)? ?(?:civil |political |fundamental )?(?:rights|freedoms)|right to privacy/i;
// (Terms for the permitted purpose or the crimes may mention rights only to exclude them.)
const NOT_MISUSE_TERM = /purpose|crime|offen[cs]e|terroris|human rights|policy|agreement|law/i;
/** The clause uses a defined term that means use against people for exercising their rights. */
export const rightsMisuseTerm = (c: Clause, index: DraftIndex): boolean => {
  const terms = index.memo('rights-misuse-terms', () => index.draft.definitions.filter((d) => RIGHTS_EXERCISE.test(d.meaning) && !NOT_MISUSE_TERM.test(d.term)).map((d) => d.term.toLowerCase()));
  return terms.some((t) => c.text.includes(t));
};

// The status-quo clause with the bar first and the dispute after it: "Neither party shall suspend
// performance of its obligations while a dispute is pending"; "Licensee's access shall not be
// suspended for any reason while any claim is disputed". (Not the customer's own bar, nor
// withholding payment of a disputed invoice.)
const STAYED_BAR = /(?:\b(?:neither party|no party|neither of the parties)\b[^.;]{0,20}|\b(?:shall|will|may) not (?:be )?)(?:\w+,? (?:or |and )?){0,3}(?:suspend|terminat|withh[oe]ld|disabl|interrupt|stop|cease)\w*[^.;]{0,80}\b(?:while|whilst|pending|during|until (?:the )?(?:final )?(?:resolution|settlement|determination) of)\b[^.;]{0,60}(?:disput|difference|disagreement|proceedings)/g;
const CUSTOMER_BARRED = new RegExp(String.raw`\b${CUSTOMER}\b\s*$`);
const PAYMENT_WORDS = /\b(?:pay|payments?|fees|invoices?|sums|amounts?)\b/;
const MISUSE_EXCEPTED_AFTER = /^[^.;]{0,40}\b(?:except|save|other than|unless)\b[^.;]{0,60}(?:misuse|human rights|prohibited|safeguard)/;
export const STAYED_WHILE_DISPUTED = {
  needs: /disput|pending|proceedings|difference|disagreement/,
  // (Nor a bar that keeps the safeguard: "shall not terminate while the procedure is pending, except for Misuse".)
  test: (c: Clause) => [...matchesAll(STAYED_BAR, c.text)].some((m) => !PAYMENT_WORDS.test(m[0])
    && !MISUSE_EXCEPTED_AFTER.test(c.text.slice(m.index! + m[0].length))
    && (m[0].startsWith('n') || !CUSTOMER_BARRED.test(c.text.slice(Math.max(0, m.index! - 60), m.index)))),
  reason: 'All measures are stayed while a dispute is pending ("status quo").',
};

// In an end-use certificate or declaration the whole instrument is the use undertaking: "if any
// undertaking in this Certificate has been breached", "upon any breach of this Declaration".
const END_USE_INSTRUMENT = String.raw`(?:this|the|such) (?:end[- ]users? |end[- ]use )?(?:certificate|declaration)(?! of (?:conformity|origin|insurance|incorporation|acceptance|completion|analysis))`;
export const END_USE_BREACH = new RegExp(String.raw`\b(?:breach\w*|violat\w*|contrary to|inconsistent with|non-?complian\w*)\b[^.;]{0,30}\b${END_USE_INSTRUMENT}\b|\b(?:statement|undertaking|representation|assurance)s? (?:in|of|under) (?:${END_USE_INSTRUMENT}|it)\b[^.;]{0,60}\b(?:untrue|breached|false|violated|not complied with)`);

// One sentence may grant two rights on different triggers: "may terminate ... if the Customer becomes
// insolvent, and may suspend the Services if it suspects Misuse". A trigger must reach the right it is
// read for: a condition before the first right governs all of them, one after the last governs earlier
// rights that have no condition of their own.
const NEXT_RIGHT = /(?:,? and|,? or|;|, but) (?=(?:it |the [\w-]+ )?(?:may|shall|will|can|is entitled to|reserves)\b)/;
const OWN_CONDITION = /\b(?:if|where|upon|when|whenever|while|whilst|so long as|during|unless|in the event|in case|following|should)\b|\bfor (?:convenience|cause|breach|material|non-?payment|insolvency|any reason)/;
const FIRST_MODAL = /\b(?:may|shall|will|can|is entitled to|reserves)\b/;
/** The part of the sentence that grants the right named by `verb`, with the conditions that govern it. */
// A right whose conditions are listed items run into its paragraph ("may suspend ... where: a) a complaint ...; or
// b) the Contractor suspects a use contrary to Article 8"): the sentence ends at the first item, the conditions do not.
const LISTED_CONDITIONS = /\b(?:where|if|when|in (?:any of )?the following (?:cases|events|circumstances)|upon|on)\s*:\s*\(?[a-z0-9]{1,3}[.)]/i;
export const withListedConditions = (c: Clause): Clause => (c.block.length > c.text.length && LISTED_CONDITIONS.test(c.text) ? { ...c, text: c.block } : c);

export function scopeOfRight(c: Clause, verb: RegExp): Clause {
  if (!NEXT_RIGHT.test(c.text)) return c;
  const parts = c.text.split(NEXT_RIGHT);
  const k = parts.findIndex((p) => verb.test(p));
  if (k < 0) return c;
  // (A first part with no right of its own is all condition: "It is a condition of ... that the Customer complies ..., and the Supplier may withhold".)
  const modal = parts[0].search(FIRST_MODAL);
  const lead = modal < 0 ? parts[0] : parts[0].slice(0, modal);
  let scope = k === 0 ? parts[0] : `${lead} ${parts[k]}`;
  if (k < parts.length - 1 && !OWN_CONDITION.test(parts[k].slice(parts[k].search(verb)))) scope += ` ${parts.slice(k + 1).join(' ')}`;
  return { ...c, text: scope };
}

// A joint body's approval first, where the customer sits: "shall require the prior approval of the Joint Steering Committee".
// (Or referred to it first: "the matter shall be referred to the Joint Oversight Committee, and the suspension may proceed only if the
// Committee approves it".)
export const JOINT_BODY_APPROVAL = /\b(?:requir\w*|subject to|with|after|upon|following)\b[^.;]{0,30}\b(?:approval|consent|agreement|decision|resolution|authori[sz]ation) of (?:the |a )?(?:joint|steering|management|oversight|project|coordination|co-ordination|supervisory|contract)\b[^.;]{0,30}\b(?:committee|board|council|group)\b|\breferred to (?:the |a )?(?:joint|steering|management|oversight|project|coordination|co-ordination|supervisory|contract)\b[^.;]{0,30}\b(?:committee|board|council|group)\b[^.;]{0,80}\b(?:only if|only when|only once|unless|if and when)\b[^.;]{0,30}\b(?:approv|consent|agree|resolv|authori[sz])\w*/;
// The customer's say in other words: "in agreement with the Ministry", "jointly with the Authority".
export const WITH_CUSTOMER_AGREEMENT = new RegExp(String.raw`\b(?:in (?:agreement|accord) with|jointly with|by agreement with|with the agreement of|with the (?:prior )?(?:written )?concurrence of) (?:the )?${CUSTOMER}\b`);

/** The seller bound to follow the customer's own policies in doing its work ("The Contractor shall comply with
 * the Council's Human Rights and Whistleblowing Policies"): the seller's conduct, no safeguard on the customer's use. */
export const SELLER_FOLLOWS_CUSTOMER_POLICY = new RegExp(String.raw`^(?:\(\w{1,4}\) )?(?:[^.;,]{0,60} )?(?:the )?${SELLER}\b[^.;]{0,40}\b(?:shall|will|must|agrees to|undertakes to)\b[^.;]{0,20}\b(?:comply|act in accordance|adhere|conform|abide)\b[^.;]{0,10}\b(?:with|to|by)\b[^.;]{0,20}\b(?!its\b)[\w-]+'s\b[^.;]{0,100}\bpolic(?:y|ies)\b`);

// Another body must decide first, said as a bar that lifts only then: "may not terminate ... until a court has finally
// determined that misuse occurred", "shall not withhold ... unless a tribunal has found".
export const BODY_FINDS_FIRST = /\b(?:until|unless|before|only (?:after|upon|once|when|where|if))\b[^.;]{0,60}\b(?:court|tribunal|arbitra\w*|judge|authority|panel|committee|ombudsman)\b[^.;]{0,40}\b(?:has |have )?(?:finally |conclusively )?(?:found|determined|established|ruled|decided|confirmed|held)\b/;

/** The seller speaking of its own people ("the Supplier trains its own staff", "we run a hotline for our own employees"): not the customer's operators.
 * ("Its" alone too, where no customer is named between: "The Supplier shall ensure that all of its personnel ...",
 * not "The Supplier shall train the Customer's operators, and its engineers shall attend".) */
export const SELLER_OWN_STAFF = new RegExp(String.raw`^(?:the )?${SELLER}\b[^.;]{0,120}\b(?:its|our) own (?:employees|staff|personnel|workers|workforce)\b|^(?:the )?${SELLER}\b(?:(?!\b${CUSTOMER}\b)[^.;]){0,120}\b(?:its|our) (?:employees|staff|personnel|workers|workforce|engineers)\b`
  // (Or by its name: "The Contractor shall ensure that each member of the Contractor's Personnel who has access to the Authority's database".)
  + String.raw`|^(?:the )?${SELLER}\b[^.;]{0,80}\b(?:the )?${SELLER}'s (?:own )?(?:employees|staff|personnel|workers|workforce|engineers)\b`);

// "Misuse" defined as use "that a court of the Republic has finally determined to be unlawful", or a "Credible Complaint"
// as one "the Customer has investigated and confirmed": a safeguard it triggers waits for someone else's finding,
// however promptly its own clause acts. (Not the seller's own finding: "that the Supplier determines in good faith".)
const FINDER = String.raw`(?:court|tribunal|judge|judiciary|arbitra\w*|award|inspector|ombudsman|prosecutor|parliament|committee|${CUSTOMER})`;
const FOUND_BY_OTHERS = new RegExp(String.raw`\b(?:determined|found|established|confirmed|declared|held|adjudged|decided|certified)(?: (?:to be|as) [\w -]{1,40}?)? (?:by|in) (?:a |an |the )?(?:final |binding |non-appealable )?(?:[\w-]+ ){0,3}${FINDER}`
  + String.raw`|\b${FINDER}\b(?:'s [\w ]{1,30}?| (?:of|in) (?:the )?[\w-]+(?: [\w-]+)?)? (?:has|have) (?:\w+ and )?(?:finally |conclusively )?(?:determined|found|established|confirmed|declared|held|ruled|decided|certified)\b|\bfinal (?:arbitral )?award\b|\bfinal(?:,? non-appealable| and binding)? (?:judgment|judgement|court decision)\b`);
const TRIGGER_TERM = /misuse|abuse|prohibited|violation|unlawful|improper|complaint|allegation/i;
const triggerDefinitionBlocks = (index: DraftIndex) => index.memo('trigger-definition-blocks', () =>
  new Set(index.draft.definitions.filter((d) => !d.inline && (TRIGGER_TERM.test(d.term) || index.misuseTerms.includes(d.term.toLowerCase()))).map((d) => d.block)));
export const TRIGGER_NEEDS_FINDING = {
  needs: FOUND_BY_OTHERS,
  // (Not a finding waived: "whether or not confirmed by the Customer", "without any finding by a court".)
  test: (c: Clause, index: DraftIndex) => {
    if (!triggerDefinitionBlocks(index).has(c.sentence.block)) return false;
    const found = FOUND_BY_OTHERS.exec(c.text);
    return !!found && !/\b(?:whether or not|not|without|regardless of|irrespective of|no need for)\b[^.;,]{0,30}$/.test(c.text.slice(0, found.index));
  },
  reason: 'Its trigger (misuse or a complaint) is defined to need a finding by a court, a tribunal or the customer first.',
};

// Misuse defined so that the customer's own use can never be it: "Use of the Service by or on the instructions of the
// Agency shall in no circumstances constitute Misuse", "Unless and until the End User gives such a notice, no use of the
// Console shall constitute Misuse". Every measure the misuse triggers is then empty. (Not lawful use kept out of it:
// "Use by the Customer in accordance with a warrant shall not constitute Misuse".)
const MISUSE_WORD = String.raw`(?:an? )?(?:misuse|prohibited use|misuse event|unauthori[sz]ed use)\b`;
export const MISUSE_EXCLUDES_CUSTOMER: Qualifier = {
  needs: /misuse|prohibited use|unauthori[sz]ed use/,
  test: new RegExp(String.raw`\buses?\b[^.;]{0,80}\b(?:by|of|on the instructions of|on behalf of|at the direction of)\b(?: or (?:on the instructions|on behalf|at the direction) of)? (?:the )?${CUSTOMER}\b(?:(?!\b(?:in accordance with|under|pursuant to|as permitted|authori[sz]ed|lawful|in compliance)\b)[^.;]){0,60}\b(?:shall|will|does|do|is|are|can|may) not (?:\w+ ){0,2}(?:constitute |amount to |be (?:treated as |deemed |considered |regarded as )?)${MISUSE_WORD}`
    + String.raw`|\bunless and until (?:the )?${CUSTOMER}\b[^.;]{0,100}, no use\b[^.;]{0,80}\b(?:shall|will|does|can) (?:\w+ )?(?:constitute|amount to|be) ${MISUSE_WORD}`),
  reason: 'Misuse is defined so that the customer\'s own use can never be misuse.',
};

// "The Supplier's sole and exclusive remedy for any Misuse shall be a claim for damages": the seller may not act on
// misuse itself, by suspending, withholding or terminating. (Not where the remedy named is one of those.)
export const SELLER_REMEDY_ONLY_DAMAGES = {
  test: new RegExp(String.raw`\b(?:${SELLER}'s (?:sole|only|exclusive)(?: and exclusive)? (?:remed(?:y|ies)|recourse)|(?:sole|only|exclusive)(?: and exclusive)? (?:remed(?:y|ies)|recourse) (?:of|available to) (?:the )?${SELLER})\b[^.;]{0,60}\b(?:misuse|breach|violation|non-?compliance|human rights)\b[^.;]{0,140}\b(?:shall be|is|are|will be|lies|shall lie|is limited to|shall be limited to|consists? of|shall consist of)\b(?![^.;]{0,80}\b(?:suspen|terminat|withh|disabl|revo|cancel))`),
  needs: /sole|exclusive|only/,
  reason: 'The seller\'s only remedy for misuse is damages or a claim: it may not act on misuse itself.',
};

/** The intermediary a resale channel runs through, by the name a draft gives it ("the Sub-Distributor", "the VAR"). */
/** An intermediary named in the text: "the Distributor shall ...", "resellers". */
export const INTERMEDIARY = /\b(?:reseller|distributor|dealer|integrator|partner)s?\b/;
export const RESELLER_PARTY = /\b(?:reseller|distributor|dealer|integrator|partner|var)\b/i;

// "Any suspension under Article 7.1 shall not last more than seventy-two (72) hours, after which the Services shall be resumed":
// a cap on how long the measure may last, where the safeguard keeps it until the investigation ends.
const TIME_CAPPED = /\b(?:shall|will|may) not (?:last|continue|remain in (?:place|effect|force)|exceed)(?: for)? (?:(?:more|longer) than |a (?:total |maximum )?(?:period )?of )?\d+ (?:calendar |business |working )?(?:hours|days|weeks|months)\b|\bfor (?:no|not) (?:more|longer) than \d+ (?:calendar |business |working )?(?:hours|days|weeks)\b|\b(?:a )?maximum (?:duration |period )?of \d+ (?:calendar |business |working )?(?:hours|days|weeks)\b/;
/** The time cap as a weakener of a measure the safeguard keeps until the investigation ends (suspension, withholding). */
export const MEASURE_TIME_CAPPED: Qualifier = { test: TIME_CAPPED, reason: 'The measure may last only a fixed time, not until the investigation ends.' };
