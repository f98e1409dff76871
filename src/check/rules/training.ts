import { HEDGED_DUTY } from '../boilerplate.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';
import { SELLER_OWN_STAFF } from '../words.ts';

// ("a module on lawful and rights-respecting use of location data")
const HUMAN_RIGHTS_CONTENT = /human[- ]rights|fundamental rights|rights[- ]respecting|use restrictions|misuse|privacy|proportionality|responsible[- ]use|legal framework|lawful (?:and [\w-]+ )?use|non-discrimination/;

// The course's content may be the clause it cites: "a course covering the restrictions in Section 4".
const rightsContent = (c: Clause, index: DraftIndex) => matches(HUMAN_RIGHTS_CONTENT, c.block) || matches(HUMAN_RIGHTS_CONTENT, index.referencedText(c));

// (Also the programme named again, "repeat the program at least once in every calendar year", and a table row's "Refresher".)
const TRAINING_WORDS = /\btrain|\bcurricul|\bsyllabus|\bcourses?\b|\bmodules?\b|\bsessions?\b|\binstruction\b|\bbriefings?\b|\b(?:the|such|that|this) (?:[\w-]+ )?program(?:me)?s?\b|\brefresher\b/;

// ("shall have no obligation to train its personnel"; plainly, "you don't have to put your team through any training".)
const NO_TRAINING_DUTY = /(?:not (?:be )?(?:required|obliged|bound)|under no (?:obligation|duty)|need not|no (?:obligation|duty|requirement)|(?:do|does|shall) not (?:have|need) to|don't (?:have|need) to|doesn't (?:have|need) to) (?:to )?(?:(?:provide|give|arrange|deliver|undergo|attend|complete|receive|organi[sz]e|put)\b[^.;]{0,60}\b(?:train|course|instruction)|train\b)|\bno (?!further|additional|separate|other|new|more)(?:[\w-]+ ){0,3}(?:training|course|instruction)\b[^.;]{0,60}\b(?:is|are|shall be|will be) (?:required|needed|necessary|mandatory|compulsory)\b/;

// (The seller relieved of its own training services is not the customer's duty waived.)
const SELLER_RELIEVED = new RegExp(String.raw`^(?:the )?${SELLER}\b[^.;]{0,30}\b(?:shall|will|is|has)\b[^.;]{0,10}\b(?:not|no)\b`);

