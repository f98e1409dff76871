// Generalisation tables, round 4b: seven rules read in drafting styles the earlier tables lack
// (US federal "The Government shall", UK public-sector schedules and Working Days, civil-law
// translations "undertakes to", plain "we/you" terms, passive voice and nominalisations, licence
// conditions, termination events, duties in lists with lead-ins, Markdown tables, definitions far
// from their use). Rows were written from the spec alone, before reading the rules' code.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('no-transfer (general vocabulary, round 4b)', () => {
  gradeTable(noTransfer, [
    ['present', 'The Government shall not sell, sublicense, loan or otherwise transfer the licensed software, or provide access to it, to any other Federal, State or local agency or to any contractor, and shall not modify, decompile or reverse engineer it. Any diversion of the software to an end user not authorized under this contract constitutes a material breach.'],
    ['present', 'The Licensee shall not, without the Licensor\'s prior written consent:\n\n(a) sell, rent, lend, sublicense or otherwise dispose of the Software;\n(b) allow any other ministry, agency or private contractor to operate or access the Software; or\n(c) adapt, modify, translate, decompile or disassemble the Software.\n\nAny diversion of the Software to a person other than the Licensee shall be a material breach.'],
    ['present', 'The Beneficiary undertakes not to cede, rent, lend or place at the disposal of any third party, including other public administrations and private subcontractors, the Solution or access thereto, and not to alter or decompile it. Any diversion of the Solution to an unauthorised user constitutes a serious breach of contract.'],
    ['present', 'You may not pass the Software, or your log-in, to anyone else (not to another government department, and not to a contractor working for you) unless we agree in writing. You may not change, reverse-engineer or take apart the Software. If the Software ends up with someone we have not approved, you will be in breach of this licence.'],
    ['present', 'Transfer, resale, sub-licensing or loan of the Equipment to any other body, including a non-governmental contractor, is prohibited without the Vendor\'s written consent. Modification or reverse engineering of the Equipment\'s firmware is likewise prohibited. Diversion of the Equipment to an unauthorised end user shall constitute a material breach.'],
    ['present', 'The licence is conditional upon the Licensee not transferring, sharing or sublicensing the System, or access to it, with any other agency or any contractor without the Licensor\'s prior written consent, and not modifying or reverse engineering the System. Any diversion of the System to an unauthorised end user is a material breach.'],
    ['present', '1.7 "Unauthorised Transfer" means any sale, loan, sublicence, transfer or sharing of the System, or of access to it, with any person other than the Authority (including any other government body or any contractor) made without the Supplier\'s prior written consent, and any modification or reverse engineering of the System.\n\n14.2 The Authority shall not make any Unauthorised Transfer. Any diversion of the System to an unauthorised end user is a material breach.'],
    ['present', '| Topic | Customer obligation |\n| --- | --- |\n| Transfer | The Customer shall not sell, lend, sublicense or transfer the Product, or give access to it, to any other agency or contractor without the Supplier\'s written consent. |\n| Modification | The Customer shall not modify, decompile or reverse engineer the Product. |\n| Diversion | Diversion of the Product to an unauthorised end user is a material breach. |'],
    // A bar on use by any other unit is a bar on diversion; "any such transfer shall be a breach" makes it one.
    ['present', 'The Agency shall not sublicense, lend or transfer the Software, shall not modify or reverse engineer it, and shall not permit it to be accessed or used by any other department or by any contractor; any such transfer shall be a breach of this Agreement.'],
    // Affiliates, contractors as users, assignment only, reverse engineering only.
    ['weak', 'The Customer shall not sell, lend or transfer the Platform or make it available to any other agency, shall not modify it, and any diversion is a material breach. The Platform may be used by subcontractors engaged by the Customer.'],
    ['weak', 'The Purchaser may grant access to the Platform to its Affiliates, provided that it remains liable for their acts and omissions.'],
    ['weak', 'Neither party shall assign, novate or otherwise dispose of its rights or obligations under this Contract without the prior written consent of the other party.'],
    ['weak', 'The Licensee may allow its staff and contractors to use the Software. The Licensee shall not rent or sublicense the Software.'],
    ['weak', 'The Agency shall not reverse engineer, decompile or disassemble the Software.'],
    // Personal data, the seller's own subcontracting, compliance with laws.
    ['missing', 'The Contractor shall not transfer any Personal Data outside the United Kingdom without the prior written consent of the Authority.'],
    ['missing', 'The Supplier may subcontract the installation services to an approved subcontractor.'],
    ['missing', 'Each party shall comply with all laws applicable to it in performing this Contract.'],
    // Free passing-on to other state bodies, in other words.
    ['contradicted', 'The Ministry may, without reference to the Supplier, place the System at the disposal of any other State security body.'],
    ['contradicted', 'You are free to share your access to the Service with other agencies of your government.'],
    ['contradicted', 'The Authority may novate this Contract, or transfer the Licensed Software, to any Crown Body or any successor to its functions without the Contractor\'s consent.'],
    ['contradicted', '5. The Customer shall not sell, lend or transfer the Product or give access to it to any third party, shall not modify it, and any diversion is a material breach.\n\n19. Notwithstanding clause 5, the Customer may make the Product available to any other law-enforcement agency of the Republic.'],
  ]);
});

