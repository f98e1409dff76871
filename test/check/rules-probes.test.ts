// General fixes made after the blind probes arrived (test/probes/): each safeguard said, weakened
// and negated in wording the rules had not met. Each fix has a near miss.
import { describe, expect, it } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { training } from '../../src/check/rules/training.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { gradeTable } from './grade-table.ts';

const parties = (seller: string, customer: string) => `This Agreement is made between Arden Signal Ltd (the "${seller}") and the Ministry of Interior of Veltravia (the "${customer}").\n\n`;

describe('end-use-limitation: whatever local law permits is deemed an authorised use', () => {
  const limit = '6.1 The Platform is for use by the General Directorate of Public Security only, within its own operations, and only for the investigation of terrorist acts and serious crime.';
  gradeTable(endUseLimitation, [
    ['contradicted', `${parties('Vendor', 'Directorate')}2.3 Any use of the Platform that is permitted under the laws of the State shall be deemed to be an Authorised Use for all purposes of this Contract.\n\n${limit}`],
    ['contradicted', `${parties('Vendor', 'Directorate')}2.3 Every use which the legislation of the State allows shall be treated as an authorised purpose.\n\n${limit}`],
    // An authorised use defined by the draft itself, not by whatever the law allows.
    ['present', `${parties('Vendor', 'Directorate')}2.3 Any use of the Platform for a purpose set out in clause 6.1 shall be deemed to be an Authorised Use.\n\n${limit}`],
  ]);
});

describe('end-use-limitation: "only you may use the Service", and a gendarmerie as the named end user', () => {
  gradeTable(endUseLimitation, [
    ['present', 'These terms are between Pellucid Inc. ("we") and the Cybercrime Unit of the National Police ("you").\n\n2.1 Only you may use the Service. It does not include any other ministry or government body.\n\n2.2 You may use the Service only to investigate or prevent serious crime or terrorism, and only in investigations you are running yourself.'],
    ['present', `${parties('Contractor', 'Beneficiary')}7.1 The System shall be operated only by the National Gendarmerie, within its own investigation units, and exclusively for the investigation of serious crime and terrorism.`],
    // Who uses it is not said.
    ['weak', `${parties('Contractor', 'Beneficiary')}7.1 The System shall be operated exclusively for the investigation of serious crime and terrorism, within the Beneficiary's own investigations.`],
  ]);
});

describe('use-restrictions: the customer is subject to no restriction on whom the product is used against', () => {
  const bans = '5.1 The Authority shall not deploy the Equipment against journalists, human rights defenders, lawyers, political opponents or minority groups, nor against any person for exercising freedom of expression, assembly or association. 5.2 The Equipment shall not be used for untargeted collection.';
  gradeTable(useRestrictions, [
    ['contradicted', `${parties('Contractor', 'Authority')}Condition 14. The Authority shall not be subject to any restriction imposed by a contractor on the persons or categories of persons against whom equipment is deployed.\n\n${bans}`],
    ['contradicted', `${parties('Contractor', 'Authority')}Condition 14. The Authority is not bound by any limitation on the targets against which it may deploy the Equipment.\n\n${bans}`],
    // A restriction on where the seller may ship the equipment says nothing of targets.
    ['present', `${parties('Contractor', 'Authority')}Condition 14. The Authority shall not be subject to any restriction on the ports through which the equipment is delivered.\n\n${bans}`],
  ]);
});

describe('lawful-authorization: each comparison only on a reasoned decision of a judge', () => {
  gradeTable(lawfulAuthorization, [
    ['present', 'The Customer is obliged to carry out each comparison of a recorded voice against the reference database only on the basis of a prior reasoned decision of an investigating judge, issued under the published Code of Criminal Procedure, which states why the comparison is necessary and proportionate.'],
    ['present', 'Each match of a facial image against the watch-list shall be run only upon a written specific decision of a court, and only where it is necessary and proportionate to the investigation of a specific offence.'],
    // The decision of the agency's own director is no independent authority.
    ['weak', 'The Customer is obliged to carry out each comparison of a recorded voice only on the basis of a prior reasoned decision of the Director of the Customer, which states why the comparison is necessary and proportionate.'],
  ]);
});

describe('a negation in one coordinated clause does not reach the next: "the Vendor shall not require, and the Agency shall not be obliged to obtain, ..."', () => {
  const warrant = '9.1 The Agency shall use the Solution against a target only under a warrant issued by an independent judge under published law, after a finding of necessity and proportionality.';
  gradeTable(lawfulAuthorization, [
    ['contradicted', `${parties('Vendor', 'Agency')}${warrant}\n\n18.3 The Vendor shall not require, and the Agency shall not be obliged to obtain, any judicial or other external approval for any operation.`],
    ['contradicted', `${parties('Vendor', 'Agency')}${warrant}\n\n18.3 The Vendor may not insist, and the Agency shall not be required to obtain, any warrant for an operation.`],
    // One negation over both verbs: nothing is released.
    ['present', `${parties('Vendor', 'Agency')}${warrant}\n\n18.3 The Agency shall not start, or allow anyone to start, an operation without the warrant.`],
  ]);
});

describe('human-rights-compliance: the customer is not to be asked for any human-rights undertaking', () => {
  const undertaking = '6.1 The Authority represents and undertakes that it will use the System consistently with the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, including Articles 17 and 19.';
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${parties('Contractor', 'Authority')}SC 9. The Contractor shall not require the Authority to give any representation, warranty or undertaking as to human rights, and any such provision shall be of no effect.\n\n${undertaking}`],
    ['contradicted', `${parties('Contractor', 'Authority')}SC 9. The Authority gives no representation or undertaking regarding human rights.\n\n${undertaking}`],
    // A warranty about the equipment's quality is not one about human rights.
    ['present', `${parties('Contractor', 'Authority')}SC 9. The Authority gives no representation or warranty regarding the condition of the installation site.\n\n${undertaking}`],
  ]);
});

describe('data-protection: data "you collect or create using the Service", and staff contact data', () => {
  gradeTable(dataProtection, [
    ['present', 'These terms are between Pellucid Inc. ("we") and the Organised Crime Directorate ("you").\n\n"Results" means any posts, profiles or other data you collect or create using the Service.\n\n6.1 Only investigators assigned to the case may open or analyse Results. 6.2 Results are kept in an encrypted workspace. 6.3 Collect only what the case needs. 6.4 Results are deleted twelve (12) months after collection. 6.5 You must not share Results with anyone outside the Directorate, including foreign governments, unless a judge has approved it.'],
    ['missing', `${parties('Licensor', 'Customer')}21.1 The Licensor will process the names, job titles and e-mail addresses of the Customer's staff involved in administering this Agreement ("Contact Data"). 21.2 The Licensor will use Contact Data only to administer this Agreement and will keep it for six (6) years.`],
    ['missing', `${parties('Licensor', 'Customer')}21.1 Each party may keep the other's business contact details for as long as this Agreement lasts and shall not share them with third parties.`],
  ]);
});