const TRAINING = /\btraining\b/;
// (Also the verb with the people it trains: "shall train each operator of the Customer in human rights"; not "train its models".)
// (And a course someone must complete, or that "covers" its content: "until he or she has completed CSA's Responsible Search Course, which covers ...".)
// (Also "shall provide instruction to the First Party's personnel on the rights of individuals".)
// (Also "only after they have been taught, in a session given or approved by Licensor, how ...".)
const TRAINED_OR_COURSE = /\btrain(?:ing|ed)\b|\b(?:been|be|are|is) (?:taught|instructed)\b|\b(?:provide|give|deliver)\w* (?:\w+ ){0,2}(?:instruction|briefings?)\b|\btrains?\b [^.;]{0,40}\b(?:operators?|officers?|users?|personnel|staff|employees|analysts|investigators|agents)\b|\b(?:complet|attend|pass|undergo|undergone|underwent|finish|retak)\w*\b[^.;]{0,40}\b(?:course|module|programme|curriculum|syllabus)\b|\b(?:course|module|programme|curriculum|syllabus)\b,? (?:which|that) (?:covers?|includes?|deals? with|addresses)\b|\b(?:course|module|session|programme|instruction|briefing)s?,? (?:on|in|covering|about)\b|(?:human[- ]rights|privacy|proportionality|ethics|responsible[- ]use) (?:[\w-]+ ){0,3}(?:course|module|session|programme|briefing|instruction)s?\b/;
const TRAINING_WITHHELD = /(?:withhold|suspend|stop|cease|discontinue)[^.;]{0,160}training/;
// (Also "prior to receiving credentials", and in plain words "before anyone on your team can log in".)
// (Also "before any of your staff use the tool".)
// (Translated: "the operators are admitted to the Software only after they pass the course"; "without having approved the course", the Spanish "aprobar" for passing.)
// (Or the key withheld until the course is done: "No Firmware Token shall be issued for a Product until each operator ... has completed that course".)
// ("Before any person (whether staff ...) is given access"; "may operate the Products only after completing the training".)
// (Or the seat switched on only when the course is done: "We activate the seat only when the course is marked complete".)
// ("No member of its personnel shall operate the System ... unless he or she has first attended such instruction";
// "Before anyone on your team gets a login ..., they must finish our online human rights course".)
// (Also "Before anyone on your team logs in to the platform for the first time", "may use the Suite only after they have been taught".)
const BEFORE_ACCESS = /\bbefore (?:[\w-]+ ){1,6}log(?:s|ging)? (?:in|on)\b|\b(?:may|shall) (?:only )?(?:use|operate|access)\b[^.;]{0,60}\bonly (?:after|once|when)\b[^.;]{0,40}\b(?:taught|trained|instructed|completed|attended|passed)\b|\b(?:no|not)\b[^.;]{0,80}\b(?:operate|access|use)\b[^.;]{0,80}\b(?:unless|without (?:having )?)\b[^.;]{0,40}\b(?:first )?(?:attended|completed|passed|received|undergone|followed)\b|\bbefore (?:\w+ ){1,6}(?:gets?|receives?|is given|are given|obtains?) (?:a |an |their |his or her )?(?:log[- ]?ins?|accounts?|credentials|access|seats?)\b|\b(?:activat|enabl|issu|creat|grant|open)\w* (?:the |their |a |an |any |each )?(?:[\w-]+ )?(?:seats?|accounts?|credentials?|access|log[- ]?ins?|licen[cs]es?)\b[^.;]{0,20}\bonly (?:after|once|when|upon)\b[^.;]{0,40}(?:complet|pass|finish|attend)|\b(?:no|not) (?:[\w-]+ ){0,3}(?:tokens?|keys?|credentials?|accounts?|access|log[- ]?ins?) (?:shall|will|may|is to|are to) be (?:issued|granted|given|activated|created|enabled)\b[^.;]{0,80}\buntil\b[^.;]{0,80}(?:complet|pass|attend|undergo|receiv)|(?:before|prior to) (?:\w+ ){0,5}(?:access|credentials|use|using|operat\w*|log[- ]?in|accounts?)|\b(?:admitted|given access|granted access|allowed|permitted) (?:to (?:the |any )?[\w-]+ )?only (?:after|once|when) (?:\w+ ){0,4}(?:pass|complet|attend|undergo|receiv|follow|tak)\w*|before (?:\w+ ){1,6}(?:can|may|is (?:allowed|permitted) to|are (?:allowed|permitted) to) (?:\w+ ){0,2}(?:access|use|operate|log[- ]?in|sign in)\b|(?:access|credentials|log[- ]?ins?|accounts?)\b[^.;]{0,40}\bwithout (?:first |previously |having )?(?:first )?(?:complet|attend|pass|undergo|receiv|follow|tak|approv)\w*|before (?:any|an|a|each|the) (?:\w+ ){0,2}(?:is|are) (?:given|granted|issued|allowed) (?:any )?(?:access|credentials|accounts?|log[- ]?ins?)|as a condition of (?:access|use)|(?:pre-?condition|prerequisite|condition) (?:of|for|to) (?:[\w-]+ ){0,2}(?:access|use|credentials|log[- ]?in)|(?:access|credentials|log[- ]?ins?|accounts?)\b[^.;]{0,60}\b(?:only|solely|exclusively) to\b[^.;]{0,80}(?:complet|attend|pass|undergo|undergone|receiv)\w*[^.;]{0,40}(?:train|course|module|session|instruction)|(?:access|credentials|log[- ]?in|accounts?|use|operate)\w*[^.;]{0,160}(?:until|unless)[^.;]{0,80}(?:train|complet|course|module|instruction|briefing|session)|(?:until|unless)[^.;]{0,60}(?:completed|received|undergone|attended|passed)[^.;]{0,40}(?:train|course|module)|(?:before|until|unless) (?:\w+ ){0,4}(?:complet|attend|pass|undergo|receiv|follow|tak)\w*[^.;]{0,80}(?:train|course|module|session)|(?:credentials|accounts?|access|log[- ]?ins?)\b[^.;]{0,60}\bbefore\b[^.;]{0,60}(?:complet|follow|attend|pass|undergo|receiv|tak)\w*|before (?:\w+ ){1,4}(?:is|are) (?:given|granted|issued|allowed)\b[^.;]{0,30}(?:access|credentials|accounts?|log[- ]?ins?)|\bno\b[^.;]{0,40}(?:access|credentials|accounts?|log[- ]?ins?)\b[^.;]{0,80}\b(?:who|that) (?:has|have) not (?:\w+ ){0,2}(?:complet|attend|pass|undergo|undergone|receiv)|before [^.;]{0,100}?\b(?:is|are|be|being) (?:given|granted|allowed|issued|provided with) (?:any )?(?:access|credentials|accounts?|log[- ]?ins?)\b|\b(?:operate|use|access)\b[^.;]{0,60}?\bonly (?:after|once|when|upon|following|on) (?:\w+ ){0,4}(?:complet|pass|attend|undergo|receiv|follow|tak)\w*|before (?:being |having been )?(?:granted|given|issued|allowed|provided with) (?:any |a |an |their )?(?:access|credentials|accounts?|log[- ]?ins?|user ?ids?|user ?names?|passwords?)\b|\b(?:user ?ids?|user ?names?|passwords?)\b[^.;]{0,40}\b(?:before|until|unless|only (?:after|once|when))\b[^.;]{0,60}(?:complet|attend|pass|undergo|receiv|follow|tak)\w*/;
// ("... has completed the curriculum before being granted access"; "No official shall be given a user ID before completing it".)
// (Also "shall repeat the module at intervals not exceeding twelve (12) months".)
const RECURRING = /annual|at (?:regular |[\w-]+ )?intervals\b|(?:six-|three-|twelve-)?monthly\b|yearly|quarterly|biennial|\b(?:repeat|renew|refresh)\w*\b[^.;]{0,30}\b(?:training|course|module|session)|each year|every (?:\d+|year|twelve)|every (?:two|three|four|five|six|eighteen|twenty-four) (?:years?|months)|periodic|refresher|at least once|recurr|regular|within the (?:preceding|previous|last|past) (?:\d+|twelve|six|two) (?:months|years?)/;
// The "Training" sections that speak of human rights somewhere: "completing that course" in 8.2 reads with 8.1.
const rightsTrainingHeadings = (index: DraftIndex) => index.memo('training:rights-headings', () =>
  new Set(index.clauses.filter((c) => matches(TRAINING, c.heading) && matches(HUMAN_RIGHTS_CONTENT, c.block)).map((c) => c.heading)));
