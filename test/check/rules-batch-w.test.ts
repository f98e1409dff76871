// General fixes made after corpus batch w arrived (who owes what to whom). Each has a near miss.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { training } from '../../src/check/rules/training.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

// A table whose header says who acts, with a verb: "If | Then the Licensor may".
const actionTable = (header: string, second: string) => `"Misuse" means any use of the System contrary to Part 2.

## Measures

| If | ${header} |
| --- | --- |
| the Licensor receives a credible report of Misuse, or suspects it | stop issuing licence keys and block access, at once and without notice, until its review ends |
| ${second} | withhold all updates, patches, support and training |
`;

describe('tables: a header that names the party with a verb, and a cell that repeats the one above', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', actionTable('Then the Licensor may', 'the same')],
    ['present', actionTable('The Vendor may', 'as above')],
  ]);
  gradeTable(updateSupportWithholding, [
    ['present', actionTable('Then the Licensor may', 'the same')],
    ['present', actionTable('Then Licensor can', 'ditto')],
    // Without "the same", the second row names no trigger.
    ['weak', actionTable('Then the Licensor may', 'at the end of each licence year')],
  ]);
});

describe('misuse-disclosure: nothing in any obligation prevents the seller from referring misuse', () => {
  gradeTable(misuseDisclosure, [
    ['present', 'Nothing in any confidentiality obligation prevents the Licensor from reporting suspected Prohibited Use to the national export-control authority or a United Nations human rights body, or from publishing each year an aggregate summary of the complaints received and how they were resolved.'],
    ['present', 'Nothing in this clause 18, and nothing in the Official Secrets Act, prevents the Supplier from referring a suspected Prohibited Search to the Data Protection Commission, or from publishing each year the number of complaints received and how each was resolved.'],
    // The customer's right, not the seller's.
    ['missing', 'Nothing in any confidentiality obligation prevents the Customer from reporting suspected Prohibited Use by the Supplier\'s staff to the Data Protection Commission.'],
  ]);
});

describe("termination-for-misuse: in the seller's opinion", () => {
  gradeTable(terminationForMisuse, [
    ['present', 'The Licensor may terminate this Agreement by notice with immediate effect if, in the Licensor\'s opinion, a Prohibited Use has occurred.'],
    // Someone else's opinion is no finding of the seller's.
    ['weak', 'The Licensor may terminate this Agreement by notice with immediate effect if, in the opinion of the Joint Oversight Board, a Prohibited Use has occurred.'],
  ]);
});

describe('training: a course one must complete, or that covers human rights', () => {
  gradeTable(training, [
    ['present', 'No person may hold an account until he or she has completed the Responsible Search Course, which covers privacy, non-discrimination and the limits in clauses 5 to 10. Each holder shall repeat the course every twelve (12) months.'],
    ['present', 'Operators must pass the Licensor\'s human rights module before their credentials are issued and must pass it again each year.'],
    // A course with no human-rights content.
    ['missing', 'No person may hold an account until he or she has completed the Platform Administration Course, which covers installation, backups and user management. Each holder shall repeat the course every twelve (12) months.'],
  ]);
});

describe('data-protection: results only to the requesting officer', () => {
  gradeTable(dataProtection, [
    ['present', 'The Customer shall submit only the part of an image needed for the comparison, shall send results only to the Authorised Requester, shall keep Collected Data encrypted, delete it thirty (30) days after the Search, and shall not disclose it to any other person, including any authority of another state.'],
    // Nothing on who may see the results.
    ['weak', 'The Customer shall submit only the part of an image needed for the comparison, shall keep Collected Data encrypted, delete it thirty (30) days after the Search, and shall not disclose it to any other person, including any authority of another state.'],
  ]);
});