describe('a duty owed only as an effort is weak: no-transfer and investigation-cooperation', () => {
  gradeTable(noTransfer, [
    ['weak', `${parties('Vendor', 'Customer')}13.1 The Customer shall use reasonable endeavours to ensure that the Workstations are not sold, lent, transferred or otherwise made available to any other person, and that no one modifies or reverse engineers the software; any diversion is a material breach.`],
    ['present', `${parties('Vendor', 'Customer')}13.1 The Customer shall ensure that the Workstations are not sold, lent, transferred or otherwise made available to any other person, including any other agency or contractor, without the Vendor's prior written consent, and that no one modifies or reverse engineers the software; any diversion is a material breach.`],
  ]);
  gradeTable(investigationCooperation, [
    ['weak', `${parties('Supplier', 'Agency')}14.1 The Agency shall use its best endeavours to cooperate with any investigation by the Supplier into suspected misuse, giving access to logs, records and personnel within ten (10) days; failure to cooperate entitles the Supplier to suspend the Licence.`],
  ]);
});

it('reads a term defined by the list below it: \'"Qualifying Offences" are:\'', () => {
  const draft = buildDraft('x.md', 'markdown', readMarkdown('2.3 "Qualifying Offences" are:\n\n- offences involving child sexual abuse material;\n- ransomware extortion; and\n- trafficking in persons.\n\n2.4 "Tenure" is the period in clause 3.'));
  const term = draft.definitions.find((d) => d.term === 'Qualifying Offences');
  expect(term?.meaning).toContain('ransomware extortion');
  expect(term?.meaning.startsWith(':')).toBe(false);
  // "is" defines only before a colon that opens a list.
  expect(draft.definitions.some((d) => d.term === 'Tenure')).toBe(false);
});

describe('suspension-remote-disable: the customer must not disable the functions that let the seller act', () => {
  const right = '14.1 On receipt of a credible complaint, or where the Supplier suspects that the System is being misused, the Supplier may with immediate effect suspend access to the System, for the whole of the Investigation Period.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${parties('Supplier', 'Customer')}${right}\n\n14.3 The Customer acknowledges that the System has remote management functions that allow the Supplier to give effect to this Clause 14, and shall not disable or obstruct those functions.`],
    ['present', `${parties('Supplier', 'Customer')}${right}\n\n14.3 The System includes a licence service which enables the Supplier to act under clause 14.1; the Customer must not disable it.`],
    // The seller itself promising not to disable is still a bar.
    ['contradicted', `${parties('Supplier', 'Customer')}${right}\n\n14.3 The Supplier shall not remotely disable the System for any reason.`],
  ]);
});

describe('suspension-remote-disable: conditions listed in the paragraph, and paragraphs of an article', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', 'Concluded between Biometrika S.A. (hereinafter "the Contractor") and the Directorate of Public Security (hereinafter "the Client").\n\n**Article 11 – Suspension**\n\n1. The Contractor is entitled to suspend, immediately and unilaterally, the operation of the System where: a) a complaint about the use of the System has been received which the Contractor considers credible; or b) the Contractor suspects a use contrary to Article 8 (Prohibited Uses).\n\n2. The suspension lasts until the completion of the investigation conducted by the Contractor.'],
    // The second paragraph belongs to another article.
    ['weak', 'Concluded between Biometrika S.A. (hereinafter "the Contractor") and the Directorate of Public Security (hereinafter "the Client").\n\n**Article 11 – Suspension**\n\n1. The Contractor is entitled to suspend, immediately and unilaterally, the operation of the System where: a) a complaint about the use of the System has been received which the Contractor considers credible; or b) the Contractor suspects a use contrary to Article 8 (Prohibited Uses).\n\n**Article 12 – Reviews**\n\n1. The review lasts until the completion of the investigation conducted by the Contractor.'],
    // Downtime for maintenance is no safeguard.
    ['missing', `${parties('Vendor', 'Customer')}4.1 The Vendor may suspend the Dashboard for Scheduled Maintenance for up to eight (8) hours a month on five (5) Business Days' notice.`],
  ]);
});

describe('update-support-withholding: supplies that cease on termination, and a long remedy period first', () => {
  gradeTable(updateSupportWithholding, [
    ['weak', `${parties('Vendor', 'Customer')}14.3 Upon termination of this Agreement for any reason, the Vendor's obligations to provide software updates, technical support and training shall cease.`],
    ['weak', `${parties('Supplier', 'Ministry')}13.2 If the Supplier considers that the Platform has been misused, it shall give the Ministry written notice. If the Ministry has not remedied the misuse within ninety (90) days after that notice, the Supplier may withhold any or all updates, upgrades, maintenance, support and training until it is remedied.`],
    ['present', `${parties('Supplier', 'Ministry')}13.2 If the Supplier suspects that the Platform has been misused, it may at once withhold any or all updates, upgrades, maintenance, support and training until its investigation is complete.`],
  ]);
});