describe('use-restrictions (general vocabulary, round 4b)', () => {
  gradeTable(useRestrictions, [
    ['present', 'The Government shall not use the licensed capability (a) to surveil or target any individual for the exercise of rights of free speech, peaceful assembly, association or religion; (b) to target journalists, human rights defenders, attorneys, political opponents or members of minority groups; or (c) to conduct bulk or untargeted collection.'],
    ['present', 'The End User undertakes not to employ the System for the surveillance of persons on account of their political opinions, religious beliefs or ethnic origin, nor against journalists, lawyers or defenders of human rights, nor for the indiscriminate collection of the communications of the population.'],
    ['present', 'You must not use the tool to track people because they protest, speak out, pray or join a union, or to go after reporters, activists or opposition politicians. You must not use it to sweep up everyone\'s data: only named targets.'],
    ['present', 'Use of the Platform for the monitoring of peaceful protesters, the targeting of members of the press or of human rights organisations, or the mass interception of communications is prohibited.'],
    ['present', 'The licence is conditional upon the Licensee not deploying the Software against any person on discriminatory grounds or by reason of his or her lawful political activity, against journalists or human rights defenders, or for the generalised surveillance of a population.'],
    ['present', '"Protected Person" means a journalist, lawyer, human rights defender, political opponent or any person exercising freedom of expression, assembly or association.\n\n9.3 The Authority shall not use the Equipment to target any Protected Person, nor for bulk collection of communications data.'],
    // Items typed "a)" under a lead-in, and bulk interception as "an undetermined group of persons".
    ['present', 'The Ministry shall not use the Solution:\n\na) against any person by reason of the peaceful exercise of freedom of expression or association;\nb) to target journalists, lawyers or opposition politicians; or\nc) for the interception of the communications of an undetermined group of persons.'],
    // Generic acceptable use, local-law limits, export-law end uses, one element only.
    ['weak', 'The Customer shall not use the Services for any unlawful, harmful, fraudulent or abusive purpose, or to transmit spam or malicious code.'],
    ['weak', 'The Licensee shall not target journalists or political dissidents with the Software, save where such use is permitted under the laws of the Licensee\'s jurisdiction.'],
    ['weak', 'The Purchaser certifies that the Items will not be used in the design, development or production of chemical or biological weapons.'],
    ['weak', 'The Authority shall not use the System for mass surveillance.'],
    ['weak', 'The Agency shall not use the System to monitor any individual solely on the basis of race, religion or political opinion.'],
    ['missing', 'The Contractor shall comply with all applicable federal, state and local laws.'],
    ['missing', 'The Supplier shall not make any statement to journalists about this Contract without the Authority\'s approval.'],
    ['missing', 'The Customer may use the Software for its internal business purposes.'],
    // National-security carve-outs and customer discretion.
    ['contradicted', 'Nothing in Schedule 2 (Prohibited Uses) shall restrict the use of the System by the Authority in the interests of national security or the prevention of disorder.'],
    ['contradicted', '7. The Ministry shall not use the Solution against journalists, human rights defenders or political opponents, nor for indiscriminate interception.\n\n22. The prohibitions in clause 7 shall not apply where the Ministry acts to safeguard State security.'],
    ['contradicted', 'These restrictions don\'t apply to anything you do for national security reasons.'],
    ['contradicted', 'The Customer shall determine in its sole discretion against whom the System is deployed, and no limitation in this Agreement shall apply to its counter-terrorism or intelligence operations.'],
  ]);
});