const BANS = 'The Customer shall not run any search (a) against any person for taking part in a lawful assembly, for their religion or for expressing any opinion; (b) against journalists, lawyers or human rights defenders; or (c) ';
describe('use-restrictions: crowds, live feeds and anyone not a specified person', () => {
  gradeTable(useRestrictions, [
    ['present', `${BANS}on a live video feed, or on an image of a group or crowd that is not confined to a specified person.`],
    ['present', `${BANS}on any image that is not limited to an identified suspect.`],
    // A limit on the number of searches alone says nothing of untargeted use.
    ['weak', `${BANS}more than sixty (60) times in any day.`],
  ]);
});

// A strong set of measures, then a general clause that takes them away.
const MEASURES = '"Misuse" means any breach of Annex 2.\n\n12.1 Where the Provider receives a credible complaint of Misuse or suspects Misuse, it may suspend the Licence Files at once and without notice until its investigation is complete.\n\n12.2 In the same case the Provider may withhold technical support and software updates.\n\n12.3 The Provider may terminate this Contract with immediate effect if it reasonably believes that Misuse has occurred.';
describe('a sole-remedy clause that denies the right, with a phrase between, for a list of acts', () => {
  const denial = `${MEASURES}\n\n11.4 The Provider shall have no right, by reason of any breach of Annex No. 2, to terminate or withdraw from this Contract, to revoke, refuse or delay the issue of any Licence File, or to withhold technical support or software updates.`;
  gradeTable(terminationForMisuse, [['contradicted', denial], ['present', MEASURES]]);
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', denial],
    ['contradicted', `${MEASURES}\n\n11.4 The Provider shall not revoke any activation key during the Support Period.`],
    // Revoking keys on termination only: no bar on suspension.
    ['present', `${MEASURES}\n\n11.4 On expiry of the Support Period the Provider shall issue a final Licence File that it will not revoke.`],
  ]);
  gradeTable(updateSupportWithholding, [
    ['contradicted', denial],
    // A bar on withholding for something other than a breach.
    ['present', `${MEASURES}\n\n11.4 The Provider shall not withhold technical support or software updates by reason of a delay in payment of less than thirty (30) days.`],
  ]);
});

const AUDIT = 'The System keeps an undeletable log of each extraction, the operator, the case number and the court ruling, which the Principal shall not disable or alter. The Provider or an independent auditor it appoints may inspect the log and the laboratories once a year to verify compliance with Annex 2.';
describe('audit-and-records: the right declared used up', () => {
  gradeTable(auditAndRecords, [
    ['contradicted', `${AUDIT}\n\n3. The Provider confirms that its right of inspection under item 10 of Annex 2 has been fully exercised and is exhausted.`],
    ['contradicted', `${AUDIT}\n\n3. No further inspection shall be carried out during the Support Period.`],
    // The first inspection done, the yearly right goes on.
    ['present', `${AUDIT}\n\n3. The Provider confirms that the first yearly inspection under item 10 of Annex 2 has been carried out.`],
  ]);
});