describe('investigation-cooperation: a sanction later in the article, national security "in all respects", others\' consent, site works', () => {
  const duty = '14.1 The Agency shall cooperate with any investigation by the Licensor into alleged misuse of the Suite.\n\n14.2 Within ten (10) Business Days of a request, the Agency shall provide relevant information, audit logs and access, and make personnel available.\n\n14.3 If the Agency fails to comply with this Clause 14, the Licensor may suspend the Suite or terminate this Agreement.';
  gradeTable(investigationCooperation, [
    ['present', 'Concluded between Sintagma S.L. (hereinafter "the Contractor") and the Commissariat of Information (hereinafter "the Client").\n\n**Article 13 – Duty to Cooperate**\n\n1. The Client is obliged to cooperate with any investigation by the Contractor concerning an alleged misuse of the Platform, and to provide within seven (7) working days the information and usage logs requested.\n\n2. The Client shall keep the Platform\'s records for five years.\n\n3. A refusal or delay by the Client in fulfilling the obligations of this Article entitles the Contractor to suspend the Platform.'],
    ['present', `${parties('Licensor', 'Agency')}${duty}`],
    ['weak', `${parties('Licensor', 'Agency')}${duty}\n\n14.4 The Agency's obligations under this Clause 14 are subject in all respects to the Agency's national security requirements.`],
    ['weak', `${parties('Licensor', 'Agency')}${duty}\n\n14.4 Each disclosure, grant of access or interview under this Clause 14 shall require the prior written consent of the Director General, given case by case.`],
    // The seller's own consent to an interview is no hurdle the customer sets.
    ['present', `${parties('Licensor', 'Agency')}${duty}\n\n14.4 Each interview under this Clause 14 shall require the consent of the Licensor as to its place and time.`],
    ['missing', `${parties('Contractor', 'Employer')}6.1 The Employer shall cooperate with the Contractor so as to enable it to deliver and install the System. 6.2 In particular, the Employer shall give the Contractor site access on the dates in the Implementation Plan and provide any information about existing network interfaces that the Contractor requests. 6.3 If the Employer fails to comply with this Clause 6, the Contractor shall be entitled to an extension of time.`],
  ]);
});

describe('misuse-notification: no duty to disclose "the use made of" the product negates the notice', () => {
  const notice = '12.1 The Authority shall inform the Supplier within five (5) days of any actual or suspected misuse of the Appliance or any human-rights violation.';
  gradeTable(misuseNotification, [
    ['contradicted', `${parties('Supplier', 'Authority')}${notice}\n\n24.3 Notwithstanding any other provision, the Authority shall not be required to disclose to the Supplier any information concerning its operations, targets or the use made of the Appliance.`],
    // Operational information alone weakens it.
    ['weak', `${parties('Supplier', 'Authority')}${notice}\n\n24.3 The Authority shall not be required to disclose to the Supplier any operational information or target lists.`],
  ]);
});

it('numbers paragraphs 1, 2, 3 under a numbered article heading as that article\'s, while they run in order', () => {
  const draft = buildDraft('x.md', 'markdown', readMarkdown('**Article 13 – Duty to Cooperate**\n\n1. The Client shall cooperate.\n\n2. The Client shall keep records:\n\n(a) of each search;\n\n3. Failure is a breach.\n\nClause 5 Fees. The fee is payable yearly.'));
  expect(draft.blocks.filter((b) => !b.isHeading).map((b) => b.label)).toEqual(['13(1)', '13(2)', '13(2)(a)', '13(3)', '5']);
});

describe('audit-and-records: "these records" in the next paragraph, consent "given" first, the customer auditing the seller\'s charges', () => {
  const log = '1. The System records automatically, for each interception, the user who ordered it, the date and time, the identifier monitored and the reference of the judicial authorisation.';
  const audit = '**Article 16 – Verification**\n\n1. The Contractor, or an independent auditor appointed by it, is entitled to verify the Client\'s compliance with Article 8 on fourteen (14) days\' notice.';
  gradeTable(auditAndRecords, [
    ['present', `**Article 15 – Logging**\n\n${log}\n\n2. The Client is obliged not to deactivate, modify or erase these records.\n\n${audit}`],
    // What may not be erased is something else.
    ['weak', `**Article 15 – Logging**\n\n${log}\n\n2. The Client is obliged not to deactivate the alarm system.\n\n${audit}`],
    ['weak', `${parties('Supplier', 'Ministry')}17.1 The System keeps a protected log of every interception, recording the operator, date and time, target and authorisation; the Ministry shall not delete it.\n\n17.2 The Supplier may audit the Ministry's compliance with Clause 8, provided that the Ministry has given its prior written consent to the audit.`],
    ['missing', `${parties('Supplier', 'Customer')}19.1 The Supplier shall keep complete and accurate books and records of all charges invoiced under this Contract for six (6) years.\n\n19.2 The Customer may on ten (10) Business Days' notice inspect those books and records to verify the Supplier's charges.\n\n19.3 If an audit reveals that the Supplier has overcharged, it shall refund the overcharge.`],
    // The seller auditing the customer's fee records is the weak fee audit, not nothing.
    ['weak', `${parties('Principal', 'Distributor')}9.1 The Distributor keeps complete books and records of its purchases and fees. 9.2 The Principal may audit those books once a year, at its own expense unless the audit reveals an underpayment exceeding 5%.`],
  ]);
});

describe('compliance-certification: "every six (6) months", and no declaration "of any kind"', () => {
  const annex = '**Annex D – Human Rights Terms**\n\nD.7 The Purchaser shall certify its compliance with this Annex D annually and before each renewal of the maintenance services.';
  gradeTable(complianceCertification, [
    ['present', `${parties('Supplier', 'Purchaser')}D.7 The Purchaser shall certify in writing its compliance with the Human Rights Terms every six (6) months and before each renewal of the maintenance services.`],
    ['contradicted', `${parties('Supplier', 'Purchaser')}${annex}\n\nGC 9.4 The Purchaser shall not be obliged to provide any statement, declaration, confirmation or certification of any kind, other than documents required for customs clearance.`],
    // A certificate for customs only says nothing of the human-rights certificate.
    ['present', `${parties('Supplier', 'Purchaser')}${annex}\n\nGC 9.4 The Supplier shall not be obliged to provide any certificate of origin.`],
  ]);
});

