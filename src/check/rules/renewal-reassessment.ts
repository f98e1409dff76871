import { defineRule, gradeByElements } from '../rule.ts';
import { matches } from '../prefilter.ts';
import { LICENCE_TO_SELLER, LICENCE_WITHOUT_END, PERPETUAL_LICENCE } from '../boilerplate.ts';
import type { Qualifier } from '../rule.ts';
import { COURT_ONLY, HUMAN_RIGHTS } from '../words.ts';
import { SELLER } from '../../read/parties.ts';

// The seller in distribution drafting is often "the Principal".
const SELLER_WORD = String.raw`(?:supplier|licensor|vendor|provider|seller|principal(?! (?:agreement|contract|terms))|contractor|contracted party|manufacturer)`;
// The refusal must be the seller's: "the Customer ... may decline to renew" is not.
const BUYER_WORD = String.raw`(?:customer|licensee|client|authority|ministry|purchaser|buyer|agency|department|bureau|directorate|you|end user|distributor|reseller)`;
// "The Principal may not refuse a renewal except ..."; "the Licensor shall have no right to refuse, or to make subject to any review, any such renewal".
// ... "waives its right to refuse or object to any renewal"; "shall be bound to grant each such renewal".
// ... "the Vendor shall renew this Agreement on each expiry at the Customer's request".
const SELLER_CANNOT_REFUSE = new RegExp(String.raw`${SELLER_WORD}[^.;]{0,20}\b(?:shall|must) renew\b[^.;]{0,80}\b(?:at (?:the )?${BUYER_WORD}'s (?:request|option|election)|(?:on|upon) (?:the )?(?:${BUYER_WORD}'s )?request|if (?:the )?${BUYER_WORD} (?:so )?(?:requests|elects|wishes))|${SELLER_WORD}[^.;]{0,40}(?:may|shall|will|can) not (?:be (?:entitled|permitted|allowed) to )?(?:refuse|decline|withhold|object to)[^.;]{0,30}renew|${SELLER_WORD}[^.;]{0,30}(?:has|have|shall have|will have) no right to (?:refuse|decline|object|withhold)[^.;]{0,80}renew`
  // ("... waives any right not to extend it".)
  + String.raw`|${SELLER_WORD}[^.;]{0,30}\bwaives?\b[^.;]{0,30}\bright (?:to (?:refuse|decline|object|withhold)[^.;]{0,60}(?:renew|extension)|not to (?:renew|extend|continue|prolong))|${SELLER_WORD}[^.;]{0,40}\b(?:shall|will|must|is) (?:be )?(?:bound|obliged|required) to (?:grant|accept|agree to)[^.;]{0,30}(?:renew|extension)`
  // ... "the Supplier shall accept each such extension".
  + String.raw`|${SELLER_WORD}[^.;]{0,40}\b(?:shall|must) (?:accept|grant|agree to)\b[^.;]{0,30}\b(?:renewals?|extensions?)\b`);
