import { defineRule, gradeByElements } from '../rule.ts';
import { HEDGED_DUTY } from '../boilerplate.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';

// Where a draft speaks of export control: the laws and their words, also "export restrictions",
// "export licences", the customer's import and customs law or permits, and any sentence under an export heading.
// (Translated civil-law drafting: "the customs and foreign trade regime".)
const TOPIC = /export(?:-| )?control|export (?:administration|laws?|regulations?|restrictions?|licen[cs]es?|rules|legislation)|sanctions? (?:laws?|regulations?|programs?|rules|regimes?)|\bear\b|\bitar\b|\bofac\b|re-?export|(?:import|customs)(?: and (?:customs|import|export))? (?:laws?|regulations?|legislation|permits?|licen[cs]es?|authori[sz]ations?)|(?:customs and )?foreign[- ]trade (?:regime|laws?|regulations?|legislation|rules|act)|dual[- ]use (?:regulation|items|goods|exports?|controls?)|strategic (?:goods|trade|exports?) (?:laws?|regulations?|controls?|act|order)/;
const EXPORT_HEADING = /export|re-?export|sanctions/;
const EXPORT_DUTY = /\blaws?\b|legislation|regulations?|licen[cs]|authori[sz]|transfer|compl/;
// An export-control authority named only as someone the seller may (not) tell is no export duty:
// "shall not disclose to any regulatory, export control or international authority".
const AUTHORITY_ONLY = /export[- ]control (?:(?:or|and) [\w-]+ )?(?:authorit|agenc|bod|regulator)/;
const NO_DUTY_WORDS = /\bcompl(?:y|ies|iance)|re-?export|\blicen[cs]es?\b|\bexport (?:the|any)\b/;

// The spec's look-alike: complying with the export laws "that apply to the Services, including" the
// seller's state's laws carries the duty not to export without authorization.
const COMPLIES_WITH_LAWS_ON_PRODUCT = /compl(?:y|ies) with[^.;]{0,120}export[^.;]{0,80}\b(?:that|which) appl(?:y|ies) to (?:the |its )?(?:services?|software|products?|system|items|goods|platform|equipment)/;

// The seller's own export licence for delivery ("the Supplier shall obtain any export licence it needs") binds the
// customer to nothing, unless the sentence goes on to do so.
// (Also with a phrase between: "the Supplier shall, before any export of the Equipment, obtain the export licence".)
// (Also after another duty: "Seller shall comply with all applicable laws ... and shall obtain at its own cost any permits and licences, including export licences".)
const SELLER_OBTAINS_LICENCE = new RegExp(String.raw`^(?:[\w·().-]+ )?(?:the )?${SELLER}\b[^.;]{0,30}\b(?:shall|will|must|is responsible for|undertakes to)\b(?:,[^,.;]{0,60},)? (?:\w+ ){0,3}(?:obtain|apply for|secure|procure|hold)\w*\b[^.;]{0,40}\bexport|^(?:[\w·().-]+ )?(?:the )?${SELLER}\b[^.;]{0,200}\band (?:shall|will|must) (?:\w+ ){0,2}(?:obtain|apply for|secure|procure)\w*\b[^.;]{0,80}\bexport`);
// The spec's look-alike: each party complying with the laws "applicable to it", export laws included, is boilerplate.
const EACH_PARTY_OWN_LAWS = /^(?:[\w·().-]+ )?(?:each|either|both) part(?:y|ies)\b[^.;]{0,40}\bcompl\w*\b[^.;]{0,80}\b(?:applicable|that apply|which apply) to (?:it|them|each|that party)\b/;
const CUSTOMER_DUTY = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}\b(?:shall|must|will|undertakes?|agrees?)\b|re-?export`);

// The customer's own law, whatever the customer is called: "the Licensee's own jurisdiction", "your country".
const CUSTOMER_LAW = String.raw`(?:${CUSTOMER}'s (?:own )?(?:domestic |national )?(?:laws?|legislation)|(?:national|domestic|local) (?:laws?|legislation)|laws? of (?:the )?(?:${CUSTOMER}'s|its|your|their) (?:own )?(?:country|state|jurisdiction)|laws of the (?:customer|republic|kingdom|state))`;
// The customer steps outside the seller's export laws: "the Customer's domestic law alone shall determine whether
// any transfer is permitted"; "no export control law of any country other than the Republic shall apply"; "the
// Buyer shall not be bound by the export control laws of the Seller's country".
const OWN_LAW_ALONE = new RegExp(String.raw`${CUSTOMER_LAW}\b[^.;]{0,20}\b(?:alone|exclusively|solely|only)\b[^.;]{0,20}\b(?:govern|determine|decide|appl)\w*\b[^.;]{0,80}(?:export|re-?export|transfer)|\bno (?:[\w-]+ ){0,3}(?:laws?|regulations?|rules|legislation) of any (?:other )?(?:country|state|jurisdiction)\b[^.;]{0,60}\b(?:shall|will|does|do|may) (?:apply|govern|bind)`
  // "no foreign export regulation shall apply to it".
  + String.raw`|\bno (?:foreign|other|overseas|third[- ]country) (?:export|re-?export|sanctions?|trade)\b[\w -]{0,20}\b(?:laws?|regulations?|rules|legislation|controls?)\b[^.;]{0,30}\b(?:shall|will|does|do|may) (?:apply|govern|bind)`
  // "only the laws of your country apply to any re-export".
  + String.raw`|\b(?:only|solely|exclusively) (?:the )?${CUSTOMER_LAW}\b[^.;]{0,20}\b(?:govern|determine|decide|appl)\w*\b[^.;]{0,80}(?:export|re-?export|transfer)`);
// (Or the laws as the subject: "no export-control, sanctions or re-export law of any other state ... shall bind the Customer".)
const NOT_BOUND = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,30}\b(?:shall|will|is|are) not (?:be )?(?:bound by|subject to|required to (?:comply with|observe))[^.;]{0,60}\b(?:export|sanctions|re-?export)`
  + String.raw`|(?<=\b(?:export|sanctions|re-?export)\w*\b[^.;]{0,120})\b(?:no such (?:laws?|regulations?|rules?)|none of (?:them|those laws)) (?:shall|will|does|do) (?:bind|apply to) (?:the )?${CUSTOMER}\b`);

