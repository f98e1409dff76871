import { defineRule, gradeByElements } from '../rule.ts';
import { SELLER } from '../../read/parties.ts';

// Handing the product, or access to it, to someone else (passing on data or results is data protection).
const PASS_ON = String.raw`(?:lend|transfer|assign|sub-?licen[cs]e|share|give access|make\b[^.;]{0,30}\bavailable)(?! (?:any |the |such |its )?(?:[\w-]+ )?(?:data|information|results?|reports?|outputs?|intelligence|content|analys))`;
// The customer, whatever the draft calls it (not the seller), is allowed to pass it on:
// "the Purchaser may lend Units to the Border Police", "a Participating Body may make the Platform available".
// "Neither party may assign ..." forbids it.
const PASS_ON_RIGHT = new RegExp(String.raw`\b(?:may|is entitled to|shall be free to|can) (?:freely |also )?${PASS_ON}`, 'g');
const SELLER_OR_DENIED = new RegExp(String.raw`\b(?:${SELLER}|no|neither|nor|not)\b`);
// (The words before the right, back to the start of its sentence part, are looked at once per
// match: a look-behind over them would be read again at every position of every sentence.)
const mayPassOn = (text: string) => [...text.matchAll(PASS_ON_RIGHT)].some((m) => {
  const before = text.slice(0, m.index);
  return !SELLER_OR_DENIED.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1));
});
// ... to anyone in a class, not a named body: "any agency of the Government", "any other public body", "any successor".
const TO_ANY_BODY = /\b(?:to|with) any (?:other )?(?:[\w-]+ ){0,2}(?:agency|agencies|department|body|bodies|ministry|authority|entity|successor|government|organi[sz]ation)/;
const SELLER_CONSENT_NEEDED = /\b(?:with|subject to|upon|after obtaining|having obtained) (?:the )?(?:[\w-]+ ){0,3}?(?:[\w-]+'s )?(?:prior )?(?:express )?(?:written )?(?:consent|approval|authori[sz]ation)/;
const WITHOUT_CONSENT = /\bwithout (?:the |its |their )?(?:[\w-]+'s )?(?:prior )?(?:written )?(?:consent|approval)|\bfreely\b/;
// "Any use or possession of the Software by a person other than the Licensee is a material breach."
const THIRD_PARTY_USE_IS_BREACH = /(?:use|possession|operation)\b[^.;]{0,60}\bby (?:a |any )?(?:person|entity|party|body|third part)[^.;]{0,60}(?:is|shall be|constitutes) a (?:material|fundamental) breach/;

export const noTransfer = defineRule({
  meta: { id: 'no-transfer', sources: ['SD', 'NSO-23'], description: 'No sale, sublicence, lending, transfer or sharing of the product; no contractors without consent; no modification; diversion is a breach.' },
  check: (index) => gradeByElements(index, {
    topic: (c) => /(?:not|no|neither|nor)\b[^.;]{0,80}(?:sell|resell|sub-?licen[cs]e|lend|lease|rent|transfer|assign|share|make (?:the product |it )?available|distribute|disclose)|divert|diversion|reverse[- ]engineer|decompil|modif/.test(c.text)
      || mayPassOn(c.text) || THIRD_PARTY_USE_IS_BREACH.test(c.text),
    elements: {
      'no sale, sublicence, lending, transfer or sharing of the product or access': /(?:not|no)\b[^.;]{0,80}(?:sell|resell|sub-?licen[cs]e|lend|lease|rent)|(?:not|no)\b[^.;]{0,60}(?:transfer|share|make available)[^.;]{0,80}(?:product|system|software|access|licen[cs]e|credentials)/,
      'other agencies and contractors excluded without the seller\'s consent': /(?:other|another|any) (?:agenc|government|authorit|ministr|department|bod)|contractors?|third part/,
      'no modification or reverse engineering': /modif|reverse[- ]engineer|decompil|disassembl|derivative works?|adapt/,
      'diversion to an unauthorized end user is a breach': new RegExp(String.raw`divert|diversion|unauthori[sz]ed (?:end )?users?|(?:material|fundamental) breach[^.;]{0,80}(?:transfer|shar|available)|(?:transfer|shar|available)[^.;]{0,120}(?:material|fundamental) breach|prohibited end user|${THIRD_PARTY_USE_IS_BREACH.source}`),
    },
    weakeners: [
      { test: /(?:may|is entitled to|shall be free to) (?:transfer|assign|sub-?licen[cs]e|make (?:it|the product|the system) available)[^.;]{0,80}(?:affiliates?|any (?:other )?(?:government(?:al)?|public) (?:body|entity|agency|authority))(?![^.;]{0,80}(?:prior|written) consent)/, reason: 'Transfer is allowed to affiliates or any government entity without the seller\'s consent.' },
      { test: /employees(?:,)? (?:and|or) (?:its )?(?:contractors|consultants|agents)(?![^.;]{0,80}consent)/, reason: 'Users include the customer\'s contractors with no seller consent.' },
      { test: (c) => mayPassOn(c.text) && !SELLER_CONSENT_NEEDED.test(c.text), reason: 'The customer may pass the product or access to another body without the seller\'s consent.' },
    ],
    ignore: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}(?:shall|will) not (?:disclose|sell|share)`),
    counters: [
      // Freely, or expressly without consent, to a whole class of bodies: "may lend, transfer or make
      // the Goods available to any agency ... without the Seller's consent". Without those words it is weak.
      { test: (c) => mayPassOn(c.text) && TO_ANY_BODY.test(c.text) && WITHOUT_CONSENT.test(c.text), needs: /any/, reason: 'The customer may freely pass the product to any government body, without the seller\'s consent.' },
    ],
  }),
});
