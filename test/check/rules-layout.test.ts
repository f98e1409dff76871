// Duties laid out as bullets under a lead-in ("The Licensee shall not:" then "- use ..."): each
// bullet goes on from the lead-in, as a lettered item does; and a long bulleted list of ordinary
// terms does not lend its words to a safeguard it does not give.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('use-restrictions: bans in bullets', () => {
  gradeTable(useRestrictions, [
    ['present', "## 6. Prohibited Uses\n\nThe Agency shall not, and shall ensure that its Authorised Users do not:\n\n- use the System against any person for exercising the rights of expression, assembly, association or religion;\n- use the System to target journalists, lawyers, human rights defenders or political opponents;\n- use the System for the bulk or untargeted interception of communications."],
    // A heading may be the lead-in.
    ['present', "## Acceptable Use Terms\n\n### B. You must not:\n\n- use the Service to monitor anyone because they expressed an opinion or took part in a peaceful protest;\n- use the Service to target journalists, lawyers or political opponents;\n- run bulk or untargeted collection over a whole population."],
    ['present', "You must not:\n\n* point the Platform at people because of what they say, write or believe, or because they protest;\n* search for or follow reporters, activists, opposition politicians or their families; or\n* run open-ended sweeps of whole neighbourhoods or populations."],
    ['weak', "The Customer shall not:\n\n- use the Software to target members of the press or civil society;\n- use the Software in breach of applicable law."],
    // A platform's content rules in bullets: spam in bulk and privacy statements are no surveillance ban.
    ['missing', "We do not allow content or activity on the Service that:\n\n- is excessive automated bulk activity, such as spamming;\n- is bulk distribution of advertising; or\n- infringes any intellectual property right.\n\nYour use of information from the Service must comply with our Privacy Statement."],
  ]);
});

describe('no-transfer, termination and suspension: duties and rights in bullets', () => {
  gradeTable(noTransfer, [
    ['present', "The Purchaser undertakes that it will not:\n\n- sell, lend, lease, sublicense or otherwise transfer the Equipment or access to it to any other person or agency, or permit any contractor to operate it, without the Supplier's prior written consent;\n- modify, decompile or reverse engineer the Software; or\n- allow the Equipment to be diverted to any end user other than the End User named in Annex A, which diversion is a material breach."],
    ['missing', "The Purchaser will:\n\n- pay each invoice within 30 days;\n- keep the Equipment insured; and\n- give the Supplier access to the Site for installation."],
  ]);
  gradeTable(terminationForMisuse, [
    ['present', "The Vendor may terminate this Agreement with immediate effect by written notice if, in its sole reasonable judgment:\n\n- the Customer has used the Product for any Prohibited Use; or\n- the Customer has breached the Human Rights Undertakings in Schedule 4."],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['present', "Pending an investigation of suspected Misuse, the Supplier may, with immediate effect and without liability, do any of the following:\n\n- suspend the Customer's licence keys and access to the Platform;\n- disable the System remotely; and\n- withhold the Services until the investigation closes."],
  ]);
});

describe('bulleted terms that only look like a safeguard', () => {
  gradeTable(misuseDisclosure, [
    // The customer promising not to disparage the seller puts no secrecy on the seller.
    ['missing', "When you use the Services you agree that you may not:\n\n- copy or resell the Services;\n- disparage, tarnish or otherwise harm us or the Services."],
  ]);
  gradeTable(endUseLimitation, [
    // The seller's own access to customer data, for listed reasons, is data handling, not end use.
    ['missing', "Our staff can access your data only for the following reasons:\n\n- to answer a support request you make;\n- where a court order compels us; or\n- to investigate a security incident."],
  ]);
});

describe('audit-and-records: a fee audit beside an audit of compliance limits nothing', () => {
  gradeTable(auditAndRecords, [
    ['present', "5.5 Once a year the Licensor may inspect the Customer's records of the fees paid and the number of licences in use.\n\n8.1 The System keeps a log of every interception: the user, the time, the target and the warrant relied on. The Customer shall not disable, alter or delete the log.\n\n8.2 The Licensor, or an independent auditor appointed by it, may audit the Customer's compliance with the Human Rights Terms on ten days' notice."],
    ['weak', "8.1 The System keeps a log of every interception: the user, the time, the target and the warrant relied on. The Customer shall not disable, alter or delete the log.\n\n8.2 The Licensor may audit the Customer's use of the System, but any audit shall be limited to verifying the number of licences in use."],
    ['weak', "The Application keeps an audit trail of every user, search and export, which you cannot disable or delete. We or an independent auditor may audit your compliance with these terms on 30 days' notice, subject to your consent to each audit."],
  ]);
});