describe('seller-control and suspension: acts that need a joint committee\'s approval', () => {
  const hosted = '11.1 The Service is hosted in the Vendor\'s cloud. 11.2 The Vendor may configure the capability limits of the Service.\n\n11.3 The Vendor may suspend or limit the Customer\'s access to the Service.';
  gradeTable(sellerControl, [
    ['weak', `${parties('Vendor', 'Customer')}${hosted}\n\n11.4 Any exercise by the Vendor of its rights under Clauses 11.2 or 11.3 shall require the prior approval of the Joint Steering Committee.`],
    // A committee that approves the project plan leaves the seller's control alone.
    ['present', `${parties('Vendor', 'Customer')}${hosted}\n\n11.4 Each change to the project plan shall require the approval of the Project Board.`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['weak', `${parties('Supplier', 'Ministry')}14.1 On a credible complaint of misuse, the Supplier may suspend access to the System at once, until its investigation is complete, subject to the prior approval of the Joint Oversight Committee.`],
  ]);
});

describe('renewal-reassessment: a review only after a long first term', () => {
  const review = '24.2 Before any renewal, the Licensor shall carry out a human-rights due-diligence review of the Licensee\'s use of the Platform, and may refuse renewal if the review identifies unacceptable risks.';
  gradeTable(renewalReassessment, [
    ['weak', `${parties('Licensor', 'Licensee')}24.1 This Agreement shall continue for an Initial Term of ten (10) years from the Acceptance Date.\n\n${review}`],
    ['present', `${parties('Licensor', 'Licensee')}24.1 This Agreement shall continue for an Initial Term of two (2) years from the Acceptance Date.\n\n${review}`],
  ]);
});

it('tells a company from a public body before counting who "shall provide", as Gulf drafting names First and Second Party', () => {
  const draft = buildDraft('x.md', 'markdown', readMarkdown('This Contract is concluded between the General Directorate of Security of the State of Almirah (the "First Party") and Rasheed Cyber Analytics W.L.L. (the "Second Party").\n\n9.3 The First Party shall provide the information required for the review.'));
  expect(draft.parties).toMatchObject({ seller: 'Second Party', customer: 'First Party' });
});

describe('reseller-due-diligence: a table headed "Obligation of the Partner", checks on buyers, credit checks, approval deemed given', () => {
  const resale = 'This Agreement is made between Eyrie Voice Systems Ltd (the "Supplier") and Sunda Strategic Supplies PT (the "Distributor"), who resells the Products to government agencies.';
  const duties = '6.1 The Distributor shall carry out human-rights due diligence on each end user before sale and shall keep records of it for six (6) years.\n\n6.2 The Distributor shall notify the Supplier of each end user and end use and obtain the Supplier\'s approval before sale.';
  gradeTable(resellerDueDiligence, [
    ['weak', `${resale}\n\n| No. | Obligation of the Partner | Timing |\n| --- | --- | --- |\n| (a) | Conduct its own human-rights due diligence on the Agency and disclose to the Supplier the identity of the Agency and the intended end use | Before any offer |\n| (b) | Keep the due-diligence report on file | Seven (7) years |`],
    ['weak', 'These terms are between Clearline Ltd ("we") and the reseller that accepts them ("you"). You resell the Platform to public-sector buyers.\n\n6.1 For every public-sector buyer, you must run your own human-rights check before you make an offer.'],
    ['missing', `${resale}\n\n5.1 The Distributor shall be responsible for credit checks on its customers and shall bear all bad-debt risk.`],
    ['contradicted', `${resale}\n\n${duties}\n\n18.2 Notwithstanding clause 6, the Distributor shall not be obliged to disclose the identity of its customers to the Supplier, and the Supplier's approval under clause 6.2 shall be deemed given for every order.`],
    ['contradicted', `${resale}\n\n${duties}\n\n18.2 Each approval under clause 6.2 is deemed granted for all orders placed in the first year.`],
    // Approval deemed given once the seller has had the disclosure and said nothing for 30 days is still an approval step.
    ['present', `${resale}\n\n${duties}\n\n6.3 The Distributor shall not sell to any person on the Supplier's prohibited end-user list.`],
  ]);
});

describe('eula-flow-down: sublicences on any terms, free of the restrictions', () => {
  const flow = '12.1 The Distributor shall bind each End User to the Supplier\'s End User Licence, which carries the Supplier\'s human-rights use restrictions, the prohibition on transfer, the duty to cooperate with investigations and the Supplier\'s suspension and termination rights.\n\n12.2 The Supplier may enforce the End User Licence as a third-party beneficiary, and the Distributor shall enforce it.';
  gradeTable(eulaFlowDown, [
    ['contradicted', `${parties('Supplier', 'Distributor')}3.2 The Supplier grants the Distributor the right to sublicense the Platform to End Users on such terms as the Distributor sees fit, including without any restriction on use or transfer, notwithstanding clause 12.\n\n${flow}`],
    ['present', `${parties('Supplier', 'Distributor')}3.2 The Supplier grants the Distributor the right to sublicense the Platform to End Users on the terms of clause 12.\n\n${flow}`],
  ]);
});

describe('grievance-mechanism: "Speaking up about misuse", a line that never asks for a name, details given to every user', () => {
  gradeTable(grievanceMechanism, [
    ['present', 'These terms are between Signalhaus Ltd ("we") and the subscribing agency ("you").\n\n**11. Speaking up about misuse**\n\n11.1 Anyone can tell us about suspected misuse through our Speak Up line. The line is encrypted and never asks for a name.\n\n11.2 You must tell every person you give an account to about the Speak Up line before they first log in.\n\n11.3 You must not punish or retaliate against anyone for making a report.'],
    ['present', `${parties('Contractor', 'Agency')}9.1 The Contractor shall run a secure misuse reporting line open to any person, which accepts anonymous reports. Details of the line shall be given to every user of the System at onboarding. The Agency shall not retaliate against any reporter.`],
    // Details given to the Agency's managers only.
    ['weak', `${parties('Contractor', 'Agency')}9.1 The Contractor shall run a secure misuse reporting line open to any person, which accepts anonymous reports. Details of the line shall be given to the Agency's director. The Agency shall not retaliate against any reporter.`],
  ]);
});

describe('counter-clauses in the second author\'s wording', () => {
  gradeTable(humanRightsCompliance, [
    ['contradicted', `${parties('Holder', 'Administration')}10.1 The Administration undertakes to use the Platform in conformity with internationally recognised human rights, in particular Articles 17 and 19 of the International Covenant on Civil and Political Rights.\n\n19.2 Any obligation of the Administration relating to human rights shall be deemed to be fully discharged by compliance with the legislation of the Republic.`],
  ]);
  gradeTable(lawfulAuthorization, [
    ['contradicted', `${parties('Licensor', 'Customer')}8.2 Customer shall use the System against a target only pursuant to an order of a court issued on a showing that the use is necessary and proportionate; provided, however, that nothing in this Agreement shall require Customer to obtain any warrant, court order or other authorization before using the System.`],
    // Nothing requires the seller to obtain anything: the customer's duty stands.
    ['present', `${parties('Licensor', 'Customer')}8.2 Customer shall use the System against a target only pursuant to an order of a court issued on a showing that the use is necessary and proportionate. Nothing in this Agreement requires Licensor to obtain any export licence on Customer's behalf.`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', `${parties('Firm', 'Agency')}18. The Firm may suspend the Services where it receives a credible complaint of misuse, at once and pending investigation.\n\n41.2 Pending the final resolution of any such dispute or difference, including any complaint of misuse received by the Firm under Clause 18 and notified to the Agency, the status quo shall be maintained.`],
  ]);
  gradeTable(complianceCertification, [
    ['contradicted', `${parties('Company', 'Customer')}9.2 Customer shall deliver a certificate of compliance with the Human Rights Addendum every twelve (12) months and before each Renewal Term.\n\n2. Company hereby irrevocably waives delivery of the certificates under Section 9.2 for all Renewal Terms.`],
    // The customer waiving delivery of the seller's documents takes nothing away.
    ['present', `${parties('Company', 'Customer')}9.2 Customer shall deliver a certificate of compliance with the Human Rights Addendum every twelve (12) months and before each Renewal Term.\n\n2. Customer hereby waives delivery of printed manuals.`],
  ]);
  gradeTable(grievanceMechanism, [
    ['contradicted', `${parties('Provider', 'Agency')}8.3 Provider shall maintain a hotline permitting any person to report misuse anonymously and shall keep reporters' identity confidential; Agency shall inform its users of the hotline and shall not retaliate against any reporter.\n\n19.2 Provider shall, upon Agency's request and notwithstanding Section 8.3, disclose to Agency the identity and contact details of any person who has made a report concerning Agency's use of the Platform.`],
  ]);
  gradeTable(remediation, [
    ['contradicted', `${parties('Contractor', 'Authority')}5. Where misuse is identified, the Authority shall prepare a remediation plan for the Contractor's review, take corrective action and provide redress to persons affected.\n\n25.6 The Contractor's sole remedy for any breach of paragraph 5 shall be termination, and the Authority shall have no further obligation arising from any such breach, including any obligation to take corrective action or to provide redress to any person.`],
  ]);
});

describe('roles in capitals with their article, measures named as nouns in a table, notice of a defined event, written confirmations', () => {
  gradeTable(terminationForMisuse, [
    ['present', 'Between Telemática Andina S.A. (hereinafter "THE CONTRACTOR") and the Directorate of Criminal Investigation (hereinafter "THE ENTITY").\n\n20.1 THE CONTRACTOR may terminate this Contract unilaterally and with immediate effect, by written communication to THE ENTITY, when in its reasonable judgement there are grounds to consider that the Platform has been used contrary to Clause Twelfth (Human Rights).'],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['present', `${parties('Contractor', 'Ministry')}| Trigger | Measure available to the Contractor | Timing | Duration |\n| --- | --- | --- | --- |\n| A complaint the Contractor considers credible, or a suspicion that the System has been used for a Prohibited Purpose | Suspension of all mediation functions; remote deactivation of the System | Immediately, without notice | Until the Compliance Review has been concluded |`],
    // The same measures for late payment.
    ['weak', `${parties('Contractor', 'Ministry')}| Trigger | Measure available to the Contractor | Timing |\n| --- | --- | --- |\n| An invoice unpaid for sixty (60) days | Suspension of all mediation functions | On thirty (30) days' notice |`],
  ]);
  gradeTable(misuseNotification, [
    ['present', `${parties('Licensor', 'Licensee')}"Reportable Event" means any actual or suspected use of the Appliance in breach of the Human Rights Terms, or any complaint that the Appliance has been used to violate human rights.\n\n15.1 The Licensee shall notify the Licensor in writing of each Reportable Event within forty-eight (48) hours.`],
    // A defined event that is no misuse.
    ['missing', `${parties('Licensor', 'Licensee')}"Service Event" means any outage of the Appliance lasting more than four hours.\n\n15.1 The Licensee shall notify the Licensor in writing of each Service Event within forty-eight (48) hours.`],
  ]);
  gradeTable(complianceCertification, [
    ['present', 'These terms are between Tracepath Ltd ("we") and the Organised Crime Task Force ("you").\n\n15.1 Every six months, you will send us a written confirmation, signed by the head of your unit, that you and your users have followed our Human Rights Rules.'],
  ]);
});

describe('more of the second author\'s wording', () => {
  gradeTable(updateSupportWithholding, [
    ['contradicted', `${parties('Bidder', 'Purchaser')}7. The OEM terms at Annexure-IV permit the withholding of updates where the System is misused.\n\n14.3 Notwithstanding anything in this CAMC, the Bidder shall not, during the CAMC period, withhold, delay or suspend the supply of any patch, update, maintenance or support service on any ground whatsoever.`],
    // The seller's promise to keep supplying during warranty, with the misuse exception kept.
    ['weak', `${parties('Bidder', 'Purchaser')}14.3 The Bidder may withhold updates where the System is misused, after thirty (30) days' notice.\n\n14.4 The Bidder shall not withhold any patch during the warranty period on any ground other than misuse.`],
    ['weak', `${parties('Contractor', 'Employer')}23. The Contractor may terminate this Contract where the Employer has used the System in breach of the Human Rights Undertaking.\n\n24.1 Where this Contract is so terminated, the Contractor shall, with effect from the termination date, cease to provide software updates, maintenance, technical support and training.`],
  ]);
  gradeTable(training, [
    ['contradicted', `${parties('Contractor', 'Agency')}9.1 The Contractor shall provide technical training on the operation of the platform.\n\n24.2 The Contractor shall not impose or require, as a condition of delivery or activation, any training or course of instruction for Agency personnel other than the technical training in clause 9.1.`],
  ]);
  gradeTable(misuseDisclosure, [
    ['present', `${parties('Licensor', 'Licensee')}FIRST. The parties shall keep confidential the information received from the other party.\n\nSECOND. As an exception to the preceding paragraph, the Licensor is empowered to inform the competent authorities of any indication of use of the software contrary to the Human Rights Clause, and to publish annually aggregated information on the complaints received and their results.`],
    // Without the exception, mutual confidentiality stands in the way.
    ['weak', `${parties('Licensor', 'Licensee')}FIRST. The parties shall keep confidential the information received from the other party.\n\nSECOND. The Licensor is empowered to inform the competent authorities of any indication of use of the software contrary to the Human Rights Clause, and to publish annually aggregated information on the complaints received and their results.`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['weak', 'Entered into by Sistemas S.A.S. (hereinafter "THE SUPPLIER") and the Secretariat of Citizen Security (hereinafter "THE ENTITY").\n\nCLAUSE TWELFTH. When THE SUPPLIER receives a credible complaint of misuse, THE SUPPLIER may immediately suspend access to the platform until the conclusion of the investigation, subject to the prior written approval of the Supervisor of the Contract designated by THE ENTITY.'],
  ]);
});

describe('suspension-remote-disable: a defined concern as the trigger, and plain words for pausing', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', `${parties('Licensor', 'Licensee')}"Misuse Concern" means any complaint which the Licensor considers credible, or any circumstance giving the Licensor reasonable grounds to suspect, that the System has been used in breach of Clause 10 (Human Rights Undertakings).\n\n14.3 Where a Misuse Concern arises, the Licensor may with immediate effect suspend access to the System until the Licensor has concluded its investigation.`],
    // A defined finding, not a concern: no complaint or suspicion triggers it.
    ['weak', `${parties('Licensor', 'Licensee')}"Misuse Finding" means a final finding by a court that the System has been used in breach of Clause 10 (Human Rights Undertakings).\n\n14.3 Where a Misuse Finding is made, the Licensor may with immediate effect suspend access to the System.`],
    ['present', 'These terms are between Quillon Labs ("we") and the agency ("you").\n\n9.1 If someone sends us a credible report about your use of the Workspace, or we suspect that you are using it in a way our Responsible Use Rules forbid, we can pause or cut off your access straight away.\n\n9.2 The pause lasts while we look into the report.'],
  ]);
});

