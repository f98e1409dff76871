import { LOCAL_LAW_PREVAILS, NATIONAL_SECURITY_CARVE_OUT } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { LOCAL_LAW_ONLY } from '../words.ts';
import { CUSTOMER } from '../../read/parties.ts';

// A definition of the purpose that hands its meaning to the customer's own law.
const DOMESTIC_DEFINITION = /"(?:serious crime|terrorism|terrorist|national security|authori[sz]ed purpose)[a-z ]*"[^.]{0,30}(?:means|has the meaning|shall mean)[^.]{0,160}(?:under|in|by|of) (?:the )?(?:laws? of the (?:republic|kingdom|state|country|federation|customer)|(?:national|domestic|local) law|penal code|criminal code|[a-z-]+ (?:counter-terrorism|anti-terrorism|security) act)/;

export const endUseLimitation = defineRule({
  meta: { id: 'end-use-limitation', sources: ['SD', 'NSO-20', 'NSO-23'], description: 'Names the authorized end user and limits use to a defined legitimate purpose within its own operations.' },
  check: (index) => gradeByElements(index, {
    topic: /\b(?:use|used|operate|operated|deploy)\b[^.;]{0,120}\b(?:solely|only|exclusively|restricted to|limited to)\b|authori[sz]ed (?:end user|purpose)[^.;]{0,60}\b(?:use|operate|means)|lawful purposes?|not in violation of any (?:applicable )?law|in accordance with (?:all )?applicable laws?[^.;]{0,20}$/,
    elements: {
      'names the authorized end user': /authori[sz]ed operators?\b[^.;]{0,40}(?:means|is)|(?:customer|licensee|authority|agency|ministry) (?:alone|only|exclusively)\b|only (?:by )?the (?:customer|licensee|authority|agency|ministry)\b|(?:authori[sz]ed|approved|designated|named|specified) end[- ]users?|(?:licen[cs]es?|grants?) (?:to )?(?:the )?(?:directorate|department|ministry|agency|authority|police|service|bureau|unit|force|command)\b|(?:used|operated) (?:solely |only |exclusively )?by (?:the )?(?:[a-z]+ ){0,3}(?:agency|directorate|ministry|police|service|unit|authority)|end user\W? (?:is|means)/,
      // A purpose counts as defined when the draft defines it: "Registry Purposes", "Authorised Purposes".
      'limits use to a defined legitimate purpose (serious crime, terrorism)': (c, i) => /serious (?:crime|offen[cs]es?)|violent crime|terroris|authori[sz]ed purposes?/.test(c.block)
        || i.draft.definitions.some((d) => /purposes?$/i.test(d.term) && c.block.includes(d.term.toLowerCase())),
      "confines use to the end user's own operations": /own (?:internal )?(?:operations|use|investigations|purposes)|internal (?:use|operations|purposes)|solely (?:by|for)|exclusively (?:by|for)|no other (?:person|body|agency|entity)/,
    },
    weakeners: [
      { test: /any lawful purpose|lawful purposes? only|for lawful purposes|any purpose permitted by/, reason: 'The purpose is only "lawful" use, not a defined legitimate purpose.' },
      { test: /(?:and|or) (?:its|their) affiliates|any (?:other )?(?:government(?:al)?|public) (?:body|entity|agency|authority)|any agency of/, reason: 'The end user is open-ended (affiliates or any government body).' },
      { test: (c) => DOMESTIC_DEFINITION.test(c.block), reason: 'The purpose is defined by reference to the customer\'s domestic law.' },
      { test: LOCAL_LAW_ONLY, reason: 'The limit applies only as local law requires.' },
      { test: /purposes? (?:authori[sz]ed|permitted|allowed) (?:under|by) (?:the )?(?:[a-z-]+ ){0,5}(?:act|law|code|decree|regulations?)\b/, reason: 'The purpose is whatever domestic legislation authorizes.' },
    ],
    weakenersAnywhere: [LOCAL_LAW_PREVAILS],
    counters: [
      NATIONAL_SECURITY_CARVE_OUT,
      { test: new RegExp(String.raw`\b${CUSTOMER}\b[^.;]{0,40}(?:sole|absolute|own) discretion[^.;]{0,60}(?:purposes?|uses?) (?:for which|of)`), reason: 'The customer alone decides the purposes of use.' },
      { test: /any use (?:that is )?(?:permitted|authori[sz]ed|lawful) under[^.;]{0,50}(?:domestic|national|local|its) law[^.;]{0,30}(?:is|shall be|constitutes|be deemed) (?:an )?(?:authori[sz]ed|permitted) (?:use|purpose)/, reason: 'Any use the customer\'s law permits counts as authorized.' },
    ],
  }),
});