// Access allowed without the training: "may grant access to the System to any of its officers whether or not they have received any training".
const ACCESS_WITHOUT_TRAINING = /\b(?:may|is free to|shall be free to|is entitled to)\b[^.;]{0,20}\b(?:grant|give|allow|permit|authori[sz]e|issue)\w*\b[^.;]{0,80}\b(?:access|use|credentials|accounts?)\b[^.;]{0,80}\b(?:whether or not|regardless of whether|irrespective of whether|without (?:having )?(?:first )?(?:received|completed|attended|undergone))\b[^.;]{0,40}\b(?:train|course)/;
const ACCESS_NOT_CONDITIONAL = /\b(?:access|use|operation|credentials|accounts?)\b[^.;]{0,100}\b(?:shall|will|is|are) not (?:be )?(?:conditional|dependent|contingent|subject) (?:up)?(?:on|to)\b[^.;]{0,40}\b(?:train|course|module|instruction)/;
// The seller's own staff ("shall ensure that its own staff receive annual human-rights training") are not the customer's operators.
const rightsTrainingAnywhere = (index: DraftIndex) => index.memo('training:rights-anywhere', () => index.clauses.some((c) => matches(TRAINED_OR_COURSE, c.text) && matches(HUMAN_RIGHTS_CONTENT, c.block)));
const AFTER_ACCESS = /\b(?:within|no later than|not later than) \d+ (?:calendar |business |working )?(?:days?|weeks?|months?) (?:after|of|following|from) (?:[\w-]+ ){0,4}(?:receiv|giv|grant|issu|access|credential|account|log[- ]?in)\w*/;

const SELLER_TRAINS_ON_PRODUCT = /(?:supplier|vendor|licensor|provider) (?:shall|will) provide[^.;]{0,40}training (?:on|in) (?:the )?(?:operation|use|installation|functionality)(?![^.;]{0,80}human rights)/;

