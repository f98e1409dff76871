import { defineRule, gradeByElements } from '../rule.ts';

export const lawfulAuthorization = defineRule({
  meta: { id: 'lawful-authorization', sources: ['NSO-23', 'PMP'], description: 'Each use needs independent (judicial) authorization under published law, necessary and proportionate, with records kept.' },
  check: (index) => gradeByElements(index, {
    // Authorization of the surveillance itself, not a court order that compels disclosure.
    topic: /\bwarrants?\b(?! that| the accuracy| any)|court order|order of a (?:judge|court)|judicial (?:authori[sz]ation|approval|order)|lawful authori[sz]ation|legal (?:process|authori[sz]ation)|necess\w+ and proportion|proportionate|(?:each|every|any) (?:use|interception|operation|query|deployment|target)[^.;]{0,80}(?:approv|authori[sz])|\b(?:each|every) (?!party|year|month|invoice|payment)[\w-]+(?: [\w-]+){0,8} (?:shall|must) be (?:approved|authori[sz]ed)/,
    ignore: /(?:disclos\w*|confidential\w*)[^.;]{0,100}(?:required by law|court order|legal process)|(?:required by law|court order|legal process)[^.;]{0,60}disclos/,
    elements: {
      'authorization by an independent (judicial or equivalent) authority': /judge|judicial|court|independent (?:authority|body|oversight|tribunal)|lawful authori[sz]ation/,
      'necessary and proportionate': /necess\w+ and proportion|proportion\w+ and necess|proportionate/,
      'each use / before use': /each (?:use|operation|deployment|target|query|search|interception)|\b(?:each|every) (?!party|year|month)[\w-]+(?: [\w-]+){0,8} (?:shall|must) be (?:approved|authori[sz]ed)|only (?:on|upon|with|after|where)[^.;]{0,40}(?:production of |issue of )?(?:an? )?(?:order|warrant|authori[sz]ation)|every (?:use|operation|target)|before (?:any|each|the) (?:use|operation|target)|in advance|prior (?:written )?(?:judicial )?authori[sz]ation|lawful authori[sz]ation/,
    },
    weakeners: [
      { test: /(?:authori[sz]\w+|approv\w+)(?: in writing)? (?:by|from) (?:a |an |the )?(?:senior |competent |designated )?(?:officer|official|head|director|commander|minister|supervisor|manager)[^.;]{0,40}(?:of|within|by) (?:the )?(?:customer|authority|agency|ministry|directorate|licensee)|(?:approv\w+|authori[sz]\w+)(?: in writing)? by (?:the )?(?:customer|authority|agency|ministry|directorate|licensee)'s (?:own )?(?:[\w-]+ ){0,2}(?:officer|official|head|director|commander|minister|supervisor|manager)|internal (?:authori[sz]ation|procedures)/, reason: 'Authorization comes from the operating agency itself.' },
    ],
    counters: [
      { test: /(?:shall|will) not be (?:required|obliged) to obtain (?:any )?(?:warrant|court order|judicial|authori[sz]ation)/, reason: 'The customer need not obtain any warrant or authorization.' },
    ],
  }),
});
