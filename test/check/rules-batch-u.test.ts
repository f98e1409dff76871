// General fixes made after corpus batch u arrived (Word documents as sent, and drafting by non-native
// English writers): duties said with "should" and "has to", a judge's "sanction" as the authorisation,
// definitions given with a dash or as 'under "serious crime" is understood ...'. Each fix has a near miss.
import { describe } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { training } from '../../src/check/rules/training.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { gradeTable } from './grade-table.ts';

describe('lawful-authorization: a preliminary sanction for every access', () => {
  gradeTable(lawfulAuthorization, [
    ['present', '7) Every access to a device of a Target has to be made only on the basis of a preliminary sanction of a judge of the Supreme Court, in which the judge states that the access is necessary and proportionate to the aim of the investigation.'],
    // Nothing says each access needs one.
    ['weak', '7) Access to devices of Targets is made on the basis of a sanction of a judge of the Supreme Court, in which the judge states that the access is necessary and proportionate.'],
  ]);
});

const MISUSE = '"Misuse" – every exploitation of the Software against journalists or political opponents.';
describe('misuse-notification: duties said with "should" and "has to"', () => {
  gradeTable(misuseNotification, [
    ['weak', `${MISUSE}\n\n12) The Licensee should inform the Licensor about every case of Misuse which became known to it.`],
    ['present', `${MISUSE}\n\n12) The Licensee has to inform the Licensor about every case of Misuse within 3 (three) days after it became known.`],
    // "Should" opening a condition binds no one.
    ['missing', `${MISUSE}\n\n12) Should the Licensee learn of any Misuse, the Licensor may terminate the Contract.`],
  ]);
});

const USE = '"Terrorism" – acts of violence against the civil population to intimidate it; peaceful protest is never terrorism.\n\n3) The Software is to be used exclusively by the Service, by its own staff, in its own operative activity, and only for the investigation of Terrorism and serious crime.';
describe('end-use-limitation: a crime term defined as "under ... is understood"', () => {
  gradeTable(endUseLimitation, [
    ['weak', `${USE}\n\n4) For the purposes of the present Contract, under "serious crime" is understood any crime qualified as grave by the Criminal Code of Vardania.`],
    ['present', `${USE}\n\n4) For the purposes of the present Contract, under "serious crime" is understood an intentional crime punishable by at least five years of deprivation of liberty and connected with violence.`],
  ]);
});

// The look-alike terms of an ordinary service contract in plain translated English grade as the spec's
// table says: a right to "stop the Service" for late payment, "not under obligation to give new
// versions", "cannot use the Service ... for spam", a credit for interruptions; a call centre is no channel.
describe('look-alike service terms in translated English', () => {
  gradeTable(suspensionRemoteDisable, [
    ['weak', '7.2 When the payment is delayed more than 30 days, the Company has the right to stop the Service without further notice until the payment is done.'],
    ['present', '"Misuse" means use of the Platform against journalists or protesters.\n\n7.2 When the Company has a credible complaint of Misuse, it has the right to stop the Service at once, until its investigation is finished.'],
    ['missing', '7.2 The Company shall stop the Service at the end of the Term and delete the Customer data.'],
  ]);
  gradeTable(updateSupportWithholding, [['weak', '5.3 The Company is not under obligation to give new versions or new functions of the Platform to the Customer.']]);
  gradeTable(useRestrictions, [['weak', '4.1 The Customer cannot use the Service in a way which is against the law, which disturbs other persons, or for sending spam or harmful software.']]);
  gradeTable(safeguardActionProtection, [['weak', "5.2 For interruptions longer than 24 hours which are not caused by the Customer, the Customer receives a credit of one day's service fee for each day."]]);
  gradeTable(grievanceMechanism, [
    ['missing', '2.1 "Service" means the Platform access, the GSM data line of the Device, the reports and the call centre support.'],
    ['weak', '13.4 Provider maintains the address abuse@stratusvault.example for reports of spam, malware, phishing or other abuse of the Services by any account holder.'],
  ]);
});

