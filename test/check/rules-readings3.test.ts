// Readings from the development corpus and probes, twenty-seventh session: each row is my own wording of a device
// several authors used, beside the same clause without it.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/check/draft-index.ts';
import { checkDraft } from '../../src/check/check.ts';
import { readDraft } from '../../src/read/index.ts';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { training } from '../../src/check/rules/training.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { gradeTable } from './grade-table.ts';

const AUDIT = 'Licence between Brask Analytics Ltd (the "Licensor") and the State Security Bureau (the "Bureau").\n\n'
  + '12.1 The System logs the operator, date and time, target and warrant reference of every query, and the Bureau shall not disable, alter or delete those logs.\n\n'
  + '12.2 The Licensor or an independent auditor it appoints may audit the Bureau\'s compliance with clause 9 (Human Rights) on fourteen days\' notice.';
describe('a waiver of the rights under a cited clause, with an aside between the verb and the rights', () => {
  gradeTable(auditAndRecords, [
    ['contradicted', `${AUDIT}\n\n20.1 The Licensor hereby waives, with effect from the date of this Amendment and for the rest of the Term, all its rights under clause 12.2.`],
    ['contradicted', `${AUDIT}\n\n20.1 The Licensor waives all its rights under clause 12.2.`],
    ['present', `${AUDIT}\n\n20.1 The Licensor waives, with effect from the date of this Amendment, its claim for the audit fees invoiced in March.`],
  ]);
});

const EXPORT = 'Licence between Orrin Sensors LLC (the "Licensor") and the Ministry of Communications of Pellara (the "Licensee").\n\n'
  + '17.1 The Licensee shall comply with the U.S. Export Administration Regulations and the sanctions regulations administered by OFAC, and shall not export, re-export or transfer the Products without any licence those laws require.';
describe('the customer let off export control altogether', () => {
  gradeTable(exportControlCompliance, [
    ['contradicted', `${EXPORT}\n\n22.1 Notwithstanding clause 17, the Licensee may export or re-export the Products to any of its regional partners free from any restriction.`],
    ['contradicted', `${EXPORT}\n\n22.1 The Licensor will not insist on compliance with any export-control law of the United States in respect of the Products once delivered.`],
    ['present', `${EXPORT}\n\n22.1 The Licensee may transfer the Products between its own sites without any further fee.`],
    ['present', `${EXPORT}\n\n22.1 The Licensee may export the Products only with the licences clause 17.1 requires.`],
  ]);
});

const EULA = 'Supply Contract between the Coast Guard Command of Merrow (the "Purchaser") and Tellan Systems Ltd (the "Supplier"), reseller of software made by Ovra Geo AB (the "Manufacturer").\n\n'
  + '9.1 The Supplier shall ensure that the Purchaser accepts the Manufacturer\'s end-user licence agreement, which carries the human-rights use restrictions and the suspension and termination rights, before activation; the Manufacturer may enforce it directly and the Supplier shall enforce it.';
describe('end-user terms, not only an end-user licence, declared not to bind', () => {
  gradeTable(eulaFlowDown, [
    ['contradicted', `${EULA}\n\n14.2 No shrink-wrap, click-through or end-user terms of any manufacturer shall bind the Purchaser, whether or not accepted.`],
    ['present', `${EULA}\n\n14.2 No shrink-wrap or click-through terms shown on screen during installation shall vary this Contract.`],
  ]);
});

const CHANNEL = 'Licence between Arvel Biometrics S.A. (the "Seller") and the Border Directorate of Ruvenia (the "Purchaser").\n\n'
  + '5.1 The Seller operates an encrypted channel through which any person may report misuse of the kits anonymously. The Purchaser shall publicise the channel to all operators and shall not retaliate against any person who reports.';
describe('any report made an offence, and reporters named to the customer', () => {
  gradeTable(grievanceMechanism, [
    ['contradicted', `${CHANNEL}\n\n19.1 Every complaint by an officer to the Seller or any outside body about operational use of the kits constitutes a disciplinary offence.`],
    ['contradicted', `${CHANNEL}\n\n19.1 The Seller shall disclose to the Purchaser on request the identity of any person who has made such a report.`],
    ['present', `${CHANNEL}\n\n19.1 Any report that the reporter knows to be false is a disciplinary offence.`],
  ]);
});

const SETTLEMENT = 'Deed of Release between Ashgrove Forensics Ltd ("Ashgrove") and the Criminal Intelligence Directorate of Pellmark (the "Directorate").\n\n'
  + 'Recitals\n\n(A) Clause 11 (Human Rights) of the Licence dated 4 March 2024 provides: "The Directorate undertakes to respect human rights, as the International Covenant on Civil and Political Rights defines them, in all its use of the Software."\n\n'
  + 'Operative provisions\n\n';
describe('a recital under "Recitals" that quotes another document\'s clause, released for every use, past or future', () => {
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${SETTLEMENT}1. Ashgrove releases the Directorate from all obligations under clause 11 of the Licence in respect of any use of the Software, whether occurring before or after the date of this Deed.`],
    ['weak', `${SETTLEMENT}1. Ashgrove releases the Directorate from all obligations under clause 11 of the Licence in respect of any use of the Software before the date of this Deed.`],
    ['present', `${SETTLEMENT}1. Ashgrove withdraws its notice of breach dated 2 May 2025.`],
  ]);
});

const REMEDY = 'Licence between Tovik Systems AB ("Licensor") and the State Protection Service of Kelmar ("Licensee").\n\n'
  + '9.1 If the Licensor finds that the Software has been misused, the Licensee shall within thirty days submit to the Licensor, for its review, a remediation plan providing for corrective action against those responsible and for redress, including compensation, to the persons affected, and shall carry out the plan as reviewed.';
describe('a denial "in respect of any" use or activity covers every case', () => {
  gradeTable(remediation, [
    ['contradicted', `${REMEDY}\n\n26.7 Nothing in this Agreement shall require the Licensee to compensate or otherwise provide redress to any person in respect of any operational activity of the Licensee.`],
    ['contradicted', `${REMEDY}\n\n26.7 Nothing in this Agreement obliges the Licensee to provide redress to anyone in respect of all use of the Software by its officers.`],
    ['present', `${REMEDY}\n\n26.7 Nothing in this Agreement shall require the Licensee to provide redress to any person in respect of a use the Licensor has approved in writing.`],
  ]);
});

const TERMINATE = 'Supply Contract between Feldspat Sensorik GmbH (the "Supplier") and the Capital Safety Authority (the "Authority").\n\n'
  + '20.5 The Supplier may terminate this Contract with immediate effect if it reasonably suspects that the System has been used in breach of Annex H (Human Rights Conditions).';
describe('a standstill on the measure while any dispute is pending, "neither party may" as well as "shall not"', () => {
  gradeTable(terminationForMisuse, [
    ['contradicted', `${TERMINATE}\n\n35.4 Pending the final resolution of any dispute referred to arbitration, neither party may terminate this Contract or suspend performance.`],
    ['contradicted', `${TERMINATE}\n\n35.4 While a dispute under clause 35.1 is unresolved, this Contract remains in force and no party is entitled to terminate it.`],
    ['present', `${TERMINATE}\n\n35.4 Pending the final resolution of any dispute, each party shall continue to perform its obligations.`],
  ]);
});

const USES = 'End User Licence Agreement between Halvey Software Ltd ("Halvey") and the Office of State Protection of Tervain (the "Licensee").\n\n'
  + '6.1 The Licensee shall not use the Software to surveil or target any person for exercising freedom of expression, assembly, association, religion or privacy, nor to target journalists, human-rights defenders, lawyers, political opponents, dissidents or minorities.\n\n6.2 The Licensee shall not use the Software for bulk or untargeted collection.';
describe('a carve-out for what protects state security or public order', () => {
  gradeTable(useRestrictions, [
    ['contradicted', `${USES}\n\n14.6 No provision of this EULA shall restrict any activity of the Licensee undertaken for the protection of State security or public order.`],
    ['contradicted', `${USES}\n\n14.6 Nothing in this EULA shall limit operations carried out for the safeguarding of national security.`],
    ['present', `${USES}\n\n14.6 Nothing in this EULA shall limit the Licensee's right to terminate it for convenience.`],
  ]);
});

