import { defineRule, gradeByElements } from '../rule.ts';
import { matches } from '../prefilter.ts';

// "Each tasking ... shall be approved": an act of surveillance that needs approval one by one.
const OPERATION = '(?:use|interception|retrieval|consultation|interrogation|operation|query|deployment|target|tasking|extraction|search|policy|request|collection|activation|case|acquisition|lookup|examination|analysis|intrusion|installation|infection)';
// "No communication shall be intercepted except under a Warrant": every operation needs one.
// Civil-law drafting in the present tense: "No case file is opened and no data is loaded except on the authorisation of the judge".
const NONE_WITHOUT = /\bno [\w-]+(?: [\w-]+)? (?:(?:shall|may|will) be|is|are) (?:intercepted|deployed|used|targeted|conducted|carried out|activated|monitored|searched|extracted|accessed|opened|loaded|retrieved|run|performed|queried|started|entered|added|placed)[^.;]{0,120}(?:except|unless|without|other than)/;
// "Any interception ... shall be preceded by a reasoned order of the competent court".
const PRECEDED_BY_ORDER = /\b(?:shall|must|is to|will) be preceded by[^.;]{0,60}\b(?:order|warrant|authori[sz]ation|approval)/;
// The same in the active voice: "the Licensee shall not deploy the Product ... unless a court has first issued a warrant".
const NOT_WITHOUT = /(?:shall|may|must|will) not (?:\w+ ){0,2}(?:use|deploy|operate|target|intercept|activate|monitor|search|extract|access|install)\b[^.;]{0,80}\b(?:unless|except|without|other than)\b[^.;]{0,60}(?:warrant|order|authori[sz]ation|approv)/;
const EACH_OPERATION_APPROVED = new RegExp(String.raw`\b(?:each|every|any) (?:[\w-]+ ){0,3}${OPERATION}s?\b[^.;]{0,100}(?:shall|must|is|are) (?:first |only |in each case )?(?:be )?(?:approved|authori[sz]ed)`);

export const lawfulAuthorization = defineRule({
  meta: { id: 'lawful-authorization', sources: ['NSO-23', 'PMP'], description: 'Each use needs independent (judicial) authorization under published law, necessary and proportionate, with records kept.' },
  check: (index) => gradeByElements(index, {
    // Authorization of the surveillance itself, not a court order that compels disclosure.
    topic: (c) => matches(EACH_OPERATION_APPROVED, c.text) || matches(/(?:\ba|\ban|\bthe|\bany|\beach|\bvalid|\bjudicial|\bcourt|\bsearch|\binterception|\bno) warrants?\b|\bwarrants? (?:issued|granted|signed|from|of a|under)|court order|order of a (?:judge|court)|judicial (?:authori[sz]ation|approval|order)|lawful authori[sz]ation|legal (?:process|authori[sz]ation)|necess\w+ and proportion|proportionate|(?:authori[sz]|approv)\w*[^.;]{0,40}(?:by|from) (?:a |an )?(?:judge|court|magistrate|independent)/, c.text),
    // Court orders that compel disclosure or settle a claim, not ones that authorise surveillance.
    // (A training module "on the warrant procedure" teaches it; it does not require it.)
    ignore: /\b(?:training|course|module|curriculum)\b[^.;]{0,120}\b(?:warrant|authori[sz]ation|legal process)|(?:disclos\w*|confidential\w*)[^.;]{0,100}(?:required by law|court order|legal process)|(?:required by law|court order|legal process)[^.;]{0,60}disclos|settlement or court order|court order or settlement|infring|indemn|subpoena|(?:laws?|rules|regulations?|statutes?|ordinances?),? (?:and |or )?(?:[\w-]+ ){0,3}court orders?/,
    elements: {
      'authorization by an independent (judicial or equivalent) authority': /judge|judicial|court|magistrate|independent (?:authority|body|oversight|tribunal)|lawful authori[sz]ation/,
      'necessary and proportionate': /necess\w+ and proportion|proportion\w+ and necess|proportionate/,
      'each use / before use': (c) => matches(EACH_OPERATION_APPROVED, c.block) || matches(NONE_WITHOUT, c.block) || matches(PRECEDED_BY_ORDER, c.block) || matches(NOT_WITHOUT, c.block) || matches(/each (?:use|operation|deployment|target|query|search|interception)|only (?:on|upon|with|after|where)[^.;]{0,40}(?:production of |issue of )?(?:an? )?(?:order|warrant|authori[sz]ation)|only (?:be )?(?:[\w-]+ ){0,3}(?:on the basis of|pursuant to|under|upon|on|with|after) (?:an? |the )?(?:[\w-]+ ){0,2}(?:order|warrant|authori[sz]ation)|every (?:use|operation|target)|before (?:any|each|the) (?:use|operation|target)|in advance|prior (?:written )?(?:judicial )?authori[sz]ation|lawful authori[sz]ation/, c.block),
    },
    weakeners: [
      { test: /(?:authori[sz]\w+|approv\w+)(?: in writing)? (?:by|from) (?:a |an |the )?(?:senior |competent |designated )?(?:officer|official|head|director|commander|minister|supervisor|manager)s?\b[^.;]{0,40}(?:of|within|by) (?:the )?(?:customer|authority|agency|ministry|directorate|licensee)|(?:approv\w+|authori[sz]\w+)(?: in writing)? by (?:the )?(?:customer|authority|agency|ministry|directorate|licensee)'s (?:own )?(?:[\w-]+ ){0,2}(?:officer|official|head|director|commander|minister|supervisor|manager)s?\b|internal (?:authori[sz]ation|procedures)/, reason: 'Authorization comes from the operating agency itself.' },
    ],
    counters: [
      { test: /(?:shall|will) not be (?:required|obliged) to obtain (?:any |a |an )?(?:warrant|court order|judicial|authori[sz]ation)|\bno (?:warrant|court order|judicial (?:order|authori[sz]ation)|(?:prior |external )?authori[sz]ation)[^.;]{0,100}(?:shall be|is|will be) (?:required|needed|necessary)/, reason: 'The customer need not obtain any warrant or authorization.' },
    ],
  }),
});