// A licence contract translated from a civil-law original: bans as "it is forbidden for the Licensor to", duties
// as "should" and "has to", "according to its own evaluation", "previous written agreement", "is constituting
// full observance", "not considered as violation", "compensate ... all claims", "admitted ... only after they pass
// the course", "access of the officers named in the list", "is considered as Misuse", "measures for the stopping".
const TRANSLATED = 'This Contract is concluded between ARVANDIS CYBER LTD (hereinafter the "Licensor") and the STATE SERVICE FOR OPERATIVE INVESTIGATIONS (hereinafter the "Licensee").\n\n"Misuse" – every exploitation of the Software against journalists, political opponents or peaceful protesters.';
describe('a licence contract in translated English', () => {
  gradeTable(misuseDisclosure, [['contradicted', `${TRANSLATED}\n\n18) It is forbidden for the Licensor to disclose any information about the Licensee, its activity and the exploitation of the Software to any third persons, including state bodies of any state and international organisations, without any exception.`]]);
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${TRANSLATED}\n\n6) The Licensee declares and guarantees that it will exploit the Software in full conformity with the Universal Declaration of Human Rights and the ICCPR.\n\n21) The Licensor recognises that the observance by the Licensee of the legislation of the Republic of Vardania is constituting full observance of all obligations concerning human rights under this Contract.`],
  ]);
  gradeTable(terminationForMisuse, [['present', `${TRANSLATED}\n\n16) The Licensor has the right to terminate the Contract unilaterally and with immediate effect, by written notification, if it has, according to its own evaluation, sufficient information on Misuse.`]]);
  gradeTable(auditAndRecords, [['weak', `${TRANSLATED}\n\n11) The Software automatically conducts a journal of all operations (the operator, the date and time, the Target, the number of the Sanction). The Licensee has no right to switch off, to correct or to delete the journal.\n\n12) The Licensor has the right to make the control (audit) of the observance of this Contract by the Licensee, including the journal, only with the previous written agreement of the Licensee in each separate case.`]]);
  gradeTable(safeguardActionProtection, [['present', `${TRANSLATED}\n\n16) The suspension or the termination by the Licensor under Articles 15 and 16 are not considered as violation of the Contract, do not give to the Licensee any right to compensation, to return of the paid sums or to other reimbursement, and the Licensee shall compensate to the Licensor all claims of third persons which arise from Misuse.`]]);
  gradeTable(training, [
    ['present', `${TRANSLATED}\n\n## Article 14. Training\n\n1) The operators of the Service are admitted to the Software only after they pass the course of the Licensor on human rights and legal use of the Software. The course is to be repeated each year.`],
    ['weak', `${TRANSLATED}\n\n## Article 14. Training\n\n1) The operators of the Service pass the course of the Licensor on human rights and legal use of the Software within a month of being admitted to the Software. The course is to be repeated each year.`],
  ]);
  gradeTable(dataProtection, [['present', `${TRANSLATED}\n\n## Article 9. Information obtained\n\n1) The Licensee should collect with the Software only the information of the Target which is relevant for the Sanction.\n\n2) The information is kept only on the servers of the Service, in encrypted form, with access of the officers named in the list approved by the Head of Service, and has to be destroyed after 180 days.\n\n3) It is forbidden to transmit the information obtained with the Software to foreign states or to any third persons without a decision of a court.`]]);
  gradeTable(noTransfer, [['present', `${TRANSLATED}\n\n10) The Licensee has no right to sell, to give in sublicence, in rent or in any other way to transmit the Software or the access to it to any third person, including other state bodies, and has no right to permit the exploitation of the Software by contractors without written consent of the Licensor. Modification, decompilation and reverse engineering of the Software are forbidden. Every transfer of the Software to a person which is not the Service is considered as Misuse.`]]);
  gradeTable(remediation, [['weak', `${TRANSLATED}\n\n15) In the case of Misuse the Licensee has to take measures for the stopping of the Misuse and to inform the Licensor about these measures.`]]);
});