// ... or the human-rights instruction itself barred: "The Contractor shall not deliver, and the Authority shall not be obliged to require ..., any instruction concerning human rights".
const NO_RIGHTS_INSTRUCTION = /\b(?:shall|will|may) not (?:deliver|provide|give|offer|require|impose)\b[^.;]{0,120}\b(?:any )?(?:training|instruction|course)s? (?:concerning|on|about|in|regarding) human rights\b/;
const ONLY_TECHNICAL_TRAINING = /\b(?:shall|will|may) not (?:impose|require|request|insist on|make)\b[^.;]{0,120}\btraining\b[^.;]{0,120}\b(?:other than|except|beyond)\b[^.;]{0,20}\b(?:the )?technical training\b/;
// When and how often, said of the training in the clause's paragraph or the next ones ("6.2 The course has to be retaken every year").
const trainingSays = (when: RegExp) => (c: Clause, i: DraftIndex) => [c.block, ...i.following(c)].some((t) => matches(TRAINING_WORDS, t) && matches(when, t));
// The people to be trained defined to leave out the customer's own: '"Operator" means an individual engaged by the Licensor
// ... Personnel of the Licensee, however engaged, are not Operators.'
const CUSTOMER_STAFF_LEFT_OUT = new RegExp(String.raw`(?:\b(?:personnel|staff|employees|officers|officials|agents) of (?:the )?${CUSTOMER}\b|\b${CUSTOMER}'s (?:own )?(?:personnel|staff|employees|officers|officials|agents)\b)[^.;]{0,40}\b(?:are|is|shall be) not\b`
  + String.raw`|\b(?:exclud\w*|does not include|do not include)\b[^.;]{0,30}\b(?:(?:personnel|staff|employees|officers|officials|agents) of (?:the )?${CUSTOMER}|${CUSTOMER}'s (?:own )?(?:personnel|staff|employees|officers|officials|agents))\b`);