// (Also the duty in positive form, either way round: "obtain every authorisation those laws require before any export,
// re-export or transfer"; "prior to any re-export, the Client shall obtain all licences required".)
const NO_EXPORT_WITHOUT_AUTHORIZATION = /(?:obtain|secure|hold|apply for)\w*\b[^.;]{0,60}\b(?:authori[sz]ations?|licen[cs]es?|approvals?|permits?)\b[^.;]{0,80}\b(?:before|prior to|for) (?:any |each |the |every )?(?:export|re-?export|transfer)|(?:before|prior to) (?:any |each |the |every )?(?:export|re-?export|transfer)\w*\b[^.;]{0,80}\b(?:obtain|secure|apply for)\w*\b[^.;]{0,60}\b(?:authori[sz]ations?|licen[cs]es?|approvals?|permits?)\b|(?:not|no|neither)\b[^.;]{0,60}(?:export|re-?export|transfer)|(?:export|re-?export|transfer)[^.;]{0,80}(?:without|unless|except)[^.;]{0,40}(?:authori[sz]ation|licen[cs]e|approval|consent)|in violation of (?:any )?(?:export|sanctions)|restrictions on destinations, end users and end use|(?:not|no)\b[^.;]{0,60}(?:make\b[^.;]{0,60}\bavailable|supply|provide)\b[^.;]{0,100}(?:otherwise than|except|unless|without)[^.;]{0,30}(?:authori[sz]|licen[cs]|permitted)/;
// In plain words: "You must not move the Platform ... out of Ostravia, or give access to it to anyone outside Ostravia, without an export licence".
const NO_MOVING_ABROAD = /(?:not|no)\b[^.;]{0,30}\b(?:move|take|send|ship|carry|remove)\w*\b[^.;]{0,60}\b(?:out of|outside|abroad|across|to (?:another|any other|a foreign|any foreign) (?:country|state|jurisdiction))\b[^.;]{0,100}\b(?:without|unless|except)\b[^.;]{0,40}(?:authori[sz]ation|licen[cs]e|approval|consent)/;
const NO_SUPPLY_TO_EMBARGOED = /(?:not|no|never)\b[^.;]{0,60}\b(?:ship|send|deliver|supply|provide|sell|transfer|make\b[^.;]{0,30}\bavailable)\w*\b[^.;]{0,80}\b(?:embargoed|sanctioned|prohibited|restricted|denied|blocked) (?:countr|destination|part|person|end|entit)/;
// The customer let off export control altogether: "may export, re-export or transfer the Licensed Products free of any
// restriction", "may sell, lend, re-export or otherwise transfer the Goods ... without regard to any export restriction"; the seller "shall not require compliance with any export-control or sanctions law". (Not a transfer within
// the customer's organisation: only export is read.)
const FREE_TO_EXPORT = new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,30}\bmay (?:freely )?(?:[\w-]+,? (?:or |and )?){0,3}(?:export|re-?export)\b[^.;]{0,120}\b(?:free (?:of|from)|without(?: regard to)?) (?:any |all )?(?:export(?:-control)? )?(?:restrictions?|limitations?|authori[sz]ations?|licen[cs]es?|conditions?|controls?)\b`
  + String.raw`|\b${SELLER}\b[^.;]{0,20}\b(?:shall|will) not (?:require|insist (?:up)?on|enforce|seek)\b[^.;]{0,20}\bcompliance with (?:any )?(?:[\w-]+ )?(?:export|sanctions|re-?export)`);
export const exportControlCompliance = defineRule({
  meta: { id: 'export-control-compliance', sources: ['SD', 'REG'], description: "The customer complies with the seller's export-control and sanctions laws and does not export or transfer without authorization." },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer'], subject: String.raw`export[- ]control|(?:export|re-?export|trade) (?:laws?|regulations?|licen[cs]es?|restrictions?|rules|authori[sz]ations?)|sanctions|\bear\b|\bitar\b|\bofac\b` },
    topic: (c) => matches(TOPIC, c.text) || (matches(EXPORT_HEADING, c.heading) && matches(EXPORT_DUTY, c.text)),
    topicWords: [TOPIC, EXPORT_DUTY],
    ignore: (c) => (matches(AUTHORITY_ONLY, c.text) && !matches(NO_DUTY_WORDS, c.text)) || (matches(SELLER_OBTAINS_LICENCE, c.text) && !matches(CUSTOMER_DUTY, c.text)) || matches(EACH_PARTY_OWN_LAWS, c.text),
    elements: {
      // ("US export control and sanctions laws", "UK sanctions regulations": the plain abbreviations only before export words.)
      "the seller's jurisdiction's export-control and sanctions laws (e.g. EAR, ITAR, OFAC)": /\b(?:us|uk)\b (?:export|sanctions|trade|government|department of commerce)|export[- ]controls? and sanctions (?:laws|regulations)|united states|\bu\u00b7s\b|\bear\b|\bitar\b|\bofac\b|export control laws|export administration regulations|european union|\beu\b|united kingdom|seller's (?:jurisdiction|state|country)|(?:supplier|licensor|vendor|provider)'s (?:jurisdiction|state|country)|domestic and international export|all (?:applicable )?export (?:control )?(?:and sanctions )?laws|(?:export|strategic goods|dual[- ]use|trade control)[\w ()&,-]{0,30}?\b(?:act|order|ordinance|decree)\b|\b(?:act|law|order|ordinance|decree) on (?:the )?(?:export|dual[- ]use|strategic)|\b(?:legislation|laws?|regulations?|rules) (?:of [^.;]{0,60}?)?on dual[- ]use (?:items|goods)\b|(?:united nations|\bun\b|\w+ian|\w+ese) (?:and [\w ]{0,20})?sanctions/,
      // (Also "shall not make the Service available to any person or destination otherwise than as authorised".)
      'no export, re-export or transfer without the required authorization': (c) => matches(NO_EXPORT_WITHOUT_AUTHORIZATION, c.text)
        // "you may not send the Software to any embargoed country or blocked person".
        || matches(NO_SUPPLY_TO_EMBARGOED, c.text) || matches(NO_MOVING_ABROAD, c.text) || matches(COMPLIES_WITH_LAWS_ON_PRODUCT, c.text),
    },
    weakeners: [
      ...HEDGED_DUTY,
      { test: /(?:import|export|customs)(?: and (?:customs|import|export))? (?:laws?|regulations?|legislation) of (?:the )?(?:customer's|licensee's|its own|the republic|the kingdom|the state\b|the host)|its own (?:country's|national) (?:import|export)/, reason: "Only the customer's own country's export law." },
    ],
    counters: [
      { test: FREE_TO_EXPORT, needs: /\bmay\b|\bnot\b/, reason: 'The customer may export free of any restriction, or the seller will not require compliance with export laws.' },
      { test: OWN_LAW_ALONE, needs: /alone|exclusively|solely|only|other|foreign|overseas/, reason: "The customer's laws exclusively govern re-export." },
      { test: NOT_BOUND, needs: /bound|subject|required|bind|apply to/, reason: "The customer is not bound by the seller's export-control laws." },
      // "Any transfer outside the State shall be governed exclusively by national legislation, the rules of any other country not being applicable."
      { test: new RegExp(String.raw`(?:re-?export|transfer)[^.;]{0,120}(?:(?:governed|determined) (?:exclusively|solely|only) by|subject (?:exclusively|solely|only) to)[^.;]{0,40}${CUSTOMER_LAW}|(?:laws?|rules|regulations|legislation) of (?:any )?other (?:country|countries|state|states|jurisdiction)[^.;]{0,30}\b(?:not|never)\b[^.;]{0,20}\bappl`), reason: "The customer's laws exclusively govern re-export." },
    ],
  }),
});