// A strong element may be stated where the clause sends the reader: in the meaning of a defined
// term it uses, or in a clause it cites. Without that text the same clause lacks the element.
// (The duties leave security unsaid: retention is then a second protective measure lacking, which makes it weak.)
const DATA_DUTIES = "8.1 The Customer shall process Collected Data only for the investigation for which it was collected, shall collect only the data that investigation needs, shall observe the retention rule in clause 8.4, and shall not share it with any third party or foreign government without the Supplier's written authorisation.\n\n8.2 The Customer shall pay the fees.";
const DATA_DUTIES_BY_TERM = "8.1 The Customer shall process Collected Data only for the investigation for which it was collected, shall collect only the data that investigation needs, shall apply the Retention Rule, and shall not share it with any third party or foreign government without the Supplier's written authorisation.";
describe('data-protection: an element in a defined term or a cited clause', () => {
  gradeTable(dataProtection, [
    ['present', `${DATA_DUTIES}\n\n8.4 Data gathered with the System is to be erased within 12 months of its gathering unless it is evidence in a pending prosecution.`],
    ['weak', `${DATA_DUTIES}\n\n8.4 Each party shall bear its own costs of performing this clause.`],
    ['present', `"Retention Rule" means the rule that Collected Data is deleted no later than 12 months after collection unless it is evidence in a pending prosecution.\n\n${DATA_DUTIES_BY_TERM}`],
    ['weak', DATA_DUTIES_BY_TERM],
  ]);
});