const TRAINED = 'Licence between Vale Optics AB (the "Seller") and the Gendarmerie Command of Saurel (the "Purchaser").\n\n'
  + '6.1 The Purchaser shall ensure that every person who operates the Software completes the Seller\'s human-rights training before receiving access and repeats it every year.';
describe("no term of any document requiring the customer's people to train", () => {
  gradeTable(training, [
    ['contradicted', `${TRAINED}\n\n17.2 No term of any document of the Seller shall require the Purchaser's personnel to undergo any training or briefing, and any such term is excluded.`],
    ['contradicted', `${TRAINED}\n\n17.2 No provision of this Licence obliges the Purchaser to arrange training of any kind for its officers.`],
    ['present', `${TRAINED}\n\n17.2 No provision of this Licence obliges the Purchaser to pay for training of its officers.`],
  ]);
});

const WITHHOLD = 'Contract between Glasswick Instruments AB (the "Supplier") and the Forensic Science Institute of Merrovia (the "Institute").\n\n'
  + '9.3 The Supplier may suspend or withhold software updates, upgrades, maintenance and support, with immediate effect, upon misuse of the Laboratory or breach of clause 8 (Human Rights Undertakings).';
describe('the seller barred "in any circumstances" from the measure', () => {
  gradeTable(updateSupportWithholding, [
    ['contradicted', `${WITHHOLD}\n\n9.4 For the avoidance of doubt, the Supplier shall not in any circumstances withhold or delay any update, upgrade, maintenance or support.`],
    ['contradicted', `${WITHHOLD}\n\n9.4 The Institute shall receive every update, and the Supplier may not under any circumstances suspend its support.`],
    ['present', `${WITHHOLD}\n\n9.4 The Supplier shall not in any circumstances charge for updates supplied under clause 9.`],
  ]);
});

const BUNDLE = 'Call-Off Contract under Framework Agreement FA-7 between Brandreth Systems Ltd (the "Supplier") and the Police Division of Kervala (the "Buyer").\n\n';
const QUOTED = 'Framework Schedule 6 (Investigations), paragraph 1: "The Buyer shall cooperate with any investigation by the Supplier into alleged Misuse: it shall provide information and audit logs within five Working Days. Failure to do so entitles the Supplier to suspend or terminate."';
describe("a provision a bundle quotes from another document's schedule, then disapplies or qualifies", () => {
  gradeTable(investigationCooperation, [
    ['present', `${BUNDLE}${QUOTED}`],
    ['missing', `${BUNDLE}${QUOTED}\n\nCall-Off Special Terms\n\n1. Framework Schedule 6 (Investigations) shall not apply to this Call-Off Contract.`],
    ['contradicted', `${BUNDLE}${QUOTED}\n\nCall-Off Special Terms\n\n1. Paragraph 1 of Framework Schedule 6 imposes no obligation on the Buyer.`],
    ['present', `${BUNDLE}${QUOTED}\n\nCall-Off Special Terms\n\n1. Framework Schedule 7 (Charges) shall not apply to this Call-Off Contract.`],
  ]);
});

const LOGGED = 'Software Licence between Ombrelle Data SAS (the "Licensor") and the Internal Security Directorate of Lunedia (the "Licensee").\n\n'
  + '1.1 "Licence Conditions" means the limits on Named Users, concurrent sessions and installations in the Order Form, and the Licensee\'s obligation to pay the Fees.\n\n'
  + '1.2 "Use Terms" means the prohibitions on use against journalists and political opponents in clause 6, and the other human rights terms of this Agreement.\n\n'
  + '14.1 The Software logs the user, time, search subject and legal-basis reference of each search, and the Licensee shall not disable, purge or alter that log.\n\n';
describe('an audit of compliance with a term the draft defines by its commercial limits alone', () => {
  gradeTable(auditAndRecords, [
    ['weak', `${LOGGED}14.2 The Licensor or an independent auditor appointed by it may audit the Licensee's records to verify compliance with the Licence Conditions.`],
    ['present', `${LOGGED}14.2 The Licensor or an independent auditor appointed by it may audit the Licensee's records to verify compliance with the Use Terms.`],
    ['present', `${LOGGED}14.2 The Licensor or an independent auditor appointed by it may audit the Licensee's records to verify compliance with this Agreement.`],
  ]);
});

const KOVRAST = 'Call-Off Terms between the Ministry of Justice of Kovrast (the "Buyer") and Lattice Harbour Ltd (the "Supplier").\n\n'
  + '5.2 "Human Rights" means the rights set out in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.\n\n';
describe('an endeavour set off by an aside, and a duty as far as operational requirements permit', () => {
  gradeTable(humanRightsCompliance, [
    ['weak', `${KOVRAST}5.1 The Buyer shall endeavour, in all its operations, to use the Deliverables consistently with Human Rights.`],
    ['weak', `${KOVRAST}5.1 The Buyer shall, so far as its operational requirements permit, use the Deliverables consistently with Human Rights.`],
    ['present', `${KOVRAST}5.1 The Buyer shall, in all its operations, use the Deliverables consistently with Human Rights.`],
  ]);
});

const EXTRACTED = 'Licence between Tarrant Forensics Inc. ("Licensor") and the Judicial Investigation Directorate of Oskarra ("Licensee").\n\n'
  + '10.1 Licensee shall analyse data extracted with the Product only for the case for which it was extracted, extract only the categories of data authorized for that case, store it encrypted and delete it within two years after the case is closed.\n\n';