describe('misuse-notification (general vocabulary, round 4b)', () => {
  gradeTable(misuseNotification, [
    ['present', 'The Agency shall provide written notice to the Contractor within seventy-two (72) hours after the Agency becomes aware of any actual or suspected misuse of the licensed capability.'],
    ['present', '"Human Rights Incident" means any actual or alleged use of the Services in breach of Schedule 7 (Human Rights).\n\n18.4 The Authority shall notify the Supplier as soon as reasonably practicable, and in any event within 2 Working Days, of any Human Rights Incident.'],
    ['present', 'The Beneficiary undertakes to inform the Contractor, within five working days of becoming aware thereof, of any circumstance suggesting that the Solution has been used in violation of human rights.'],
    ['present', 'If you find out or suspect that someone has misused the App, you must tell us within 48 hours.'],
    ['present', 'Notification of any suspected Prohibited Use shall be made by the Customer to the Vendor within three (3) days of its discovery.'],
    ['present', 'The Licensee shall notify the Licensor in writing within seven days of:\n\n(a) any change in its organisation affecting the users of the Software;\n(b) any actual or suspected use of the Software against a journalist, lawyer or human rights defender; and\n(c) any loss of a licence key.'],
    ['present', 'It is a condition of this licence that the Licensee reports any suspected misuse of the Product to the Licensor within 72 hours.'],
    // Security incidents only, no time, endeavours.
    ['weak', 'The Customer shall notify the Supplier without undue delay of any Security Incident affecting the Platform.'],
    ['weak', 'The Agency shall keep the Contractor informed of any allegations of misuse of the System that come to its attention.'],
    ['weak', 'The Ministry shall endeavour to notify the Vendor of any suspected misuse within 10 days.'],
    ['weak', 'Any misuse of the Software of which the Licensee becomes aware shall be reported to the Licensor.'],
    // The seller notifying the customer, other events.
    ['missing', 'The Contractor shall notify the Authority within 24 hours of any suspected misuse of Authority Data by its personnel.'],
    ['missing', 'The Purchaser shall notify the Seller within 10 days of any defect in the Goods.'],
    ['missing', 'We will notify you at least 30 days before we change these terms.'],
    // The duty given up.
    ['contradicted', 'The Authority shall be under no duty to report to the Contractor any incident, complaint or allegation concerning its use of the System.'],
    ['contradicted', 'The Contractor waives any right to be informed of the Ministry\'s operational use of the Solution, including any alleged misuse.'],
    ['contradicted', 'You do not have to tell us about anything that happens when you use the Service.'],
  ]);
});

