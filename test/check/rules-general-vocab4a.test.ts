// Generalisation round 4 (a) for six rules, written blind from the spec: FAR-style "The Contractor
// shall ...", UK public sector, civil-law translations ("undertakes to"), plain "we/you" terms,
// passive voice and nominalisations, licence conditions, termination events, lists with lead-ins,
// Markdown tables and definitions far from their use, with near-misses that must not count.
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

describe('data-protection (general vocabulary, round 4a)', () => {
  gradeTable(dataProtection, [
    ['present', "The Government shall limit access to Collected Information to cleared personnel with a need to know, shall collect only the minimum information necessary for the authorized investigation, shall store it in encrypted form, shall destroy it not later than one year after collection, and shall not disseminate it to any third party or foreign government absent a court order."],
    ['present', "## Schedule 5 - Handling of Product Data\n\n| Matter | Requirement |\n| --- | --- |\n| Access | Product Data may be viewed only by vetted case officers of the Authority |\n| Minimisation | Only Product Data relevant to the authorised investigation may be kept |\n| Security | Product Data is stored encrypted on Authority servers |\n| Retention | Product Data is deleted within 12 months of capture |\n| Disclosure | No transfer of Product Data to third parties or foreign governments without a court order |"],
    ['present', "The Beneficiary undertakes to have the data gathered by means of the System processed only by its designated operators, to limit such data to what is strictly necessary for the purposes of the proceedings, to ensure their security, to erase them at the latest twelve months after their collection and to refrain from communicating them to any third party or foreign State without prior judicial authorisation."],
    ['present', "\"Product Data\" means any information obtained, intercepted or collected through use of the Product.\n\nThe Purchaser shall pay the Fees within thirty days of invoice.\n\nProcessing of Product Data shall be confined to authorised analysts of the Purchaser and to what is necessary for the Permitted Purpose. Product Data shall be held securely, shall be erased after ninety days and shall not be disclosed onward to any third party or foreign authority without judicial authorisation."],
    ['present', "The Authority shall ensure that Interception Product is:\n\n(a) examined only by Authority staff holding the appropriate clearance;\n\n(b) limited to the minimum necessary for the authorised purpose;\n\n(c) protected by security measures appropriate to its classification;\n\n(d) destroyed as soon as it is no longer required and in any event within two years; and\n\n(e) not disclosed to any other body, including any overseas authority, save with the authorisation of the Investigatory Powers Commissioner."],
    // Security, confidentiality, retention or bare compliance only.
    ['weak', "Data gathered by means of the System shall be protected by the Ministry against unauthorised access by encryption and access controls."],
    ['weak', "The Vendor undertakes to treat all Customer Data as confidential and not to disclose it except to those of its personnel who need to know it."],
    ['weak', "Erasure of intercept material shall be effected no later than ninety (90) days after its capture."],
    ['weak', "Collected Data shall be processed in compliance with the Data Protection Act 2018."],
    ['missing', "The Supplier shall process the business contact details of the Authority's staff only to administer this Contract."],
    ['missing', "The Contractor shall retain all invoices and payment records for six years after final payment."],
    ['missing', "The Licensee shall keep the Documentation confidential and shall not disclose it to any third party."],
    // Onward sharing at will, and the seller's own use of collected content.
    ['contradicted', "The Agency may disseminate information derived from the System to any domestic or foreign government entity at its discretion."],
    ['contradicted', "The Contractor shall have the right to use Government Data, in de-identified and aggregated form, to improve its products and to train its algorithms."],
    ['contradicted', "We may keep copies of the footage your Cameras record and use it for our own research and product development."],
    ['contradicted', "Product Data may be viewed only by vetted analysts, limited to what is necessary for the investigation, stored encrypted, deleted after six months and not disclosed to third parties without a court order.\n\nNotwithstanding clause 9, the Purchaser may share Product Data with any other government authority."],
  ]);
});