describe('a bar on sharing lifted wherever the law permits the disclosure', () => {
  gradeTable(dataProtection, [
    ['weak', `${EXTRACTED}10.2 Licensee shall not disclose extracted data to any third party or foreign government without judicial authorization, except where the laws of the Republic require or permit the disclosure.`],
    ['weak', `${EXTRACTED}10.2 Licensee shall not share extracted data with any other agency or foreign government without judicial authorization, save to the extent that national legislation allows it.`],
    ['present', `${EXTRACTED}10.2 Licensee shall not disclose extracted data to any third party or foreign government without judicial authorization, except where a court orders the disclosure.`],
  ]);
});

describe("reports handled only by the customer's own office", () => {
  gradeTable(grievanceMechanism, [
    ['weak', `${CHANNEL} All reports through the channel shall be received and handled exclusively by the Purchaser's Internal Control Office.`],
    ['weak', `${CHANNEL} Reports made through the channel are dealt with only by the Purchaser.`],
    ['present', `${CHANNEL} Reports are received by the Seller's ethics office and handled by it alone.`],
  ]);
});

describe('a cure period after a written notice, "for it to be remedied"', () => {
  gradeTable(terminationForMisuse, [
    ['weak', `${TERMINATE}\n\n33.1 Before exercising any right to terminate under this Contract, a party must give the other party written notice specifying the default and allow sixty (60) days for it to be remedied.`],
    ['weak', `${TERMINATE}\n\n33.1 Before terminating, the Supplier shall serve a notice of default and allow forty-five days for the breach to be cured.`],
    ['present', `${TERMINATE}\n\n33.1 Before exercising any right to terminate under this Contract, a party must give the other party written notice specifying the default.`],
  ]);
});

const KITS = 'Contract between Selkirra Forensics B.V. (the "Supplier") and the Criminal Investigation Police of Belmora (the "Purchaser").\n\n'
  + '7.1 The Purchaser shall not sell, lend, sublicense, transfer or share the Kits or any licence dongle with any other person or body, including any other public authority, and private contractors may operate the Kits only with the Supplier\'s prior written consent.\n\n'
  + '7.2 The Purchaser shall not modify or reverse engineer the software, and diversion of any Kit to a person other than the Purchaser is a breach of the Contract.\n\n';
describe('a cited clause that gives way wherever a state\'s law permits', () => {
  gradeTable(noTransfer, [
    ['weak', `${KITS}19.1 Clause 7.1 applies save where the Purchaser is required or permitted under the law of Belmora to make the Kits available to another state authority.`],
    ['weak', `${KITS}19.1 Clause 7.1 applies except where national legislation allows another authority to use the Kits.`],
    ['present', `${KITS}19.1 Clause 7.1 applies except as authorised under the export laws and any licence issued to the Supplier.`],
  ]);
});

const PLAN = 'Contract between Saltmarsh Intercept Ltd (the "Contractor") and the Ministry of State Security of Dunmere (the "Ministry").\n\n'
  + '19.1 Where misuse of the System is established, the Ministry shall cease the misuse, take corrective measures against those responsible and provide remedy, including compensation, to the persons affected, under a remediation plan adopted within sixty days.';
describe('a remediation plan kept from the seller', () => {
  gradeTable(remediation, [
    ['weak', `${PLAN}\n\n19.2 The remediation plan is an internal document of the Ministry and shall not be communicated to the Contractor.`],
    ['weak', `${PLAN}\n\n19.2 The remediation plan, and the corrective measures taken under it, will not be disclosed to the Contractor in any form.`],
    ['present', `${PLAN}\n\n19.2 The Ministry shall send the remediation plan to the Contractor, which may comment on it within fourteen days.`],
  ]);
});

const PARTNER = 'Authorised Partner Agreement between Ymira Analytics GmbH (the "Vendor") and Kavanto Solutions AS (the "Partner").\n\n'
  + '7.1 The Partner shall carry out a human rights due diligence assessment of each prospective Customer before any sale and shall keep records of each assessment for seven years.\n\n'
  + '7.3 The Partner shall not complete a sale until the Vendor has approved it in writing.\n\n';
describe('the end user named to the seller only with its own consent', () => {
  gradeTable(resellerDueDiligence, [
    ['weak', `${PARTNER}7.2 Before each sale, the Partner shall notify the Vendor of the intended end use, and shall disclose the identity of the Customer to the Vendor only where the Customer has consented in writing.`],
    ['weak', `${PARTNER}7.2 Before each sale, the Partner shall notify the Vendor of the intended end use and, subject to the end user's agreement, its name.`],
    ['present', `${PARTNER}7.2 Before each sale, the Partner shall notify the Vendor of the intended end use and disclose the identity of the Customer, and shall obtain the Customer's consent to that disclosure.`],
  ]);
});

const DEFINED = 'Conditions of Contract between the Department of Justice of Esterlund (the "Department") and Lowmoor Cipher Ltd (the "Contractor").\n\n'
  + '1.1 Definitions\n\n"Approved End Uses" means the investigation of serious offences by the Department\'s Intelligence Unit, for its own purposes only.\n\n'
  + '"Deliverables" means the software and services described in Schedule 1.\n\n';
describe('a definition no clause uses says nothing of what the draft does (the end user named nowhere: weak at best)', () => {
  gradeTable(endUseLimitation, [
    ['missing', `${DEFINED}14. End Use\n\n[Reserved.]\n\n15. Payment\n\n15.1 The Department shall pay each invoice for the Deliverables within 30 days.`],
    ['weak', `${DEFINED}14. End Use\n\n14.1 The Department shall use the Deliverables only for an Approved End Use.`],
    // (Used through the meaning of a term a clause uses.)
    ['weak', `${DEFINED}"Permitted Use" means any Approved End Use.\n\n14. End Use\n\n14.1 The Department shall make no use of the Deliverables other than a Permitted Use.`],
  ]);
});

const HOPED = 'Memorandum of Agreement between Orvanta Signal GmbH ("Orvanta") and the Federal Criminal Police Office of Kaldera (the "Office").\n\n';
describe('a recital run into its heading ("Recitals (C) ...") that only hopes for a safeguard', () => {
  gradeTable(remediation, [
    ['missing', `${HOPED}Recitals\n(C) Orvanta's Human Rights Policy states that Orvanta expects its customers to take corrective action and to provide remedy to persons affected by any misuse.\n\nOperative terms\n\n1. Orvanta shall deliver the Platform by the Delivery Date.`],
    ['weak', `${HOPED}Operative terms\n\n1. Orvanta shall deliver the Platform by the Delivery Date.\n\n2. Where misuse is found, the Office shall provide remedy to the persons affected.`],
  ]);
});

const CLOUD = 'Cloud Service Terms between Coastline Geo Inc. ("we", "us") and the subscribing law-enforcement agency ("you").\n\n';
describe('a report of fraud on the customer\'s account is no report of misuse', () => {
  gradeTable(misuseDisclosure, [
    ['missing', `${CLOUD}14.2 We may report suspected fraudulent use of payment cards registered to your account to the card issuer and to law enforcement.`],
    ['missing', `${CLOUD}14.2 We may pass details of any chargeback or fraudulent transaction on your account to the police.`],
    ['weak', `${CLOUD}14.2 We may report suspected misuse of the service against journalists or protesters to law enforcement and other competent authorities.`],
  ]);
});