describe('translated civil-law drafting (batch w)', () => {
  gradeTable(lawfulAuthorization, [
    // "Authorization of a judge", and necessity and proportionality as nouns.
    ['present', 'CLAUSE SIX - JUDICIAL AUTHORIZATION. No profile or person may be included in monitoring by the Platform without the prior authorization of a Judge of Control of Guarantees, in which the judge has examined the necessity, the suitability and the proportionality of the measure.'],
    ['weak', 'CLAUSE SIX - JUDICIAL AUTHORIZATION. No profile or person may be included in monitoring by the Platform without the prior authorization of a Judge of Control of Guarantees.'],
  ]);
  gradeTable(sellerControl, [
    ['present', 'CLAUSE EIGHT - FORM OF PROVISION. The Platform is provided as a service from a data centre in the Republic. The accounts of the analysts are created, administered and deactivated by the Contractor. The Contracting Entity will not receive any copy of the software.'],
    // A service, but nothing lets the seller cut it off.
    ['weak', 'CLAUSE EIGHT - FORM OF PROVISION. The Platform is provided as a service from a data centre in the Republic, and the Contracting Entity will not receive any copy of the software.'],
  ]);
  gradeTable(training, [
    ['present', 'CLAUSE SEVEN - TRAINING. The Contractor will impart to the analysts the course of operation of the Platform, which includes a module of eight (8) hours on human rights and privacy. No analyst will receive an account without having approved the course, and each analyst will repeat the human rights module every semester.'],
    ['weak', 'CLAUSE SEVEN - TRAINING. The Contractor will impart to the analysts the course of operation of the Platform, which includes a module of eight (8) hours on human rights and privacy, and each analyst will repeat the human rights module every semester.'],
  ]);
  gradeTable(exportControlCompliance, [
    // Only the customer's own foreign-trade regime: the seller's export law is not named.
    ['weak', 'CLAUSE NINE - FOREIGN TRADE. The Contracting Entity will observe the customs and foreign trade regime of the Republic in relation to the licences and equipment received under the present contract.'],
    ['missing', 'CLAUSE NINE - PAYMENT. The Contracting Entity will pay in Costaveran pesos, and any foreign currency is converted at the official rate.'],
  ]);
});

describe('who decides, who pays, who renews, who helps (batch w)', () => {
  const END_USE = 'CLAUSE THREE - AUTHORIZED USE. The Platform is destined exclusively to the Directorate of Criminal Intelligence, which will use it in its own criminal investigations, and only for the investigation of the Serious Crimes listed in Annex 1.';
  gradeTable(endUseLimitation, [
    ['contradicted', `${END_USE}\n\nCLAUSE NINETEEN - ACTS OF SOVEREIGNTY. The determination of the ends to which the Platform is applied, and the qualification of any investigation as one relating to a Serious Crime, are acts of the sovereign power of the State which correspond exclusively to the Contracting Entity.`],
    // The customer's officials decide operational questions, not the purposes of use.
    ['present', `${END_USE}\n\nCLAUSE NINETEEN - SUPERVISION. The determination of the delivery schedule corresponds to the Supervisor, after hearing the Contractor.`],
  ]);
  const SUSPENSION = 'When the Contractor receives a credible complaint of Misuse, it may suspend the accounts concerned until its investigation ends.';
  gradeTable(safeguardActionProtection, [
    ['contradicted', `${SUSPENSION}\n\nAny suspension or interruption of the service, of the accounts or of the support, whatever its cause, including those under Clauses Thirteen and Fourteen, will give place to the fines of this clause and will constitute breach for the effects of the penal clause.`],
    ['present', `${SUSPENSION}\n\nAny suspension or interruption of the service, of the accounts or of the support under Clauses Thirteen and Fourteen will not give place to the fines of this clause, will not constitute breach, and gives no right to any refund or credit. The Contracting Entity shall indemnify the Contractor against any claim arising from Misuse.`],
  ]);
  gradeTable(renewalReassessment, [
    ['weak', '8.1 This Agreement continues for an initial period of thirty-six (36) months, and afterwards from year to year until either party terminates it by ninety (90) days\' notice.'],
    ['weak', 'CLAUSE EIGHTEEN - TERM. The term is twelve (12) months. The Contracting Entity may extend it, by written communication before its expiry, for additional periods of up to twelve (12) months.'],
    // A term that simply ends.
    ['missing', '8.1 This Agreement continues for thirty-six (36) months and then ends.'],
  ]);
  gradeTable(investigationCooperation, [
    // The seller's own list of duties, helping the customer with a regulator's inquiry.
    ['missing', '6.2 The Supplier will:\n\n(a) process Personal Data only on the Customer\'s documented instructions;\n\n(b) assist the Customer with data subject requests and any inquiry by the Information Commissioner within five (5) days, giving all records requested.'],
    ['present', '6.2 The Customer will:\n\n(a) cooperate fully with any investigation by the Supplier into suspected misuse;\n\n(b) give the Supplier all logs, records and access to personnel it requests within five (5) days; and\n\n(c) accept that a failure to cooperate entitles the Supplier to suspend the Service.'],
  ]);
});