// The customer holds an unconditional right to renew: "shall have an unconditional right to renew this Agreement".
const CUSTOMER_RENEWS_AT_WILL = new RegExp(String.raw`(?<!${SELLER_WORD}\b[^.;]{0,40})\b(?:unconditional|absolute|irrevocable|automatic) (?:right|option) to (?:renew|extend)`);
// A licence that never lapses leaves nothing to renew: "a licence of use ..., which is permanent and
// irrevocable"; escrow that leaves the customer "a perpetual, royalty-free right to use" the system.
const NEVER_LAPSES: Qualifier = {
  needs: /permanent|perpetual|expire|lapse|ends?\b/,
  test: /licen[cs]e\b[^.;]{0,120}\b(?:which is|is|shall be) (?:permanent|perpetual)\b|\blicen[cs]e\b[^.;]{0,40}\b(?:never|does not|shall not) (?:expires?|lapses?|ends?)\b(?![^.;]{0,20}\b(?:before|until|during|prior|unless|except))|\b(?:permanent|perpetual)(?: and irrevocable)? licen[cs]e(?! (?:keys?|codes?|files?|tokens?))|\bperpetual\b[^.;]{0,40}\bright to (?:use|operate|run)\b/,
  unless: LICENCE_TO_SELLER,
  reason: 'The customer keeps a permanent right to use the product: nothing to renew or refuse.',
};
// The spec's look-alike: a licence "the licensor may not terminate" except for breach runs as long as
// the customer keeps to it, so there is nothing to renew or refuse.
const IRREVOCABLE_SAVE_BREACH: Qualifier = {
  needs: /terminat|revok|cancel/,
  test: new RegExp(String.raw`\b${SELLER_WORD}\b[^.;]{0,30}\b(?:may|shall|can) not (?:terminate|revoke|cancel) (?:this |the |your |its |any )?(?:[\w-]+ )?licen[cs]e\b[^.;]{0,40}\b(?:except|other than|save|unless)\b[^.;]{0,40}\b(?:breach|break)|\blicen[cs]e\b[^.;]{0,40}\b(?:may|shall|can) not (?:be )?(?:terminat|revok|cancel)\w*[^.;]{0,40}\b(?:except|other than|save|unless)\b[^.;]{0,40}\b(?:breach|break)`),
  unless: LICENCE_TO_SELLER,
  reason: 'The seller may not end the licence except for breach: nothing to renew or refuse.',
};

// Other things renewed: a certificate, or an interception order or warrant; and a certification
// due "before each renewal" is compliance certification, not a review the seller may act on.
const OTHER_RENEWALS = /renewal of (?:the |this |its |each )?certificate|\brenew\w* (?:\w+ ){0,2}(?:certificates?|insurance|polic(?:y|ies)\b|passwords?|credentials|security clearances?|accreditation|registration|permits?|visas?|(?:export|import|operating|business|trade) (?:licen[cs]es?|authori[sz]ations?|permits?|approvals?)|bonds?|guarantees?|(?:performance |bid )?securit(?:y|ies))|\brenew\w* (?:the |this |its |each )?certificate|\b(?:orders?|warrants?|authori[sz]ations?) (?:(?:is|are|shall be|may be) )?(?:renewable|renewed)|\b(?:warrants?|interception orders?|court orders?|judicial authori[sz]ations?)\b[^.;]{0,120}\brenew|renewable only by (?:a |an )?(?:new |further )?(?:[\w-]+ )?(?:order|warrant|authori[sz]ation)|\bcertif(?:y|ies|ication)\b[^.;]{0,120}\brenewal/;
// (Keys renewed that the seller may not refuse are its control weakened, still no reassessment: only a review makes them one.)
const REVIEW = /review|assess|due[- ]diligence/;
const SELLER_NO_REVIEW = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,20}\b(?:shall|will|may|must) not (?:carry out|conduct|undertake|perform|make)\b[^.;]{0,20}\b(?:any )?(?:[\w-]+ )?(?:review|assessment|re-?assessment|due[- ]diligence)s?(?: of its own|(?=\s*(?:[,.;:]|$)))|\b(?:obliges?|requires?|compels?) (?:the )?${SELLER} to (?:renew|extend)\b`);
const EXTENDED_WHILE_DISPUTED = /\b(?:pending|while|during|until)\b[^.;]{0,100}\b(?:disputes?|arbitrations?|proceedings?)\b[^.;]{0,200}\b(?:shall|will) be (?:extended|renewed)\b|\b(?:pending|while|during|until)\b[^.;]{0,100}\b(?:disputes?|arbitrations?|proceedings?)\b[^.;]{0,200}\b(?:no|neither) party (?:shall|may|will) refuse (?:any )?(?:extension|renewal)/;
// (Or of its people's clearances and passes: "re-assess each clearance every twelve months and before any renewal of a site pass".)
const SELLER_VETTED = new RegExp(String.raw`\b(?:re-?assess|review|assess|vet|re-?vet|evaluat)\w*\b (?:the )?${SELLER}'s (?:[\w-]+ ){0,2}(?:security|clearances?|foreign|ownership|personnel|financial|performance|suitability|capacity|solvency|credit)`
  + String.raw`|\brenewal of (?:a|the|any|each|every) (?:[\w-]+ )?(?:clearances?|pass(?:es)?|badges?|permits?|accreditations?|visas?|identity cards?)\b`);
