import { defineRule, gradeByElements } from '../rule.ts';
import { SELLER } from '../../read/parties.ts';
import { CONSENT_NEEDED } from '../words.ts';

// The seller must keep everything about the customer's use secret, towards anyone.
const BLANKET_SECRECY = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,160}(?:shall not|may not|must not|will not|shall never|undertakes not to)[^.;]{0,40}(?:disclose|reveal|publish|communicate|report|make public)[^.;]{0,160}(?:to any|to anyone|any third|any (?:government|authority|regulator|international)|the public)|non-?disparage|(?:shall|will|may|must) not (?:\w+ ){0,2}disparage`);

// Confidentiality that binds the seller (alone, mutually, or as the "Recipient" of a mutual NDA) with no exception for misuse.
const SELLER_CONFIDENTIALITY = new RegExp(String.raw`\b(?:${SELLER}|each party|either party|both parties|the parties|(?:each )?recipient|receiving party)\b[^.;]{0,60}(?:(?:shall|will|must|undertakes? to|agrees? to) (?:keep|treat|hold|maintain|protect (?:the )?(?:[\w-]+'s )?(?=confidential))|keeps|treats|holds|maintains)[^.;]{0,200}(?:secre(?:t|cy)|confidential|in confidence)`);
const REPORTER = String.raw`(?:${SELLER}|either party|each party)`;
const SELLER_MAY_REPORT = new RegExp(String.raw`\b${REPORTER}\b[^.;]{0,80}(?:may|(?:is entitled|shall be free|reserves the right)(?:,[^,.;]{0,80},)? to)[^.;]{0,80}(?:report|disclos|publish|notify|inform)[^.;]{0,120}(?:misuse|authorit|public|regulator|complaints?|human rights)|transparency report`
  // "Nothing in this Agreement prevents either party from reporting ... to a regulator."
  + String.raw`|nothing in this[^.;]{0,60}(?:prevents?|prohibits?|restricts?|limits?|stops?)[^.;]{0,20}\b${REPORTER}\b[^.;]{0,40}(?:report|disclos|notify|inform)[^.;]{0,120}(?:misuse|authorit|regulator|government|law enforcement)`);

// Keeping a reporter's identity secret protects the reporter; it is not secrecy about the customer's use.
const REPORTER_PROTECTION = /reporter|complainant|whistle-?blower|your identity|identity of (?:the |any )?(?:person|individual) (?:who|making)/;

export const misuseDisclosure = defineRule({
  meta: { id: 'misuse-disclosure', sources: ['SD'], description: 'Notwithstanding confidentiality, the seller may report suspected misuse to authorities and publish aggregate information about complaints.' },
  check: (index) => {
    const mayReport = index.clauses.some((x) => /report|disclos|publish|notify|inform|transparency/.test(x.text) && SELLER_MAY_REPORT.test(x.text));
    return gradeByElements(index, {
      topic: SELLER_MAY_REPORT,
      elements: {
        'report suspected misuse to competent authorities': /authorit|regulator|law enforcement|export control (?:agency|authority)|government|competent (?:bod|author)/,
        'publish aggregate information about complaints and their resolution': /publish|public(?:ly)?|transparency|aggregate/,
        'notwithstanding confidentiality': (c) => /notwithstanding|despite|irrespective|confidential/.test(c.block),
      },
      weakeners: [{ test: CONSENT_NEEDED, reason: "The seller may report only with the customer's consent." }],
      counters: [
        { needs: /disclos|reveal|publish|communicat|report|make public|disparage/, test: (c) => BLANKET_SECRECY.test(c.text) && !/misuse|human rights|credible complaint|grievance/.test(c.block) && !REPORTER_PROTECTION.test(c.text), reason: 'Blanket secrecy forbids the seller to disclose anything about the customer\'s use, with no misuse exception.' },
        {
          needs: /secre(?:t|cy)|confidential|in confidence/,
          test: (c) => SELLER_CONFIDENTIALITY.test(c.text) && !/misuse|human rights|credible complaint|grievance/.test(c.block) && !mayReport,
          reason: 'Confidentiality binds the seller with no exception for reporting misuse.',
        },
      ],
    });
  },
});