const RADAR = 'Contract for Coastal Radar Services between Dunlin Geospatial Ltd (the "Supplier") and the Border Guard of Istrana (the "Customer").\n\n';
describe('force majeure excuses what the seller cannot do, not what it does about misuse', () => {
  gradeTable(safeguardActionProtection, [
    ['missing', `${RADAR}Clause 29 – Force Majeure\n\n29.2 Where the Supplier is prevented from providing the Services by a Force Majeure Event, it may suspend the affected Services without liability, and no service credits accrue for the period of suspension.`],
    ['weak', `${RADAR}29.2 Where the Supplier suspends the Services for suspected misuse under clause 12, it does so without liability, and no service credits accrue for the period of suspension.`],
  ]);
});

const FIU = 'Licence and Services Agreement between Mornhollow Analytics Ltd (the "Licensor") and the Financial Intelligence Unit of Korvania (the "FIU").\n\n';
describe('an agreement to agree binds no one to the safeguard', () => {
  gradeTable(terminationForMisuse, [
    ['missing', `${FIU}18.1 The parties shall, within six months after the Effective Date, negotiate in good faith a protocol setting out the circumstances, if any, in which the Licensor may terminate this Agreement on account of misuse of the Software.\n\n19.1 Either party may terminate this Agreement by notice if the other becomes insolvent.`],
    ['missing', `${FIU}18.1 The parties will seek to agree a misuse procedure under which the Licensor may terminate this Agreement immediately for misuse of the Software.`],
    ['present', `${FIU}18.1 The Licensor may terminate this Agreement with immediate effect if it reasonably believes that the Software has been misused.`],
  ]);
});

const ORDER = 'Order Form between Kestrum Analytics Inc. ("Kestrum") and the Border Intelligence Service of Palvoria ("Customer").\n\n';
describe('a paragraph given for information only binds no one', () => {
  gradeTable(useRestrictions, [
    ['missing', `${ORDER}Note 4. For information only: Kestrum's Responsible Use Guidelines describe uses Kestrum does not support, including the targeting of journalists, human-rights defenders and political opponents and the bulk monitoring of populations.`],
    ['missing', `${ORDER}By way of information only, Customer shall not use the Platform to target journalists, human-rights defenders or political opponents, or for bulk monitoring.`],
    ['weak', `${ORDER}4. Customer shall not use the Platform to target journalists, human-rights defenders or political opponents, or for bulk monitoring.`],
  ]);
});

describe('use for any monitoring, including what the restrictions bar', () => {
  gradeTable(useRestrictions, [
    ['contradicted', `${USES}\n\n14.6 The Licensee may use the Software for any monitoring activity it considers necessary, including population-scale collection and the monitoring of any individual or group.`],
    ['contradicted', `${USES}\n\n14.6 The Licensee may operate the Software for any operational purpose, including the surveillance of journalists or opposition figures where it so decides.`],
    ['present', `${USES}\n\n14.6 The Licensee may use the Software for any purpose permitted by clause 6, including the training of its analysts.`],
  ]);
});

describe('the seller giving up its right to object to transfers', () => {
  gradeTable(noTransfer, [
    ['contradicted', `${KITS}29.2 The Supplier hereby waives all rights to object to, and releases the Purchaser from any liability for, any transfer, sublicensing or sharing of the Kits made by the Purchaser at any time.`],
    ['present', `${KITS}29.2 The Supplier shall have no right to transfer or assign this Contract without the Purchaser's consent.`],
  ]);
});

describe('the customer free to pass the product to anyone of its choosing', () => {
  gradeTable(noTransfer, [
    ['contradicted', `${KITS}29.2 The Purchaser may sublicense, lend, resell or transfer the Kits to any person of its choosing, including private security firms.`],
    ['contradicted', `${KITS}29.2 The Purchaser may transfer the Kits to any third party it selects.`],
    ['present', `${KITS}29.2 The Purchaser may transfer the Kits to any person it selects with the Supplier's prior written consent.`],
  ]);
});

const INTERCEPT = 'Contract between Kaveri Secure Networks Limited (the "Supplier") and the Anti-Terrorism Squad of Mahindra Pradesh (the "Purchaser").\n\n'
  + '19.1 Intercept product shall be accessed only by officers designated in writing by the Purchaser, analysed only within the monitoring facility, stored only on the encrypted storage array, and deleted within six months after the interception order expires; no intercept product shall be shared with any other agency, private party or foreign government except as a competent court authorises.';
describe('data the customer may keep and then pass on "to any agency"', () => {
  gradeTable(dataProtection, [
    ['contradicted', `${INTERCEPT}\n\n24.1 The Purchaser may retain intercept product for any period and disseminate it to any agency of the Union or any foreign partner service.`],
    ['contradicted', `${INTERCEPT}\n\n24.1 The Purchaser may analyse the data at its headquarters and share it with any government department.`],
    ['present', `${INTERCEPT}\n\n24.1 The Purchaser may retain intercept product for evidential use and disclose it to the court hearing the case.`],
  ]);
});

const AGENCY = 'Licence between Harrow Signal Ltd (the "Supplier") and the National Crime Agency of Veloria (the "Customer").\n\n';
const AGENCY_USE = '4.1 The System shall be used only by the Customer, in its own investigations, for the prevention and investigation of Serious Crime and Terrorism.';
describe('readings from the fourth trap set: "an authorised end use", every treaty satisfied by local law, a clause quoted "for reference"', () => {
  gradeTable(endUseLimitation, [
    ['contradicted', `${AGENCY}${AGENCY_USE}\n\n27.2 Any use of the System permitted by the laws of Veloria shall be deemed an authorised end use for all purposes of this Licence.`],
  ]);
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${KOVRAST}5.1 The Buyer shall use the Deliverables consistently with Human Rights.\n\n2.4 Wherever the Contract refers to any treaty, declaration or international standard, the Buyer's conformity with the laws in force in Kovrast shall constitute full and conclusive compliance with that reference.`],
    ['contradicted', `Letter Agreement from Ashgrove Forensics Ltd ("Ashgrove") to the Criminal Intelligence Directorate of Pellmark (the "Directorate").\n\nFor reference, clause 11 of the Licence provides: "The Directorate undertakes to respect human rights, as the International Covenant on Civil and Political Rights defines them, in all its use of the Software."\n\n1. Ashgrove irrevocably waives clause 11 of the Licence.`],
    ['present', `${KOVRAST}5.1 The Buyer shall use the Deliverables consistently with Human Rights.\n\n2.4 Wherever the Contract refers to any treaty, the reference is to the treaty as amended from time to time.`],
  ]);
});