describe('counter-clauses for the reseller and end-user terms, and damages for any suspension', () => {
  const resale = 'This Agreement is made between Kestrel Lane Ltd ("Supplier") and Al Nahda Smart Systems LLC ("Reseller"), for the resale of the Suite.';
  const diligence = '6.1 The Reseller shall carry out human-rights due diligence on each end user before sale, disclose each end user and end use to the Supplier, obtain the Supplier\'s approval and keep records for six (6) years.';
  gradeTable(resellerDueDiligence, [
    ['contradicted', `${resale}\n\n${diligence}\n\n19.2 The Supplier shall not make the supply of licences to the Reseller conditional on its approval of any customer.`],
    // Supply may not wait on a customs form: nothing about customers.
    ['present', `${resale}\n\n${diligence}\n\n19.2 The Supplier shall not make delivery conditional on the Reseller's customs forms.`],
  ]);
  gradeTable(eulaFlowDown, [
    ['contradicted', 'This Master Agreement is between Fieldmark Analytics, Inc. ("Contractor"), a reseller of a licensor\'s platform, and the Department of Administration ("State").\n\n6. Contractor shall flow down to each Participating Agency the licensor\'s End User License Agreement, including its responsible-use restrictions, no-transfer clause and suspension rights, and the licensor shall be a third-party beneficiary of it; Contractor shall enforce it.\n\n31. Notwithstanding Section 6, no click-wrap, shrink-wrap or end user license agreement shall bind the State or any Participating Agency.'],
  ]);
  gradeTable(safeguardActionProtection, [
    ['contradicted', `${parties('Provider', 'Customer')}9.4 A suspension under the Human Rights Terms is not a breach, and no refund or service credit is due for it.\n\n2.6 This Schedule prevails over the Agreement, and Service Credits are without prejudice to Customer's right to claim damages for any suspension.`],
    // Damages for a wrongful suspension leave the protection standing.
    ['present', `${parties('Provider', 'Customer')}9.4 A suspension under the Human Rights Terms is not a breach and creates no liability, no refund or service credit is due for it, and the Customer shall indemnify the Provider against claims arising from misuse.\n\n2.6 Nothing limits Customer's right to claim damages for any suspension in breach of the Agreement.`],
  ]);
});