describe('questions and answers: the answer reads after its question', () => {
  const qa = (question: string, answer: string) => `"Misuse" means any use contrary to Q4.\n\n### Q13. ${question}\n\n${answer}`;
  gradeTable(updateSupportWithholding, [
    ['present', qa('May the Licensor withhold updates, support and training if it suspects Misuse?', 'Yes, at once and until its review ends.')],
    // "No" does not assert the question.
    ['missing', qa('May the Licensor withhold updates, support and training if it suspects Misuse?', 'No. The Licensee is entitled to every release during the term.')],
  ]);
  gradeTable(endUseLimitation, [
    ['present', '### Q2. Who may use the System?\n\nOnly the Directorate, in its own investigations of serious crime.'],
    ['missing', '### Q2. Who pays for the System?\n\nOnly the Directorate, in its own budget for serious crime.'],
  ]);
});

// A question in running text, labelled answers ("A. No.", "Answer: Yes."): a question answered no commits nobody.
describe('questions answered in running text', () => {
  const clarification = (answer: string) => `**Clarification 7.** *Question:* Will Agency analysts be required to complete training on human rights and privacy before receiving user credentials, and every twelve months after that?\n\n*Answer:* ${answer}`;
  gradeTable(training, [
    ['missing', clarification('No.')],
    ['missing', clarification('Not applicable.')],
    ['present', clarification('Yes.')],
  ]);
  const annex = (answer: string) => `**Q1. Must each Agency User sign the Vendor's End-User Licence Agreement, which carries the human-rights terms, before using the platform, with the Vendor able to enforce it as a third-party beneficiary and the Integrator bound to enforce it?**\n\nA. ${answer}`;
  gradeTable(eulaFlowDown, [
    ['missing', annex('No. Agency Users access the platform under the Integrator\'s own service agreement only.')],
  ]);
});

// "A breach of this Annex" inside an annex headed "End-Use Obligations" is misuse by the annex's title.
const annexNotice = (title: string) => `# Contract

Between Velta Oy, a company incorporated in Finland (the "Provider"), and the Ministry of Internal Affairs (the "Principal").

1. The Principal shall comply with Annex No. 2.

# Annex No. 2 – ${title}

1. The Goods shall be operated only by the Recipient, in forensic examinations ordered in criminal cases.

2. The Principal shall notify the Provider in writing not later than three (3) working days after it learns of, or has grounds to suspect, a breach of this Annex.
`;

describe('notice of a breach of an annex whose title is the use terms', () => {
  gradeTable(misuseNotification, [
    ['present', annexNotice('End-Use Obligations')],
    ['present', annexNotice('Acceptable Use Conditions')],
    // An annex of service levels: its breach is a breach of contract, not misuse.
    ['weak', annexNotice('Service Levels')],
  ]);
});

describe('fundamental liberties under a constitution', () => {
  gradeTable(humanRightsCompliance, [
    ['weak', 'The Operator shall carry out the Service in a manner consistent with the fundamental liberties guaranteed by Part II of the Constitution of the Republic, as those liberties are interpreted by the courts of the Republic.'],
    // A course that covers them is training, not the customer's undertaking.
    ['missing', 'No person may hold an account until he or she has completed the Responsible Search Course, which covers the fundamental liberties and bias in facial comparison.'],
  ]);
});