const WARRANTED = 'Supply Contract between Cerulean Technologies Ltd (the "Supplier") and the General Intelligence Bureau of Hallorin (the "Bureau").\n\n'
  + '14.2 The Bureau shall activate the Monitoring Suite against a target only with the prior authorisation of an independent judicial authority under published law, which shall find the activation necessary and proportionate.';
describe('authorization declared never to be sought; export "without regard to" any restriction', () => {
  gradeTable(lawfulAuthorization, [
    ['contradicted', `${WARRANTED}\n\nAnnex 5, paragraph 3: The Bureau declares that its operations are authorised internally, and that no judicial or other external authorisation will be sought for any activation of the Monitoring Suite.`],
    ['present', `${WARRANTED}\n\nAnnex 5, paragraph 3: The Bureau declares that no activation will be made before the judicial authorisation is obtained.`],
  ]);
  gradeTable(exportControlCompliance, [
    ['contradicted', `${EXPORT}\n\n18.2 From the passing of title, the Licensee may sell, lend, re-export or otherwise transfer the Products to any person in any country, without regard to any export restriction of the United States.`],
  ]);
});

const TERMS_COOP = 'Cloud Terms of Service between Quenby Analytics Inc. ("we") and the government agency named in the Order ("you").\n\n'
  + '5. Investigations. If we receive a credible complaint that the service has been misused, you must, within 10 days of our request, give us the logs and information we ask for and make your operators available for interview. If you don\'t cooperate, we can suspend or end your access.';
describe('plain English: "you never have to give us your logs", after a clause "we shall not ask, and you ..."', () => {
  gradeTable(investigationCooperation, [
    ['contradicted', `${TERMS_COOP}\n\n14. We will never ask you for, and you never have to give us, your logs, targets or case information.`],
    ['contradicted', `${TERMS_COOP}\n\n14. You don't have to share your logs or targets with anyone, us included.`],
    ['present', `${TERMS_COOP}\n\n14. You never have to give us the names of your informants.`],
  ]);
});

describe('the seller barred from requesting, inspecting or auditing, not from touching the audit logs', () => {
  gradeTable(auditAndRecords, [
    ['contradicted', `${AUDIT}\n\n25.2 Notwithstanding any other clause, the Licensor shall not request, inspect or audit any log or record generated by the System.`],
    ['present', `${AUDIT}\n\n25.2 The Licensor shall not disable or purge the audit logs of its own support portal.`],
  ]);
});

const NOTIFY = 'Supply Contract between Shinwa Data Corporation (the "Supplier") and the Public Security Bureau of Doryan (the "Customer").\n\n'
  + 'Article 11 The Customer shall notify the Supplier in writing within 48 hours of discovering any actual or suspected use of the Products in violation of Article 6 (Human Rights Provisions).\n\n';
describe("the customer barred from telling the seller 'such information', misuse among it", () => {
  gradeTable(misuseNotification, [
    ['contradicted', `${NOTIFY}24.1 All information concerning the operations and use of the Products, including any information relating to any alleged improper use, is a state secret.\n\n24.2 The Customer shall not disclose any such information to the Supplier or to any other person.`],
    ['present', `${NOTIFY}24.1 All information concerning the Customer's budget is confidential.\n\n24.2 The Customer shall not disclose any such information to the Supplier or to any other person.`],
  ]);
});

describe("a seller's waiver as the second predicate of its sentence", () => {
  gradeTable(renewalReassessment, [
    ['contradicted', `Letter from Tanaka Systems K.K. (the "Licensor") to the National Police Agency of Meridia (the "NPA").\n\n1. Article 12 of the Agreement provides that, before each annual renewal, the Licensor shall conduct a human-rights due-diligence review and may refuse renewal in light of its result.\n\n2. The Licensor hereby confirms that it will renew the Agreement on each anniversary for so long as the NPA requests, and irrevocably waives its right under Article 12 to refuse or condition any renewal.`],
    ['present', `Letter from Tanaka Systems K.K. (the "Licensor") to the National Police Agency of Meridia (the "NPA").\n\n1. Article 12 of the Agreement provides that, before each annual renewal, the Licensor shall conduct a human-rights due-diligence review and may refuse renewal in light of its result.\n\n2. The Licensor hereby confirms that it has received the NPA's request for renewal, and waives its right under Article 14 to a late-payment fee.`],
  ]);
});

describe("the customer's vetting of the seller before an extension is no human-rights review", () => {
  gradeTable(renewalReassessment, [
    ['missing', `Deed of Standing Offer between Zenith Arcwell Pty Ltd (the "Supplier") and the Department of Home Security of Westerlea (the "Department").\n\n17.2 Before any extension of the Term takes effect, the Department will reassess the Supplier's security clearances and foreign-ownership status, and may decline to extend if that reassessment is unsatisfactory.`],
    ['present', `Deed of Standing Offer between Zenith Arcwell Pty Ltd (the "Supplier") and the Department of Home Security of Westerlea (the "Department").\n\n17.2 Before any extension of the Term takes effect, the Supplier will carry out a fresh human-rights due-diligence review of the Department's use of the System, and may decline to extend if that review is unsatisfactory.`],
  ]);
});

describe('a later paragraph the rule sets aside lends no element to the one before', () => {
  gradeTable(renewalReassessment, [
    ['weak', `Deed of Standing Offer between Zenith Arcwell Pty Ltd (the "Supplier") and the Department of Home Security of Westerlea (the "Department").\n\n17.1 The parties may agree in writing to extend the Term by up to two further periods of one year each.\n\n17.2 Before any extension takes effect, the Department will reassess the Supplier's security clearances, and may decline to extend if that reassessment is unsatisfactory.`],
  ]);
});

const TRAINING_TERMS = 'Cloud Terms of Service between Quenby Analytics Inc. ("we") and the government agency named in the Order ("you").\n\n'
  + '7. Training. Before anyone on your team uses the service, they must complete our Responsible Use course, which covers human rights, privacy and what you may not use the service for. They must redo it every year.';
describe('a cited clause made optional; the seller barred from withholding the approval a cited clause requires', () => {
  gradeTable(training, [
    ['contradicted', `${TRAINING_TERMS}\n\n15. The training in Section 7 is recommended but is never a condition of access.`],
    ['contradicted', `${TRAINING_TERMS}\n\n15. Section 7 is for guidance only.`],
    ['present', `${TRAINING_TERMS}\n\n15. Section 7 is mandatory for every user.`],
  ]);
  const DISTRIBUTION = 'Master Distribution Agreement between Helvion Secure GmbH ("Helvion") and Pacific Rim Integration Co., Ltd. (the "Distributor").\n\n'
    + '6.1 Before each sale, the Distributor shall conduct human-rights due diligence on the end user, disclose the end user and the end use to Helvion, obtain Helvion\'s written approval and keep due-diligence records for five years.\n\n';
  gradeTable(resellerDueDiligence, [
    ['contradicted', `${DISTRIBUTION}11.2 Helvion may not refuse, delay or withhold any approval under Clause 6.1 on the ground of the identity or intended use of any end user.`],
    ['present', `${DISTRIBUTION}11.2 Helvion shall not unreasonably withhold any approval under Clause 6.1.`],
  ]);
});

