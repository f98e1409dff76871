// Readings from the development corpus: each row is my own wording of a device several authors used, beside the
// same clause without it. A clause that reads like a weakener but keeps its own exception (a duty to renew the keys
// "unless" the seller has refused renewal); a duty stated in the present tense, as translated drafting does.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/check/draft-index.ts';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { training } from '../../src/check/rules/training.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

const KEYS = 'Licence between Tarvel Systems Ltd (the "Supplier") and the National Investigations Bureau (the "Customer").\n\n';
describe('a duty to renew the keys that keeps the seller free to refuse', () => {
  gradeTable(sellerControl, [
    ['present', `${KEYS}8.1 The System runs only with an activation key issued by the Supplier, each key valid for six (6) months.\n\n8.2 The Supplier shall issue a new activation key before the current key expires, unless it has refused renewal under clause 14 (Human Rights Review) or suspended the licence under clause 15.`],
    ['present', `${KEYS}6.3 Licence files are issued by the Supplier for twelve months at a time. The Supplier will deliver replacement licence files before expiry but may decline to do so where it has reason to suspect misuse of the System.`],
    ['present', `${KEYS}"Activation Token" means the time-limited token, issued by the Supplier, without which the Software will not run.\n\n5.2 The Supplier shall re-issue each Activation Token before its expiry save where it is entitled to withhold the token under Schedule 4.`],
    // (No exception, or one that leaves misuse aside: renewal cannot be refused.)
    ['weak', `${KEYS}8.1 The System runs only with an activation key issued by the Supplier, each key valid for six (6) months.\n\n8.2 The Supplier shall issue a new activation key before the current key expires.`],
    ['weak', `${KEYS}6.3 Licence files are issued by the Supplier for twelve months at a time. The Supplier will deliver replacement licence files before expiry unless the Customer has failed to pay the annual fee.`],
  ]);
});

describe('a period in words reads as its number', () => {
  it('for every period a contract commonly spells out, with or without the figure in brackets', () => {
    for (const [words, number] of [['twelve', 12], ['six', 6], ['eighteen', 18], ['thirty-six', 36], ['four', 4], ['thirty', 30], ['nine', 9]] as const) {
      expect(normalise(`Each key is valid for ${words} months.`)).toBe(`each key is valid for ${number} months.`);
      expect(normalise(`within ${words} (${number}) business days`)).toBe(`within ${number} business days`);
    }
    // (Not a count of other things: "twelve officers", "the four corners".)
    expect(normalise('Twelve officers may use the four workstations.')).toBe('twelve officers may use the four workstations.');
  });
});

// "The Authority informs the Holder within five days of any Misuse": a duty, though no "shall" says so; a channel
// where anyone "may" report, the customer's officers included, does not make it optional.
const CONTRACT = 'Public contract between the Ministry of the Interior (the "Contracting Authority") and Veridis SAS (the "Holder").\n\n';
describe('a duty to notify in the present tense, beside a channel where anyone may report', () => {
  gradeTable(misuseNotification, [
    ['present', `${CONTRACT}16.4 The Contracting Authority informs the Holder in writing within seventy-two hours of any Misuse, actual or suspected, of which it becomes aware.\n\n19.1 The Holder keeps a reporting line through which any person, agents of the Contracting Authority included, may report suspected Misuse, anonymously if they wish.`],
    ['present', `${CONTRACT}Article 12. The Contracting Authority notifies the Holder without delay, and at the latest within three (3) days, of any suspected use of the System against journalists, lawyers or political opponents. Officers of the Contracting Authority may also report such a use directly to the Holder's compliance officer.`],
    // (Where the customer only may report, the notice is optional.)
    ['weak', `${CONTRACT}16.4 The Contracting Authority may inform the Holder in writing within seventy-two hours of any Misuse, actual or suspected, of which it becomes aware.`],
  ]);
});