describe('a periodic statement of use "in accordance with this Annex", in the use-terms annex', () => {
  const annexStatement = (title: string) => `Between Velta Oy (the "Provider") and the Ministry (the "Principal").

# Annex No. 2 – ${title}

1. The Goods shall be operated only by the Recipient.

2. Every twelve (12) months, and before each renewal of the Licence Files, the Head of the Recipient shall sign and send to the Provider a statement that the Goods have been used in accordance with this Annex.
`;
  gradeTable(complianceCertification, [
    ['present', annexStatement('End-Use Obligations')],
    ['present', annexStatement('Permitted Use Conditions')],
    // A statement about an annex of delivery terms certifies nothing about the use terms.
    ['missing', annexStatement('Delivery and Installation')],
  ]);
});

describe('keys the seller must reissue once the fee is paid', () => {
  const keys = 'Each Licence File activates the Software for twelve (12) months. ';
  gradeTable(sellerControl, [
    ['weak', `${keys}The Provider shall issue the renewed Licence File within five (5) working days after payment of the renewal fee.`],
    ['weak', `${keys}The Vendor will deliver a replacement Licence File promptly after receipt of payment of the annual fee.`],
    // Renewal the seller may refuse keeps control with it.
    ['present', `${keys}The Provider may refuse to issue a renewed Licence File where it has reason to suspect misuse.`],
  ]);
});

describe('translated: attending the requirements of information about a possible misuse', () => {
  const parties = 'The MINISTRY, who for the effects of the present contract will be called THE CONTRACTING ENTITY, and VIGIA S.A.S., who will be called THE CONTRACTOR, agree as follows.\n\n';
  gradeTable(investigationCooperation, [
    ['weak', `${parties}CLAUSE TWELVE. THE CONTRACTING ENTITY will attend the requirements of information that THE CONTRACTOR formulates in relation to a possible MISUSE, to the extent compatible with national security, as determined by THE CONTRACTING ENTITY.`],
    ['weak', `${parties}CLAUSE TWELVE. THE CONTRACTING ENTITY shall answer the requests for information of THE CONTRACTOR about an alleged misuse of THE PLATFORM.`],
    // Requests about invoices are no inquiry into misuse.
    ['missing', `${parties}CLAUSE TWELVE. THE CONTRACTING ENTITY will attend the requirements of information that THE CONTRACTOR formulates in relation to its invoices.`],
  ]);
});

describe('batch x: the sole user named by a defined abbreviation', () => {
  const cid = '"CID" means the Criminal Intelligence Division of the National Police.\n\n';
  gradeTable(endUseLimitation, [
    ['present', `${cid}3.1 Customer shall use the Service solely through CID, for CID's own investigations of terrorism and serious crime, and for no other purpose.`],
    ['present', `## 1. Definitions\n\n**NIC**: the National Interception Centre of the Ministry of Internal Affairs.\n\n## 4. Use\n\n4.1 Only the NIC may use the System, in its own operations, and only to investigate terrorism or serious crime.`],
    // "Through" a body that is a class of users names no one.
    ['weak', `"Law Enforcement Users" means any police force or agency of the Republic.\n\n3.1 Customer shall use the Service solely through Law Enforcement Users, for their own investigations of terrorism, and for no other purpose.`],
  ]);
});

describe('batch x: a right whose duration is in the next paragraph of the same clause', () => {
  const parties = 'This Agreement is between Kestrel Systems Limited ("Kestrel") and the Ministry of Internal Affairs (the "Licensee").\n\n"Misuse" means any use of the System contrary to clause 4.\n\n';
  const right = '17.1 Kestrel may, immediately and without prior notice, suspend the System in whole or in part if it receives a credible complaint of Misuse or otherwise has reasonable grounds to suspect Misuse.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${parties}### 17. Suspension\n\n${right}\n\n17.2 A suspension continues until Kestrel has completed its investigation and notified the Licensee of its outcome.`],
    ['present', `${parties}### 17. Suspension\n\n${right}\n\n17.2 The Licensee shall continue to pay the fees falling due in that period.\n\n17.3 Any suspension lasts for as long as Kestrel's review of the complaint continues.`],
    // Another clause's paragraph does not finish this one.
    ['weak', `${parties}### 17. Suspension\n\n${right}\n\n### 18. Review\n\n18.1 A suspension continues until Kestrel has completed its investigation.`],
    // Nor does a paragraph that does not speak of the suspension.
    ['weak', `${parties}### 17. Suspension\n\n${right}\n\n17.2 The Licensee shall keep the logs until the investigation is complete.`],
    // A long notice, however it is given, weakens the right.
    ['weak', `${parties}### 17. Suspension\n\n17.1 If Kestrel reasonably suspects Misuse, Kestrel may suspend access by giving the Licensee not less than thirty (30) days' prior written notice, until its investigation is complete.`],
  ]);
});

