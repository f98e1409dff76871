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