// Near misses a review of this round's reading found: descriptions are no definitions, a cited clause must
// speak of the same safeguard, "has to" and "should" stay as they are when denied or conditional, a ban
// reported only to be denied is none, a release in a lead-in reaches its items, severability voids nothing,
// and a clause number keeps its plain form beside "Article 1(2)".
const JOURNALISTS = '"Misuse" means use of the System against journalists.';
describe('near misses found in review', () => {
  gradeTable(renewalReassessment, [['weak', 'This Agreement is made between Acme Vision Ltd, a company which carries out human rights due diligence across its business (the "Supplier"), and the Ministry of Interior (the "Customer").\n\n2.2 Any renewal of this Agreement is subject to the Supplier\'s prior written consent, which the Supplier may refuse in its sole discretion.']]);
  gradeTable(suspensionRemoteDisable, [
    ['weak', `"Acceptance" means the Customer's written acceptance of the System, which it need not give until the installation is complete.\n\n${JOURNALISTS}\n\n9.1 After Acceptance, the Supplier may suspend the System immediately if it reasonably suspects Misuse.`],
    ['weak', `4.1 The Supplier shall install the System and the Customer need not pay until installation is complete.\n\n${JOURNALISTS}\n\n9.1 The Supplier may suspend the System immediately if it reasonably suspects Misuse, subject to clause 4.1.`],
    ['present', `${JOURNALISTS}\n\n9.1 The Supplier may suspend the System immediately if it reasonably suspects Misuse, until its investigation is complete.\n\n30.1 If any provision of this Agreement is held void or unenforceable, the remaining provisions, including Clause 9.1 which permits the Supplier to suspend the System, shall continue in full force.`],
  ]);
  gradeTable(misuseNotification, [
    ['contradicted', `${JOURNALISTS}\n\n12.1 The Customer never has to notify the Supplier of any Misuse.`],
    ['missing', `${JOURNALISTS}\n\n12.1 The Customer no longer has to notify the Supplier of any Misuse within 48 hours.`],
    ['missing', `${JOURNALISTS}\n\n12.1 If the Customer should fail to notify the Supplier of any Misuse within 48 hours, the Supplier may terminate this Agreement.`],
    ['missing', `${JOURNALISTS}\n\n12.1 The Customer should consider whether it would be appropriate to notify the Supplier of any Misuse within 48 hours.`],
    ['contradicted', `${JOURNALISTS}\n\n12.1 The Customer shall not be required to: (a) keep records of its operations; (b) notify the Supplier within 48 hours of any Misuse.`],
    ['missing', `${JOURNALISTS}\n\n## 1 Use\n\n1. The Customer shall use the System lawfully.\n\n2. The Customer shall notify the Supplier of any Misuse within 48 hours.\n\n## 2 Amendment\n\n3. Clause 2 is deleted.`],
    ['missing', `${JOURNALISTS}\n\n## Article 1 Use\n\n1. The Customer shall use the System lawfully.\n\n2. The Customer shall notify the Supplier of any Misuse within 48 hours.\n\n## Article 2 Amendment\n\n1. Article 1(2) is deleted.`],
  ]);
  gradeTable(dataProtection, [['weak', '8.1 The Customer shall process Collected Data only for the investigation for which it was collected, shall collect only what that investigation needs, shall delete it within 12 months and shall hold it on encrypted servers.\n\n8.2 For the avoidance of doubt, nothing in this Agreement means that it is forbidden for the Customer to share Collected Data with third parties or foreign governments.']]);
});

// "This Article" reaches the paragraphs numbered afresh under the same article's heading, and no other article's.
const COOPERATION = `${JOURNALISTS}\n\n## Article 8 Cooperation\n\n1. The Customer shall cooperate with any investigation by the Supplier of suspected Misuse and shall provide the logs and records requested within 10 days.`;
describe('investigation-cooperation: a sanction for breach of "this Article"', () => {
  gradeTable(investigationCooperation, [
    ['present', `${COOPERATION}\n\n2. If the Customer fails to comply with this Article, the Supplier may suspend the Services.`],
    ['weak', `${COOPERATION}\n\n2. The Customer shall keep the logs for five years.\n\n## Article 15 Payment\n\n1. The Customer shall pay each invoice within 30 days.\n\n2. If the Customer fails to comply with this Article, the Supplier may suspend the Services.`],
  ]);
});

// The seller's own use of the data the customer collects, said in more ways than "may use ... to improve":
// in the present tense, in the passive, as something nothing restricts, as ownership of what is derived.
const DATA_DUTIES = "8.1 The Customer shall process Collected Data only for the investigation for which it was collected, shall collect only the data that investigation needs, shall delete it within 12 months, shall hold it on encrypted access-controlled servers, and shall not share it with any third party or foreign government without the Supplier's written authorisation.";
describe("data-protection: the seller's own use of collected data", () => {
  gradeTable(dataProtection, [
    ['contradicted', `${DATA_DUTIES}\n\n12.1 The Supplier shall own all Aggregated Data derived from Collected Data and may exploit it without restriction.`],
    ['contradicted', `${DATA_DUTIES}\n\n12.1 All de-identified data derived from the Customer's use of the Platform shall be the exclusive property of the Supplier.`],
    ['contradicted', `${DATA_DUTIES}\n\n12.1 The Customer acknowledges that the Supplier uses Collected Data to train and improve its algorithms.`],
    ['contradicted', `${DATA_DUTIES}\n\n12.1 Nothing in this Agreement restricts the Supplier from using anonymised Collected Data for product development.`],
    ['contradicted', `${DATA_DUTIES}\n\n12.1 Collected Data may be used by the Supplier to train, validate and improve its facial matching models.`],
    ['present', `${DATA_DUTIES}\n\n12.1 The Supplier may use Collected Data only to provide support to the Customer at the Customer's request.`],
    ['present', `${DATA_DUTIES}\n\n12.1 The Supplier owns all intellectual property in the Platform and its documentation.`],
    ['present', `${DATA_DUTIES}\n\n12.1 The Supplier uses its own tools to improve the Platform.`],
  ]);
});

