import { defineRule, gradeByElements } from '../rule.ts';

const HUMAN_RIGHTS_CONTENT = /human[- ]rights|use restrictions|misuse|privacy|proportionality|responsible[- ]use|legal framework|lawful use/;

export const training = defineRule({
  meta: { id: 'training', sources: ['NSO-20', 'REG'], description: 'Operators receive human-rights training before access and periodically.' },
  check: (index) => gradeByElements(index, {
    // Training of the people who operate the product in rights, not training of models, and not
    // the services the seller may withhold.
    topic: (c) => (/\btraining\b/.test(c.heading) || (/\btrain(?:ing|ed)\b/.test(c.text) && HUMAN_RIGHTS_CONTENT.test(c.text))) && !/(?:withhold|suspend|stop|cease|discontinue)[^.;]{0,100}training/.test(c.text),
    elements: {
      'human-rights training': HUMAN_RIGHTS_CONTENT,
      'before access to the product': /before (?:any|being given|they (?:are given|receive|use|operate)|access|operating|using)|prior to (?:any |being granted )?(?:access|use|operat)|as a condition of (?:access|use)|access[^.;]{0,160}(?:until|unless)[^.;]{0,80}(?:train|complet)|(?:until|unless)[^.;]{0,60}(?:completed|received|undergone|attended|passed)[^.;]{0,40}train/,
      'periodically': /annual|each year|every \d+|periodic|refresher|at least once|recurr|regular/,
    },
    weakeners: [
      { test: /train\w*[^.;]{0,30}(?:is|are|shall be|will be) (?:optional|voluntary)|(?:optional|voluntary) (?:human[- ]rights )?training|training (?:may|will) be (?:provided|offered|made available) (?:on|upon|at) (?:the )?(?:request|option)|(?:may|can),? (?:at its|in its) (?:option|discretion),? (?:attend|receive|request) (?:any )?training/, reason: 'Training is optional.' },
    ],
    ignore: /(?:supplier|vendor|licensor|provider) (?:shall|will) provide[^.;]{0,40}training (?:on|in) (?:the )?(?:operation|use|installation|functionality)(?![^.;]{0,80}human rights)/,
  }),
});
