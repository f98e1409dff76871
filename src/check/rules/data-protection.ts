import { defineRule, gradeByElements } from '../rule.ts';
import { SELLER } from '../../read/parties.ts';

export const dataProtection = defineRule({
  meta: { id: 'data-protection', sources: ['SD', 'EO14093'], description: 'Restricts how collected data is analyzed, stored, protected and shared; minimization, retention limits and deletion; no onward sharing.' },
  check: (index) => gradeByElements(index, {
    topic: /collected data|(?:data|information|content|intercepts?|metadata) (?:collected|obtained|intercepted|gathered|processed|extracted|produced|generated|captured) (?:by|with|through|using)|(?:extracted|intercepted|collected|location|biometric|product|operational|customer|personal|captured|derived|case) (?:data|content|metadata|material)|intercepted (?:content|metadata|communications)|data minimi/,
    elements: {
      'limits on how and by whom the data is analyzed and used': /(?:only|solely|exclusively) (?:for|by)[^.;]{0,60}(?:authori[sz]ed purpose|purpose|investigation|personnel|operators?)|access[^.;]{0,40}(?:limited|restricted)|need[- ]to[- ]know|(?:analy[sz]\w*|process\w*|use)[^.;]{0,40}(?:only|solely)/,
      'data minimization': /minimi[sz]|no more than (?:is )?necessary|necessary (?:for|to) (?:and proportionate )?|not relevant|irrelevant|strictly necessary/,
      'retention limit and deletion': /(?:delet|destroy|eras|purg)\w*[^.;]{0,80}(?:after|within|no longer|when|once|period|months?|days?)|retention (?:period|limit|schedule)|(?:retain|kept|keep|stored?)\w*[^.;]{0,40}no longer than/,
      'no onward sharing with third parties or foreign governments without authorization': /(?:not|no)\b[^.;]{0,60}(?:share|disclos|transfer|provide|make available|pass)\w*[^.;]{0,120}(?:third part|foreign|other (?:agenc|government|authorit|bod)|any (?:person|party|entity))|(?:share|disclos|transfer)\w*[^.;]{0,80}(?:only|solely) (?:with|to)[^.;]{0,60}(?:consent|authori[sz])/,
      'security of storage': /secur\w*|encrypt|protect\w*|safeguard\w*|access control/,
    },
    weakeners: [],
    counters: [
      { test: /(?:may|is entitled to|shall be free to) (?:share|disclose|transfer|provide)[^.;]{0,60}(?:any )?(?:data|information|intercepts?)[^.;]{0,60}(?:with|to) any (?:government|authority|agency|third part)/, reason: 'The customer may share collected data with any government authority.' },
      { test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,60}(?:may|shall be entitled to|retains? the right to|is permitted to|reserves the right to)[^.;]{0,80}(?:use|retain|keep|access|analy[sz]e|aggregate|de-identif|anonymi[sz])\w*[^.;]{0,120}(?:data|content|information)[^.;]{0,160}(?:improv|develop|train|its own|any (?:lawful )?purpose|analytics|benchmark|machine learning|models?)`), reason: 'The seller may use data the customer collects or processes for its own purposes.' },
    ],
  }),
});
