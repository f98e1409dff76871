import { NATIONAL_SECURITY_CARVE_OUT, NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { CONSENT_NEEDED, sellerMay } from '../words.ts';

const SELLER_AUDITS = sellerMay('audit|inspect|examine|verify|review');

export const auditAndRecords = defineRule({
  meta: { id: 'audit-and-records', sources: ['NSO-23', 'REG'], description: 'The product keeps usage logs the customer cannot disable or delete; the seller or an independent auditor may audit compliance on notice.' },
  check: (index) => gradeByElements(index, {
    topic: /\baudit|usage logs?|\blogs? (?:each|every|all)\b|audit (?:trail|logs?)|logs? of (?:each|all|every) use|records? of (?:each|all|every) use|inspect/,
    elements: {
      'usage logs of who used it, when, against what target or authorization': /usage logs?|\blogs? (?:each|every|all)\b[^.;]{0,160}(?:user|operator|identity|time|target|reference|authori[sz]ation)|audit (?:trail|logs?)|logs?[^.;]{0,80}(?:operator|user|who|target|selector|authori[sz]ation|each use|every use)|records? of (?:each|all|every) (?:use|operation|query|search)/,
      'the customer may not disable, alter or delete the logs': /(?:not|no)\b[^.;]{0,40}(?:disable|delete|alter|modify|tamper|erase|switch off|turn off)|tamper[- ]proof|immutable|write[- ]once/,
      'the seller or an independent auditor may audit compliance': (c) => SELLER_AUDITS.test(c.text) || /independent (?:auditor|third[- ]party)|audit (?:of )?(?:the customer's )?compliance|audit[^.;]{0,40}human rights/.test(c.text),
    },
    weakeners: [
      { test: /audit[^.;]{0,100}(?:(?:only|solely)[^.;]{0,30})?(?:licen[cs]e (?:counts?|usage|fees?|compliance with (?:the )?licen[cs]e (?:scope|metrics))|number of (?:users|licen[cs]es|seats)|fees|invoices|payment|billing)/, reason: 'Audit is limited to licence counts or fees.' },
      { test: (c) => /audit|inspect/.test(c.text) && CONSENT_NEEDED.test(c.text), reason: 'Audit only with the customer\'s consent.' },
    ],
    counters: [
      NATIONAL_SECURITY_CARVE_OUT,
      NO_OPERATIONAL_DISCLOSURE,
      { test: /(?:no|not have any|shall not have (?:the|any)) right to (?:audit|inspect)|nothing in this[^.;]{0,80}(?:entitles?|permits?)[^.;]{0,40}(?:audit|inspect)|(?:shall|will|may) not (?:audit|inspect)/, reason: "The seller has no right to audit or inspect the customer's use." },
    ],
  }),
});