const REVIEW_OR_REFUSAL = /review|assess|due[- ]diligence|refuse|decline|discretion/;
// A renewal named only for its price or service levels ("fees for any renewal term shall not increase
// by more than 3%") says nothing of whether it happens; a right or duty to renew does.
const COMMERCIAL = /\b(?:fees?|prices?|pricing|charges?|rates?|service levels?|invoic\w*|payments?|discounts?)\b/;
const WHETHER_RENEWED = /human[- ]rights|due[- ]diligence|refus|declin|discretion|automatic|tacit|unless|notice|conditional|subject to|approv|consent|option|elect|cancel|not (?:be )?renew|non-renewal|perpetu|successive|until|(?:may|shall|can|entitled to|right to|option to) (?:\w+ ){0,2}(?:renew|extend|prolong)\b/;

// An extension only by a new agreement of both parties ("The parties may extend the Term by written agreement", "any
// extension agreed in writing", "through a contract amendment") says nothing of reassessment: as the corpus's lawyers
// read it, the safeguard is not addressed. (Unless it says how the extension is decided: a review, a refusal, a notice.)
const BY_AGREEMENT_ONLY = /\b(?:renew\w*|extend\w*|extension|prolong\w*)\b[^.;]{0,80}\b(?:(?:by|through|with|upon|on|under) (?:a |the )?(?:mutual |written |signed |separate |new |contract |formal |supplementary )*(?:agreement|amendment|consent)(?: (?:of|between) (?:the |both )?parties)?\b|(?:mutually )?agreed (?:upon )?(?:in writing|between the parties|by (?:the |both )?parties))/;
const RENEWAL_TERMS = /review|assess|due[- ]diligence|refus|declin|discretion|automatic|tacit|unless|notice|option|elect|successive|human[- ]rights/;

// Keys renewed within the term ("shall not refuse to renew a Licence Key during the Term") are the seller's
// control of the product (seller-control), not the renewal of the contract.
const KEY_RENEWAL = /\brenew\w* (?:a |the |any |each |its )?(?:licen[cs]e |activation )?(?:keys?|codes?|tokens?|files?)\b/;

// Whatever the draft calls carrying the contract on: renewal, extension, prolongation.
// Only keys renewed: no licence, agreement or term renewed beside them ("and the Directorate may renew the Licence Agreement").
const keysOnly = (text: string) => matches(KEY_RENEWAL, text) && !/renew|exten|prolong/.test(text.replace(new RegExp(KEY_RENEWAL.source, 'g'), ''));
const RENEW = String.raw`renew\w*|extend|extension|prolong\w*`;