describe('termination-for-misuse (general vocabulary, round 4a)', () => {
  gradeTable(terminationForMisuse, [
    ['present', "The Contractor may terminate this contract, in whole or in part, immediately upon written notice if the Contractor determines, in its sole discretion, that the Government has used the System in violation of Section H.5 (Human Rights Use Restrictions)."],
    ['present', "The Supplier reserves the right to terminate the Contract as of right and with immediate effect, without prior formal notice, should it establish, at its sole discretion, any misuse of the Equipment by the Beneficiary."],
    ['present', "## 15. Termination Events\n\nEach of the following is a Termination Event entitling the Licensor to terminate this Agreement with immediate effect by notice:\n\n(a) the Licensee fails to pay any sum within sixty days of its due date;\n\n(b) the Licensor reasonably believes that the Licensee has used the Software in breach of clause 8 (Human Rights); or\n\n(c) the Licensee refuses to cooperate with any investigation under clause 9."],
    ['present', "We can end this agreement right away if we find evidence that you have used the Service to spy on journalists, activists or political opponents."],
    ['present', "## 1. Definitions\n\n\"Human Rights Default\" means any use of the Deliverables in breach of Schedule 9 (Responsible Use).\n\n## 2. Price\n\nThe Charges are set out in Schedule 2.\n\n## 20. Termination\n\nThe Supplier may terminate the Contract with immediate effect where the Supplier reasonably considers that a Human Rights Default has occurred."],
    // A long cure for misuse, default generally, a court first, any reason, mutual agreement.
    ['weak', "The Supplier may terminate this Agreement if the Customer uses the Equipment for a Prohibited Purpose and fails to remedy that use within sixty (60) days of written notice."],
    ['weak', "The Contractor may terminate this contract for default if the Government fails to perform any material provision of this contract."],
    ['weak', "Where a competent court has finally established that the Licensee used the Software in violation of human rights, the Licensor may terminate the Licence."],
    ['weak', "The Vendor reserves the right to terminate these Terms at any time and for any reason upon notice."],
    ['missing', "The Authority may terminate the Contract for convenience on three months' notice."],
    ['missing', "Upon expiry or termination of this Contract for any reason, the Contractor shall return all Government Furnished Property."],
    // Non-payment only, waived for use, perpetual, stayed during disputes.
    ['contradicted', "The Contractor's right to terminate this contract is limited to the Government's failure to make payment when due."],
    ['present', "Termination may be effected by the Vendor forthwith, by written notice, where the Vendor has reasonable grounds to suspect Misuse."],
    ['contradicted', "The Licence is granted in perpetuity and may not be revoked by the Licensor."],
  ]);
});

describe('suspension-remote-disable (general vocabulary, round 4a)', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', "The Supplier may, without notice, suspend the provision of the Service, in whole or in part, where it has reasonable grounds to suspect a Prohibited Use, and the suspension shall remain in place until the Supplier has completed its investigation."],
    ['present', "The licence is conditional on the absence of Misuse. Where the Licensor suspects Misuse, it may at once deactivate the licence keys, pending the conclusion of its investigation."],
    // A long notice, the customer's consent, security only, a breach already established.
    ['weak', "If the Agency uses the System for a Prohibited Purpose, the Vendor may suspend the System after giving ninety (90) days' written notice."],
    ['weak', "The Provider may interrupt the Service in order to protect the integrity or security of its network."],
    ['weak', "Where a breach by the Licensee of clause 8 (Human Rights) has been established, the Licensor may suspend the Licence."],
    ['missing', "The Authority may suspend the Contractor's performance of the Services by written notice."],
    ['missing', "Scheduled maintenance windows shall be notified to the Customer 48 hours in advance."],
    // No remote disablement, uninterrupted availability, status quo.
    ['contradicted', "The Contractor represents that the Software contains no time bomb, kill switch, back door or other code that would permit the Contractor to disable it remotely."],
    ['contradicted', "We will never cut off or restrict your access to the Service because of a complaint about how you use it."],
    ['present', "Remote deactivation of the Units may be effected by the Manufacturer without delay upon a credible report of Misuse and shall be maintained until the Manufacturer's inquiry has been concluded."],
    ['present', "The Licensor is entitled to suspend, with immediate effect and without prior formal notice, the operation of the Solution upon any serious suspicion of misuse, for the whole duration of the investigation."],
    ['contradicted', "The Vendor undertakes to guarantee the uninterrupted availability of the Platform throughout the Term, including during any dispute between the Parties."],
  ]);
});

describe('update-support-withholding (general vocabulary, round 4a)', () => {
  gradeTable(updateSupportWithholding, [
    ['present', "If the Contractor determines that the Government has used the System in violation of Section H.5 (Human Rights), the Contractor may withhold software updates, upgrades, maintenance and technical support."],
    ['present', "In the event of a breach by the Beneficiary of its obligations under Article 9 (Human Rights), the Supplier shall be entitled to suspend the supply of updates, the maintenance services, technical assistance and training."],
    ['present', "Upon any Misuse, provision of Updates, Upgrades and Support Services may be discontinued by the Licensor."],
    ['present', "If you misuse the Product, we can stop sending you updates and stop helping you through our support desk."],
    ['present', "Where the Vendor reasonably suspects Misuse, it may:\n\n(a) suspend the delivery of new releases, patches and upgrades;\n\n(b) cease providing helpdesk support and maintenance; and\n\n(c) cancel any scheduled training."],
    // No duty at all, new features only, after termination, any time.
    ['weak', "If the Customer breaches the Human Rights Terms, the Supplier may decline to provide new features or modules; all corrective maintenance and support shall continue."],
    ['weak', "Following termination of the Contract, the Provider shall cease to provide support and updates."],
    ['weak', "The Vendor reserves the right to discontinue support and updates for the Software at any time in its discretion."],
    ['missing', "The Authority may refuse to accept any Update that fails the acceptance tests."],
    ['missing', "The Contractor shall provide training to Government personnel at the Government's facility."],
    ['missing', "We may suspend your access to the online dashboard if you breach these Terms."],
    // Services that continue whatever the allegation, or stop for non-payment only.
    ['weak', "The Contractor is not obligated to furnish any updates, patches or technical support."],
    ['contradicted', "The Supplier undertakes to continue to provide maintenance, updates and support throughout the Term, including while any dispute or allegation of breach is being resolved."],
    ['contradicted', "We will keep providing updates and support to you even if we believe you have breached our Acceptable Use Policy."],
    ['contradicted', "Support Services shall not be suspended or withdrawn by the Licensor for any reason other than non-payment."],
  ]);
});

