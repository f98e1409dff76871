// General fixes made after corpus batch s arrived (strong safeguards in fresh words): outcome
// drafting ("is responsible for ensuring that no ..."), the seller's rights stated as what they
// "include", key revocation as suspension, logs kept "for every operation" in a journal, logs no
// one can switch off, access confined to a named unit, sensor imagery as collected data, a flight
// approved by the customer's own officer, notice of use inconsistent with a cited clause, support
// ending on cancellation. Each fix has varied rows and a near miss.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('the seller\'s rights stated as what they include', () => {
  gradeTable(terminationForMisuse, [
    ['present', "The Vendor's rights include the right to terminate this Licence with immediate effect by notice where the Vendor reasonably believes that Misuse has occurred."],
    ['present', 'Our remedies also include ending your subscription at once if we conclude, in our own judgement, that you have used the platform for Misuse.'],
    // (Near miss: the customer's rights, and a cure period.)
    ['missing', "The Customer's rights include the right to terminate this Agreement if the Supplier fails to deliver the System."],
  ]);
  gradeTable(updateSupportWithholding, [
    ['present', 'Our rights also include stopping, for as long as we choose while a Misuse complaint is under review or after we find Misuse, any or all of: software updates, content packs, help-desk support and training.'],
    ['present', "The Licensor's powers further include suspending maintenance, upgrades and security patches at any time while it investigates suspected Misuse of the Software."],
  ]);
});

describe('revoking keys is suspension', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', 'If we receive a credible complaint of Misuse, or suspect Misuse ourselves, we may revoke your licence keys at once, without notice, and they stay revoked until our investigation is complete.'],
    ['present', 'Upon any reasonable suspicion of misuse the Supplier may immediately revoke the Customer\'s credentials for the Platform, without prior notice, pending the outcome of its investigation.'],
    ['weak', 'The Supplier may revoke the licence keys of any unit after giving 60 days\' written notice where the Customer has been found by a final court judgment to have misused the System.'],
    // (A duty that "requires the consent" of the customer needs it; one that does not require it does not.)
    ['weak', 'The Supplier may suspend the Licence immediately on any reasonable suspicion of misuse, until its investigation is complete; any suspension requires the prior written consent of the Customer.'],
    ['present', 'The Supplier may suspend the Licence immediately, without notice, on any reasonable suspicion of misuse, until its investigation is complete. A suspension does not require the Customer\'s consent.'],
    // (A suspected breach of a responsible-use policy defined by its initials triggers the right; a complaint that names no misuse does not.)
    ['weak', 'On receipt of a credible complaint, the Vendor may immediately and without prior notice disable the System until it has completed its investigation.'],
    ['present', '1.4 "RUP" means the Vendor\'s Responsible Use Policy.\n\n6.2 The Vendor may immediately suspend any user or the whole Service where it suspects, on the basis of a complaint or a log review, that the RUP has been breached, and may keep the suspension in place until it has completed its review.'],
    ['weak', 'On receipt of a complaint about invoicing, the Vendor may immediately disable the System until it has completed its review.'],
    // (Availability penalties carved out for the period of suspension leave the right whole.)
    ['present', 'The Supplier may suspend the Licence immediately, without notice, on any reasonable suspicion of misuse, until its investigation is complete. The Platform shall be available 99.5% of each month, and a penalty of 1% of the monthly fee applies for each hour of unavailability. No penalty for unavailability shall be applied for the period of a suspension.'],
    ['weak', 'The Supplier may suspend the Licence immediately, without notice, on any reasonable suspicion of misuse, until its investigation is complete. The Platform shall be available 99.5% of each month, and a penalty of 1% of the monthly fee applies for each hour of unavailability.'],
  ]);
});

describe('logs kept in a journal, for every operation, that no one can switch off', () => {
  gradeTable(auditAndRecords, [
    ['present', 'The System maintains an operations journal recording, for every operation, the operator, the date and time, the target and the authorisation relied on. The Licensee shall not disable, truncate or erase the operations journal. The Licensor or its independent auditor may inspect the journal and the Licensee\'s records to verify compliance with clause 9.'],
    ['present', 'The Kit keeps a case log for every examination: the examiner, the time, the device and the approval reference. The log is sealed; nobody at the Unit can switch it off, edit it or delete it. We, or an independent examiner we appoint, may inspect the case logs to check you are keeping to these terms.'],
    ['present', 'The Platform logs, for each query, the analyst, the search terms and the case reference, and no one at the Agency may alter or delete those records. The Vendor may audit the Agency\'s use of the Platform for compliance with Schedule 3 on ten days\' notice.'],
    // (Near miss: a journal of invoices, and an audit of fees only.)
    ['weak', 'The Supplier keeps an accounts journal of all invoices. The Supplier may audit the Customer\'s records solely to verify the licence fees payable.'],
  ]);
});

