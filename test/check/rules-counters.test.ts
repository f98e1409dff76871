// Counter-clauses far from the safeguard's own clause, in words the rules had not read: each beside a strong clause
// that it takes back (or, for human rights, hands to national law), and a near miss that must leave the clause standing.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

const PARTIES = 'This Licence Agreement is made between Norvik Systems AB (the "Licensor") and the Criminal Investigation Directorate of the Republic of Veloria (the "Customer").';

describe('use-restrictions: the restrictions of a numbered clause disapplied for the security of the State', () => {
  const RESTRICTIONS = `${PARTIES}\n\n## 4. Use Restrictions\n\n4.1 The Customer shall not use the System against any person for exercising the rights of expression, assembly, association or religion, nor to target journalists, lawyers, human-rights defenders or political opponents, nor for untargeted bulk surveillance.`;
  gradeTable(useRestrictions, [
    ['contradicted', `${RESTRICTIONS}\n\n## 20. Sovereign Matters\n\n20.1 The restrictions in clause 4 do not apply to any operation that the Customer's Minister certifies as concerning the security of the State.`],
    ['present', `${RESTRICTIONS}\n\n## 20. Sovereign Matters\n\n20.1 The restrictions in clause 4 apply to every operation, including any the Customer's Minister certifies as concerning the security of the State.`],
  ]);
});

describe('human-rights-compliance: domestic law as conclusive evidence; the question put to national law alone', () => {
  const UNDERTAKING = `${PARTIES}\n\n## 5. Human Rights\n\n5.1 The Customer represents and undertakes that it will use the System only in a manner consistent with internationally recognised human rights, including those in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.`;
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${UNDERTAKING}\n\n## 21. Interpretation\n\n21.1 For the purposes of this Agreement, the Customer's compliance with the laws of Veloria shall be conclusive evidence that it has complied with clause 5.`],
    ['weak', `${UNDERTAKING}\n\n## 21. Interpretation\n\n21.1 Any question whether the Customer has respected human rights shall be decided exclusively under the constitution and laws of Veloria.`],
    // Which law governs the contract says nothing of the standard.
    ['present', `${UNDERTAKING}\n\n## 21. Governing Law\n\n21.1 Any question arising under this Agreement shall be decided under the laws of Sweden.`],
  ]);
});

describe('update-support-withholding: no allegation of breach justifies a break in support', () => {
  const WITHHOLDING = `${PARTIES}\n\n4. The Customer shall not use the System against journalists or political opponents.\n\n## 11. Updates\n\n11.1 The Licensor may withhold updates, upgrades, maintenance and support if it suspects that the System has been used in breach of clause 4.`;
  gradeTable(updateSupportWithholding, [
    ['contradicted', `${WITHHOLDING}\n\n## 22. Continuity\n\n22.1 The Licensor's support and maintenance obligations shall be performed without interruption for the whole Term, and no allegation of breach shall justify any delay in their performance.`],
    ['present', `${WITHHOLDING}\n\n## 22. Continuity\n\n22.1 Subject to clause 11.1, the Licensor's support and maintenance obligations shall be performed without interruption for the whole Term.`],
  ]);
});

describe("audit-and-records: a log of who used it; the seller's people kept out of the premises and logs", () => {
  const AUDIT = `${PARTIES}\n\n## 13. Audit\n\n13.1 The System records who used it, when, and against which target and authorisation; the Customer shall not disable or delete these logs. The Licensor or an independent auditor may audit the Customer's compliance on 10 days' notice.`;
  gradeTable(auditAndRecords, [
    ['present', AUDIT],
    ['contradicted', `${AUDIT}\n\n## 25. Sovereignty\n\n25.1 No representative of the Licensor or any auditor shall be admitted to the Customer's premises or given access to the logs for any purpose.`],
    // Kept out of the intercepted content only: the audit stands.
    ['present', `${AUDIT}\n\n## 25. Sovereignty\n\n25.1 No representative of the Licensor shall be given access to intercepted content or communications data.`],
  ]);
});

describe('termination-for-misuse: the agreement ended early only by the customer', () => {
  const TERMINATION = `${PARTIES}\n\n4. The Customer shall not use the System against journalists or political opponents.\n\n## 14. Termination\n\n14.1 The Licensor may terminate this Agreement with immediate effect if it reasonably believes that the System has been used in breach of clause 4.`;
  gradeTable(terminationForMisuse, [
    ['contradicted', `${TERMINATION}\n\n## 26. Term\n\n26.1 This Agreement shall remain in force for five years and may be brought to an end before then only by the Customer.`],
    ['contradicted', `${TERMINATION}\n\n## 26. Term\n\n26.1 Only the Customer may terminate this Agreement before the end of the Term.`],
    // Convenience kept to the customer leaves termination for cause alone.
    ['present', `${TERMINATION}\n\n## 26. Term\n\n26.1 Only the Customer may terminate this Agreement for convenience.`],
  ]);
});