const traineesLeaveOutCustomer = (c: Clause, i: DraftIndex) => matches(TRAINED_OR_COURSE, c.text) && i.termMeanings(c).some((m) => matches(CUSTOMER_STAFF_LEFT_OUT, m));
// Access kept to those a defined term says are trained: "Only Authorised Operators may access the Platform", where an
// "Authorised Operator" means an officer who "has completed the Human Rights Module and ... the Annual Refresher within the
// preceding twelve (12) months". The training comes before access, and its meaning says how often.
const ACCESS_ONLY_BY = /\bonly\b[^.;]{0,60}\b(?:may|shall|can|is|are)\b[^.;]{0,30}\b(?:access|operate|use|log in|be operated|be used|be accessed)\b|\b(?:operated|used|accessed)\b[^.;]{0,20}\bonly by\b|\baccounts? for (?:persons|anyone|users) other than\b/;
const HAS_COMPLETED = /\b(?:has|have) (?:completed|attended|passed|undergone|received|followed)\b/;
const SINCE_LAST = /\bnot more than \w+(?: \(\d+\))? (?:months|years?) (?:have|has) (?:passed|elapsed) since\b/;
const trainedMeanings = (c: Clause, i: DraftIndex) => (matches(ACCESS_ONLY_BY, c.text) ? i.termMeanings(c).filter((m) => matches(HAS_COMPLETED, m) && matches(TRAINING_WORDS, m)) : []);
const DEEMED_TRAINED = /\b(?:shall|will|is to|are to) be (?:deemed|treated as having|taken to have) (?:to have )?(?:completed|received|undergone|attended|satisfied|passed)\b[^.;]{0,40}\b(?:training|courses?|modules?)\b/;
export const training = defineRule({
  meta: { id: 'training', sources: ['NSO-20', 'REG'], description: 'Operators receive human-rights training before access and periodically.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer'], subject: String.raw`training|\bcourses?\b` },
    // Training of the people who operate the product in rights, not training of models, and not
    // the services the seller may withhold.
    // (Under a "Training" heading too, operator training with no human-rights content in the section does not address it.)
    topic: (c, i) => (((matches(TRAINING, c.heading) && rightsTrainingHeadings(i).has(c.heading)) || (matches(TRAINED_OR_COURSE, c.text) && (matches(HUMAN_RIGHTS_CONTENT, c.text) || matches(HUMAN_RIGHTS_CONTENT, i.referencedText(c))))) && !matches(TRAINING_WITHHELD, c.text))
      || trainedMeanings(c, i).some((m) => matches(HUMAN_RIGHTS_CONTENT, m)),
    topicWords: [TRAINED_OR_COURSE, ACCESS_ONLY_BY],
    topicHeadings: [TRAINING],
    elements: {
      'human-rights training': (c, i) => rightsContent(c, i) || trainedMeanings(c, i).some((m) => matches(HUMAN_RIGHTS_CONTENT, m)),
      // When and how often must be said of the training itself, not of a certificate beside it.
      'before access to the product': (c, i) => trainingSays(BEFORE_ACCESS)(c, i) || trainedMeanings(c, i).length > 0,
      'periodically': (c, i) => trainingSays(RECURRING)(c, i) || trainedMeanings(c, i).some((m) => matches(RECURRING, m) || matches(SINCE_LAST, m)),
    },
    // Some other qualification deemed to be the training: "Any officer holding a valid Level 3 security clearance shall be deemed to have
    // completed all training required by this Agreement".
    weakenersAnywhere: [{ needs: /deemed|treated|taken/, test: DEEMED_TRAINED, reason: 'Something less is deemed to be the training.' }],
    weakeners: [
      ...HEDGED_DUTY,
      // "Training will be completed within six (6) months after an operator first receives credentials."
      { test: (c) => matches(AFTER_ACCESS, c.block), reason: 'Training may follow access to the product.' },
      // Untrained users let in after all: "Operators working under a trained supervisor may use the System without completing the training";
      // "Customer may grant access to any user before training is completed where ... operational need".
      { test: /\b(?:may|can)\b[^.;]{0,60}\b(?:use|operate|access|grant access)\b[^.;]{0,60}\b(?:without (?:first )?(?:completing|having completed|attending|taking)|before)\b[^.;]{0,20}\btraining\b/, reason: 'Untrained users may be let in.' },
      { test: /train\w*[^.;]{0,30}(?:is|are|shall be|will be) (?:optional|voluntary)|(?:optional|voluntary) (?:human[- ]rights )?training|training (?:may|will) be (?:provided|offered|made available) (?:on|upon|at) (?:the )?(?:request|option)|(?:may|can),? (?:at its|in its) (?:option|discretion),? (?:attend|receive|request) (?:any )?training|(?:if|when|where) (?:so )?requested by|\b(?:unless|except where) (?:the )?[\w-]+ (?:decides|determines|elects|agrees) otherwise|\bat (?:its|their|the [\w-]+'s) (?:sole |own )?discretion/, reason: 'Training is optional.' },
    ],
    // The customer is relieved of the training: "shall not be required to provide any human rights training",
    // "no training in human rights is required before officers are given access".
    counters: [
      { test: (c) => matches(NO_TRAINING_DUTY, c.text) && matches(HUMAN_RIGHTS_CONTENT, c.text) && !matches(SELLER_RELIEVED, c.text), needs: /train|course|instruction/, reason: 'The customer need not train its personnel in human rights.' },
      // Any training beyond the technical barred: "shall not impose or require ... any training ... other than the technical training in clause 9.1".
      { test: ONLY_TECHNICAL_TRAINING, needs: /technical/, reason: 'No training beyond the technical may be required of the customer.' },
      { test: NO_RIGHTS_INSTRUCTION, needs: /human rights/, reason: 'No human-rights training may be given or required.' },
      { test: traineesLeaveOutCustomer, needs: /train|course|module|instruction/, reason: "Those to be trained are defined to leave out the customer's own personnel." },
      // (Where the draft asks for human-rights training, or the sentence speaks of it.)
      { test: (c, i) => matches(ACCESS_WITHOUT_TRAINING, c.text) && (matches(HUMAN_RIGHTS_CONTENT, c.text) || rightsTrainingAnywhere(i)), needs: /train|course/, reason: 'Personnel may be given access without the training.' },
      // "Access by officers to the Service shall not be conditional on completion of any training on human rights".
      { test: (c, i) => matches(ACCESS_NOT_CONDITIONAL, c.text) && (matches(HUMAN_RIGHTS_CONTENT, c.text) || rightsTrainingAnywhere(i)), needs: /train|course|module|instruction/, reason: 'Access is not conditional on the training.' },
    ],
    ignore: (c) => matches(SELLER_TRAINS_ON_PRODUCT, c.text) || matches(SELLER_OWN_STAFF, c.text),
  }),
});