// A cure period is said in words, not in parts of words: "the Secure Channel at least once every 14 days" gives none.
describe('a period beside a word that contains "cure"', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', `${KEYS}7.2 If the Supplier suspects Misuse, or receives a credible complaint of it, the Supplier may at once and without notice deactivate the System over the Secure Update Channel and keep it deactivated until its investigation is complete. The Customer shall connect the System to the Secure Update Channel at least once every 14 days.`],
    ['weak', `${KEYS}7.2 If the Supplier suspects Misuse, or receives a credible complaint of it, the Supplier may deactivate the System until its investigation is complete, if the Customer has not cured the Misuse within 30 days of the Supplier's notice.`],
  ]);
});

// A renewal named only as the time another duty falls due does not address whether renewal is reassessed.
describe('a renewal named only as the time for another duty', () => {
  gradeTable(renewalReassessment, [
    ['missing', `${KEYS}9.1 Every twelve months, and in any case before each renewal of the software licences, the Customer shall deliver to the Supplier a certificate, signed by its Director, confirming its compliance with Schedule 3.`],
    ['missing', `${KEYS}4.2 Prior to any extension of the Services to further sites, the Customer shall give the Supplier the address of each new site and the name of the officer in charge of it.`],
    // (A renewal spoken of for itself is addressed, well or badly.)
    ['weak', `${KEYS}2.1 This Licence runs for one year and renews automatically for further one-year periods unless the Customer gives notice.\n\n9.1 Before each renewal of the Licence, the Customer shall deliver a compliance certificate.`],
    ['present', `${KEYS}2.1 This Licence runs for one year. Any renewal is conditional on a fresh human rights due diligence review by the Supplier, and the Supplier may refuse renewal in the light of its outcome.`],
    // (An extension named beside the new orders it goes with: "any new call-off or extension".)
    ['present', `${KEYS}4.1 Each call-off lasts no more than a year.\n\n4.2 Before we agree to any new call-off or extension, we will carry out a fresh human rights review, and we may say no on its result.`],
  ]);
});

// A notice duty about other things (each sale and its end user, an end user's reorganisation, how to use a channel)
// does not address misuse notification; notice of a breach or incident of any kind is its weak form.
describe('notices that name end users or use but are about other things', () => {
  gradeTable(misuseNotification, [
    ['missing', `${KEYS}5.2 The Customer shall report each transfer of a Unit, with the name of the receiving End User and the serial numbers, in its quarterly report to the Supplier.`],
    ['missing', `${KEYS}3.4 The Customer shall notify the Supplier in writing of any merger, reorganisation or change of mandate of an Approved End User within ten (10) Business Days.`],
    ['missing', `${KEYS}2. The Customer shall inform its officers of the existence of the reporting line and how to use it.`],
    ['weak', `${KEYS}5.2 The Customer shall notify the Supplier of any breach of this Licence by an End User.`],
    ['weak', `${KEYS}5.2 The Customer shall inform the Supplier of any security incident affecting the System.`],
  ]);
});

// End users bound by the seller's standard terms, named by the seller's own name and the app's: the look-alike the spec grades missing.
describe("end users bound by the seller's standard terms, by name", () => {
  const MSA = 'Master Subscription Agreement between Fleetwise Ltd ("Fleetwise") and the Transport Directorate (the "Customer").\n\n';
  gradeTable(eulaFlowDown, [
    ['missing', `${MSA}2.3 Drivers who install the Fleetwise Driver App do so subject to Fleetwise's standard Driver App End User Terms, as updated from time to time.`],
    ['missing', `${MSA}2.3 Each officer who uses the Console accepts Fleetwise's then-current standard Console licence terms on first log-in.`],
    // (Standard terms that carry the safeguards are the end-user licence itself.)
    ['weak', `${MSA}2.3 Drivers who install the Fleetwise Driver App do so subject to Fleetwise's standard Driver App End User Terms, which forbid any use of the App against journalists or in breach of human rights.`],
  ]);
});

// A support hotline and a court named "Board of Grievances" are no grievance channel.
describe('a support hotline, and a court named for grievances', () => {
  gradeTable(grievanceMechanism, [
    ['missing', `${KEYS}8.5 The right in this clause extends only to Feature Releases; corrective maintenance, security patches, hotline support and spare parts shall continue to be provided.`],
    ['missing', `${KEYS}25.2 Where the Government Entity commits a serious breach of its obligations, the Contractor may apply to the Board of Grievances for rescission of the Contract.`],
    ['weak', `${KEYS}8.5 The Supplier operates a hotline through which any person may report suspected misuse of the System.`],
  ]);
});

