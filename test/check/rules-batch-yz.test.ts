// General fixes made after corpus batches y (changes after the main clause) and z (ordinary deal drafting)
// arrived, from their development halves. Each has a near miss.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { training } from '../../src/check/rules/training.ts';
import { gradeTable } from './grade-table.ts';

// Training before access, however the access is described: a parenthesis in the way, or "only after" the course.
describe('training before access, in other words', () => {
  gradeTable(training, [
    ['present', '11.1 Before any operator (whether an officer of the Agency or a contractor engaged by it) is granted access to the Platform, he or she shall complete the Licensor\'s course on human rights and the law of interception, and shall repeat it every twelve months.'],
    ['present', '9.6 Officers may operate the Products only after completing the Vendor\'s human-rights training, and shall attend refresher training each year.'],
    ['present', 'Analysts may use the System only once they have passed the Supplier\'s module on privacy and human rights, which they shall retake annually.'],
    // Near misses: a course after access has been given, and access "before" something that is not the course.
    ['weak', 'Within three months after being given access to the Platform, each operator shall complete the Licensor\'s course on human rights, and shall repeat it every twelve months.'],
    ['weak', 'Operators shall receive human-rights training every year. Accounts are issued before delivery of the hardware.'],
  ]);
});

// A reseller let off disclosing its end users only for small orders: cut down, not negated.
describe('a release confined to small orders', () => {
  const DUE_DILIGENCE = 'Before quoting to any government end user, the Reseller shall carry out human-rights due diligence on that end user, disclose the end user and its intended use to the Vendor, obtain the Vendor\'s written approval, and keep records of each assessment for five years.';
  gradeTable(resellerDueDiligence, [
    ['present', DUE_DILIGENCE],
    ['weak', `${DUE_DILIGENCE}\n\nFor any order of no more than ten licences, the Reseller need not disclose the end user or the intended use to the Vendor.`],
    ['weak', `${DUE_DILIGENCE}\n\nIn respect of orders below USD 20,000, the Reseller shall not be required to disclose the identity of the end user to the Vendor.`],
    ['contradicted', `${DUE_DILIGENCE}\n\nThe Reseller need not disclose the end user or the intended use to the Vendor.`],
  ]);
});

// A national-security carve-out confined to the clause it sits in reaches that clause's restrictions, not the audit elsewhere.
describe('a carve-out confined to its own clause', () => {
  const draft = (carveOut: string) => `## 9. Audit

9.1 The Agency shall keep tamper-proof usage logs recording the officer, time, target and warrant for every use, shall not disable or delete them, and the Vendor or an independent auditor it appoints may audit the Agency's compliance on ten days' notice.

## 12. Use

12.1 The Agency shall not use the System against journalists, lawyers or political opponents. ${carveOut}`;
  gradeTable(auditAndRecords, [
    ['present', draft('No restriction in this clause 12 shall limit the use of the System by the Agency for national security purposes.')],
    ['present', draft('Nothing in this paragraph 12.1 limits the Agency\'s use of the System for the protection of national security.')],
    ['contradicted', draft('No restriction in this Agreement shall limit the use of the System by the Agency for national security purposes.')],
  ]);
});

// A perpetual licence that only a release from escrow brings is read against seller control and termination (the
// spec's escrow row), not against the review before each renewal.
describe('a perpetual licence on release from escrow', () => {
  const RENEWAL = 'Each renewal of the licence is conditional on a fresh human-rights due-diligence review by the Vendor, and the Vendor may refuse to renew on the outcome of that review.';
  gradeTable(renewalReassessment, [
    ['present', `${RENEWAL}\n\nIf the source code is released from escrow on the Vendor's insolvency, the Agency shall, upon release, have a perpetual, royalty-free licence to maintain the System.`],
    ['contradicted', `${RENEWAL}\n\nThe Agency shall have a perpetual, royalty-free licence to use the System.`],
  ]);
});