describe('more counter-clauses: the reporter named in a report handed over, human-rights instruction barred, redress construed away', () => {
  gradeTable(grievanceMechanism, [
    ['contradicted', `${parties('Licensor', 'Customer')}12.1 The Licensor shall operate a secure reporting line, open to anyone and accepting anonymous reports, for concerns about misuse. 12.2 The Customer shall inform all users of the line and shall not retaliate against any reporter.\n\n29.4 The Licensor shall disclose to the Customer, within five (5) days of request, the full content of any report received concerning the Customer's use of the Software, including the identity and contact details of the reporter.`],
    // Reports handed over without who made them.
    ['present', `${parties('Licensor', 'Customer')}12.1 The Licensor shall operate a secure reporting line, open to anyone and accepting anonymous reports, for concerns about misuse. 12.2 The Customer shall inform all users of the line and shall not retaliate against any reporter.\n\n29.4 The Licensor shall disclose to the Customer each quarter the number of reports received, without the identity of any reporter.`],
  ]);
  gradeTable(training, [
    ['contradicted', `${parties('Contractor', 'Authority')}D.1 The Contractor shall deliver ten (10) days of training on the operation of the platform. D.2 The Contractor shall not deliver, and the Authority shall not be obliged to require its personnel to attend, any instruction concerning human rights or the lawful use of the platform.`],
  ]);
  gradeTable(remediation, [
    ['contradicted', `${parties('Contractor', 'Agency')}12.2 Where misuse is established, the Agency shall take corrective measures, remedy the harm caused to affected persons and share its remediation plan with the Contractor for review.\n\n35.2 The Contractor shall have no right to comment on any such measures, and no provision of this Contract shall be construed as requiring the Agency to provide redress of any kind to third parties.`],
  ]);
});