describe('end-use-limitation (general vocabulary, round 4a)', () => {
  gradeTable(endUseLimitation, [
    ['present', "The System shall be used solely by the Federal Investigations Directorate of the Ministry of the Interior (the \"End User\"), solely for the End User's own investigations of terrorism and serious crime, and for no other purpose."],
    ['present', "The licence is conditional upon the Software being used only by the Anti-Kidnapping Unit of the National Police, within its own operations, and only to locate victims and suspects in investigations of kidnapping and other Serious Crime.\n\n\"Serious Crime\" means an offence involving violence against the person and punishable by imprisonment of four years or more."],
    ['present', "The Beneficiary undertakes that the Equipment shall be operated exclusively by the Central Directorate of Judicial Police, for the needs of its own services, and for the sole purpose of preventing and prosecuting terrorist acts and serious criminal offences."],
    // Any lawful purpose, an open-ended end user, an undefined purpose, a domestic-law definition.
    ['weak', "The Government may use the Software for any lawful Government purpose."],
    ['weak', "The Licensee, its affiliates and any other public authority of the Republic may use the Platform for the prevention of serious crime."],
    ['weak', "The Bureau shall use the System only for the purposes of safeguarding State security, within its own operations."],
    ['missing', "The Contractor shall perform the Services in accordance with all applicable federal, state and local laws."],
    ['missing', "The Purchaser shall operate the Goods in accordance with the Supplier's operating manual."],
    ['missing', "This Agreement is entered into for the purpose of supplying the Equipment described in Annex A."],
    // The customer decides the purposes; local law defines authorised use; national security unlimited.
    ['contradicted', "The Ministry alone shall decide for what purposes and by which of its services the System is used."],
    ['contradicted', "Any use of the Platform authorised under the laws of the Licensee's jurisdiction shall constitute an Authorised Use."],
    ['contradicted', "The System shall be used only by the Police Intelligence Directorate, within its own operations, for the investigation of terrorism.\n\nNothing in this Contract shall limit the Government's intelligence or national-security activities."],
  ]);
});

describe('lawful-authorization (general vocabulary, round 4a)', () => {
  gradeTable(lawfulAuthorization, [
    ['present', "The Government shall not use the System against any individual unless a court of competent jurisdiction has issued a warrant under published law authorizing that use, upon a finding that it is necessary and proportionate to the investigation, and the Government shall retain a record of each such warrant."],
    ['present', "Each operation of the Solution is subject to the prior authorisation of an independent judge, delivered in accordance with the published law of the Beneficiary's State, who verifies that the measure is necessary and proportionate; the Beneficiary keeps a register of all such authorisations."],
    ['present', "The licence is conditional upon each interception being authorised in advance by an independent judicial authority, under publicly available legislation, as necessary for and proportionate to a legitimate aim, and upon the Licensee keeping records of those authorisations."],
    ['present', "Each use of the Product shall satisfy the following conditions:\n\n(a) it has been authorised by an independent court under published law;\n\n(b) the court has found it necessary and proportionate; and\n\n(c) the authorisation is recorded in the Licensee's authorisation register."],
    // The agency authorises itself; no necessity test; no independent authority.
    ['weak', "Each tasking of the Platform shall be approved by the Head of the Agency's Operations Directorate after an assessment of necessity and proportionality, and recorded."],
    ['weak', "Deployment of the System requires a judicial warrant issued under the Code of Criminal Procedure."],
    ['weak', "The Customer shall ensure that each use of the Product is lawful, necessary and proportionate."],
    ['missing', "The Contractor shall obtain all permits and authorizations required to perform the work."],
    ['missing', "This Contract shall enter into force upon its approval by the Ministry of Finance."],
    ['missing', "Any variation of this Agreement requires the written approval of both Parties."],
    // No warrant or court needed.
    ['contradicted', "The Agency may operate the System without obtaining any warrant, judicial order or other external approval."],
    ['contradicted', "Each use of the System requires a warrant issued by a judge under published law as necessary and proportionate, and the Ministry shall record each warrant.\n\nThe Ministry shall not be required to obtain any warrant or court order for operations it certifies as urgent."],
    ['contradicted', "No court order shall be a precondition to the use of the Product by the Purchaser."],
    ['contradicted', "You won't need a warrant or any court's permission to use the Service."],
    ['present', "No Deployment shall take place unless it has been authorised by a warrant issued under the Investigatory Powers Act 2016 and approved by a Judicial Commissioner as necessary and proportionate. The Authority shall keep a record of every warrant relied upon."],
    ['present', "Before you use the Tool on anyone, you need a judge's warrant issued under a published law, and the judge must agree that the use is necessary and proportionate. Keep a copy of every warrant."],
  ]);
});