// Data named only by the draft's terms for what users put in and what the product gives back.
describe('data named by defined terms for the inputs and outputs of a search', () => {
  const terms = '1.4 "Query Photo" means a photograph uploaded by an Authorised User for comparison against the Reference Gallery, and "Match List" means the ranked candidates and similarity scores the Service returns.\n\n';
  gradeTable(dataProtection, [
    ['present', `${KEYS}${terms}9.1 Only Query Photos needed for the case in hand may be uploaded. Query Photos and Match Lists shall be deleted by the Supplier 30 days after the search, shall be used by the Supplier only to provide the Service, and shall not be shared with any third party or foreign government. The Supplier shall keep them encrypted at rest and in transit.`],
    ['weak', `${KEYS}${terms}9.1 Query Photos and Match Lists shall be used by the Supplier only to provide the Service.`],
    // (A term for something else the customer submits is no data: an order, an invoice.)
    ['missing', `${KEYS}1.4 "Order" means a purchase order submitted by the Customer to the Supplier.\n\n9.1 Each Order shall be kept by the Supplier for six years.`],
  ]);
});

// A customer that passes the product on to other bodies is an intermediary, whatever the draft calls it.
describe('a licensee that supplies end users carries out their diligence', () => {
  gradeTable(resellerDueDiligence, [
    ['present', `${KEYS}5.1 Before making the System available to any proposed end user, the Customer shall carry out human rights due diligence on that body, having regard to its record and any credible reports of abuse.\n\n5.2 The Customer shall notify the Supplier of each proposed end user and its intended end use, and shall not supply it until the Supplier has approved in writing.\n\n5.3 The Customer shall keep records of its due diligence for six years.`],
    // (Without the seller's approval of each body it is weak, as for any reseller.)
    ['weak', `${KEYS}5.1 The Customer shall, prior to granting any regional police body access to the System, assess the human rights risks of that access and the body's record, notify the Supplier of the body and its intended use before access is granted, and keep records of each assessment.`],
    // (The seller's own diligence on the customer is not the intermediary's.)
    ['missing', `${KEYS}5.1 Before supplying the System to any purchaser, the Supplier shall carry out human rights due diligence on that purchaser.`],
  ]);
});

describe("nothing requires 'an End User' to obtain a warrant", () => {
  gradeTable(lawfulAuthorization, [
    ['contradicted', `${KEYS}9.4 Searches may be run as the End User's procedures allow. Nothing in this Agreement or any end-user licence requires an End User to obtain any warrant, court order or other authorization before running a search.`],
    ['contradicted', `${KEYS}9.4 Nothing in these Terms shall require any participating agency to seek a judicial warrant before an operation.`],
  ]);
});

// Bulk surveillance barred in other words: what is not singled out.
describe('bulk surveillance barred as what is not singled out', () => {
  const BANS = (last: string) => `${KEYS}10.2 The Customer shall not use the System, nor allow it to be used:\n\n(a) against any person for the peaceful exercise of the freedoms of expression, assembly, association or religion, or of the right to privacy;\n\n(b) to target journalists, lawyers, human-rights defenders, political opponents or dissidents;\n\n(c) ${last}`;
  gradeTable(useRestrictions, [
    ['present', BANS('to intercept the whole, or an undifferentiated part, of the traffic of a network, a cell or an area.')],
    ['present', BANS('to run location or device-history queries that are not tied to a specific criminal investigation.')],
    ['weak', BANS('to send unsolicited messages.')],
  ]);
});

// A recital of what the parties recognise, share or hope for binds no one; a recital of fact still tells how the deal stands.
describe('a recital that only aspires', () => {
  gradeTable(auditAndRecords, [
    ['missing', `${KEYS}RECITALS\n\n(B) The parties recognise the importance of tamper-proof logs of every use of the System and of independent audit of its use.\n\n1. DELIVERY\n\n1.1 The Supplier shall deliver the System within 60 days.`],
    ['missing', `${KEYS}Whereas the parties share the view that logs of every search, and periodic audit of them by the Supplier, support public confidence;\n\n1. The Supplier shall deliver the System within 60 days.`],
    // (Said in an operative clause, it binds.)
    ['present', `${KEYS}RECITALS\n\n(B) The parties recognise the importance of accountability.\n\n7. RECORDS\n\n7.1 The System records every search with the user, time, target and warrant; the Customer shall not disable or delete these logs, and the Supplier may audit the Customer's compliance on 14 days' notice.`],
  ]);
});