// Termination only for money left outstanding, in the procurement wording.
describe('termination only for amounts outstanding', () => {
  gradeTable(terminationForMisuse, [
    ['contradicted', 'GCC 14.2 The Supplier may terminate the Contract only if undisputed amounts due to it remain outstanding for more than 120 days after written notice to the Purchaser.'],
    ['contradicted', 'The Vendor may end this Agreement only where invoices remain in arrears for six months. The Vendor shall have no other right to terminate.'],
    ['present', 'The Supplier may terminate the Contract with immediate effect if it determines, in its sole discretion, that the Platform has been used for Misuse, and may also terminate where amounts remain outstanding for 120 days.'],
  ]);
});

// A bar with an aside between the modal and the verb reads as the bar: "shall not, under any circumstances, suspend".
describe('a bar with an aside after "not"', () => {
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', 'The Supplier shall not, in any event, suspend, disable or degrade the System.'],
    ['contradicted', 'The Vendor may not, for any reason whatsoever, remotely deactivate the Platform.'],
    ['present', 'The Supplier may, at any time, suspend or remotely disable the System immediately on a credible complaint of Misuse, until its investigation is complete.'],
  ]);
});

// The end-user licence given up by the reseller's own terms or by releasing the reseller from enforcing it.
describe('an end-user licence the reseller may replace or need not enforce', () => {
  const EULA = 'The Distributor shall, before any delivery, procure that each end user signs the End User Licence Agreement in Schedule 4, which carries the use restrictions and human-rights terms of this Agreement; the Vendor is a third-party beneficiary of it and may enforce it directly, and the Distributor shall enforce it.';
  gradeTable(eulaFlowDown, [
    ['present', EULA],
    ['weak', `${EULA}\n\nThe Distributor may instead supply the Products under its own standard terms of sale in place of the End User Licence Agreement.`],
    ['contradicted', `${EULA}\n\nThe Distributor shall not be required to enforce any End User Licence Agreement.`],
    ['present', `${EULA}\n\nThe Distributor need not enforce an End User Licence Agreement where the Vendor has already terminated it.`],
  ]);
});

// Service credits carved out for "any action of the Supplier under Section 9", where Section 9 holds the measures.
describe('a service-level carve-out for the actions of a numbered section', () => {
  const draft = (carveOut: string) => `## 7. Service Levels

7.1 If monthly availability falls below 99.5%, the Customer shall receive a service credit of 5% of the monthly fee.

7.2 ${carveOut}

## 9. Misuse

9.1 The Supplier may suspend the Platform immediately, without notice, upon a credible complaint or where it suspects Misuse, until its investigation is complete.

## 12. Maintenance

12.1 The Supplier may carry out scheduled maintenance on the Platform on five days' notice.`;
  gradeTable(suspensionRemoteDisable, [
    ['present', draft('Unavailability resulting from any action of the Supplier under Section 9 shall be excluded from the availability calculation, and no service credit shall accrue for it.')],
    ['weak', draft('Unavailability resulting from any action of the Supplier under Section 12 shall be excluded from the availability calculation.')],
  ]);
});

// "No further certificate" keeps the first one: a one-time certificate, not none at all.
describe('no further certificate after the first', () => {
  const FIRST = 'Before the first delivery, the Agency shall deliver to the Vendor a certificate signed by its Director that it has complied with the human-rights terms of this Agreement.';
  gradeTable(complianceCertification, [
    ['weak', `${FIRST} No further certificate shall be required for later orders or renewals.`],
    ['contradicted', `${FIRST} No certificate or declaration of any kind shall be required of the Agency.`],
  ]);
});

// Passing the product on freely to any government body, however the sentence is punctuated.
describe('free passing on to any government body', () => {
  const BAR = '4.4 The Agency shall not sell, sublicense, lend or transfer the Products or share access to them with any other body without the Vendor\'s prior written consent, and shall not modify them.';
  gradeTable(noTransfer, [
    ['contradicted', `${BAR}\n\n4.5 The Agency may freely make the Products available to, or share their use with, any ministry or agency of the Government.`],
    ['contradicted', `${BAR}\n\n4.5 The Agency may lend the Products, freely, to any other authority of the State.`],
    ['weak', `${BAR}\n\n4.5 The Agency may make the Products available to the Ministry of Justice for joint operations.`],
  ]);
});