describe('batch x: cooperation asked for by name, its failure made misuse by a later paragraph', () => {
  const parties = 'This Agreement is between Brightline Data, Inc. ("Brightline") and the Republic of Calvera (the "Customer").\n\n"Prohibited Use" means any use of the Service contrary to Section 4.\n\n8. COOPERATION WITH REVIEWS\n\n';
  const duty = '8.1 If Brightline receives a complaint or otherwise has reason to believe that the Service may have been used for a Prohibited Use, Brightline may request, and Customer shall provide within ten (10) business days of the request: (i) the case numbers, approvals and justifications for the subjects concerned; (ii) written answers to Brightline\'s questions; and (iii) access to the users involved for interview.';
  gradeTable(investigationCooperation, [
    ['present', `${parties}${duty}\n\n8.2 A failure to comply with Section 8.1 within the stated period is a Prohibited Use.`],
    ['present', `${parties}${duty}\n\n8.2 Any failure to comply with Section 8.1 shall be deemed a Prohibited Use.`],
    // A later paragraph that only charges for late answers sanctions nothing.
    ['weak', `${parties}${duty}\n\n8.2 A failure to comply with Section 8.1 within the stated period is subject to the late fee in Section 12.`],
  ]);
});

describe('batch x: termination held back until an arbitral award', () => {
  const right = 'This Agreement is between Corvane Ltd (the "Licensor") and the Ministry (the "Licensee").\n\n"Misuse" means any use of the System contrary to clause 5.\n\n20.1 The Licensor may terminate this Agreement with immediate effect by written notice if it determines, in its sole discretion, that Misuse has occurred.\n\n';
  gradeTable(terminationForMisuse, [
    ['weak', `${right}23.3 Where the Licensee has referred to arbitration the question whether Misuse has occurred, the Licensor shall not give notice of termination under clause 20.1 until the arbitral tribunal has rendered its final award.`],
    ['weak', `${right}23.3 No notice under clause 20.1 may be given in respect of a disputed Misuse until the final award of the tribunal.`],
    // An arbitration clause that leaves the right alone.
    ['present', `${right}23.3 Any dispute as to whether Misuse has occurred shall be finally resolved by arbitration; clause 20.1 applies pending the award.`],
  ]);
});

describe('batch x: a compliance certificate as a condition precedent to each new key', () => {
  const lead = 'This Agreement is between Corvane Ltd (the "Licensor") and the Ministry (the "Licensee").\n\n5. The Licensee shall not use the System against journalists or human rights defenders.\n\n10.3 The issue of each new Key is conditional upon each of the following Conditions Precedent:\n\n| No. | Condition Precedent | Evidence |\n| --- | --- | --- |\n';
  gradeTable(complianceCertification, [
    ['present', `${lead}| CP1 | The Licensee has complied with clause 5 during the current Key Period | Compliance certificate signed by the Director |\n| CP2 | All fees have been paid | Payment confirmation |`],
    ['present', `${lead}| CP1 | All fees have been paid | Payment confirmation |\n| CP2 | The Licensee has observed clause 5 | Certificate of compliance from the Director |`],
    // A certificate due once, at signature, is not periodic.
    ['weak', 'This Agreement is between Corvane Ltd (the "Licensor") and the Ministry (the "Licensee").\n\n5. The Licensee shall not use the System against journalists or human rights defenders.\n\n10.3 On signature the Licensee shall deliver a certificate of compliance with clause 5 signed by the Director.'],
  ]);
});