describe('audit-and-records (general vocabulary, round 4b)', () => {
  gradeTable(auditAndRecords, [
    ['present', 'The system shall generate an audit log recording, for each query, the user, the date and time, and the legal authority relied upon. The Government shall not disable, delete or modify the audit log. The Contractor, or an independent auditor designated by the Contractor, may audit the Government\'s compliance with the Human Rights Terms upon fifteen (15) days\' written notice.'],
    ['present', 'The Authority shall ensure that the System\'s audit trail (recording the user, time and warrant reference of every search) is kept enabled at all times and is not deleted or altered. The Supplier may, on giving not less than 10 Working Days\' notice, conduct an audit of the Authority\'s compliance with Schedule 6.'],
    ['present', 'The Solution automatically keeps a journal of every operation, indicating the operator, the date and the target. The Beneficiary undertakes not to deactivate, erase or modify this journal. The Contractor reserves the right to have an independent expert verify, upon thirty days\' prior notice, that the Beneficiary complies with its obligations under Article 9.'],
    ['present', 'Every lookup you make is recorded: who made it, when, and on whom. You can\'t switch this logging off or delete the records. We, or an auditor we appoint, can check that you are following these terms after giving you notice.'],
    ['present', 'Logging of all user activity (user identity, timestamp, target and authorisation reference) shall be enabled by default, and deactivation or deletion of the logs by the Licensee is prohibited. Compliance audits may be conducted by the Licensor or its nominee on 14 days\' notice.'],
    ['present', 'The Customer shall:\n\n(a) keep the Platform\'s usage logs, which record the operator, time and target of every search, enabled and intact, and not delete or alter them; and\n(b) permit the Vendor or an independent auditor, on reasonable notice, to audit its compliance with the Acceptable Use Policy.'],
    ['present', 'The App records each search you run, with your user name, the time and the number searched. You cannot turn the recording off or change the records. We may review your use of the App at any time, on notice, to check compliance with these Terms.'],
    // Fees and seats, audit only by consent, one element only.
    ['weak', 'The Contractor may audit the Agency\'s records to verify the number of user seats deployed and the fees payable.'],
    ['weak', 'The System records each search with the user, time and target. The Supplier may audit the Customer\'s compliance with the Human Rights Terms only with the Customer\'s prior consent.'],
    ['weak', 'Usage logs are retained for twelve months, after which the Customer may delete them.'],
    ['weak', 'The Vendor may, on reasonable notice, audit the Authority\'s compliance with this Schedule.'],
    // The customer auditing the seller, the seller's own books.
    ['missing', 'The Contractor shall maintain books and records relating to this contract for three years after final payment and make them available to the Comptroller General.'],
    ['missing', 'The Authority may audit the Supplier\'s compliance with the Security Management Plan.'],
    ['missing', 'Each party shall keep accurate accounts of its expenditure under this Agreement.'],
    // Audit denied.
    ['contradicted', 'The Contractor shall have no right of access to the Agency\'s facilities, systems or records for any purpose, including audit.'],
    ['contradicted', 'We have no right to audit or inspect how you use the Service.'],
    ['contradicted', 'The Customer may disable logging at its discretion, and no audit of the Customer\'s use of the System shall be carried out by the Supplier.'],
    ['contradicted', 'The Vendor may audit compliance with the Human Rights Terms on notice.\n\nNothing in this Contract shall restrict or condition the Agency\'s intelligence or national security activities.'],
  ]);
});