// Disapplied to sales to governments, or in the territory: the products in scope are sold to nothing else.
describe('a reseller clause disapplied to the whole market', () => {
  const RESALE = 'Reseller Agreement between Tarvel Systems Ltd (the "Supplier") and Gulfline Integration LLC (the "Reseller").\n\n6.1 Before any sale, the Reseller shall (a) carry out human rights due diligence on the end user and the end use; (b) disclose both to the Supplier; (c) obtain the Supplier\'s written approval; and (d) keep records of its diligence for six years.\n\n';
  gradeTable(resellerDueDiligence, [
    ['present', RESALE.trim()],
    ['contradicted', `${RESALE}6.2 Clause 6.1 shall not apply to any sale to a government agency or police service.`],
    ['contradicted', `${RESALE}6.2 Clause 6.1 does not apply to sales in the Territory.`],
    // (To one kind of buyer only, it is cut down.)
    ['weak', `${RESALE}6.2 Clause 6.1 shall not apply to any sale of spare parts.`],
  ]);
});

describe('access that is not conditional on the training', () => {
  const TRAINED = `${KEYS}11.1 The Customer shall ensure that no officer accesses the System before completing the Supplier's human rights module, and that each officer repeats it every twelve months.`;
  gradeTable(training, [
    ['present', TRAINED],
    ['contradicted', `${TRAINED}\n\n11.4 Access by officers of the Customer to the System shall not be conditional on completion of any training.`],
    ['contradicted', `${KEYS}Amendment No. 2\n\n2. Use of the System by any officer is not subject to completion of any human rights course.`],
  ]);
});

describe('a transfer ban that excepts any other public authority', () => {
  const BAN = `${KEYS}10.3 The Customer shall not sell, sublicense, lend, transfer or share the System or access to it, shall not allow any contractor to operate it, and shall not modify or reverse engineer it; any diversion to an unauthorised end user is a material breach`;
  gradeTable(noTransfer, [
    ['present', `${BAN}.`],
    ['weak', `${BAN}, and the Customer shall ensure that no transfer is made to any third party other than another public authority of the Republic.`],
    // (Or users drawn from bodies the customer picks, in a table of the order's particulars.)
    ['weak', `${BAN}.\n\n| Item | Particulars |\n| --- | --- |\n| Authorised Users | Up to 60 named officers of the Bureau and of any other law-enforcement agency nominated by the Customer |`],
    ['present', `${BAN}.\n\n| Item | Particulars |\n| --- | --- |\n| Authorised Users | Up to 60 named officers of the Bureau approved in writing by the Supplier |`],
  ]);
});

// A measure capped in time, where the safeguard keeps it until the investigation ends; a termination beside it is not capped.
describe('a suspension or withholding capped in time', () => {
  const MEASURES = `${KEYS}7.1 The Supplier may, without prior notice, suspend the System and withhold updates, support and training on receipt of a credible complaint of Misuse, pending its investigation.\n\n8.1 The Supplier may terminate this Licence with immediate effect if it reasonably concludes that Misuse has occurred.`;
  const capped = `${MEASURES}\n\n7.2 Any suspension or withholding under clause 7.1 shall not last more than seventy-two (72) hours, after which the Services shall be resumed unless the Supplier has terminated under clause 8.1.`;
  gradeTable(suspensionRemoteDisable, [['present', MEASURES], ['weak', capped], ['weak', `${MEASURES}\n\n7.2 A suspension under clause 7.1 may continue for no longer than 10 days.`]]);
  gradeTable(updateSupportWithholding, [['present', MEASURES], ['weak', capped]]);
  gradeTable(terminationForMisuse, [['present', capped]]);
});

