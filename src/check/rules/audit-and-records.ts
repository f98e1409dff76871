import { HEDGED_DUTY, NATIONAL_SECURITY_CARVE_OUT, NO_OPERATIONAL_DISCLOSURE } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { CONSENT_NEEDED, sellerMay } from '../words.ts';
import { matches } from '../prefilter.ts';

const SELLER_AUDITS = sellerMay('audit|inspect|examine|verify|review');

// The product records its own use: "logs each query with user and time", "writes a log of every search".
const USAGE_LOG = /usage logs?|audit (?:trail|logs?)|\b(?:records?|logs?|captures?|retains?|stores?)\b,? (?:automatically )?(?:for |of )?(?:each|every|all)\b[^.;]{0,160}(?:user|operator|identity|time|target|reference|authori[sz]ation|warrant)|(?:log|record|trail)s? of (?:each|all|every)\b|\b(?:use|query|search|operation|session|access|tasking)s? (?:\w+ ){0,4}(?:is|are|shall be|will be|must be) (?:automatically )?(?:logged|recorded)\b[^.;]{0,80}(?:user|operator|identity|time|target|authori[sz]ation|warrant)|\blogs?\b(?! ?(?:in|on|into|out)\b)[^.;]{0,80}(?:operator|user|who|target|selector|authori[sz]ation|each use|every use)/;

// An export end-user's undertaking to permit post-shipment verification: an inspection right, without usage logs.
const POST_SHIPMENT = /post-?shipment (?:verification|check|inspection|control)s?/;

export const auditAndRecords = defineRule({
  meta: { id: 'audit-and-records', sources: ['NSO-23', 'REG'], description: 'The product keeps usage logs the customer cannot disable or delete; the seller or an independent auditor may audit compliance on notice.' },
  check: (index) => gradeByElements(index, {
    // Audits the seller's own service undergoes (security, SOC 2, ISO) are not audits of the customer's use.
    // Nor the customer's audit of the seller's own books (prices, charges, invoices), nor its
    // inspection of goods on delivery (acceptance).
    ignore: /(?:security|soc ?[12]|iso(?: ?\d+)?|penetration|financial) (?:measures (?:and|or) )?audit|subject to[^.;]{0,40}auditing|audit\w* (?:of|on) (?:our|its own|the (?:supplier|provider|vendor)'s) (?:security|systems|controls|infrastructure)|(?:audit|inspect)\w*[^.;]{0,20}(?:the )?(?:supplier|provider|vendor|contractor|licensor)'s (?:\w+ ){0,2}(?:records|books|accounts)[^.;]{0,40}(?:charges|invoic|prices?|pricing|costs|fees|payments)|(?:inspect|test|examin)\w*[^.;]{0,40}\b(?:goods|deliverables|items|units|equipment|consignments?)\b[^.;]{0,80}(?:deliver|accept|reject|conform|defect)|^[^.;]{0,40}\baudit (?:of|on) (?:the )?(?:charges|invoices|fees|prices|costs)\W*$/,
    topic: (c) => matches(USAGE_LOG, c.text) || matches(POST_SHIPMENT, c.text) || matches(/\baudit|inspect|\b(?:verif\w*|counts?\b|counting|examin\w*)[^.;]{0,60}(?:compliance|number of|counts?|usage|records)/, c.text),
    elements: {
      'usage logs of who used it, when, against what target or authorization': (c) => matches(USAGE_LOG, c.block),
      'the customer may not disable, alter or delete the logs': /(?:not|no|cannot|neither|nor)\b[^.;]{0,40}(?:disable|delete|alter|modify|tamper|erase|switch off|turn off)|tamper[- ]proof|immutable|write[- ]once/,
      'the seller or an independent auditor may audit compliance': (c) => matches(SELLER_AUDITS, c.text) || matches(/independent (?:auditor|third[- ]party)|audit (?:of )?(?:the customer's )?compliance|audit[^.;]{0,40}human rights/, c.text),
    },
    weakeners: [
      ...HEDGED_DUTY,
      { test: /(?:audit|verif)\w*[^.;]{0,100}(?:(?:only|solely)[^.;]{0,30})?(?:licen[cs]e (?:counts?|usage|fees?|compliance with (?:the )?licen[cs]e (?:scope|metrics))|number of (?:users|licen[cs]es|seats|installations|workstations|copies|devices|dongles)|named users?|fees|invoices|payment|billing)/, reason: 'Audit is limited to licence counts or fees.' },
      { test: (c) => matches(/audit|inspect|examin|verif/, c.text) && matches(CONSENT_NEEDED, c.text), reason: 'Audit only with the customer\'s consent.' },
    ],
    counters: [
      NATIONAL_SECURITY_CARVE_OUT,
      NO_OPERATIONAL_DISCLOSURE,
      { test: /(?:no|not have any|shall not have (?:the|any)) right to (?:audit|inspect)|nothing in this[^.;]{0,80}(?:entitles?|permits?)[^.;]{0,40}(?:audit|inspect)|(?:shall|will|may) not (?:be (?:entitled|permitted|allowed) to )?(?:audit|inspect)/, reason: "The seller has no right to audit or inspect the customer's use." },
    ],
  }),
});