describe('end-use-limitation: the purposes left to the customer alone; any other government body let in', () => {
  const END_USE = `${PARTIES}\n\n## 3. End Use\n\n3.1 The System may be used only by the Criminal Investigation Directorate, for its own operations, and only for the prevention and investigation of Serious Crime and terrorism, as defined in Schedule 1.`;
  gradeTable(endUseLimitation, [
    ['contradicted', `${END_USE}\n\n## 20. Interpretation\n\n20.1 The purposes for which the System is used shall be determined by the Customer alone, and clause 3.1 shall not be construed as restricting that determination.`],
    ['weak', `${END_USE}\n\n## 20. Government Use\n\n20.1 The Customer may make the System available to, and permit its use by, any other ministry, agency or body of the Government of Veloria.`],
    // The same with the seller's consent: the end user is still the one named.
    ['present', `${END_USE}\n\n## 20. Government Use\n\n20.1 The Customer may make the System available to any other agency of the Government of Veloria only with the Licensor's prior written consent.`],
  ]);
});

describe('lawful-authorization: no warrant needed where the officers call it urgent, said far from the warrant clause', () => {
  const WARRANT = `${PARTIES}\n\n## 6. Authorisation\n\n6.1 The Customer shall not use the System against any person except under a warrant issued in advance by an independent judge under published law, who is satisfied that the use is necessary and proportionate; the Customer shall keep a record of each warrant.`;
  gradeTable(lawfulAuthorization, [
    ['weak', `${WARRANT}\n\n## 21. Urgency\n\n21.1 No warrant need be obtained by the Customer before using the System where its officers consider the matter urgent.`],
    ['contradicted', `${WARRANT}\n\n## 21. Operations\n\n21.1 In practice no warrant, order or other authorisation need be obtained by the Customer before using the System.`],
    ['present', `${WARRANT}\n\n## 21. Urgency\n\n21.1 No warrant need be obtained before using the System where the matter is urgent, provided that a judge confirms the use within twenty-four hours.`],
  ]);
});

describe('no-transfer: a clause disapplied "to them", after "and"', () => {
  const BAN = `${PARTIES}\n\n## 7. No Transfer\n\n7.1 The Customer shall not sell, sublicense, lend, transfer or otherwise make the System or access to it available to any other person, including any other agency or contractor, without the Licensor's prior written consent, and shall not modify, decompile or reverse engineer it.`;
  gradeTable(noTransfer, [
    ['present', BAN],
    ['weak', `${BAN}\n\n## 22. Contractors\n\n22.1 The Customer may engage private contractors of its choosing to operate the System on its behalf, and clause 7.1 shall not apply to them.`],
  ]);
});

describe('investigation-cooperation: no log, target or record about its operations need be revealed; or only where the customer sees no harm to its security', () => {
  const COOPERATION = `${PARTIES}\n\n## 10. Investigations\n\n10.1 The Customer shall cooperate fully with any investigation by the Licensor into alleged misuse of the System and shall, within ten days of a request, provide the logs, records and access the Licensor asks for and make its personnel available; failure to do so shall entitle the Licensor to suspend the System.`;
  gradeTable(investigationCooperation, [
    ['contradicted', `${COOPERATION}\n\n## 23. Classified Information\n\n23.1 Nothing in this Agreement shall oblige the Customer to reveal to the Licensor any log, target, record or other information about its operations.`],
    ['weak', `${COOPERATION}\n\n## 23. Classified Information\n\n23.1 Nothing in this Agreement requires the Customer to disclose any information, log or person where the Customer determines that doing so would prejudice its national security, and that determination is final.`],
  ]);
});

describe('suspension-remote-disable: availability that may not be interrupted on any ground', () => {
  const SUSPENSION = `${PARTIES}\n\n## 9. Suspension\n\n9.1 The Licensor may suspend access to the System immediately if it receives a credible complaint that the System has been misused, until its investigation is complete.`;
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', `${SUSPENSION}\n\n## 27. Continuity of Service\n\n27.1 Given the critical nature of the Customer's mission, the System shall be available to the Customer at all times and its availability shall not be interrupted on any ground whatever.`],
    ['present', `${SUSPENSION}\n\n## 27. Continuity of Service\n\n27.1 The operation of the System shall not be interrupted except under clause 9.1.`],
  ]);
});