// A partner programme's steps in plain words, in a resale channel: each its own paragraph.
describe("a partner programme's steps in plain words", () => {
  const TERMS = 'Partner Terms between Veldan Analytics Ltd ("we") and the reseller accepting them ("you").\n\n';
  const check = '4.1 Before you offer our platform to any agency, you must run your own human rights check on that agency and on what it wants the platform for.';
  gradeTable(resellerDueDiligence, [
    ['present', `${TERMS}${check}\n\n4.2 Before you sign any deal, send us the agency's name, the team that will use the platform and what it will be used for, with your check.\n\n4.3 You may close a deal only once we have approved it in writing; we can say no.\n\n4.4 Keep your files on every check and every deal for six years.`],
    ['weak', `${TERMS}${check}\n\n4.4 Keep your files on every check and every deal for six years.`],
    // (Not the steps of something else: "send us a certificate", "until we have completed our review".)
    ['missing', `${TERMS}11.1 Before each renewal, the agency's director will send us a certificate of compliance.\n\n7.1 A suspension lasts until we have completed our review of the complaint.`],
  ]);
});

// Service credits carved out of the seller's safeguard measures in other words.
describe('service credits carved out of the safeguard measures', () => {
  const SAP = `${KEYS}17.1 Any suspension, withholding or termination by the Supplier under clause 16 (Misuse) is not a breach of this Licence and gives rise to no liability of the Supplier.\n\n17.2 The Customer shall indemnify the Supplier against all claims arising from misuse of the System.\n\n9.1 If availability falls below 99.5% in a month, a service credit of 3% of the monthly charge is payable for each 0.5% of shortfall.`;
  gradeTable(safeguardActionProtection, [
    ['weak', SAP],
    ['present', `${SAP}\n\n9.2 No service credit shall be payable for unavailability arising from (a) planned maintenance or (b) any suspension by the Supplier under clause 16.`],
  ]);
  const SUSPENSION = `${KEYS}16.1 On a credible complaint of Misuse, the Supplier may immediately suspend the System until its investigation is complete.\n\n9.1 If availability falls below 99.5% in a month, a service credit of 3% of the monthly charge is payable for each 0.5% of shortfall.`;
  gradeTable(suspensionRemoteDisable, [
    ['weak', SUSPENSION],
    ['present', `${SUSPENSION}\n\n16.2 No penalty for unavailability under clause 9 shall accrue in respect of the periods of application of such measures.`],
    ['present', `${SUSPENSION}\n\n16.2 If we act under clause 16.1, you cannot claim any refund or service credit, and the availability commitment in clause 9 does not apply for that period.`],
  ]);
});

// Access kept to those a defined term says are trained.
describe('access kept to those a defined term says are trained', () => {
  const DEFS = (meaning: string) => `${KEYS}1. "Qualified Operator" means an officer of the Customer who ${meaning}.\n\n"Human Rights Course" means the Supplier's course on privacy, freedom of expression and the prohibited uses.\n\n6.1 Only Qualified Operators may access or operate the System.`;
  gradeTable(training, [
    ['present', DEFS('has completed the Human Rights Course within the preceding twelve (12) months')],
    ['present', DEFS('has attended the Human Rights Course, provided that not more than six (6) months have passed since the last attendance')],
    ['weak', DEFS('has completed the Human Rights Course')],
    // (Trained in something else, the safeguard is not addressed.)
    ['missing', `${KEYS}1. "Qualified Operator" means an officer who has completed the Supplier's installation course.\n\n6.1 Only Qualified Operators may operate the System.`],
  ]);
});

describe('no one operates it "without having first completed" the course', () => {
  gradeTable(training, [
    ['present', `${KEYS}7.1 No official shall operate the System without having first completed the course on human rights and the legal framework, which shall be repeated every year.`],
    ['weak', `${KEYS}7.1 Officials shall complete the course on human rights and the legal framework, which shall be repeated every year.`],
  ]);
});

describe('cooperation with a review in other words: case references, people made available to answer questions', () => {
  gradeTable(investigationCooperation, [
    ['present', `${KEYS}## 6. Cooperation with investigations\n\n6.1 Where the Supplier reviews a possible Misuse, the Customer shall, within ten (10) business days of the Supplier's request, provide the case references and approvals for the searches concerned and make the officers concerned available to answer the Supplier's questions.\n\n6.2 Failure to cooperate under clause 6.1 entitles the Supplier to suspend the Licence.`],
    ['weak', `${KEYS}## 6. Cooperation with investigations\n\n6.1 The Customer shall cooperate with any investigation by the Supplier of a possible Misuse within ten (10) business days of the Supplier's request.\n\n6.2 Failure to cooperate under clause 6.1 entitles the Supplier to suspend the Licence.`],
  ]);
});

