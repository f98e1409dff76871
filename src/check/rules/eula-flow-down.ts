import { type Clause, type DraftIndex, PART_NAME, partKey } from '../draft-index.ts';
import { draftsOwn, matches, matchesAll, matchOf } from '../prefilter.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { HUMAN_RIGHTS, RESELLER_PARTY, sellerMayNot } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { escapeRegExp } from '../../regexp.ts';
import type { DefinedTerm } from '../../read/model.ts';

// The instrument that binds each end user, whatever the draft calls it: "End-User Terms",
// "End-User Agreement", "end-user licence", "EULA"; not "this EULA" when the draft speaks of itself,
// and not an export end-user undertaking.
const END_USER_INSTRUMENT = /(?<!\bthis )\bend[- ](?:users?|customers?)(?:'s)? (?:licen[cs]e|agreement|terms|contract|conditions)s?\b|(?<!\bthis |")\beulas?\b/;
// ... named where someone is bound by it or enforces it, or where it is defined (not in a title).
const BINDING = /\b(?:under\b|subject to|pursuant to|execut(?:e|es|ed|ion)\b|includes\b|contains\b|carries\b|licen[cs]ed (?:\w+ )?(?:on|under)\b|govern(?:s|ed|ing)?\b|no less|sign|accept(?!abl)|agree(?:s|d)?\b|bound|binding|enter(?:s|ed)? into|conclude|ensure|procure|enforc|party|beneficiar|(?:benefit|favou?r) of|reproduc|incorporat|means|vary|amend)/;
// A reseller bound to enforce the end user's licence, even where the draft is that licence.
const RESELLER_ENFORCES = /\b(?:reseller|distributor|partner|dealer|integrator)\b[^.;]{0,120}\benforce\b|\b(?:pursued|enforced) by (?:the )?(?:reseller|distributor|partner|dealer|integrator)\b/;
// Terms a reseller must pass on to its customers ("the restrictions ... distributors pass on to their customers").
const BINDS_END_USERS = new RegExp(String.raw`(?:licen[cs]e|sub-?licen[cs]e|supply|resell)\w*[^.;]{0,60}end users?[^.;]{0,60}terms|flow[- ]down|(?:bind|impose)[^.;]{0,60}end users?|(?<!\bthis )end (?:users?|customers?)[^.;]{0,60}(?:accept(?!abl)|agree to|bound by)|\bend users?\b[^.;]{0,20}\b(?:a )?(?:sub-?)?licen[cs]e\b[^.;]{0,80}\b(?:under|on|subject to)\b[^.;]{0,40}\bterms\b|(?:conditions|terms|obligations)\b[^.;]{0,20}\bbinding (?:on|upon) (?:the |each |every |any )?end users?|\benforce\w* (?:the |this |such |those |these )?(?:[\w-]+ )?(?:annex|schedule|appendix|exhibit|terms|conditions|eula|undertaking|provisions|licen[cs]e)\b[^.;]{0,60}\bagainst (?:the |each |every |any )?end (?:users?|customers?)\b|\bpass(?:es|ed)? (?:them |it )?on to (?:their|its|the) (?:customers|end[- ]users|end[- ]customers)`
  // "Each Reseller shall obtain from its customers a signed undertaking to comply with the Use Restrictions".
  + String.raw`|\b(?:reseller|distributor|partner|dealer|integrator)s?\b[^.;]{0,40}\b(?:obtain|procure|secure)s?\b[^.;]{0,20}\bfrom (?:its|their|each|every) (?:customers?|end[- ]users?|end[- ]customers?)\b[^.;]{0,40}\b(?:undertakings?|agreements?|commitments?)\b`);
// Terms that are excluded or deprived of effect are not flowed down.
const EXCLUDED = /to the exclusion of|(?:shall|will) have no (?:force or )?effect|(?:is|are) (?:hereby )?excluded|shall not apply|(?:do|does) not apply/;
// The safeguards it carries: in its own words, or by reproducing clauses of the agreement.
// (Or the terms' content named: "The Customer Terms forbid monitoring people for peaceful protest, reporting or their faith".)
const CARRIES_SAFEGUARDS = /human[- ]rights|use restrictions|misuse|safeguards?|\bforbid\w*\b[^.;]{0,40}\b(?:monitoring|targeting|surveillance|tracking)\b|peaceful (?:protest|assembly)|no less (?:protective|stringent)|terms set out in|(?:reproduces?|incorporates?|includes?|contains?|carr(?:y|ies)|sets? out) (?:the (?:terms|provisions) of )?(?:sections?|clauses?|articles?|paragraphs?)\b/;
// The instrument may be an annex the clause names ("Annex B", "the Undertaking in the Annex"): it
// carries the safeguards when that annex speaks of human rights or misuse.
const NAMED_PART = /\b(annex|schedule|appendix|exhibit|attachment)(?: ([0-9a-z]{1,3})\b)?/g;
const partCarries = (index: DraftIndex, part: string) => index.memo(`part-carries:${part}`, () => {
  const text = index.partText(part);
  return matches(HUMAN_RIGHTS, text) || index.misuse.test(text);
});
const namedPartCarries = (c: Clause, index: DraftIndex) => [...matchesAll(NAMED_PART, c.text)].some((m) => partCarries(index, m[2] ? `${m[1]} ${m[2]}` : m[1]));
// (Also the draft's own words for misuse: "contains the Prohibited Uses in Section 3".)
const carriesSafeguards = (c: Clause, index: DraftIndex) => matches(CARRIES_SAFEGUARDS, c.block) || index.misuse.test(c.block) || matches(HUMAN_RIGHTS, index.referencedText(c)) || namedPartCarries(c, index);

// The seller's standard end-user terms, which carry no safeguards, are the look-alike the spec grades missing.
const SELLER_STANDARD_TERMS = /standard terms of service|seller's standard (?:terms|eula)(?![^.;]{0,80}human rights)/;
// (By the seller's name too, and with the product's name between: "Routewise's standard Driver App End User Terms".)
const STANDARD_EULA = new RegExp(String.raw`(?:\b(?!${CUSTOMER}'s)[\w-]+'s|\bour|\bits|\bthe) (?:then[- ]current )?standard (?:[\w-]+ ){0,3}?(?:end user (?:licen[cs]e|agreement|terms)|eula|licen[cs]e|terms)`);
// The reseller may use its own end-user terms in place of the seller's, on its own judgment that they
// are as protective: "no less protective", "if it considers them equivalent", "substantially similar".
const OWN_TERMS = /(?:its|their|[\w-]+'s) own (?:[\w-]+ ){0,2}(?:terms|licen[cs]es?|eulas?|conditions|agreements?)\b[^.;]{0,80}(?:no less (?:protective|stringent|favourable)|equivalent|substantially similar|comparable|at least as (?:protective|stringent))/;
// The reseller bound, in a list of duties, to enforce: "undertakes to bind ..., to enforce those conditions and to ...".
const RESELLER_DUTY_TO_ENFORCE = /(?:reseller|distributor|partner|dealer|integrator)\b[^.;]{0,40}\b(?:undertakes?|agrees?|(?:is|are) (?:obliged|required|bound)|covenants?)\b[^.;]{0,400}?\bto enforce\b/;
// The seller's third-party right given up: "a person who is not a party ... has no right ... to enforce", "no third-party beneficiaries".
const EULA_NAMED = /\bend[- ]user licen[cs]es?|\beulas?\b|\bend[- ]user (?:agreements?|terms)\b/;
const EXCEPT_SELLERS_RIGHT = /\b(?:except|save|other than|subject to)\b[^.;]{0,40}\b(?:clauses?|sections?|articles?|paragraphs?|schedules?|the end[- ]user)\b/;
const SELLER_CANNOT_ENFORCE = /\bnot a party\b[^.;]{0,100}\b(?:no right|not (?:be )?entitled|(?:may|shall|can) not|shall have any right)\b[^.;]{0,80}\benforce|\bno (?:third[- ]party beneficiar(?:y|ies)|rights? (?:of|for) third parties)\b|(?:rights of third parties\)? act|third[- ]party rights)[^.;]{0,40}\b(?:(?:is|are) (?:hereby )?excluded|shall not apply|(?:does|do) not apply|(?:is|are) disapplied)/;
// The safeguards expressly kept out of the end users' terms: "is not required to pass on to End Users any of the human rights
// provisions"; "End Users shall not be bound by ... any restriction in Schedule 5 (Human Rights)"; "no end-user licence shall contain ...".
// (Also end users "shall not be required to accept any terms relating to human rights".)
const NOT_FLOWED = /(?:\b(?:shall|need|are|is) not (?:be )?bound by|\bnot (?:be )?(?:required|obliged|bound) to (?:pass|flow|impose|include|extend|incorporate|accept|sign|agree to|enter into)|\bno obligation to (?:pass|flow|impose|include|extend|incorporate)|\bno (?:end user (?:licen[cs]e|agreement|terms)|eulas?|sub-?licen[cs]es?)\b[^.;]{0,40}\b(?:shall|may|need) (?:contain|include|incorporate|refer))[^.;]{0,100}(?:human rights|safeguards?|use restrictions|misuse)/;
const END_USERS = /\bend (?:users?|customers?)\b|\beulas?\b/;
// End users let off signing any licence at all: "The End-User Agencies shall not be required to execute Annex E or any other
// licence in favour of the Supplier", "No end user shall be required to enter into any licence agreement".
const NO_LICENCE_SIGNED = /(?:\bnot (?:be )?|\bno end users?\b[^.;]{0,40}\b(?:shall|will|is|are|need) (?:be )?)(?:required|obliged|bound) to (?:execute|sign|accept|agree to|enter into|conclude)\b[^.;]{0,60}\b(?:any (?:other )?(?:end user )?(?:licen[cs]es?|eulas?|licen[cs]e agreements?)|(?:the )?(?:end user licen[cs]e|eula))\b/;
// The reseller's own terms "no less protective", or any terms it likes, for its customers: the channel is addressed.
// The reseller's own terms in place of the end-user licence, with nothing asked of them: "may supply the Product under
// its own standard end-user terms in place of the End User Licence Agreement".
const OWN_TERMS_INSTEAD = /(?:its|their|[\w-]+'s) own (?:[\w-]+ ){0,3}(?:terms|licen[cs]es?|eulas?|conditions|agreements?)\b[^.;]{0,60}\b(?:in place of|instead of|in substitution for|rather than|in lieu of)\b/;
// The reseller let off enforcing it: "shall not be required to enforce any End User Licence Agreement".
const RESELLER_NEED_NOT_ENFORCE = /\b(?:reseller|distributor|partner|dealer|integrator)\b[^.;]{0,40}\b(?:(?:shall|will|is|are) not (?:be )?(?:required|obliged|bound) to|(?:has|shall have) no (?:obligation|duty) to|need not) enforce\b/;
const RESELLER_OWN_TERMS = new RegExp(String.raw`\b(?:reseller|distributor|partner|dealer|integrator)\b[^.;]{0,160}${OWN_TERMS.source}`);
// End users on whatever terms the reseller likes, the seller with no say: "on such terms as it sees fit, and the Supplier shall have no right to approve or enforce any end-user terms".
const ANY_TERMS = /\b(?:end[- ]users?|end[- ]customers?|customers)\b[^.;]{0,40}\bon (?:such|any|whatever) terms (?:as )?(?:it|they|the [\w-]+) (?:sees?|thinks?|considers?|deems?|chooses?|wish(?:es)?) (?:fit|appropriate)?/;
const UNRESTRICTED = /\bwithout (?:any )?(?:restrictions?|limitations?)\b|\bnotwithstanding\b/;
const SELLER_NO_SAY = sellerMayNot('enforce|approve');
// The customer's own use governed by the seller's licence is no flow-down to anyone (unless that licence carries the safeguards).
const OWN_USE_GOVERNED = /\b(?:(?:customer|licensee|purchaser|buyer|client|authority|agency|ministry)'s|your) use of\b[^.;]{0,60}\b(?:is|shall be|will be) (?:governed by|subject to)\b/;
// (Also "shall take such steps as the Vendor reasonably directs to enforce the EULA".)
// (Also "shall hold each end user to the Pass-Through Terms", "suspending or terminating the end user's licence".)
// (Or "take all steps needed to make the end user comply with the End User Terms", "ensure that each end user complies".)
const RESELLER_ENFORCE_WORDS = /(?:reseller|distributor|partner|dealer|integrator)\b[^.;]{0,200}\b(?:enforc|take (?:all |such |any |appropriate )?(?:necessary )?action|terminat\w*[^.;]{0,40}end (?:user|customer))|\bhold (?:each|every|any|the|its|their|your) (?:end[- ])?(?:users?|customers?) to\b|\btake,? (?:[^,.;]{0,60}, )?(?:such |all |any |the |every |each )?(?:steps?|actions?|measures?)\b[^.;]{0,100}\bto enforce\b|\b(?:shall|must|will|undertakes? to) (?:\w+ ){0,2}enforce\b|\b(?:shall|must|will|is to|are to) be (?:promptly )?(?:enforced|pursued) by (?:the )?(?:reseller|distributor|partner|dealer|integrator)\b|\b(?:make|cause|ensure|procure|compel|oblige)s? (?:that )?(?:the|each|every|its|any|all) (?:end[- ])?(?:users?|customers?) (?:to )?(?:compl(?:y|ies)|observes?|abides?)\b/;
const PART_HOLDING = new RegExp(String.raw`(?:${END_USER_INSTRUMENT.source})[^.;]{0,30}?\b(?:in|at|as|under) (${PART_NAME})`);
// A short name the draft gives the end-user terms ('"End User Licence Terms" or "EULT" means ...'), read as them.
const instrumentAliases = (index: DraftIndex) => index.memo('eula-flow-down:aliases', () => {
  const { definitions } = index.draft;
  const named = definitions.filter((d) => END_USER_INSTRUMENT.test(d.term.toLowerCase()));
  // (Also a term whose meaning opens by naming the instrument: '"Pass-Through Terms" means the end-user terms set out in Schedule 3';
  // or, defined in brackets, whose name goes before them: '... to execute Vendor's Government End User License Agreement ("GEULA")'.)
  const meansInstrument = (d: DefinedTerm) => END_USER_INSTRUMENT.test((d.inline ? d.meaning.slice(-60) : d.meaning.slice(0, 60)).toLowerCase());
  const aliases = definitions.filter((d) => !named.includes(d) && (named.some((n) => n.block === d.block && n.meaning === d.meaning) || meansInstrument(d)))
    .map((d) => escapeRegExp(d.term.toLowerCase()));
  // (And the part that holds them, spoken of by its name: "signed the End-User Licence Conditions in Annex 5" / "Annex 5 constitutes
  // a stipulation in favour of the Manufacturer".)
  for (const c of index.clauses) {
    const part = matchOf(PART_HOLDING, c.text)?.[1];
    if (part && !aliases.includes(escapeRegExp(part))) aliases.push(escapeRegExp(part));
  }
  return draftsOwn(aliases.length ? new RegExp(String.raw`\b(?:${aliases.join('|')})\b`) : undefined);
});
// In a draft that sells through a reseller, the terms named for the reseller's customers are the end-user instrument:
// "Every customer you bring on must accept our Lanternfly Customer Terms", "Each Operating Entity shall execute the Operator Terms".
// (Not "this End User License Agreement", the draft itself.)
const CHANNEL_INSTRUMENT = /(?<!\b(?:this|end) )\b(?:customer|operator|subscriber)s?(?:'s)? (?:terms|licen[cs]e|agreement|conditions|deed)\b/;
const resaleDraft = (i: DraftIndex) => i.memo('eula-flow-down:resale', () => i.clauses.slice(0, 12).some((c) => RESELLER_PARTY.test(c.text)));
// An annex whose heading names it the end-user terms ("Annex HR - Human Rights Conditions and End User Licence Terms")
// is spoken of as "this Annex" inside it: "The Manufacturer may enforce this Annex directly against the Ministry".
const THIS_PART = /\bth(?:is|ese) (?:annex|annexure|schedule|appendix|exhibit|attachment|terms)\b/;
const instrumentParts = (index: DraftIndex) => index.memo('eula-flow-down:parts', () => new Set(index.draft.blocks
  .filter((b) => b.part && b.isHeading && END_USER_INSTRUMENT.test(b.text.toLowerCase())).map((b) => partKey(b.part))));
const inInstrumentPart = (c: Clause, i: DraftIndex) => matches(THIS_PART, c.text) && instrumentParts(i).has(partKey(i.draft.blocks[c.sentence.block].part));
const namesInstrument = (c: Clause, i: DraftIndex) => matches(END_USER_INSTRUMENT, c.text) || (instrumentAliases(i)?.test(c.text) ?? false)
  || (matches(CHANNEL_INSTRUMENT, c.text) && resaleDraft(i)) || inInstrumentPart(c, i);
export const eulaFlowDown = defineRule({
  meta: { id: 'eula-flow-down', sources: ['SD'], description: 'Each end user is bound by a licence carrying the safeguards, which the seller can enforce and the reseller must enforce.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer'], subject: String.raw`end[- ]user licen[cs]e|\beula|flow[- ]down|end[- ]user (?:terms|agreement)` },
    topic: (c, i) => !i.draft.blocks[c.sentence.block].isHeading && ((namesInstrument(c, i) && matches(BINDING, c.text)) || matches(BINDS_END_USERS, c.text) || matches(RESELLER_ENFORCES, c.text) || matches(RESELLER_OWN_TERMS, c.text)),
    topicWords: [...(instrumentAliases(index) ? [instrumentAliases(index)!] : []), END_USER_INSTRUMENT, CHANNEL_INSTRUMENT, BINDS_END_USERS, RESELLER_ENFORCES, RESELLER_OWN_TERMS, ...(instrumentParts(index).size ? [THIS_PART] : [])],
    elements: {
      'the end-user licence carries the human-rights safeguards': carriesSafeguards,
      // (Also "enforceable by the Licensor", "the Vendor may enforce it", a third-parties rights statute.)
      'the seller can enforce it (party or third-party beneficiary)': /third[- ]party beneficiar|stipulation (?:in favou?r|for the benefit) of|enforce[^.;]{0,40}directly|directly between|(?:supplier|licensor|vendor|provider|manufacturer) (?:is|shall be|will be) a (?:party|signatory)|\bwe are a (?:party|signatory)\b|directly (?:with|against|from)|enforceable by (?:the )?(?:supplier|licensor|vendor|provider|manufacturer|seller)\b|\b(?:supplier|licensor|vendor|provider|manufacturer|seller|principal|we)\b (?:may|is entitled to|shall be entitled to|has the right to|can) (?:\w+ )?enforce\b|rights of third parties|(?:concluded|made|given|stipulated) (?:also )?(?:for|in) (?:the )?(?:benefit|favou?r) of (?:the )?(?:supplier|licensor|vendor|provider|manufacturer|seller|principal)\b|\bown right to (?:demand|require|claim) (?:their |its )?performance\b/,
      // (Or in the next paragraph of the clause: "4.4 You must also hold your customers to it.")
      'the reseller must enforce it': (c, i) => matches(RESELLER_ENFORCE_WORDS, c.text) || [c.block, ...i.following(c)].some((t) => matches(RESELLER_ENFORCE_WORDS, t)) || matches(RESELLER_DUTY_TO_ENFORCE, c.text),
    },
    weakeners: [
      { test: OWN_TERMS, reason: 'The reseller may use its own terms "no less protective", with no review.' },
      // (Not the usual exclusion of third parties' rights "except as provided in clause 5.3", the clause that lets the seller enforce.)
      { test: SELLER_CANNOT_ENFORCE, unless: EXCEPT_SELLERS_RIGHT, reason: 'The seller cannot enforce the end-user terms.' },
    ],
    weakenersAnywhere: [
      // (Said of the end-user licences wherever the draft says it: "no person who is not a party to the relevant instrument shall have any right
      // to enforce any of its terms, and each End User Licence shall so provide".)
      { test: (c) => matches(SELLER_CANNOT_ENFORCE, c.text) && matches(EULA_NAMED, c.block) && !matches(EXCEPT_SELLERS_RIGHT, c.text), needs: /\bparty\b|third/, reason: 'No one outside an end-user licence may enforce it, the seller included.' },
      { test: OWN_TERMS_INSTEAD, needs: /own/, unless: OWN_TERMS, reason: 'The reseller may use its own end-user terms in place of the licence, with nothing asked of them.' },
    ],
    counters: [
      { test: RESELLER_NEED_NOT_ENFORCE, needs: /enforce/, unless: /\b(?:if|where|unless|except|save|to the extent|provided that)\b/, reason: 'The reseller need not enforce the end-user licence.' },
      { needs: /bound|required|obliged|obligation|no /, test: (c) => matches(END_USERS, c.text) && matches(NOT_FLOWED, c.text), reason: 'The human-rights terms are expressly kept out of the end users\' terms.' },
      { needs: /required|obliged|bound/, test: (c) => matches(END_USERS, c.text) && matches(NO_LICENCE_SIGNED, c.text), reason: 'End users need not sign the end-user licence or any other.' },
      // "no click-wrap, shrink-wrap or end user license agreement ... shall bind the State, any Participating Agency or any user".
      { needs: /bind/, test: /\bno (?:[\w-]+,? (?:or |and )?){0,6}end[- ]user (?:licen[cs]e(?: agreements?)?|terms)\b[^.;]{0,120}\b(?:shall|will|does|do) bind\b|\b(?:end[- ]user licen[cs]e(?: agreements?)?|eulas?)\b[^.;]{0,60}\b(?:shall|will|do|does) not bind\b/, reason: 'No end-user licence binds the end users.' },
      // "... on such terms as the Distributor sees fit, including without any restriction on use or transfer, notwithstanding clause 12".
      { needs: /terms/, test: (c) => matches(ANY_TERMS, c.text) && matches(UNRESTRICTED, c.text), reason: 'End users take the product on any terms the reseller likes, free of the use and transfer restrictions.' },
      { needs: /terms/, test: (c) => matches(ANY_TERMS, c.text) && matches(SELLER_NO_SAY, c.text), reason: 'End users take the product on any terms the reseller likes, which the seller may not approve or enforce.' },
    ],
    ignore: (c, i) => matches(SELLER_STANDARD_TERMS, c.text) || matches(EXCLUDED, c.text) || (matches(STANDARD_EULA, c.text) && !matches(CARRIES_SAFEGUARDS, c.block) && !HUMAN_RIGHTS.test(c.block))
      || (matches(OWN_USE_GOVERNED, c.text) && !carriesSafeguards(c, i)),
  }),
});