describe('misuse-disclosure (general vocabulary, round 4b)', () => {
  gradeTable(misuseDisclosure, [
    ['present', 'Clause 20 (Confidentiality) shall not prevent the Supplier from reporting any suspected Misuse to a Regulatory Body or law enforcement agency, or from publishing, in its annual transparency report, anonymised aggregate data on complaints received and how they were resolved.'],
    ['present', 'Notwithstanding any confidentiality or non-disclosure provision of this contract, the Contractor may refer suspected misuse of the licensed capability to appropriate law enforcement, oversight or export control authorities, and may publicly report aggregated, non-identifying information regarding complaints of misuse and their disposition.'],
    ['present', 'By derogation from Article 14 (Confidentiality), the Contractor is entitled to inform the competent authorities of any suspected misuse and to make public, in aggregated form, the number and outcome of complaints received.'],
    ['present', 'Even though we keep your information confidential, we may tell the authorities if we suspect misuse, and we may publish yearly totals of the complaints we receive and how we dealt with them.'],
    ['present', 'Disclosure of suspected misuse to competent authorities, and publication of aggregated statistics on misuse complaints and their resolution, shall not constitute a breach of the confidentiality obligations in clause 9.'],
    ['present', 'The obligations of confidence in clause 15 do not apply to:\n\n(a) information that is in the public domain;\n(b) any report by the Vendor to a competent authority of suspected misuse of the System; or\n(c) aggregate, anonymised information published by the Vendor about complaints and their resolution.'],
    // One element only, or only with the customer's consent.
    ['weak', 'The Supplier may report suspected misuse of the System to the competent authorities.'],
    ['weak', 'We publish an annual report summarising the complaints made about our products and how they were resolved.'],
    ['weak', 'The Vendor may, with the Ministry\'s prior written consent, notify the relevant authorities of any suspected misuse.'],
    // Generic confidentiality exceptions, the customer's own publication.
    ['missing', 'Either party may disclose Confidential Information where required to do so by law, a court or a regulator.'],
    ['missing', 'The Authority may publish this Contract in accordance with the Freedom of Information Act 2000.'],
    ['missing', 'The Supplier shall report its greenhouse-gas emissions to the Authority annually.'],
    // Confidentiality of the customer's data is ordinary drafting, not secrecy about its use.
    ['missing', 'The Vendor shall keep Customer Data confidential and protect it with industry-standard security measures.'],
    // Secrecy towards everyone, authorities included.
    ['contradicted', 'The Supplier shall keep strictly confidential the Ministry\'s use of the System.'],
    ['contradicted', 'The Contractor shall not disclose to any person, including any governmental, regulatory or international body, any information concerning the Agency or its use of the System.'],
    ['contradicted', 'The Vendor shall not make any public statement or disclosure regarding the Ministry\'s use of the Solution, and shall not disparage the Ministry.'],
    ['contradicted', 'We will never tell anyone, including any authority, anything about how you use the Service.'],
  ]);
});

describe('investigation-cooperation (general vocabulary, round 4b)', () => {
  gradeTable(investigationCooperation, [
    ['present', 'Upon written request by the Contractor in connection with an investigation of alleged misuse, the Government shall, within ten (10) business days, furnish all relevant records and audit logs and make knowledgeable personnel available for interview. Failure by the Government to do so shall entitle the Contractor to suspend performance.'],
    ['present', 'The Authority shall provide all reasonable assistance to the Supplier in any investigation into a suspected Human Rights Breach, including access to the Authority\'s premises, systems, logs and staff within 5 Working Days of the Supplier\'s request. A failure by the Authority to comply with this clause shall be a Supplier Termination Event.'],
    ['present', 'The Beneficiary undertakes to lend its full collaboration to any inquiry conducted by the Contractor or by a competent authority into an alleged misuse of the Solution, in particular by communicating, within fifteen days, the documents, logs and information requested and by making its agents available. Any refusal to collaborate authorises the Contractor to suspend the licence.'],
    ['present', 'If we look into a complaint that the Service has been misused, you must help us: give us the records and logs we ask for and let us speak to your staff within 7 days. If you don\'t, we can suspend or close your account.'],
    ['present', 'Access to logs, records and personnel shall be granted by the Licensee to the Licensor within ten days of any request made for the purposes of investigating suspected misuse; non-cooperation shall be a ground for termination.'],
    ['present', '12.1 The Customer shall, within 10 days of a request, give the Vendor the logs, information, personnel and access it requires for any investigation of suspected Misuse.\n\n18.2 The Vendor may terminate this Agreement with immediate effect if:\n\n(a) the Customer fails to pay any undisputed invoice within 60 days; or\n(b) the Customer is in breach of clause 12.1.'],
    ['present', 'Continued use of the Software is conditional upon the Licensee\'s cooperation with any investigation of alleged misuse, including the provision of information, logs and access to personnel within 14 days of a request.'],
    // Efforts, national-security proviso, no times.
    ['weak', 'The Agency shall make reasonable efforts to respond to inquiries from the Contractor regarding alleged misuse.'],
    ['weak', 'Subject to its national security requirements, the Ministry shall provide the Vendor with information relevant to any investigation of alleged misuse within 10 days; failure to cooperate is a ground for suspension.'],
    ['weak', 'Cooperation shall be extended by the Licensee to any inquiry into alleged misuse of the Software.'],
    ['weak', 'The Customer shall provide the logs relevant to any misuse investigation as and when it considers appropriate.'],
    // The seller cooperating, generic cooperation, installation access.
    ['missing', 'The Contractor shall cooperate with the Office of Inspector General in any investigation of fraud under this contract.'],
    ['missing', 'The parties shall cooperate in good faith in the performance of this Agreement.'],
    ['missing', 'The Customer shall give the Supplier\'s engineers access to the Site for installation and maintenance.'],
    // No disclosure of operations.
    ['contradicted', 'The Government shall not be required to furnish the Contractor with any operational data, audit logs, target information or classified material.'],
    ['contradicted', 'Nothing in this Contract shall oblige the Authority to provide the Supplier with access to its systems, personnel or records in connection with any investigation.'],
    ['contradicted', 'You never have to share your logs, targets or operational information with us.'],
  ]);
});