// A customer's standard terms may void, by description, any term of the seller's that would give it a
// right: the items run on inside one paragraph after the lead-in that voids them.
const PARTIES = 'This Agreement is made between the Department of Public Safety of the State of Calder (the "Department") and Orvane Systems Ltd (the "Vendor").';
const LOGS_AND_AUDIT = "12.1 The Department shall keep tamper-proof logs of every search run on the System, recording the user, the time, the target and the warrant, and shall not disable, alter or delete them.\n\n12.2 The Vendor or an independent auditor may audit those logs and the Department's compliance with the Use Policy once a year and whenever it suspects misuse.";
const VOIDED = (item: string) => `## Part B - Department Standard Terms\n\nB.4 Any provision of the Vendor's documents that purports to do any of the following shall be void and unenforceable against the Department: (a) require the Department to indemnify the Vendor; (b) ${item}; (c) choose the law of another state.`;
const MISUSE_SUSPENSION = '1.1 "Prohibited Use" means use of the System against journalists or for political surveillance.\n\n9.1 If the Supplier receives a credible complaint or suspects that the System has been used for a Prohibited Use, it may suspend the System immediately, and the suspension shall last until its investigation is complete.';
describe('rights the customer\'s terms void by description', () => {
  gradeTable(auditAndRecords, [
    ['contradicted', `${PARTIES}\n\n${LOGS_AND_AUDIT}\n\n${VOIDED("allow the Vendor to inspect or audit the Department's records, premises or use of the System")}`],
    ['contradicted', `${PARTIES}\n\n${LOGS_AND_AUDIT}\n\n${VOIDED('grant the Vendor any right to examine or audit the query logs')}`],
    ['present', `${PARTIES}\n\n${LOGS_AND_AUDIT}\n\n${VOIDED('limit the liability of the Vendor for death or personal injury')}`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', `${MISUSE_SUSPENSION}\n\n30.2 Any term in the Supplier's licence, policies or shrink-wrap terms permitting the Supplier to disable, suspend or degrade the System shall be of no effect.`],
    ['present', `${MISUSE_SUSPENSION}\n\n30.2 Any term in the Supplier's shrink-wrap terms permitting the Supplier to collect usage statistics shall be of no effect.`],
  ]);
});

// A table whose header asks a question of each row ("Breach by the Supplier?"): "No" or "None" under it says the answer.
describe('a table of questions answered in its cells', () => {
  const PARTIES = 'This Contract is made between Orsolan Systems Ltd (the "Supplier") and the Border Police of the Republic of Tavria (the "Customer").';
  const table = (first: string, second: string) => `${PARTIES}\n\n14.1 The effect of each step the Supplier may take under clause 13 (Misuse) is set out below.\n\n| Step | Default by the Supplier? | Damages payable to the Customer? | Fee rebate or service credit? |\n| --- | --- | --- | --- |\n| Suspending access to the System | ${first} | ${second} | None |\n| Holding back Updates or support | ${first} | ${second} | None |\n| Ending the Contract | ${first} | ${second} | None |\n\n14.2 The Customer shall indemnify the Supplier against all third-party claims arising from any misuse of the System.`;
  gradeTable(safeguardActionProtection, [
    ['present', table('No', 'None')],
    ['weak', table('Yes', 'Yes')],
  ]);
});

// A tender's compliance matrix: where the bidder answers other than "comply", its own wording is the term and the buyer's
// requirement beside it binds nobody.
describe('seller-control and suspension: a compliance matrix', () => {
  const matrix = (rows: string) => `Purchaser: the Directorate of Signals Intelligence of the Republic of Osk (the "Purchaser"). Contractor: Varnholt Networks AS (the "Contractor").\n\n| Ref. | Purchaser's requirement | Compliance | Bidder's response |\n|---|---|---|---|\n${rows}`;
  gradeTable(sellerControl, [
    ['contradicted', matrix('| 4.1 | All software licences shall be perpetual and irrevocable. | Comply | - |')],
    ['present', matrix('| 4.1 | All software licences shall be perpetual and irrevocable. | Partly comply | Each licence file is valid for twelve months and is renewed by the Contractor, which may decline to renew it or suspend it on suspected misuse. |')],
    // (A requirement without a full stop, in one sentence with the answer.)
    ['present', matrix('| 4.1 | Perpetual and irrevocable licences | Partially compliant | Each licence file is valid for twelve months and is renewed by the Contractor, which may decline to renew it or suspend it on suspected misuse. |')],
    ['present', matrix('| 4.1 | All software licences shall be perpetual and irrevocable. | NC | Each licence file is valid for twelve months and is renewed by the Contractor, which may decline to renew it or suspend it on suspected misuse. |')],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', matrix('| 7.3 | The Contractor shall have no capability to remotely access, disable or degrade the System. | C | - |')],
  ]);
});

// "may ... do any or all of the following where ...:" over its items: each item is the right, under the lead-in's condition.
describe('suspension: the measures listed under "do any or all of the following"', () => {
  const PARTY = 'This Licence is made between Arden Vale Systems Ltd (the "Licensor") and the Directorate of Criminal Intelligence (the "Licensee").';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${PARTY}\n\n10.1 The Licensor may, with immediate effect and by notice to the Licensee, do any or all of the following where it receives a complaint of Misuse that it considers credible, where it reasonably suspects Misuse, or where the Licensee fails to cooperate with its enquiries under clause 9.3:\n\n(a) decline to issue or renew Activation Keys, or revoke any Activation Key already issued, so that the Software stops working on one or more Workstations;\n\n(b) withhold Updates and support.\n\n10.2 Any suspension under clause 10.1 continues until the Licensor has completed its investigation.`],
    // The same list under a condition of an established breach only.
    ['weak', `${PARTY}\n\n10.1 The Licensor may, with immediate effect, do any or all of the following where an arbitral tribunal has found that the Licensee committed Misuse:\n\n(a) revoke any Activation Key already issued, so that the Software stops working;\n\n(b) withhold Updates and support.`],
  ]);
});

// A question with no verb of its own goes on from the question before it.
describe('end-use-limitation: "For what purposes?" after "Who may use the System?"', () => {
  const QA = (second: string) => `This licence is made between Halden Signal Ltd ("Halden") and the Serious Crime Unit of the Police of Osk (the "Unit").\n\n### 2. Who may use the System?\n\nOnly the Unit, in its own investigations.\n\n### 3. ${second}\n\nOnly to investigate terrorism, meaning serious violence against civilians intended to intimidate a population, and offences punishable by ten years' imprisonment or more.`;
  gradeTable(endUseLimitation, [
    ['present', QA('For what purposes?')],
    // A question with its own verb reads on its own: an answer about training is no purpose.
    ['weak', QA('What training is needed?').replace(/Only to investigate[^\n]*/, 'A two-day course on the Act.')],
  ]);
});
