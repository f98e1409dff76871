import { HEDGED_DUTY, NATIONAL_SECURITY_CARVE_OUT, NO_OPERATIONAL_DISCLOSURE, SECURITY_ASSURANCE } from '../boilerplate.ts';
import { defineRule, gradeByElements } from '../rule.ts';
import { CONSENT_NEEDED, sellerMay, sellerMayNot } from '../words.ts';
import { CUSTOMER, SELLER } from '../../read/parties.ts';
import { matches } from '../prefilter.ts';
import type { Clause, DraftIndex } from '../draft-index.ts';

// (Plain English: "we can check that you are following these terms".)
const SELLER_AUDITS = sellerMay('audit|inspect|examine|verify|review|check');
// The audit as a noun, carried out by the seller: "inspection of the Client's compliance may be carried out by the Vendor".
const AUDIT_BY_SELLER = new RegExp(String.raw`\b(?:audits?|inspections?|verifications?|examinations?|reviews?)\b[^.;]{0,100}\b(?:may|shall|will|can) be (?:carried out|conducted|performed|undertaken|made)\b[^.;]{0,20}\bby (?:the )?${SELLER}\b`);
// (A "journal" or "register" of user activity is a log by another name.)
// What the product records is its use, not deliveries or invoices.
const USE_EVENT = String.raw`(?:\w+ ){0,2}(?:uses?|quer(?:y|ies)|search(?:es)?|operations?|sessions?|access(?:es)?|log-?ins?|activit(?:y|ies)|interrogations?|taskings?|targets?|interceptions?|extractions?|actions?)\b`;
// The customer may not touch the logs: "shall not delete", "refrains from deleting", "is prohibited from altering".
// (Also "cannot switch this logging off or change it", and nominalised: "deactivation or deletion of the logs ... is prohibited".)
const LOGS_UNTOUCHABLE = /(?:deactivation|disabling|deletion|erasure|alteration|modification|purging)\b[^.;]{0,80}\b(?:is|are|shall be) (?:strictly )?(?:prohibited|forbidden|not permitted)|(?:\bnot|\bno|\bnobody|\bno one|\bnever|cannot|n't|neither|\bnor|refrains? from|(?:is|are) (?:prohibited|forbidden|barred) from|undertakes? not to)\b[^.;]{0,40}(?:switch\w* (?:[\w-]+ ){1,2}off\b|turn\w* (?:[\w-]+ ){1,2}off\b|chang(?:e|ing) (?:it|them|the (?:logs?|records?|audit trail))\b|disabl|deactivat|delet|alter|modif|tamper|eras|purg|switch(?:es|ing)? off|turn(?:s|ing)? off)|tamper[- ](?:proof|protected|evident|resistant)|immutable|write[- ]once|\b(?:logs?|journals?|audit trails?) (?:is|are|shall be|will be|remains?) sealed\b/;

// The product records its own use: "logs each query with user and time", "writes a log of every search".
// (Also "usage records", "a record of who used it", "the System records the user, time and target of each use".)
// (Civil-law drafting keeps a "protocol": "The System records in a protocol, which cannot be deactivated, every query: the user, the time ...".)
const USAGE_LOG = new RegExp(String.raw`usage (?:logs?|records?)|\b(?:protocol|log|journal|record|register)s? of (?:each|every|all) (?:use|operation|request|query|search|session)s?\b[^.;]{0,120}(?:user|operator|officer|identity|time|target|order|authori[sz]ation|warrant)|\b(?:records?|logs?|journals?|protocols?)\b[^.;]{0,60}\bof (?:the )?(?:identity of )?(?:each|every|all) (?:user|operator|officer|analyst)s?\b|\b(?:each|every|all)\b[^.;]{0,60}\b(?:is|are|shall be) (?:journalled|journaled|logged|recorded|registered)\b[^.;]{0,100}(?:user|operator|officer|identity|time|target|authori[sz]ation|warrant|order)|\b(?:log|record|journal|protocol)(?: lines?| entr(?:y|ies))?\b[^.;]{0,40}\bevery time\b[^.;]{0,120}(?:user|operator|login|officer|identity|time|target|order)|\b(?:records|logs|registers|captures) (?:automatically )?(?:who|which (?:user|officer|operator|analyst)s?) (?:used|uses|operated|accessed|queried)\b|\b(?:log|journal|register|record|trail)s?\b[^.;]{0,40}\bin which (?:each|every|all)\b[^.;]{0,100}\b(?:recorded|logged|entered|registered)\b[^.;]{0,100}(?:user|operator|login|identity|time|target|warrant)|audit (?:trail|logs?)|\b(?:record|log|journal|register)s? of:? (?:the )?(?:unique )?(?:user|operator|officer|analyst)s?\b|\brecords? (?:in|into|on) (?:a |an |the )?(?:[\w-]+ )?(?:protocol|log|journal|register)\b[^.;]{0,60}\b(?:each|every|all)\b[^.;]{0,160}(?:user|operator|identity|time|target|reference|authori[sz]ation|warrant|order)|\b(?:log|record|trail|journal|register)s? (?:of|showing|identifying) (?:who|which (?:user|officer|operator)s?)\b|\b(?:records|logs|captures|registers)\b,? (?:automatically,? )?(?:the )?(?:identity of the )?(?:users?|operators?|analysts?)\b[^.;]{0,80}(?:each|every|all)\b|\b(?:records?|recording|logs?|logging|journals? containing|captures?|retains?|stores?)\b,? (?:automatically,? )?(?:for |of )?(?:each|every|all)\b[^.;]{0,160}(?:user|operator|identity|time|target|reference|authori[sz]ation|warrant)|(?:log|record|trail|journal|register)s? of (?:each|all|every) ${USE_EVENT}|\b(?:log|record|trail|journal|register|logging|recording)s? of (?:[\w-]+ ){0,2}(?:user|usage|operator|analyst) (?:activit(?:y|ies)|access)|` + String.raw`\b(?:use|query|search|look-?up|request|operation|session|access|tasking)s? (?:\w+ ){0,4}(?:is|are|shall be|will be|must be) (?:automatically )?(?:logged|recorded)\b[^.;]{0,80}(?:user|operator|identity|time|target|authori[sz]ation|warrant|\bwho\b)|\blogs?\b(?! ?(?:in|on|into|out)\b)[^.;]{0,80}(?:operator|user|who|target|selector|authori[sz]ation|each use|every use)`);

// The audit right denied in other words: "the Vendor waives any right to inspect".
const SELLER_MAY_NOT_AUDIT = sellerMayNot('audit|inspect');
// The seller and its auditors kept out of the records and premises: "Neither the Contractor nor any auditor designated by it
// shall have access to the System, the records or the premises". (Not out of collected data: that protects the data.)
// (Or "No representative of the Licensor or any auditor shall be admitted to the premises or given access to the logs".)
const SELLER_KEPT_OUT = new RegExp(String.raw`\bneither (?:the )?${SELLER}\b[^.;]{0,60}\bnor\b[^.;]{0,60}\b(?:shall|will|may) (?:have|be given|be granted|obtain) (?:any )?access to\b(?:(?!\b(?:data|content|communications|intercepts?|product)\b)[^.;]){0,60}\b(?:records?|logs?|premises|sites?|books)\b`
  + String.raw`|\bno (?:representative|employee|personnel|staff|agent|officer|auditor)s? (?:of (?:the )?)?${SELLER}\b[^.;]{0,60}\b(?:shall|will|may) (?:be )?(?:admitted|allowed|permitted|given access|granted access|have access)\b(?:(?!\b(?:data|content|communications|intercepts?|product)\b)[^.;]){0,80}\b(?:records?|logs?|premises|sites?|books)\b`);
// Audit kept in the customer's own hands: "No audit, inspection or review ... shall be carried out by any person other than
// officers of the Purchaser", "audits shall be conducted only by the Administration's own inspectorate".
const AUDIT_ONLY_BY_CUSTOMER = new RegExp(String.raw`\bno (?:[\w-]+,? (?:or |and )?){0,3}?(?:audits?|inspections?|reviews?)\b[^.;]{0,100}\bby (?:any (?:person|one|body|entity|party)|anyone|any third party)\b[^.;]{0,10}\b(?:other than|except|save)\b[^.;]{0,40}\b${CUSTOMER}\b`
  + String.raw`|\b(?:audits?|inspections?)\b[^.;]{0,80}\b(?:shall|may|will|must|can) (?:only )?be (?:carried out|conducted|performed|undertaken|made) (?:only |solely |exclusively )?by (?:the )?(?:${CUSTOMER}'s own|officers of (?:the )?${CUSTOMER}|(?:the )?${CUSTOMER} itself)\b`);
// ... or the customer freed from allowing it: "shall not be obliged to permit any audit"; "no audit ... shall be carried out".
// ("No audit shall be carried out without the Director General's approval" makes it need consent: weak, see cited-clause.ts.)
const NO_AUDIT_ALLOWED = /\b(?:not|no|never)\b[^.;]{0,20}\b(?:obliged|required|bound|obligation|duty) to (?:permit|allow|grant|give|afford|submit to|accept|facilitate|undergo)\b[^.;]{0,40}\b(?:audits?|inspections?|verifications?|access to (?:its |the |any )?(?:[\w-]+ ){0,2}(?:logs|records|premises|systems|sites|facilities))\b|(?:^|[,:] (?:and |but )?)no (?:further |other |additional |more )?(?:audits?|inspections?)\b[^.;]{0,120}\b(?:shall|may|will) be (?:carried out|conducted|performed|undertaken|made)\b(?![^.;]{0,20}\b(?:without|except|unless|other than)\b)/;
// The right used up: "its right of inspection under item 10 ... has been fully exercised and is exhausted".
const AUDIT_RIGHT_SPENT = /\bright (?:of|to) (?:audit|inspect\w*)\b[^.;]{0,80}\b(?:is|are|has been|have been|shall be)\b[^.;]{0,30}\b(?:exhausted|spent|extinguished|lapsed|expired|fully exercised)\b/;

const SELLER_SUBJECT = new RegExp(String.raw`^(?:[^.;]{0,40}, )?(?:the )?${SELLER}\b`);

// An export end-user's undertaking to permit post-shipment verification: an inspection right, without usage logs.
const POST_SHIPMENT = /post-?shipment (?:verification|check|inspection|control)s?/;

// "The Contractor acts as processor and shall ... allow for and contribute to audits by the Trust";
// "The Trust may audit the Contractor's performance": the seller is audited, not the customer's use.
// (A processor's duties run as a list, items after semicolons: the whole list is the processor's.)
const SUBMITS_TO_AUDIT = String.raw`\b(?:allow(?: for)?|permit|submit to|contribute to|cooperate with|facilitate)(?: and (?:contribute to|cooperate with))? (?:any )?audits?\b`;
const SELLER_AUDITED = new RegExp(String.raw`\b${SELLER}\b[^.;]{0,400}${SUBMITS_TO_AUDIT}|\bprocessor\b[^.]{0,1000}${SUBMITS_TO_AUDIT}|\b(?:audit|inspect)(?:s|ed)? (?:the )?${SELLER}(?:'s)?\b`);

// The seller's own books of charges: "The Supplier shall keep complete and accurate books and records of all charges invoiced".
// ... and the customer checking them: "may inspect those books and records to verify the Supplier's charges".
const SELLER_KEEPS_ACCOUNTS = new RegExp(String.raw`^(?:[\w·().-]+ )?(?:the )?${SELLER}\b[^.;]{0,20}\b(?:shall|will|must|agrees to) (?:keep|maintain|retain)\b[^.;]{0,60}\b(?:books|accounts|records)\b[^.;]{0,60}\b(?:charges|invoic\w*|fees|costs|time and materials|payments|expenses)\b`
  + String.raw`|\b(?:audit|inspect|verify|examine)\b[^.;]{0,100}\b(?:the )?${SELLER}'s (?:charges|invoices|fees|costs|books|accounts)\b|\baudit\b[^.;]{0,60}\b(?:overcharg|overpa)`);
// The customer auditing records the seller keeps: "The Contractor shall keep full records of all visits ... The Council and
// its auditors may audit those records" (the customer checks the seller's work, not the seller the customer's use).
const SELLER_KEEPS_RECORDS = new RegExp(String.raw`(?:^|[.;] )(?:the )?${SELLER}\b[^.;]{0,20}\b(?:shall|will|must|agrees to) (?:keep|maintain|retain)\b[^.;]{0,40}\brecords\b`);
const CUSTOMER_AUDITS_THEM = new RegExp(String.raw`^(?:the )?${CUSTOMER}\b[^.;]{0,80}\b(?:may|shall be entitled to|is entitled to|has the right to) (?:\w+ ){0,2}(?:audit|inspect|examine)\b[^.;]{0,20}\b(?:those|such|these|the) records\b`);

// (Also the other way round: "to have the observance of Article 8 verified by an independent expert".)
const AUDIT_WORDS = /\baudit|inspect|\b(?:observance|compliance)\b[^.;]{0,60}\bverifi\w*|\b(?:verif\w*|counts?\b|counting|examin\w*|check(?:s|ed|ing)?\b)[^.;]{0,60}(?:compliance|compl(?:y|ies|ying)\b|following (?:these|this|the)\b|number of|counts?|usage|records)/;
const INDEPENDENT_AUDIT = /independent (?:auditor|third[- ]party|expert|inspector|assessor)|(?:third[- ]party|external) auditors?|audit (?:of )?(?:the customer's )?compliance|audit[^.;]{0,40}human rights/;
const AUDIT_VERBS = /audit|inspect|examin|verif/;
// Audits of the seller's own service or books, and acceptance inspection of goods.
const NOT_AN_AUDIT_OF_USE = /(?:security|soc ?[12]|iso(?: ?\d+)?|penetration|financial) (?:measures (?:and|or) )?audit|subject to[^.;]{0,40}auditing|audit\w* (?:of |on )?(?:our|its own|the (?:supplier|provider|vendor|contractor|licensor)'s) (?:[\w-]+ ){0,2}(?:security|systems|controls|infrastructure|facilities|data cent)|(?:audit|inspect)\w*[^.;]{0,20}(?:the )?(?:supplier|provider|vendor|contractor|licensor)'s (?:\w+ ){0,2}(?:records|books|accounts)[^.;]{0,40}(?:charges|invoic|prices?|pricing|costs|fees|payments)|(?:inspect|test|examin)\w*[^.;]{0,40}\b(?:goods|deliverables|items|units|equipment|consignments?)\b[^.;]{0,80}(?:deliver|accept|reject|conform|defect)|^[^.;]{0,40}\baudit (?:of|on) (?:the )?(?:charges|invoices|fees|prices|costs)\W*$/;

const FEE_AUDIT = /(?:audit|verif)\w*[^.;]{0,100}(?:(?:only|solely)[^.;]{0,30})?(?:licen[cs]e (?:counts?|usage|fees?|compliance with (?:the )?licen[cs]e (?:scope|metrics))|number of (?:users|licen[cs]es|seats|installations|workstations|copies|devices|dongles)|named users?|fees|invoices|payment|billing)/;
// An audit of compliance with a term the draft defines by its commercial limits alone: '"Licence Conditions" means the limits
// on Named Users, concurrent sessions and installations ..., together with the Licensee's obligation to pay the Fees'.
const AUDITED_AGAINST = /\b(?:compliance with|breach(?:es)? of|adherence to) (?:the )?([a-z][\w -]{2,40}?)(?= and\b| or\b|[,.;]|$)/;
const COMMERCIAL_MEANING = /\b(?:fees|charges|payments?|invoices?|named users?|concurrent (?:sessions|users)|installations|seats|licen[cs]e (?:counts?|metrics|scope|keys?)|number of (?:users|licen[cs]es|copies|devices))\b/i;
const BEYOND_COMMERCE = /human rights|misuse|restrict\w* (?:on|of) use|permitted (?:use|purpose)|authori[sz]ed (?:use|purpose)|end[- ]use|prohibit/i;
const commercialTerm = (c: Clause, i: DraftIndex) => {
  const audited = matches(AUDITED_AGAINST, c.text) ? AUDITED_AGAINST.exec(c.text)![1] : undefined;
  const meaning = audited && i.draft.definitions.find((d) => !d.inline && d.term.toLowerCase() === audited)?.meaning;
  return !!meaning && COMMERCIAL_MEANING.test(meaning) && !BEYOND_COMMERCE.test(meaning);
};
const feeAudit = (c: Clause, i: DraftIndex) => matches(FEE_AUDIT, c.text) || (auditsCompliance(c) && commercialTerm(c, i));
// ("The audit is not limited to fees" says the opposite.)
const NOT_CONFINED = /\bnot (?:be )?(?:limited|restricted|confined) to\b/;
const CONFINED = /\b(?:only|solely|exclusively|limited to|confined to|restricted to)\b/;
// The customer lets the seller or its auditors in: "shall grant the Supplier's auditors access ... to verify compliance",
// "agrees to allow the Contractor or a third-party auditor to audit", "permits the Licensor to audit".
const CUSTOMER_ADMITS_AUDIT = new RegExp(String.raw`\b(?:allow|permit|grant|enable|afford)\w*\b[^.;]{0,20}\b(?:the )?${SELLER}\b(?:'s)?[^.;]{0,60}\b(?:audit|inspect|verif|examin)|\b${SELLER}'s (?:auditors?|inspectors?)\b`);
const auditsCompliance = (c: Clause) => matches(SELLER_AUDITS, c.text) || matches(AUDIT_BY_SELLER, c.text) || matches(INDEPENDENT_AUDIT, c.text) || matches(CUSTOMER_ADMITS_AUDIT, c.text);
// A bar on tampering with the logs is about the records even where it does not describe them ("Log integrity | The Customer may not disable, delete or modify the logs").
// ("these records", "such entries": the log the paragraph before describes.)
// The draft's own name for the usage log: '"Operational Record" means the automatic record ... of the identity of each operator'.
const logTerms = (index: DraftIndex) => index.memo('audit-and-records:log-terms', () => index.draft.definitions.filter((d) => USAGE_LOG.test(index.read(d.meaning))).map((d) => d.term.toLowerCase()));
const LOG_NOUN = /\b(?:logs?|logging|audit trails?|(?:the |this |that )protocol|usage records?|log entr(?:y|ies)|protocol entr(?:y|ies)|(?:operations?|activity|usage|case|event|access|audit) journals?|(?:these|such|those|the said) (?:records|entries)|the (?:records|entries) (?:described|referred to|kept|created|mentioned)|the journals)\b/;

// (A security audit that also reaches the product's use is kept: "SOC 2 audits and an audit of the Customer's use of the System".)
const ABOUT_USE = /\bmisuse|human rights|\buse of the (?:system|platform|product|software|service)|usage logs?/;
export const auditAndRecords = defineRule({
  meta: { id: 'audit-and-records', sources: ['NSO-23', 'REG'], description: 'The product keeps usage logs the customer cannot disable or delete; the seller or an independent auditor may audit compliance on notice.' },
  check: (index) => gradeByElements(index, {
    denied: { of: ['customer', 'seller'], subject: String.raw`audit|inspect` },
    measure: { noun: 'audit|inspection', immediate: false },
    // Audits the seller's own service undergoes (security, SOC 2, ISO) are not audits of the customer's use.
    // Nor the customer's audit of the seller's own books (prices, charges, invoices), nor its
    // inspection of goods on delivery (acceptance), nor the seller submitting to the customer's audits as a data processor does.
    ignore: (c) => matches(SELLER_AUDITED, c.text) || (matches(SECURITY_ASSURANCE, c.text) && !matches(ABOUT_USE, c.text)) || (matches(CUSTOMER_AUDITS_THEM, c.text) && matches(SELLER_KEEPS_RECORDS, c.block)) || matches(NOT_AN_AUDIT_OF_USE, c.text) || matches(SELLER_KEEPS_ACCOUNTS, c.text),
    topic: (c, i) => matches(USAGE_LOG, c.text) || matches(POST_SHIPMENT, c.text) || matches(AUDIT_WORDS, c.text) || (matches(LOGS_UNTOUCHABLE, c.text) && (matches(LOG_NOUN, c.text) || logTerms(i).some((t) => c.text.includes(t)))),
    topicWords: [USAGE_LOG, POST_SHIPMENT, AUDIT_WORDS, LOG_NOUN, ...(logTerms(index).length ? [LOGS_UNTOUCHABLE] : [])],
    elements: {
      // (Or in the meaning of the term it uses: '"Operational Record" means the automatic record ... of the identity of each operator'.)
      'usage logs of who used it, when, against what target or authorization': (c, i) => matches(USAGE_LOG, c.block) || i.termMeanings(c).some((m) => matches(USAGE_LOG, m)),
      'the customer may not disable, alter or delete the logs': LOGS_UNTOUCHABLE,
      'the seller or an independent auditor may audit compliance': auditsCompliance,
    },
    weakeners: [
      { test: /\b(?:may|is free to|is entitled to|can)\b (?:[\w-]+ (?:or|and) )?(?:delete|erase|purge|destroy)\b[^.;]{0,60}\b(?:logs?|records?|journals?|audit trails?)\b[^.;]{0,40}\b(?:after|once|older than)\b[^.;]{0,20}\d+ (?:days?|weeks?|months?)/, reason: 'The customer may delete the usage logs after a short period.' },
      ...HEDGED_DUTY,
      // (A fee audit beside an audit of compliance limits nothing; words that confine the audit do.)
      { test: (c, i) => feeAudit(c, i) && !matches(NOT_CONFINED, c.text) && (matches(CONFINED, c.text) || !i.memo('audit:of-compliance', () => i.clauses.some((x) => !x.struck && auditsCompliance(x) && !feeAudit(x, i)))), reason: 'Audit is limited to licence counts or fees.' },
      { test: (c) => matches(AUDIT_VERBS, c.text) && matches(CONSENT_NEEDED, c.text), reason: 'Audit only with the customer\'s consent.' },
    ],
    counters: [
      NATIONAL_SECURITY_CARVE_OUT,
      NO_OPERATIONAL_DISCLOSURE,
      // (Plain English too: "we won't audit you".)
      { test: /(?:no|not have any|shall not have (?:the|any)) right to (?:audit|inspect)|nothing in this[^.;]{0,80}(?:entitles?|permits?)[^.;]{0,40}(?:audit|inspect)|(?:(?:shall|will|may) not|won't|can't|cannot) (?:be (?:entitled|permitted|allowed) to )?(?:(?:request|seek|access|examine|review|copy|enter),? (?:or |and )?){0,3}(?:audit|inspect)\b(?! (?:fees|invoices|charges|the (?:fees|invoices|charges)|logs?|trails?|records?|reports?|rights?))/, reason: "The seller has no right to audit or inspect the customer's use." },
      // The customer's premises or records put beyond the seller's audit: "shall not be subject to any audit, inspection or verification by the Supplier".
      { test: new RegExp(String.raw`\b(?:not|never) (?:be )?(?:subject|subjected|open) to (?:any )?(?:[\w-]+,? (?:or |and )?){0,3}?(?:audits?|inspections?|verifications?)\b[^.;]{0,40}\bby (?:the )?${SELLER}\b(?![^.;]{0,60}\b(?:except|unless|save|other than)\b)`), needs: /subject|open/, reason: "The seller has no right to audit or inspect the customer's use." },
      // ("The Contractor shall have no right of access to the Agency's facilities ... including audit".)
      { test: new RegExp(String.raw`\b${SELLER}\b[^.;]{0,40}\b(?:has|have|shall have|will have) no right (?:of|to) (?:access|audit|inspection)\b`), reason: "The seller has no right to audit or inspect the customer's use." },
      { test: SELLER_MAY_NOT_AUDIT, reason: "The seller has no right to audit or inspect the customer's use." },
      // (Not the seller freed from giving the customer access to its own premises.)
      { test: (c) => matches(NO_AUDIT_ALLOWED, c.text) && !matches(SELLER_SUBJECT, c.text), reason: 'The customer need not allow any audit or inspection.' },
      { test: SELLER_KEPT_OUT, needs: /neither|\bno (?:representative|employee|personnel|staff|agent|officer|auditor)/, reason: 'The seller and its auditors may not see the records or premises: no audit.' },
      { test: AUDIT_ONLY_BY_CUSTOMER, needs: /other than|except|save|only|solely|exclusively/, unless: /\b(?:fees?|charges?|invoices?|accounts|books|prices?|financial)\b/, reason: "Audit is left to the customer's own officers: the seller has no audit right." },
      // No record at all, or the customer free to switch the logging off: "The System shall not generate or retain any record of targets,
      // operators or authorisations"; "The Ministry may, in its sole discretion, disable any ... logging ... and delete any log data".
      { needs: /record|log/, test: /\b(?:shall|will|does|do) not (?:generate|create|keep|retain|make|store)\b[^.;]{0,20}\b(?:any )?(?:records?|logs?)\b[^.;]{0,20}\bof (?:the )?(?:targets?|operators?|users?|authori[sz]ations?|operations?|uses?)\b/, reason: 'The product keeps no record of its use.' },
      { needs: /log|record|journal/, test: new RegExp(String.raw`^(?![^.;]{0,30}\b${SELLER}\b)(?![^.;]{0,80}\b(?:neither|nor|not|no one|nobody|never)\b)[^.;]{0,60}\b(?:may|is free to|is entitled to|can)\b(?:,? (?:in|at) (?:its|their) (?:sole |absolute |own )?discretion,?)? (?:[\w-]+ (?:or|and) )?(?:(?:disable|deactivate|switch off|turn off)\b[^.;]{0,60}\b(?:logs?|logging|records?|journals?|audit trails?)\b|(?:delete|erase|purge)\b[^.;]{0,60}\b(?:logs?|logging|records?|journals?|audit trails?)\b[^.;]{0,40}\b(?:at any time|at will|whenever it (?:wishes|chooses)|as it sees fit))`), reason: 'The customer may disable or delete the usage logs.' },
      // (Deleting them after a period is the weak form: the logs may go before anyone audits them.)
      { test: AUDIT_RIGHT_SPENT, needs: /exhausted|spent|extinguished|lapsed|expired|exercised/, reason: 'The audit right is declared used up.' },
    ],
  }),
});