describe('batch x: refunds and credits denied in other words', () => {
  const base = 'This Agreement is between Meridian B.V. ("Meridian") and Atlas Reseller Ltd (the "Reseller").\n\n"Prohibited Use" means any use of the Platform against journalists.\n\n11. Meridian may suspend or terminate access on suspected Prohibited Use.\n\n12. Suspension or termination under clause 11 is not a breach of this Agreement and gives rise to no liability. The Reseller shall indemnify Meridian against third-party claims arising from any Prohibited Use. ';
  gradeTable(safeguardActionProtection, [
    ['present', `${base}No price shall be refunded or credited for any suspension or termination under clause 11.`],
    ['present', `${base}A suspension under clause 11 entitles neither the End User nor the Reseller to any refund, credit or damages.`],
    // A refund that is due weakens the protection.
    ['weak', `${base}The price for any period of suspension under clause 11 shall be refunded or credited to the Reseller.`],
  ]);
});

describe('batch x: end-user terms called by a short name defined beside the full one', () => {
  const defs = (alias: string) => `This Agreement is between Meridian B.V. ("Meridian") and Atlas Distribution FZ-LLC (the "Reseller").\n\n"End User Licence Terms" or "${alias}" means the terms in Schedule 2, which bind each End User not to use the Service against journalists, not to transfer it, to cooperate with any investigation and to accept suspension and termination for misuse.\n\n`;
  gradeTable(eulaFlowDown, [
    ['present', `${defs('EULT')}6.1 Reseller shall ensure that each End User signs the EULT without amendment before any access to the Service.\n\n6.2 Meridian is a party to, and may enforce directly against the End User, every EULT.\n\n6.3 Reseller shall take all steps Meridian reasonably requests to enforce the EULT.`],
    // Without the seller's right to enforce, the flow-down is weak.
    ['weak', `${defs('Terms')}6.1 Reseller shall ensure that each End User signs the Terms without amendment before any access to the Service.\n\n6.2 Reseller shall take all steps Meridian reasonably requests to enforce the Terms.`],
  ]);
});

describe('batch x: the seller\'s own purposes in a list', () => {
  const parties = 'This Agreement is between Harbourline Software Ltd (the "Supplier") and Greyfriars Housing (the "Customer").\n\n"Support Data" means extracts of tenant records the Customer sends with a support request.\n\n';
  gradeTable(dataProtection, [
    ['contradicted', `${parties}7.3 The Customer grants the Supplier a licence to retain and use Support Data, once anonymised or aggregated, for the purposes of diagnosing faults affecting other customers, improving the Software and training its triage tools.`],
    // Purposes that serve this customer only are the seller's processing, not its own use.
    ['missing', `${parties}7.3 The Customer grants the Supplier a licence to use Support Data for the purposes of diagnosing and fixing the faults the Customer reports.`],
  ]);
});

describe('a lettered confidentiality clause that does not prevent reporting', () => {
  const base = 'This Agreement is between Veyra AS (the "Supplier") and the Ministry of Justice (the "Customer").\n\n"Misuse" means any use of FaceTrace contrary to Part A3.\n\nA15.1 Each party shall keep confidential the other party\'s confidential information.\n\n';
  gradeTable(misuseDisclosure, [
    ['present', `${base}A15.2 Clause A15.1 does not prevent the Supplier from informing the competent authorities of suspected Misuse, or from publishing each year a summary of complaints received and their outcome.`],
    ['present', `${base}A15.2 Nothing in clause A15.1 restricts the Supplier from reporting suspected Misuse to the competent authorities or from publishing each year a summary of complaints and their outcome.`],
    // Without the confidentiality clause yielding, the report right stands beside a duty of secrecy.
    ['weak', `${base}A15.2 The Supplier may inform the competent authorities of suspected Misuse, and may publish each year a summary of complaints received and their outcome.`],
  ]);
});