describe("a US state's authorities by their titles", () => {
  gradeTable(misuseDisclosure, [
    ['present', `${KEYS}7.3 Notwithstanding clause 12 (Confidentiality), the Supplier may report suspected Misuse to the State Attorney General or the State's Inspector General, and may publish an annual transparency report stating the number and types of complaints received and how they were resolved.`],
  ]);
});

describe('cooperation in the present tense of translated drafting', () => {
  const CONTRACT = 'Public contract between the Ministry of the Interior (the "Contracting Authority") and Veridis SAS (the "Holder").\n\n## Article 16 - Journal, audit and investigation\n\n';
  gradeTable(investigationCooperation, [
    ['present', `${CONTRACT}16.3 In the event of a report or suspicion of Misuse, the Contracting Authority cooperates with the Holder: it communicates within fifteen (15) days the relevant extracts of the journal and any explanation requested, and makes available the agents concerned. The absence of cooperation constitutes Misuse.`],
    ['weak', `${CONTRACT}16.3 In the event of a report or suspicion of Misuse, the Contracting Authority cooperates with the Holder: it communicates within fifteen (15) days the relevant extracts of the journal and any explanation requested, and makes available the agents concerned.`],
  ]);
});

describe('on-premises software named by the sites an order installs it at', () => {
  gradeTable(sellerControl, [
    ['weak', `${KEYS}3.2 Each Order shall state the sites at which the Platform will be installed, the number of seats and the Licence Term.`],
    ['present', `${KEYS}3.2 Each Order shall state the sites at which the Platform will be installed. The Platform runs only with activation keys issued by the Supplier, each valid for twelve months, and the Supplier may refuse to renew them.`],
  ]);
});

describe('the services named in the sentence before, and updates that end with the licence', () => {
  gradeTable(updateSupportWithholding, [
    ['present', `${KEYS}C5. Updates and support. Device support packs, software updates, technical support and training are provided during each licence year. The Supplier may withhold or stop any of them, in whole or in part, where it has reasonable grounds to believe that Misuse has occurred.`],
    ['weak', `${KEYS}8.2 The Supplier's obligations to provide updates and support for a Kit end upon termination of this Agreement or of the End User Licence for that Kit.`],
  ]);
});

describe('an agreement ended only by both parties or a court', () => {
  gradeTable(terminationForMisuse, [
    ['weak', `${KEYS}11.3 This Licence may be terminated by agreement of the Parties or by decision of the court on the grounds provided by law.`],
    ['weak', `${KEYS}T12. This Annex remains in force for the term of the Memorandum and may be terminated before then only by the written agreement of both Participants.`],
  ]);
});

describe("the seller's own personnel by the seller's name", () => {
  gradeTable(training, [
    ['missing', `${KEYS}27.1 The Supplier shall ensure that each member of the Supplier's Personnel who has access to the Customer's database has, before such access, completed training in human rights and data protection, and repeats it every year.`],
    ['present', `${KEYS}27.1 The Customer shall ensure that each officer who has access to the System has, before such access, completed training in human rights and data protection, and repeats it every year.`],
  ]);
});

describe("a recital that describes a clause of another document by its number and title", () => {
  const DEED = 'Deed of Settlement between Tarvel Systems Ltd (the "Supplier") and the National Investigations Bureau (the "Customer").\n\nRecitals\n\n(A) Clause 14 (Human Rights) of the Licence dated 2 May 2023 provides that the Customer represents and undertakes that it will use the Software consistently with the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.\n\nOperative provisions\n\n';
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${DEED}1. The Supplier irrevocably waives, and releases the Customer from, all rights and claims under clause 14 (Human Rights) of the Licence.`],
    ['present', `${DEED}1. Clause 14 (Human Rights) of the Licence continues in full force.`],
  ]);
});
