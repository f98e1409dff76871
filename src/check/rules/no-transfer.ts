import { defineRule, gradeByElements } from '../rule.ts';
import { SELLER } from '../../read/parties.ts';

export const noTransfer = defineRule({
  meta: { id: 'no-transfer', sources: ['SD', 'NSO-23'], description: 'No sale, sublicence, lending, transfer or sharing of the product; no contractors without consent; no modification; diversion is a breach.' },
  check: (index) => gradeByElements(index, {
    topic: /(?:not|no|neither|nor)\b[^.;]{0,80}(?:sell|resell|sub-?licen[cs]e|lend|lease|rent|transfer|assign|share|make (?:the product |it )?available|distribute|disclose)|divert|diversion|reverse[- ]engineer|decompil|modif/,
    elements: {
      'no sale, sublicence, lending, transfer or sharing of the product or access': /(?:not|no)\b[^.;]{0,80}(?:sell|resell|sub-?licen[cs]e|lend|lease|rent)|(?:not|no)\b[^.;]{0,60}(?:transfer|share|make available)[^.;]{0,80}(?:product|system|software|access|licen[cs]e|credentials)/,
      'other agencies and contractors excluded without the seller\'s consent': /(?:other|another|any) (?:agenc|government|authorit|ministr|department|bod)|contractors?|third part/,
      'no modification or reverse engineering': /modif|reverse[- ]engineer|decompil|disassembl|derivative works?|adapt/,
      'diversion to an unauthorized end user is a breach': /divert|diversion|unauthori[sz]ed (?:end )?users?|(?:material|fundamental) breach[^.;]{0,80}(?:transfer|shar|available)|(?:transfer|shar|available)[^.;]{0,120}(?:material|fundamental) breach|prohibited end user/,
    },
    weakeners: [
      { test: /(?:may|is entitled to|shall be free to) (?:transfer|assign|sub-?licen[cs]e|make (?:it|the product|the system) available)[^.;]{0,80}(?:affiliates?|any (?:other )?(?:government(?:al)?|public) (?:body|entity|agency|authority))(?![^.;]{0,80}(?:prior|written) consent)/, reason: 'Transfer is allowed to affiliates or any government entity without the seller\'s consent.' },
      { test: /employees(?:,)? (?:and|or) (?:its )?(?:contractors|consultants|agents)(?![^.;]{0,80}consent)/, reason: 'Users include the customer\'s contractors with no seller consent.' },
    ],
    ignore: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,30}(?:shall|will) not (?:disclose|sell|share)`),
    counters: [
      { test: /(?:may|is entitled to|shall be free to) (?:freely )?(?:transfer|assign|make[^.;]{0,20}available|sub-?licen[cs]e|share)[^.;]{0,80}(?:to|with) any (?:agency|department|body|ministry|authority|entity|successor)[^.;]{0,40}(?:of )?(?:its|the) (?:government|state)?(?![^.;]{0,80}(?:prior|written) consent)|freely (?:transfer|assign)[^.;]{0,80}government/, reason: 'The customer may freely transfer the product to any government body.' },
    ],
  }),
});