describe('another qualification deemed to be the training', () => {
  gradeTable(training, [
    ['weak', `${TRAINED}\n\n9.4 Any officer holding a valid Level 3 security clearance shall be deemed to have completed all training required by this Licence.`],
    ['weak', `${TRAINED}\n\n9.4 Officers who completed the police academy's ethics module are to be treated as having received the training.`],
    ['present', `${TRAINED}\n\n9.4 An officer shall be deemed to hold a Level 3 clearance when the Purchaser's vetting unit so certifies.`],
  ]);
});

describe('a cited clause that "confers on the seller no right"; a waiver of any claim under a cited clause', () => {
  gradeTable(remediation, [
    ['contradicted', `${PLAN}\n\n30.1 The measures the Ministry adopts after any incident are matters of its sovereign competence, and clause 19.1 shall be construed accordingly and confers on the Contractor no right in respect of such measures.`],
    ['present', `${PLAN}\n\n30.1 Clause 19.1 confers on the Contractor the right to comment on the remediation plan.`],
  ]);
  gradeTable(auditAndRecords, [
    ['contradicted', `${AUDIT}\n\n20.1 The Licensor waives any claim under clause 12.2.`],
  ]);
});

const OPTIONS = 'Order Form between Ysolde Data GmbH (the "Supplier") and the Data Analysis Centre of Soreth (the "Buyer").\n\n'
  + '| Optional Condition | Applies |\n| --- | --- |\n| OC-1 Source Code Escrow | Yes |\n| OC-2 Human Rights Use Undertaking | HR_APPLIES |\n\n'
  + 'Optional Condition OC-2 (Human Rights Use Undertaking): The Buyer represents and undertakes that it will use the Deliverables consistently with the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.';
describe('an option marked "No" in the order form leaves out its text wherever the draft quotes it', () => {
  const statusOf = async (text: string) => checkDraft(await readDraft(new TextEncoder().encode(text), 'order.md')).findings.find((f) => f.safeguard === 'human-rights-compliance')?.status;
  it('is missing when marked No, present when marked Yes', async () => {
    expect(await statusOf(OPTIONS.replace('HR_APPLIES', 'No'))).toBe('missing');
    expect(await statusOf(OPTIONS.replace('HR_APPLIES', 'Yes'))).toBe('present');
  });
});

describe('a declaration about past use alone; sharing excepted for foreign services', () => {
  gradeTable(humanRightsCompliance, [
    ['weak', `${KOVRAST}5.1 The Buyer declares that, as at the date of signature of this Contract, it has not employed any technology in a manner incompatible with Human Rights.`],
    ['present', `${KOVRAST}5.1 The Buyer represents that, at the date of this Contract, it has not used any surveillance product in a manner inconsistent with Human Rights.\n\n5.3 The Buyer undertakes that throughout the Term it shall use the Deliverables only consistently with Human Rights.`],
  ]);
  gradeTable(dataProtection, [
    ['weak', `${EXTRACTED}10.2 Licensee shall not share extracted data with any third party or foreign government without judicial authorization, save for exchanges with the security services of member states of the Coastal Security Pact.`],
    ['present', `${EXTRACTED}10.2 Licensee shall not share extracted data with any third party or foreign government without judicial authorization, save for disclosure to the court hearing the case.`],
  ]);
});

const MARISPORT = 'Supply Agreement between Caldrith Secure plc (the "Contractor") and the Ministry of Interior of Marisport (the "Ministry").\n\n'
  + '5.1 The Equipment shall be used only by the End User, in its own operations, for the investigation of Serious Crime.\n\n'
  + '5.3 "Serious Crime" means an offence involving violence against the person, kidnapping or trafficking; it does not include any offence whose essence is speech, assembly or association.\n\n';
describe('the end user open-ended in the meaning of the term the clause uses', () => {
  gradeTable(endUseLimitation, [
    ['weak', `${MARISPORT}"End User" means the Ministry, any department under its control, and any other body of the Government that the Ministry may from time to time designate in writing.`],
    ['present', `${MARISPORT}"End User" means the Ministry's Directorate of Criminal Investigation.`],
    ['present', `${MARISPORT}"End User" means the Ministry's Directorate of Criminal Investigation.\n\n"Competent Authority" means any authority the Ministry may designate to hear complaints.`],
  ]);
});

describe('contractors let in on notice; a measure referred to a joint committee first', () => {
  gradeTable(noTransfer, [
    ['weak', `${KITS}7.3 The Purchaser may permit the following persons to use the Kits for its purposes: its contractors and outsourced service providers, as it may engage from time to time, on written notice to the Supplier.`],
    ['present', `${KITS}7.3 The Purchaser may permit its contractors to use the Kits only with the Supplier's prior written consent, given after written notice to the Supplier.`],
  ]);
  const SUSPEND = 'Managed Services Agreement between Tollund Analytics A/S (the "Provider") and the Border Agency of Orvenna (the "Agency").\n\n'
    + '22.1 Upon a credible complaint or reasonable suspicion of misuse, the Provider may suspend or remotely disable the Services with immediate effect until its investigation is complete.';
  gradeTable(suspensionRemoteDisable, [
    ['weak', `${SUSPEND}\n\n22.2 Before any suspension under clause 22.1, the matter shall be referred to the Joint Oversight Committee, and the suspension may proceed only if the Committee approves it.`],
    ['present', `${SUSPEND}\n\n22.2 After any suspension under clause 22.1, the matter shall be referred to the Joint Oversight Committee for information.`],
  ]);
});

const CALL_OFF = 'Call-Off Contract between Harlowe Meridian Ltd (the "Supplier") and the Border Intelligence Command (the "Authority").\n\n'
  + '12.1 Where the Supplier is investigating alleged misuse of the System, the Authority shall within 10 Working Days of request supply the information and audit logs requested and make the relevant operators available for interview.\n\n'
  + '12.2 If the Authority fails to comply with clause 12.1, the Supplier may suspend the System or terminate this Call-Off Contract with immediate effect.';
describe('a cited clause made to wait on a condition', () => {
  gradeTable(investigationCooperation, [
    ['weak', `${CALL_OFF}\n\n12.3 The Authority's obligations under clause 12.1 shall not commence until the Supplier has paid its costs of complying in advance.`],
    ['present', `${CALL_OFF}\n\n12.3 The Authority's obligations under clause 12.1 continue after this Call-Off Contract ends.`],
  ]);
});

const KEYS = 'Supply and Licence Contract between Westerholm Signal AB (the "Supplier") and the Security Police of Norrvik (the "Customer").\n\n'
  + '8.1 The System is activated by licence files issued by the Supplier, each valid for six months.\n\n8.2 The Supplier may refuse to issue a renewal licence file at its discretion.';