describe('access confined to a named unit', () => {
  gradeTable(endUseLimitation, [
    ['present', 'The Bureau covenants that the Service will be accessed only by analysts of the Bureau\'s Serious Crime Analysis Division, and only in the course of the Division\'s own investigations into terrorism and serious organised crime, and not on behalf of any other agency.'],
    ['present', 'The Platform shall be accessed solely by the Ministry\'s Counter-Terrorism Directorate, for its own investigations of terrorist offences only.'],
    ['present', 'The only organisation entitled to use the Platform is the Financial Intelligence Unit of the Ministry of Finance, and only in its own investigations of money laundering and terrorist financing.'],
    ['present', '9.1 Permitted Use means use of the System by the Counter-Terrorism Directorate of the State Security Service, by its own officers and in its own operations, to investigate Terrorism or Serious Crime. No other directorate, service, ministry or body may use the System.'],
    ['weak', 'No other agency may use the Software.'],
    ['missing', 'The Supplier shall make the Service accessible within 99.5% of each month.'],
  ]);
});

describe('outcome drafting: responsible for ensuring that no ...', () => {
  gradeTable(useRestrictions, [
    ['present', "The Licensee is responsible for ensuring that no search or profile is created on the Service in respect of any person by reason of that person's journalism, political activity, religious belief or participation in a peaceful assembly, that no journalist, human-rights defender or political opponent is monitored through the Service, and that no bulk or untargeted monitoring is carried out."],
    ['present', 'The Authority shall procure that no officer uses the System against any person for exercising freedom of expression or association, against any lawyer, journalist or dissident, or for indiscriminate mass surveillance.'],
    // (Near miss: the seller made responsible for its own staff.)
    ['missing', 'The Supplier is responsible for ensuring that its personnel comply with the Customer\'s site rules.'],
  ]);
});

describe('sensor imagery and telemetry are collected data', () => {
  gradeTable(dataProtection, [
    ['contradicted', 'The Purchaser agrees that the Supplier may retain and use the telemetry and imagery recorded by the Systems, after removing identifiers of the Purchaser, to train its detection models and to develop its products.'],
    ['weak', 'Imagery captured by the drones shall be stored on encrypted servers in the Purchaser\'s territory.'],
    ['present', 'The Service collects only handset identifiers and location estimates for tasked Targets; data relating to other handsets is discarded at once and never stored. Collected Data shall be stored only in the Agency\'s dedicated enclave, may be accessed only by its authorised analysts, shall be deleted 90 days after collection, and shall not be disclosed to any other agency, foreign government or third party.'],
    ['present', 'Collected Content shall be collected only to the extent relevant to the investigation, retained for no longer than twelve months, stored only in your project workspace, used only for the investigation for which it was gathered, and shall not be shared with any other agency or foreign government.'],
  ]);
});

describe('each flight or mission approved by the customer\'s own officer', () => {
  gradeTable(lawfulAuthorization, [
    ['weak', 'Each flight using the signal detection payload shall be authorised in writing by the officer commanding the relevant border sector of the Purchaser.'],
    ['weak', 'Before an examination starts, the officer in charge must record in the Kit the approval of a Superintendent of the Unit.'],
    ['present', 'Each mission using the interception module shall first be authorised by a warrant issued by an independent judge on a finding that it is necessary and proportionate to the investigation of a serious crime.'],
    ['weak', 'Each new investigation loaded into the Platform shall be approved in writing by the head of the Customer\'s intelligence department.'],
    ['weak', 'Before a monitoring project is opened, it must be approved by a supervising officer of the Agency of the rank of Inspector or above.'],
    ['weak', 'The Customer shall intercept communications only where the interception is authorised as required by the criminal procedure law of the Customer\'s country.'],
    ['missing', 'Each investigation under clause 9 shall be carried out by the Supplier\'s compliance team within 30 days.'],
  ]);
});

describe('notice of use inconsistent with a cited clause', () => {
  gradeTable(misuseNotification, [
    ['weak', '5. The Purchaser shall use the Systems only for border surveillance.\n\n9.1 Should the Purchaser become aware of any use of the Systems inconsistent with clause 5, it shall inform the Supplier.'],
    ['present', '5. The Customer shall not use the Platform against journalists or political opponents.\n\n9.1 The Customer shall notify the Vendor within 48 hours of becoming aware of any use of the Platform in contravention of clause 5.'],
  ]);
});

describe('support that ends on cancellation only', () => {
  gradeTable(updateSupportWithholding, [
    ['weak', 'Upon cancellation of this Agreement the Supplier shall cease to provide software updates and Support Services.'],
    ['weak', 'Following the expiry of the Licence the Vendor shall stop supplying maintenance releases.'],
  ]);
});