const TERM_OF_YEARS = /\b(?:initial term|term of (?:this|the) (?:agreement|contract|licen[cs]e)|(?:agreement|contract|licen[cs]e) (?:shall )?(?:continue|remain in force|run)s?|duration of (?:this|the) (?:agreement|contract|licen[cs]e))\b[^.;]{0,40}?\b(?:of|for|is)\s+(?:a period of\s+)?(?:([a-z]+(?:-[a-z]+)?)\s+)?(?:\((\d+)\)|(\d+))\s+years\b|\b(?:initial term|term) of\s+([a-z]+)\s+years\b/;
const YEAR_WORDS: Record<string, number> = { six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20 };
const initialTermYears = (text: string) => {
  const m = TERM_OF_YEARS.exec(text);
  return m ? Number(m[2] ?? m[3] ?? YEAR_WORDS[m[4]] ?? 0) : 0;
};
// Renewal in any words. (Also access the customer must periodically re-verify or re-apply for; "continues ... and
// afterwards from year to year", "may extend it ... for additional periods"; "may thereafter be continued for further
// periods of twelve (12) months each".)
const TOPIC = /renew|from year to year|year-to-year|\bcontinued? (?:\w+ ){0,3}for (?:additional|further|successive) (?:periods?|terms?|years?)\b|\b(?:extend|prolong)\w* (?:it|this|the)\b[^.;]{0,80}\bfor (?:additional|further|successive) (?:periods?|terms?|years?)\b|re-?verif\w*\b[^.;]{0,60}\bperiodic|roll(?:s|ed)? over|rollover|evergreen|(?:extends?|extended|prolong\w*) automatically|automatic (?:extension|prolongation)|continues? (?:automatically|for (?:successive|further) periods)|re-?appl(?:y|ication)|re-?approv|continued (?:access|use) (?:is |shall be |will be )?(?:subject|conditional)|extension of the term|extend (?:the |this )?(?:term|contract|agreement|licen[cs]e|subscription)\b|prolong|(?:term|agreement|contract)\b[^.;]{0,30}\b(?:is |may be |shall be |will be )?(?:extended|prolonged)\b|(?:licen[cs]e|subscription)\b[^.;]{0,30}\b(?:is |may be |shall be |will be )?(?:extended|prolonged)\b(?! to (?:the |any |its |all |their |other |[\w-]+'s ))|(?:thereafter|then) (?:continues?|runs?|remains? in force) (?:\w+ ){0,3}until (?:it is )?(?:terminated|ended|either party)|\bthis (?:[\w-]+ ){0,3}(?:may|shall|can) (?:only )?be (?:extended|renewed|prolonged)\b(?! to (?:the |any |its |all ))|(?:any|each|an) (?:new )?(?:[\w-]+ (?:or|and) )?extension\b(?! of time)|subsequent (?:licen[cs]e|agreement|order)|(?:subject|conditional) (?:to|(?:up)?on) (?:a )?(?:prior )?(?:fresh|new|further) (?:human[- ]rights )?(?:due[- ]diligence|review|assessment)|extension of the (?:contract |licen[cs]e |subscription )?(?:period|term)\b|(?:each|any|every) (?:new|further|subsequent|next) (?:[\w-]+ )?(?:phase|key|period|term)\b|(?:each|any) (?:phase|period) after the first|(?:issu|grant)\w* (?:a |any |each )?(?:new|renewed|further) (?:licen[cs]e|activation) (?:keys?|files?|codes?|tokens?)/;
export const renewalReassessment = defineRule({
  meta: { id: 'renewal-reassessment', sources: ['SD', 'NSO-20'], description: 'Renewal, new activities and major changes are conditional on a fresh human-rights review, and the seller may refuse renewal on its outcome.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['seller'], subject: String.raw`(?:refus|declin|withh[oe]ld|object)\w*\b[^.;]{0,40}\b(?:renew|extension)|(?:review|reassess|re-assess|due diligence)\w*\b[^.;]{0,60}\b(?:renew|extension)` },
    topic: TOPIC,
    // A renewal named only as the time for another duty ("before each renewal of the licences, the Licensee shall certify ...")
    // does not address whether renewal is reassessed: with nothing else said, the safeguard is missing.
    addressedBy: new RegExp(String.raw`(?<!\b(?:before|prior to|ahead of|at|on|upon|in advance of|in connection with) (?:(?:each|any|every|the|a|its|their) )?(?:[\w-]+ ){0,3})(?:${TOPIC.source})`),
    // (Nor keys renewed with no word of review or refusal: that is the seller's control, not a reassessment.)
    // (Nor the customer's vetting of the seller: "the Department will reassess the Supplier's security clearances, foreign-ownership status and
    // the suitability of Supplier Personnel".)
    ignore: (c) => (matches(SELLER_VETTED, c.text) && !matches(HUMAN_RIGHTS, c.text)) || (matches(OTHER_RENEWALS, c.text) && !matches(REVIEW_OR_REFUSAL, c.text)) || (matches(BY_AGREEMENT_ONLY, c.text) && !matches(RENEWAL_TERMS, c.text)) || (keysOnly(c.text) && !matches(REVIEW, c.text)) || (matches(COMMERCIAL, c.text) && !matches(WHETHER_RENEWED, c.text)),
    elements: {
      // (Also "before each renewal we will review ... the human rights situation".)
      // (An evaluation or appraisal is a review in other words.)
      // ("A prior assessment by the Holder of the human rights risks"; "an updated HRDD".)
      // (Or a review of what human-rights diligence weighs, named: "in the light of the End User's audit records, any complaints and
      // investigations, and developments in the End User's country".)
      // (Civil-law drafting names them "fundamental rights": "a renewed examination ... of the effects ... on the fundamental rights".)
      'renewal conditional on a fresh human-rights due-diligence review': /\breview\w*\b[^.;]{0,120}\b(?:in the light of|taking (?:into )?account (?:of)?|having regard to|consider\w*)\b[^.;]{0,120}\b(?:complaints?|allegations?|misuse|(?:developments|changes?) in (?:the )?(?:[\w'-]+ ){0,3}(?:country|political|legal|security) ?(?:situation)?|political situation)|re-?(?:examin|evaluat|apprais)\w*[^.;]{0,60}(?:human[- ]|fundamental )rights|(?:new|fresh|further|updated|renewed) (?:[\w-]+ ){0,3}(?:evaluation|appraisal|examination) of (?:the )?(?:human[- ]|fundamental )rights|\breview\w*\b[^.;]{0,200}\b(?:human[- ]|fundamental )rights|\b(?:assessment|evaluation|appraisal|examination)\b[^.;]{0,100}\b(?:human[- ]|fundamental )rights|\bhrdd\b|\bupdat\w* (?:its |the |their |his |her )?(?:[\w-]+ ){0,2}(?:due[- ]diligence|review|assessment)|(?:(?:human[- ]|fundamental )rights|due[- ]diligence|risk)(?: impact)? (?:review|assessment|re-?assessment|due[- ]diligence)|re-?assess|fresh[^.;]{0,40}(?:review|assessment|due[- ]diligence)|(?:new|further|updated) (?:[\w-]+ ){0,3}(?:review|assessment|due[- ]diligence)/,
      // (Also "may elect not to continue", "remains free to refuse", and renewal "unless the Vendor has ... approved" it.)
      // (Also "may withhold that confirmation in its discretion", "may withhold its agreement", "entitles the Licensor to refuse the renewal".)
      'the seller may refuse renewal on its outcome': new RegExp(String.raw`(?:renewal|extension) (?:is|shall be) not automatic\b|\b(?:may|can|is entitled to) withhold (?:that |its |the |such )?(?:confirmation|consent|agreement|approval)\b|\bentitl\w* (?:the )?${SELLER_WORD} to (?:refuse|decline|reject|withhold)\b|${SELLER_WORD}[^.;]{0,40}\b(?:decides?|determines?) (?:\w+ )?whether (?:or not )?to (?:renew|extend|continue)|(?<!\b${BUYER_WORD}\b[^.;,]{0,60})(?:may|can|is entitled to|reserves the right to|(?:is|shall be|remains?) free to)[^.;]{0,40}(?:refuse|decline|reject|say no|not (?:to )?(?:renew|continue|extend|proceed|grant))|${SELLER_WORD}'s (?:right|option|entitlement|discretion) (?:to (?:refuse|decline|reject|withhold)|not to (?:renew|extend|continue))|unless (?:and until )?(?:the )?${SELLER_WORD}\b[^.;]{0,120}\b(?:approv|agree[sd]?\b|consent)|subject to (?:the )?${SELLER_WORD}'s (?:prior )?(?:written )?(?:approval|consent)|(?:not|no) (?:be )?(?:obliged|obligation|required) to (?:agree to |accept )?(?:any )?(?:${RENEW})|sole discretion|never automatic|not (?:renew )?automatically`),
    },
    weakeners: [
      // "The Vendor may refuse renewal only if a final, non-appealable judgment has found ...".
      { test: COURT_ONLY, reason: 'Renewal may be refused only after a court judgment or finding.' },
      // "The Holder may refuse renewal only in the event of a breach ...; the conclusions of the assessment may not in themselves justify a refusal."
      { test: /\b(?:assessment|review|due diligence|re-?examination)\b[^.;]{0,60}\bmay not (?:in (?:itself|themselves) |alone )?justify (?:a |any )?refusal\b|\bmay refuse (?:the )?renewal only (?:in the event of|if|where|upon|on|for) (?:a |an )?(?:breach|non-?payment|default|insolvency)/, reason: "The seller may not refuse renewal on the review's outcome." },
      // (Also tacit renewal, roll-over and "evergreen" terms.)
      { test: /automatically renew|renew(?:s|ed)? automatically|continues? automatically|auto-?renew|unless (?:either party|the customer|a party) (?:gives|serves) notice|if neither party (?:\w+ ){0,3}(?:declares|gives|serves|objects|notifies)|(?:thereafter|then) (?:continues?|runs?|remains? in force) (?:\w+ ){0,3}until (?:it is )?(?:terminated|ended)|tacit(?:ly)? renew|renewed tacitly|deemed (?:to (?:be|have been) )?renewed|roll(?:s|ed)? over|evergreen|(?:extends?|extended|prolong\w*) automatically|automatic (?:extension|prolongation)/, unless: /(?:tacit|automatic)\w* (?:renewal|extension|roll-?over)[^.;]{0,20}(?:is|are|shall be) (?:hereby )?excluded/, reason: 'Automatic renewal unless the customer objects.' },
    ],
    // A review that comes only after a long first term rarely bites: "an Initial Term of ten (10) years".
    weakenersAnywhere: [{ needs: /\byears?\b/, test: (c) => initialTermYears(c.text) > 5, reason: 'The first term runs more than five years before any review.' }],
    counters: [
      // The review taken from the seller: "The Supplier shall not carry out any review of its own", "it obliges the Supplier to renew".
      { needs: /\bnot\b|oblig|requir/, test: SELLER_NO_REVIEW, reason: 'The seller may make no review of its own, or must renew whatever it finds.' },
      // A status quo that forces the extension: "Pending final resolution of any dispute ..., this Contract shall ... be extended on its
      // existing terms, ... and no party shall refuse any extension or addition".
      { needs: /dispute|arbitrat|proceeding/, test: EXTENDED_WHILE_DISPUTED, reason: 'While any dispute is pending the contract must be extended: the seller may not refuse.' },
      PERPETUAL_LICENCE,
      NEVER_LAPSES,
      LICENCE_WITHOUT_END,
      IRREVOCABLE_SAVE_BREACH,
      { test: SELLER_CANNOT_REFUSE, needs: /renew|exten/, unless: KEY_RENEWAL, reason: 'The seller may not refuse a renewal.' },
      { test: CUSTOMER_RENEWS_AT_WILL, needs: /renew|exten/, reason: 'The customer may renew at will: the seller cannot refuse.' },
      { unless: KEY_RENEWAL, test: /(?:supplier|licensor|vendor|provider|seller)[^.;]{0,40}(?:may|shall) not (?:refuse|decline|withhold)[^.;]{0,30}renew|renew\w*[^.;]{0,60}(?:automatically|perpetually)[^.;]{0,60}(?:may not|cannot|shall not) (?:be )?(?:refuse|decline|terminat)/, reason: 'Automatic renewal the seller cannot refuse.' },
    ],
  }),
});