describe('a product that keeps working long after its key lapses; a refusal allowed only on an international body\'s finding', () => {
  gradeTable(sellerControl, [
    ['weak', `${KEYS}\n\n8.4 If a renewal licence file is not installed for any reason, the System shall continue to operate with full functionality for eighteen (18) months from the expiry of the last licence file.`],
    ['weak', `${KEYS}\n\n8.4 After expiry the System enters a grace period of 12 months.`],
    ['present', `${KEYS}\n\n8.4 If a renewal licence file is not installed, the System shall continue to operate for seven days from the expiry of the last licence file and then stop.`],
  ]);
  gradeTable(renewalReassessment, [
    ['weak', `Licence between Al-Sadeem Technologies W.L.L. (the "Company") and the Ministry of Interior of Wadi Qamar (the "Ministry").\n\n5.1 The licence term is one year, renewable annually.\n\n5.2 Before each renewal the Company shall conduct a human-rights reassessment, and may decline a renewal on the basis of the reassessment only where the Security Council of the United Nations has adopted a resolution finding serious violations by the Ministry.`],
  ]);
});

describe('"nothing in clause X prevents the customer"; "this clause 13 applies during the initial phase only"', () => {
  gradeTable(grievanceMechanism, [
    ['weak', `${CHANNEL}\n\n5.4 Nothing in clause 5.1 prevents the Purchaser from taking disciplinary action against any person who discloses classified information through the channel.`],
    ['present', `${CHANNEL}\n\n5.4 Nothing in clause 5.1 prevents the Seller from publishing statistics on the reports received.`],
  ]);
  const PHASED = 'Call-Off Contract between Harlowe Meridian Ltd (the "Contractor") and the Serious Fraud Office of Marrak (the "Customer").\n\n'
    + '13.1 Before the System enters operational use, the Contractor shall deliver human-rights training, covering privacy and freedom of expression, to every Customer officer who will operate the System, and no officer shall receive access until trained.\n\n'
    + '13.2 Each trained officer shall attend refresher training every twelve months.\n\n';
  gradeTable(training, [
    ['weak', `${PHASED}13.3 This clause 13 applies during the initial deployment phase only.`],
    ['present', `${PHASED}13.3 This clause 13 applies throughout the term.`],
  ]);
});

describe("a plan approved by the customer's own inspectorate; a publication the customer must approve first", () => {
  gradeTable(remediation, [
    ['weak', `${PLAN}\n\n19.2 The remediation plan shall be reviewed and approved by the Ministry's General Inspectorate.`],
    ['present', `${PLAN}\n\n19.2 The remediation plan shall be reviewed by the Contractor, which may require changes to it.`],
  ]);
  gradeTable(misuseDisclosure, [
    ['weak', `${CLOUD}14.2 Notwithstanding section 12 (Confidentiality), we may report suspected misuse of the service to competent authorities, and may publish aggregate information about complaints of misuse and their resolution, provided that the text of any publication has first been approved in writing by you.`],
  ]);
});

describe('a compound number spelled out before its digits; a cure period in the items after "provided that:"', () => {
  it('reads "one hundred and eighty (180) days" as 180 days', () => {
    expect(normalise('within one hundred and eighty (180) days')).toContain('within 180 days');
    expect(normalise('within twenty-one (21) days')).toContain('within 21 days');
  });
  const STOP = 'Technical Service Agreement between Teorin Vision Co., Ltd. (the "Supplier") and the Public Security Department of Daeyang (the "Customer").\n\n'
    + 'Article 14 (Withholding of Services)\n\nWhere the Customer uses the System in violation of Article 13 (Human Rights Undertakings), the Supplier may withhold software upgrades and updates, maintenance, technical support and all other services, provided that:\n(1) the Supplier has first notified the Customer in writing of the violation; and\n';
  gradeTable(updateSupportWithholding, [
    ['weak', `${STOP}(2) the Customer has failed to correct the violation within one hundred and eighty (180) days after receiving the notice.`],
    ['present', `${STOP}(2) the notice states the violation found.`],
  ]);
});

describe("the seller's own cooperation with the customer's inspector general", () => {
  gradeTable(investigationCooperation, [
    ['missing', 'Contract between Brightwater Lattice Corp. (the "Contractor") and the Ministry of Internal Security of Lorvania (the "Ministry").\n\nI-45 CONTRACTOR COOPERATION WITH THE INSPECTOR GENERAL\n\n(a) The Contractor shall cooperate fully with any investigation by the Ministry\'s Inspector General concerning the performance of this contract.\n\n(b) The Contractor shall produce requested records within five business days and make its employees available for interview within ten business days.'],
    ['weak', `${CALL_OFF.split('\n\n12.2')[0]}`],
  ]);
});

describe("a bar on moving the customer's data is no bar on transferring the product", () => {
  gradeTable(noTransfer, [
    ['missing', 'Cloud Services Order Form between Cinderwick Cloud Ltd ("Cinderwick") and the Revenue Intelligence Unit of Malvora (the "Unit").\n\nArticle 6(2) No transfer of Customer Data. Cinderwick shall store Customer Data only in Malvora and shall not transfer or provide access to Customer Data to any person outside Malvora, except with the Unit\'s prior written authorisation.\n\nArticle 6(3) Cinderwick shall not modify, sell or share Customer Data except as instructed in writing by the Unit.'],
    ['weak', 'Order Form between Cinderwick Cloud Ltd ("Cinderwick") and the Revenue Intelligence Unit of Malvora (the "Unit").\n\n6.2 The Unit shall not sell, transfer or share the Service, or any Customer Data extracted with it, with any other agency.'],
  ]);
});

describe("title to the media is no perpetual licence; staff contact data processed under the GDPR is no authorization of surveillance", () => {
  gradeTable(sellerControl, [
    ['missing', 'Supply Contract between Tallisker Optronics Ltd (the "Supplier") and the Ministry of the Interior of Marrak (the "Ministry").\n\n15.3 Upon Acceptance, title to the Equipment and the Software media shall pass to the Ministry.'],
    ['contradicted', 'Supply Contract between Tallisker Optronics Ltd (the "Supplier") and the Ministry of the Interior of Marrak (the "Ministry").\n\n15.3 Upon Acceptance, title to the Equipment and the Software shall pass to the Ministry.'],
  ]);
  gradeTable(lawfulAuthorization, [
    ['missing', 'Support Agreement between Selvedge Analytics B.V. ("Selvedge") and the National Police of Aurenne ("Client").\n\nD.1 Selvedge shall process the names and e-mail addresses of Client staff who contact the support desk only on a lawful basis under the General Data Protection Regulation, and only to the extent necessary and proportionate to resolve their support tickets.'],
  ]);
});

describe("the end of a licence to the seller's marks, for misuse of the marks", () => {
  gradeTable(terminationForMisuse, [
    ['missing', 'Software and Trademark License Agreement between Ovidian Security Inc. ("Ovidian") and the Provincial Police Service of Lorenzana (the "Service").\n\nSection 10.3. Ovidian may terminate the trademark license granted in Section 10.1 immediately upon written notice if the Service misuses the Ovidian Marks.'],
    ['present', 'Software License Agreement between Ovidian Security Inc. ("Ovidian") and the Provincial Police Service of Lorenzana (the "Service").\n\nSection 10.3. Ovidian may terminate this Agreement immediately upon written notice if it reasonably believes that the Service has misused the Software in breach of Section 8 (Human Rights).'],
  ]);
});