describe('seller-control (general vocabulary, round 4b)', () => {
  gradeTable(sellerControl, [
    ['present', 'The capability shall be provided as a Contractor-hosted software-as-a-service offering; the Contractor retains administrative control of the platform and may restrict or terminate any Government user\'s access.'],
    ['present', 'The Licensed Software shall only operate with a Licence Key issued by the Supplier. Each Licence Key shall expire after 12 months, and the Supplier may in its discretion decline to issue a replacement.'],
    ['present', 'The Solution is operated from the infrastructure of the Contractor, which retains custody of it and may at any time limit or interrupt the Beneficiary\'s access.'],
    ['present', 'The Service runs in our cloud. We control it, and we can limit features or cut off your access.'],
    ['present', 'Activation of the Software is time-limited: each activation key expires after ninety days, and the issue of a new key is at the sole discretion of the Licensor.'],
    ['present', 'The licence is conditional upon revalidation of the Licensee\'s licence key with the Licensor\'s licensing server every six months; the Licensor may withhold revalidation.'],
    ['present', '| Item | Arrangement |\n| --- | --- |\n| Deployment | Vendor-hosted cloud service operated by the Vendor |\n| Access | The Vendor may suspend or restrict the Customer\'s access at any time |'],
    // On-premises for a term, renewal that cannot be refused.
    ['weak', 'The Software shall be installed on the Agency\'s own servers and licensed for a term of five (5) years.'],
    ['weak', 'Each activation key expires after one year; the Vendor shall not withhold a replacement key where the Ministry has paid the annual fee.'],
    ['weak', 'The Supplier grants the Authority a non-exclusive licence to use the Software on the Authority\'s premises for the Term.'],
    ['missing', 'The Supplier shall deliver the Hardware to the Authority\'s premises within 30 days of the Order.'],
    ['missing', 'The Contractor shall provide the Government with telephone support 24 hours a day.'],
    // Perpetual rights, no time-locks, keys from escrow.
    ['contradicted', 'The licence granted in clause 2 is perpetual, irrevocable and fully paid up.'],
    ['contradicted', 'The Vendor warrants that the Software contains no time-lock, licence-expiry or kill-switch mechanism.'],
    ['contradicted', 'Once activated, your copy works forever: no renewals, no expiry.'],
    ['contradicted', 'On any termination of this Agreement, the escrow agent shall release the Activation Keys and the Source Code to the Ministry.'],
  ]);
});