describe('weakeners in the probes\' wording: discretion, a court\'s confirmation first, local law as the measure, consent deemed given', () => {
  gradeTable(remediation, [
    ['weak', `${parties('Provider', 'Agency')}16.1 Upon a finding of misuse, the Agency shall take corrective action to end it. 16.2 The Agency shall consider, in its discretion, whether any remedy is appropriate for persons affected by the misuse. 16.3 The Agency shall set out these measures in a remediation plan and submit it to the Provider for review.`],
  ]);
  gradeTable(misuseDisclosure, [
    ['weak', `${parties('Contractor', 'Customer')}26.1 The Contractor shall keep confidential all information relating to the Customer's use of the System.\n\n26.2 Notwithstanding clause 26.1, the Contractor may publish aggregate information on complaints of misuse and their resolution, and may report misuse of the System to a competent authority where that misuse has been confirmed by a final decision of a court.`],
    ['present', `${parties('Contractor', 'Customer')}26.1 The Contractor shall keep confidential all information relating to the Customer's use of the System.\n\n26.2 Notwithstanding clause 26.1, the Contractor may publish aggregate information on complaints of misuse and their resolution, and may report suspected misuse of the System to a competent authority.`],
  ]);
  gradeTable(dataProtection, [
    ['weak', `${parties('Licensor', 'Customer')}12.1 To the extent consistent with the domestic law of the Republic, the Customer shall: (a) limit access to data collected through the Software to assigned analysts; (b) process only the data necessary and discard data on non-targets; (c) store collected data only on encrypted systems; (d) delete collected data within twelve (12) months; and (e) not share collected data with third parties or foreign governments without judicial authorisation.`],
  ]);
  gradeTable(noTransfer, [
    ['weak', `${parties('Supplier', 'Purchaser')}20.1 The Purchaser shall not sell, sub-license, lend, transfer or share the Equipment or access to it with any other agency or person, shall not engage any contractor to operate it, and shall not modify or reverse engineer it, without the prior written consent of the Supplier. 20.2 Diversion of the Equipment is a breach of Contract.\n\n20.3 Consent under SCC 20.1 shall be deemed to have been given if the Supplier has not objected in writing within five (5) Business Days of the request.`],
  ]);
});

describe('weakeners: local law as the measure of withholding, national security in the customer\'s judgment, consent "in each case", refusal only for breach', () => {
  gradeTable(updateSupportWithholding, [
    ['weak', `${parties('Supplier', 'Agency')}33.1 In the event of misuse of the System or breach of Clause 30 (Human Rights Undertakings), the Supplier may forthwith withhold updates, patches, maintenance, technical support and training, only to the extent permissible under the laws in force in the Province.`],
  ]);
  gradeTable(investigationCooperation, [
    ['weak', `${parties('Contractor', 'Ministry')}31.1 The Ministry shall cooperate with any investigation by the Contractor into alleged misuse, and shall within fourteen (14) days of a request provide the logs requested and make personnel available; if it fails to cooperate, the Contractor may suspend the Services.\n\n31.3 Article 31.1 shall apply save to the extent that the Ministry, in its sole judgment, considers that an interview would prejudice national security.`],
  ]);
  gradeTable(auditAndRecords, [
    ['weak', `${parties('Contractor', 'Ministry')}28.1 The Platform records every search with the operator, date and time and authorisation reference, and the Ministry shall not disable or erase such records. 28.2 The Contractor or an independent auditor may audit the Ministry's compliance with Article 26, subject in each case to the prior written consent of the Ministry.`],
  ]);
  gradeTable(renewalReassessment, [
    ['weak', `${parties('Holder', 'Administration')}7.1 Before each renewal the Holder carries out a new human-rights due diligence assessment of the Administration's use of the service.\n\n7.3 The Holder may refuse renewal only in the event of a breach by the Administration, and the conclusions of the assessment may not in themselves justify a refusal.`],
  ]);
});

describe('remediation: remedy for "each person affected" or "the people who were hurt", and an internal plan', () => {
  gradeTable(remediation, [
    ['present', 'These terms are between Parallax Ltd ("we") and the agency ("you").\n\n"Remediation Plan" means a written plan that sets out the steps you will take to stop a misuse and how you will put things right for each person affected, including compensation.\n\n14.1 If the service has been misused, you must send us a Remediation Plan within twenty (20) days. 14.2 We will review it and you must make the changes we ask for.'],
    ['present', `${parties('Supplier', 'Customer')}19.1 Where Misuse is found, the Customer shall stop it, provide remedy to each Affected Person, and within fifteen (15) Business Days submit a remediation plan for the Supplier's review.`],
    ['weak', `${parties('Supplier', 'Ministry')}17.1 Where misuse is established, the Ministry shall take corrective measures and provide an effective remedy to any person affected. 17.2 These measures shall be determined by the Ministry's Inspector-General in an internal remedial plan.`],
    // Fixing the fault is not putting things right for people.
    ['weak', `${parties('Supplier', 'Customer')}19.1 Where Misuse is found, the Customer shall stop it and within fifteen (15) Business Days submit a remediation plan for the Supplier's review.`],
  ]);
});