describe('suspension-remote-disable: a bar on suspending lifted by notice is the weak form, not a counter', () => {
  const SUSPENSION = `${PARTIES}\n\n## 9. Suspension\n\n9.1 The Licensor may suspend access to the System immediately if it receives a credible complaint that the System has been misused, until its investigation is complete.`;
  gradeTable(suspensionRemoteDisable, [
    ['weak', `${SUSPENSION}\n\n## 27. Continuity\n\n27.1 Notwithstanding clause 9.1, the Licensor shall not suspend the operation of the System except after giving the Customer written notice of not less than thirty (30) days stating its reasons.`],
    ['contradicted', `${SUSPENSION}\n\n## 27. Continuity\n\n27.1 Notwithstanding clause 9.1, the Licensor shall not suspend the operation of the System.`],
  ]);
});

describe('termination-for-misuse: "only" over a list whose other item is the misuse ground', () => {
  gradeTable(terminationForMisuse, [
    ['present', `${PARTIES}\n\n## 7. Misuse\n\n7.1 The Licensor may terminate this Agreement with immediate effect if it reasonably believes that the System has been used against journalists or political opponents.\n\n## 17. Termination by the Licensor\n\nThe Licensor may terminate this Agreement only:\n\n(a) if the Customer fails to pay any undisputed amount for more than 120 days; or\n\n(b) in the cases set out in clause 7.1.`],
    // A list whose only ground is non-payment.
    ['contradicted', `${PARTIES}\n\n## 7. Misuse\n\n7.1 The Licensor may terminate this Agreement with immediate effect if it reasonably believes that the System has been used against journalists or political opponents.\n\n## 17. Termination by the Licensor\n\nThe Licensor may terminate this Agreement only:\n\n(a) if the Customer fails to pay any undisputed amount for more than 120 days; or\n\n(b) if the Customer fails to pay the support fees for two consecutive years.`],
  ]);
});

describe("use-restrictions: a licence's yield to law that forbids the restriction itself is no local-law limit", () => {
  gradeTable(useRestrictions, [
    ['present', `${PARTIES}\n\n4. The Customer shall not: (a) use the System against any person for exercising the rights of expression, assembly or religion; (b) use it to target journalists, lawyers or political opponents; (c) use it for bulk or untargeted surveillance; or (d) decompile or reverse engineer the Software, except to the extent that such restriction is prohibited by law.`],
    ['weak', `${PARTIES}\n\n4. The Customer shall not, to the extent prohibited by applicable law: (a) use the System against any person for exercising the rights of expression, assembly or religion; (b) use it to target journalists, lawyers or political opponents; or (c) use it for bulk or untargeted surveillance.`],
  ]);
});

describe('suspension-remote-disable: a bar whose aside lists every reason, far from the seller\'s name', () => {
  const SUSPENSION = `${PARTIES}\n\n## 9. Suspension\n\n9.1 The Licensor may suspend access to the System immediately if it receives a credible complaint that the System has been misused, until its investigation is complete.`;
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', `${SUSPENSION}\n\n## 27. Operation\n\n27.1 The Licensor shall ensure that the System remains fully operational at all times during the Contract Period and shall not, whether by reason of any dispute between the parties, any allegation of breach or for any other reason whatsoever, suspend, interrupt, deactivate or remotely access the System.`],
    ['present', `${SUSPENSION}\n\n## 27. Operation\n\n27.1 The Licensor shall ensure that the System remains fully operational at all times during the Contract Period and shall not, except under clause 9.1 or for planned maintenance, suspend or interrupt the System.`],
  ]);
});

describe('suspension-remote-disable: suspending the supply of updates and further deliveries stops supplies, not the product', () => {
  gradeTable(suspensionRemoteDisable, [
    ['missing', `${PARTIES}\n\n14.1 Where the Licensor has reasonable grounds to suspect Misuse, the Licensor may, by notice with immediate effect, suspend or cease the supply of software updates, upgrades, maintenance, technical support and training, and further deliveries of the Products, until it is satisfied that the matter has been resolved.`],
  ]);
});

describe('misuse-disclosure: secrecy that holds "whether or not" misuse is suspected', () => {
  gradeTable(misuseDisclosure, [
    ['contradicted', `${PARTIES}\n\n14.4 The Licensor shall not disclose to any person, including any government or regulator, any information about the Customer's use of the System, whether or not the Licensor suspects Misuse, save where a court orders it.`],
    // An exception for misuse keeps the reporting right.
    ['missing', `${PARTIES}\n\n14.4 The Licensor shall not disclose to any person any information about the Customer's use of the System, except that it may report suspected Misuse to the competent authorities.`],
  ]);
});