// A cited clause is read as the clauses are, the seller's own name as the seller: the secrecy that overrides
// "clause 10.4", where Marrow may report misuse, is blanket secrecy.
describe('misuse-disclosure: a cited clause names the seller by its own name', () => {
  gradeTable(misuseDisclosure, [
    ['contradicted', 'This Agreement is made between KESTREL SIGNAL B.V., a company incorporated in the Netherlands (hereinafter "Marrow"), and the Ministry of Interior of Morvania (hereinafter the "Customer").\n\n"Misuse" means use of the System against journalists or political opponents.\n\n8.3 Notwithstanding clause 10.4 or any other provision of this Agreement, Marrow shall not disclose to any person, authority or the public any information concerning the Customer or any use made of the System.\n\n10.4 Notwithstanding any obligation of confidentiality, Marrow may report suspected Misuse to the competent authorities and may publish aggregated information on complaints of Misuse.'],
  ]);
});

// Ending a contract "brought to an end": the seller's denials in those words are denials too.
describe('termination-for-misuse: "bring to an end"', () => {
  gradeTable(terminationForMisuse, [
    ['contradicted', `${JOURNALISTS}\n\n10.4 The Supplier can bring the Call-Off Contract to an end if the Buyer fails to pay an undisputed invoice within 60 days. The Supplier has no other right to bring the Call-Off Contract to an end.`],
    ['contradicted', `${JOURNALISTS}\n\n14.1 The Supplier may terminate this Agreement immediately if it reasonably believes Misuse has occurred.\n\n14.5 Notwithstanding clause 14.1, the Supplier shall not bring this Agreement to an end for any reason connected with the Customer's use of the System.`],
    ['present', `${JOURNALISTS}\n\n14.1 The Supplier may bring this Agreement to an end with immediate effect if it reasonably believes that Misuse has occurred.`],
  ]);
});

// Consent "given in advance" is prior consent: the audit needs the customer's say.
describe('audit-and-records: consent given in advance', () => {
  gradeTable(auditAndRecords, [
    ['weak', "12.1 The Customer shall keep tamper-proof logs of every search, recording the user, the time, the target and the warrant, and shall not disable, alter or delete them.\n\n12.2 The Supplier may audit those logs and the Customer's compliance with the Use Policy, but only with the written consent given in advance of the Customer in each instance."],
    ['weak', "12.1 The Customer shall keep tamper-proof logs of every search, recording the user, the time, the target and the warrant, and shall not disable, alter or delete them.\n\n12.2 The Supplier may audit those logs and the Customer's compliance with the Use Policy on not less than thirty days' notice, with the written consent given in advance of the Director of the Customer."],
  ]);
});

// A marketplace's terms bind the sellers as a class: "Vendors shall not disclose ..." is the seller's secrecy.
describe('misuse-disclosure: the sellers named as a class', () => {
  gradeTable(misuseDisclosure, [
    ['contradicted', '"Misuse" means use of the App against journalists.\n\n7. Purchaser information. Vendors shall treat all information about a Purchaser and its use of Apps as confidential and shall not disclose it to any person, including any public authority, regulator or international body, without the prior written consent of the Purchaser.\n\n14. Disclosure. The Vendor may report suspected Misuse to the competent authorities and publish anonymised annual statistics on complaints.'],
    // (Communications service providers are no sellers: their secrecy binds them, not the vendor.)
    ['present', '"Misuse" means use of the System against journalists.\n\n7. Communications service providers shall not disclose to any person, including any public authority, the existence of any interception.\n\n14. Notwithstanding any obligation of confidence, the Vendor may report suspected Misuse to the competent authorities and publish anonymised annual statistics on complaints.'],
  ]);
});

// A national-security carve-out confined to a named section reaches only the safeguard stated there.
const CARVED = (scope: string) => `## 9. Use restrictions\n\n9.1 The Customer shall not use the System against any person for exercising the rights of expression, assembly, association or religion, nor to target journalists, lawyers, human rights defenders or political opponents, nor for bulk or untargeted interception.\n\n9.2 Nothing in ${scope} limits the use of the System by the State Security Service for national security purposes.\n\n## 12. Records and audit\n\n12.1 The Customer shall keep tamper-proof logs of every interception, recording the operator, the time, the target and the warrant, and shall not disable, alter or delete them.\n\n12.2 The Supplier or an independent auditor may audit those logs and the Customer's compliance with Section 9 once a year and whenever it suspects misuse.`;
describe('a carve-out confined to a named section', () => {
  gradeTable(auditAndRecords, [
    ['present', CARVED('this Section 9')],
    ['contradicted', CARVED('this Agreement')],
  ]);
  gradeTable(useRestrictions, [['contradicted', CARVED('this Section 9')]]);
});