describe('grievance-mechanism: an "Alert mechanism" heading, and no sanction "for having reported"', () => {
  gradeTable(grievanceMechanism, [
    ['present', 'Public contract between the Ministry of Territorial Security (the "Contracting Authority") and Veilleur Systèmes SA (the "Holder").\n\n**Article 19 – Alert mechanism**\n\n19.1 The Holder puts in place a secured alert mechanism allowing any natural person to report a use of the platform contrary to Article 18. The mechanism allows anonymous reports.\n\n19.2 The Contracting Authority undertakes to inform its agents having access to the platform of the mechanism.\n\n19.3 No agent may be sanctioned or dismissed for having reported in good faith facts falling under Article 19.1.'],
    // Sanctions for misuse itself are not retaliation against reporters.
    ['weak', 'Public contract between the Ministry of Territorial Security (the "Contracting Authority") and Veilleur Systèmes SA (the "Holder").\n\n**Article 19 – Alert mechanism**\n\n19.1 The Holder puts in place a secured alert mechanism allowing any natural person to report a use of the platform contrary to Article 18. The mechanism allows anonymous reports.\n\n19.2 The Contracting Authority undertakes to inform its agents having access to the platform of the mechanism.\n\n19.3 Any agent who misuses the platform shall be sanctioned under the disciplinary code.'],
  ]);
});

describe('lawful-authorization: an order of a judicial authority by definition, and the investigating judge', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${parties('Supplier', 'Procuring Agency')}14.1 "Interception Order" means an order of a Competent Judicial Authority issued under the published Surveillance Orders Act.\n\n14.2 The Procuring Agency shall ensure that no interception is carried out through the System except under an Interception Order, and each interception shall be confined to what is necessary and proportionate.`],
    ['weak', `${parties('Holder', 'Administration')}12.1 The Administration undertakes that each beacon shall be activated only on the written authorisation of the investigating judge, issued under the Code of Criminal Procedure.`],
    // Custody of the devices says nothing of authorisation.
    ['missing', `${parties('Holder', 'Administration')}12.1 The Administration undertakes to keep the beacons in a locked store and to return them at the end of the contract.`],
  ]);
});

describe('plain and careful English: no key installed on the premises, keys that last 30 days, "doesn\'t renew automatically"', () => {
  gradeTable(sellerControl, [
    ['present', `${parties('Supplier', 'Customer')}5.1 The capability shall be provided solely as a hosted service from the Supplier's data centres. No copy of the server software, and no licence key capable of operating it, shall be delivered to or installed on the Customer's premises. 5.2 The Supplier may suspend or restrict the hosted service.`],
    ['present', 'These terms are between FieldLens Ltd ("we") and the Criminal Investigation Department ("you").\n\n4.1 FieldLens runs on licence keys that last 30 days. Before a key runs out, the software asks our licence server for a new one.\n\n4.2 Whether we issue a new key is up to us, and we may suspend your account at any time.'],
    // Installed at the customer's site with no key that lapses.
    ['weak', `${parties('Supplier', 'Customer')}5.1 The server software shall be installed on the Customer's premises. 5.2 The Supplier may suspend support for the software.`],
  ]);
  gradeTable(renewalReassessment, [
    ['present', 'These terms are between Tracepath Labs ("we") and the Directorate ("you").\n\n16.1 Your subscription lasts 12 months. It doesn\'t renew automatically.\n\n16.2 Before we agree to renew, we will do a fresh human-rights review of your use of Tracepath and of the situation in your country.\n\n16.3 If we are not comfortable after a review, we can refuse to renew.'],
    ['weak', 'These terms are between Tracepath Labs ("we") and the Directorate ("you").\n\n16.1 Your subscription lasts 12 months. It renews automatically unless you give notice.\n\n16.2 Before we agree to renew, we will do a fresh human-rights review of your use of Tracepath and of the situation in your country.\n\n16.3 If we are not comfortable after a review, we can refuse to renew.'],
  ]);
});

describe('look-alikes and a split secrecy clause: maintenance interruptions, the seller\'s own certificates, renewing a performance security, allegations deemed operational', () => {
  gradeTable(suspensionRemoteDisable, [
    ['missing', `${parties('Provider', 'Client')}4.1 Provider may interrupt the Service for planned maintenance for up to four (4) hours a month, on five (5) Business Days' notice.`],
  ]);
  gradeTable(complianceCertification, [
    ['missing', `${parties('Contractor', 'Procuring Entity')}11.1 The Contractor shall furnish to the Procuring Entity, before delivery and on each anniversary of the Contract:\n\n(a) a valid ISO 9001 certificate;\n\n(b) a certificate of conformity for each batch; and\n\n(c) a tax compliance certificate.`],
    // The customer's own periodic declaration is the safeguard.
    ['present', `${parties('Contractor', 'Procuring Entity')}11.1 The Procuring Entity shall furnish to the Contractor, on each anniversary of the Contract and before each renewal, a certificate of its compliance with the Human Rights Terms.`],
  ]);
  gradeTable(renewalReassessment, [
    ['missing', `${parties('Contractor', 'Procuring Entity')}18.2 The Contractor shall renew the performance security not later than thirty (30) days before its expiry.`],
  ]);
  gradeTable(misuseNotification, [
    ['contradicted', `${parties('Contractor', 'Employer')}21. The Employer shall notify the Contractor within forty-eight (48) hours of any actual or suspected misuse of the Capability.\n\n45.1 Notwithstanding anything in this Contract, the Employer shall not be required to disclose to the Contractor any operational or classified information, whether by way of notice or otherwise.\n\n45.2 Information relating to the Employer's use of the Capability, including any allegation about it, shall be deemed operational information.`],
  ]);
});

describe('boilerplate that must not count: a term for staff account data', () => {
  gradeTable(dataProtection, [
    ['missing', `${parties('Vendor', 'Customer')}17.1 "Account Data" means the names, job titles and business email addresses of the Customer's personnel who hold user accounts.\n\n17.2 The Vendor shall process Account Data only to administer the account and shall delete it within ninety (90) days after termination.`],
  ]);
});