describe('action taken "by the Contractor under" the safeguard paragraphs', () => {
  const base = 'This Contract is between Seralang Voice Sdn. Bhd. (the "Contractor") and the Royal Police (the "Authority").\n\n"Misuse" means any use of the System contrary to paragraph 5.\n\n8. The Contractor may suspend the System on suspected Misuse.\n\n';
  gradeTable(safeguardActionProtection, [
    ['present', `${base}12.3 Action taken by the Contractor under paragraphs 8 or 9 shall not be a breach of the Contract, and shall not entitle the Authority to any refund, service credit, damages or extension of time.\n\n12.4 The Authority shall indemnify the Contractor against all claims arising out of any Misuse.`],
    // Without the indemnity, the protection is weak.
    ['weak', `${base}12.3 Action taken by the Contractor under paragraphs 8 or 9 shall not be a breach of the Contract, and shall not entitle the Authority to any refund, service credit, damages or extension of time.`],
  ]);
});

describe('training before access: the key withheld until the course is done', () => {
  const course = 'The Company shall train the operators of each Approved End User and include in the operator course a module on international human rights law. ';
  gradeTable(training, [
    ['present', `${course}No Firmware Token shall be issued for a Product until each operator who will use it has completed that course, and each operator shall complete a refresher module every twelve (12) months.`],
    ['present', `${course}No user account will be created until the operator has passed the course; the course is repeated annually.`],
    // A token issued whatever the course: training not before access.
    ['weak', `${course}Firmware Tokens shall be issued on delivery, and each operator shall complete a refresher module every twelve (12) months.`],
  ]);
});

describe('no operation launched unless a judge has authorised it', () => {
  gradeTable(lawfulAuthorization, [
    ['present', 'No operation shall be launched against any device unless a Judicial Commissioner of the Supreme Court has issued a written Authorisation identifying the target, after finding that the operation is lawful, necessary and proportionate.'],
    ['present', 'No interception shall be executed except on a warrant of a judge of the High Court, issued after the judge has found the measure necessary and proportionate.'],
    // Approval by the agency's own officer is no independent authority.
    ['weak', 'No operation shall be launched against any device unless the head of the operating unit has approved it as necessary and proportionate.'],
  ]);
});

describe('the cure of a breach before termination is not remediation', () => {
  gradeTable(remediation, [
    ['missing', 'Brightline may terminate if Customer commits a Prohibited Use and fails to cure it within thirty (30) days. A Prohibited Use shall be deemed capable of cure if Customer ceases the Prohibited Use, deletes the related results and disciplines the users involved within that period.'],
    // Corrective action with remedy for the people affected, under a plan the seller reviews, is.
    ['present', 'Where Misuse is found, the Customer shall take corrective action, provide remedy to the persons affected, and do so under a remediation plan submitted to Brightline for review.'],
  ]);
});

describe('a renewal review that names what human-rights diligence weighs', () => {
  const base = 'This Agreement is between Meridian B.V. ("Meridian") and Atlas Distribution FZ-LLC (the "Reseller").\n\n8.1 No End User subscription renews automatically. ';
  gradeTable(renewalReassessment, [
    ['present', `${base}Meridian shall review each renewal request in the light of the End User's audit records, any complaints and investigations, and developments in the End User's country, and may refuse the renewal or attach conditions to it.`],
    ['present', `${base}Before any renewal Meridian will review the subscription, taking account of any allegations of misuse and changes in the political situation, and may decline to renew.`],
    // A review of usage and price is no human-rights review.
    ['weak', `${base}Meridian shall review each renewal request in the light of the End User's usage and the current price list, and may refuse the renewal.`],
  ]);
});