// Credits owed for any downtime, a suspension included: they weaken a suspension right the draft gives, and deny one it does not give.
describe('suspension: service credits for any downtime whatever its cause', () => {
  const CREDITS = '\n\nSchedule 2, paragraph 4. Service credits apply to every hour in which the System is unavailable, whatever the cause, including any suspension by the Licensor.';
  gradeTable(suspensionRemoteDisable, [
    ['weak', `${PARTIES}\n\n12.1 The Licensor may suspend the Customer's access immediately, without notice, on a credible complaint or where it suspects Misuse, until its investigation is complete.${CREDITS}`],
    ['contradicted', `${PARTIES}\n\n12.1 The Customer shall pay the fees quarterly in advance.${CREDITS}`],
  ]);
});

// A no-disclosure clause whose paragraph goes on to spare the safeguard's own clause leaves it whole; one that spares another
// clause does not.
describe('misuse-notification: a no-disclosure clause that spares the notice clause', () => {
  const NOTICE = `${PARTIES}\n\n11.2 The Customer shall notify the Licensor in writing within seventy-two (72) hours of becoming aware of any actual or suspected Misuse.`;
  const SECRECY = '\n\n19.5 Nothing in clause 11 or clause 14 obliges the Customer to disclose to the Licensor any operational information, log or other classified material.';
  gradeTable(misuseNotification, [
    ['present', `${NOTICE}${SECRECY} Clause 11.2 is not affected by this clause 19.5.`],
    ['weak', `${NOTICE}${SECRECY} Clause 14.3 is not affected by this clause 19.5.`],
  ]);
});

describe("termination-for-misuse: the seller's sole remedy for a breach, said at length, is damages", () => {
  gradeTable(terminationForMisuse, [
    ['contradicted', `${PARTIES}\n\n20.3 The Licensor's sole and exclusive remedy for any breach by the Customer of this Licence or of any order made under it (including the Human Rights Schedule) shall be a claim for damages.`],
  ]);
});

// The procurement form's confidentiality of the contract and of what the purchaser furnished, with the law's exception, is
// ordinary confidentiality; secrecy about the customer's use is the counter.
describe('misuse-disclosure: ordinary procurement confidentiality is no blanket secrecy', () => {
  gradeTable(misuseDisclosure, [
    ['missing', `${PARTIES}\n\nGCC 14.1 The Licensor shall not, without the Customer's prior written consent, disclose the Contract or any drawing, specification or information furnished by or on behalf of the Customer to any person other than its own employees engaged on the Contract, save where disclosure is required by law.`],
    ['contradicted', `${PARTIES}\n\nGCC 14.1 The Licensor shall not, without the Customer's prior written consent, disclose the Contract or any information about the Customer's use of the System to any person, including any government or regulator, save where disclosure is required by law.`],
  ]);
});

// A later clause that denies the customer (or its reseller) the right to waive the safeguard's clause confirms it.
describe('suspension: "the reseller may not change or waive Section 7"', () => {
  const RIGHT = `${PARTIES}\n\n7.1 The Licensor may suspend the Customer's access immediately, without notice, on a credible complaint or where it suspects Misuse, until its investigation is complete.`;
  gradeTable(suspensionRemoteDisable, [
    ['present', `${RIGHT}\n\n9.1 If the Customer buys through a reseller, the reseller may not change or waive Section 7.`],
    ['contradicted', `${RIGHT}\n\n9.1 The Customer may waive or suspend Section 7 by notice to the Licensor.`],
  ]);
});

// A continuity clause whose aside runs on ("for any reason whatsoever, including any dispute ...") and whose bar goes on by "nor".
describe('suspension and updates: "shall not, for any reason whatsoever, including ..., suspend ..., nor withhold any maintenance"', () => {
  const RIGHTS = `${PARTIES}\n\n10.1 Where the Licensor receives a credible complaint of Misuse, it may suspend the System with immediate effect until its review is complete.\n\n10.2 In the same circumstances the Licensor may withhold software updates, upgrades and technical support.`;
  const CONTINUITY = '\n\n12.2 The Licensor shall not, for any reason whatsoever, including any dispute with the Customer or any allegation about how the System is used, suspend, interrupt or disable the System, nor withhold any maintenance, software update or technical support due under this Licence.';
  gradeTable(suspensionRemoteDisable, [['contradicted', `${RIGHTS}${CONTINUITY}`], ['present', RIGHTS]]);
  gradeTable(updateSupportWithholding, [['contradicted', `${RIGHTS}${CONTINUITY}`]]);
});