describe("the seller barred from withholding 'on grounds relating to' the customer's use", () => {
  gradeTable(updateSupportWithholding, [
    ['contradicted', `${WITHHOLD}\n\n9.4 The Supplier shall not withhold, delay or make conditional any update, upgrade, maintenance or support on grounds relating to the Institute's use of the Software.`],
    ['present', `${WITHHOLD}\n\n9.4 The Supplier shall not withhold any update on grounds relating to the Institute's late payment of an invoice.`],
  ]);
});

describe("the end users' identity made the reseller's secret, which it need not disclose", () => {
  const DISTRIBUTOR = 'Distribution Agreement between Marcheval Signal SAS (the "Supplier") and Lantern Bay Supplies Ltd (the "Distributor").\n\n'
    + '6.1 The Distributor shall conduct human rights due diligence on each prospective Customer and its intended use and keep records for five years.\n\n'
    + '6.2 Before any sale, the Distributor shall disclose to the Supplier the identity of the Customer and the end use, and obtain the Supplier\'s written approval.\n\n';
  gradeTable(resellerDueDiligence, [
    ['contradicted', `${DISTRIBUTOR}17.3 The identity of each Customer is the Distributor's Confidential Information and trade secret. Nothing in this Agreement obliges the Distributor to disclose it to the Supplier.`],
    ['contradicted', `${DISTRIBUTOR}17.3 The names of the Distributor's customers are trade secrets, and the Distributor shall not be obliged to disclose them to anyone.`],
    ['present', `${DISTRIBUTOR}17.3 The Distributor's price lists are confidential. Nothing in this Agreement obliges the Distributor to disclose them to the Supplier.`],
  ]);
});

const KORDAVA_BASE = 'Services Contract between Abernethy Analytics Ltd (the "Contractor") and the Ministry of State Security of Kordava (the "Ministry").\n\n'
    + '6.1 The Contract term is twelve months. Any extension is subject to a fresh human rights due diligence review by the Contractor, who may refuse the extension on the outcome of that review.';
describe('a status quo that forces the extension; renewal of a personnel clearance', () => {
  const KORDAVA = KORDAVA_BASE;
  gradeTable(renewalReassessment, [
    ['contradicted', `${KORDAVA}\n\n31.2 Pending final resolution of any dispute referred to arbitration, this Contract shall be extended on its existing terms and no party shall refuse any extension.`],
    ['present', `${KORDAVA}\n\n31.2 Pending final resolution of any dispute referred to arbitration, each party shall continue to perform its obligations.`],
    ['missing', 'Supply Contract between Halvergate Intercept Ltd (the "Contractor") and the Signals Directorate of Morvania (the "Directorate").\n\n24.2 The Directorate shall re-assess each clearance of the Contractor\'s staff every twelve months and before any renewal of a site pass, and may refuse renewal of a clearance or pass on the outcome of that reassessment.'],
  ]);
});

describe('"This Article 9 shall not apply to any use ... by the End User"', () => {
  const DRAVIA = 'Contract between Corvane Analytics, Inc. ("Contractor") and the Ministry of Security of Dravia ("Ministry").\n\n'
    + 'Article 9(1). The Ministry shall not operate the System in respect of any person without a prior order of an independent court, issued under published law on a finding that the measure is necessary and proportionate.\n\n';
  gradeTable(lawfulAuthorization, [
    ['contradicted', `${DRAVIA}Article 9(3). This Article 9 shall not apply to any use of the System by the Ministry.`],
    ['present', `${DRAVIA}Article 9(3). This Article 9 shall not apply to any use of the System for training on test data.`],
  ]);
});

describe("the right to pass the product on, after the customer's own uses in a list", () => {
  gradeTable(noTransfer, [
    ['contradicted', `${KITS}29.2 The Purchaser may install, use and make available the Kits at any site and to any ministry, department, agency or contractor of the Government, without the consent of the Supplier.`],
    ['present', `${KITS}29.2 The Purchaser may install and use the Kits at any of its own sites, without the consent of the Supplier.`],
  ]);
});

describe('the review taken from the seller', () => {
  gradeTable(renewalReassessment, [
    ['contradicted', `${KORDAVA_BASE}\n\n6.4 The Contractor shall not carry out any review of its own: the Ministry's statement that its laws are unchanged shall be conclusive.`],
    ['contradicted', `${KORDAVA_BASE}\n\n6.4 The Ministry's statement that its laws are unchanged obliges the Contractor to renew the Contract.`],
    ['present', `${KORDAVA_BASE}\n\n6.4 The Contractor shall not carry out any review of the Ministry's premises without notice.`],
  ]);
});

describe('targets deemed outside the protected groups', () => {
  gradeTable(useRestrictions, [
    ['contradicted', `${USES}\n\n1.4 Every person named in a tasking approved by a Commander shall for all purposes of this EULA be treated as not being a journalist, lawyer or political opponent.`],
    ['contradicted', `${USES}\n\n1.4 The examination of a tasked person's device shall be deemed not to relate to that person's expression, assembly or religion.`],
    ['present', `${USES}\n\n1.4 A person shall be treated as not being a Licensee employee once their access is revoked.`],
  ]);
});

describe('an entire-agreement clause that names the side letter it supersedes', () => {
  const SIDE = 'Distribution Agreement between Brackwater Intelligence Ltd (the "Principal") and Al-Nujoom Systems W.L.L. (the "Distributor").\n\n'
    + 'Side letter dated 20 June from the Principal to the Distributor: "The Distributor shall ensure that every end user signs the Principal\'s EULA, which contains the human-rights use restrictions and the suspension and termination terms. The Principal may enforce the EULA directly, and the Distributor shall enforce it."\n\n';
  gradeTable(eulaFlowDown, [
    ['missing', `${SIDE}25.1 This Agreement supersedes all prior agreements and side letters between the parties, including the side letter of 20 June.`],
    ['present', `${SIDE}25.1 This Agreement supersedes all prior agreements between the parties, including the letter of intent of 2 March.`],
  ]);
});

describe('secrecy in two steps: logs classified, classified information barred from the seller', () => {
  gradeTable(investigationCooperation, [
    ['contradicted', `${CALL_OFF}\n\n24.1 The Authority shall not disclose to the Supplier any information classified under the State Secrets Act.\n\n24.2 All information relating to the operational use of the System, including logs and targets, is classified by operation of this Call-Off Contract.`],
    ['present', `${CALL_OFF}\n\n24.1 The Authority shall not disclose to the Supplier any information classified under the State Secrets Act.\n\n24.2 The Authority's budget papers are classified.`],
  ]);
});
