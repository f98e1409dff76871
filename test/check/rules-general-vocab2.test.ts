// Generalisation tables for the seller's response rights and the customer's duties after misuse:
// sentences drafted for these tests in varied legal styles (US, UK, civil-law/translated,
// procurement, plain-English terms, passive voice, nominalisations, lists with lead-ins, negations,
// overrides), none taken from the evaluation corpus.
import { describe } from 'vitest';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

describe('termination-for-misuse (general vocabulary)', () => {
  gradeTable(terminationForMisuse, [
    // Strong: unilateral, immediate, on the seller's own finding of misuse.
    ['present', 'Termination of this Agreement shall be available to the Licensor, with immediate effect, upon its reasonable belief that the System has been used in violation of human rights.'],
    ['present', 'If we reasonably believe you have used the Service to target journalists or political opponents, we may end this agreement immediately.'],
    ['present', 'This Contract may be terminated forthwith by the Supplier by written notice where the Supplier determines, in its sole discretion, that the Equipment has been used for a Prohibited Purpose.'],
    ['present', 'Vendor shall have the right, exercisable in its sole discretion and effective immediately upon notice, to terminate this Agreement in the event Vendor determines that Customer has breached Section 7 (Human Rights).'],
    ['present', 'The Contractor is entitled to rescind the Contract with immediate effect where it establishes that the Contracting Authority has used the Solution contrary to the Human Rights Annex.'],
    ['present', 'Should the Authority refuse to cooperate with an investigation under clause 11, the Provider may terminate this Agreement without notice, in its sole discretion.'],
    ['present', 'The Seller may terminate this Agreement immediately by written notice if, in its reasonable opinion:\n\n1. the Buyer has used the Goods against human-rights defenders; or\n2. the Buyer has refused to cooperate with an investigation.'],
    ['present', '"Restricted Activity" means any use of the Platform to surveil persons for their peaceful exercise of freedom of expression.\n\nThe Company may forthwith terminate the Order if it has reasonable grounds to believe that any Restricted Activity has occurred.'],
    ['present', 'The Authority\'s breach of Schedule 12 (Human Rights), as reasonably determined by the Contractor, shall entitle the Contractor to terminate this Contract with immediate effect.'],
    ['present', 'The Supplier may terminate this Agreement with immediate effect if it reasonably believes Misuse has occurred. The Supplier shall not terminate without first giving the Customer written notice stating its reasons.'],
    // Weak: someone else decides first, consent, a long cure, no misuse trigger.
    ['weak', 'The Supplier may terminate this Agreement with immediate effect if it reasonably believes that Misuse has occurred, but only following an arbitral award confirming the Misuse.'],
    ['weak', 'Provided the Purchaser consents in writing, the Supplier may terminate this Contract with immediate effect where it reasonably suspects a Prohibited Use.'],
    ['weak', 'The Vendor may terminate this Agreement with immediate effect upon Misuse that it determines has occurred, if both parties so agree in writing.'],
    ['weak', 'Either Party may terminate this Agreement by notice if the other Party commits a material breach which is irremediable or which is not remedied within thirty (30) days.'],
    ['weak', 'The Supplier may terminate this Agreement for convenience on ninety (90) days\' notice.'],
    ['weak', 'The Licensor may terminate with immediate effect if it reasonably believes that Misuse has occurred, but such termination shall only take effect following a determination under the Dispute Resolution Procedure.'],
    // Missing: the right held by the customer, insolvency or force majeure only, boilerplate.
    ['missing', 'The Customer may terminate this Agreement with immediate effect if the Supplier breaches its human-rights obligations.'],
    ['missing', 'Either party may terminate this Agreement if a Force Majeure Event continues for more than ninety (90) days.'],
    ['missing', 'Termination of this Agreement shall not affect the accrued rights of either party.'],
    ['missing', 'Upon termination, the Customer shall return or destroy all copies of the Software.'],
    // Contradicted: waived, non-payment only, perpetual licence.
    ['contradicted', 'Licensor shall not be entitled to terminate this Agreement by reason of the manner in which Licensee uses the Software.'],
    ['contradicted', 'This Agreement may be terminated by the Supplier solely on account of the Customer\'s failure to pay sums properly due.'],
    ['contradicted', 'The Licence granted herein is perpetual and irrevocable.'],
    ['contradicted', 'In no event shall the Vendor be entitled to terminate this Agreement on grounds relating to the Customer\'s operational use of the System.'],
    ['contradicted', 'Nothing in this Agreement shall entitle the Supplier to terminate for reasons connected with the Authority\'s use of the Platform.'],
    ['contradicted', 'Notwithstanding clause 14.2, the Supplier shall not terminate this Agreement for any reason other than non-payment.'],
    ['contradicted', 'The Supplier\'s only ground for terminating this Agreement is the Customer\'s non-payment of the Fees.'],
    // In an end-use certificate the certificate itself is the use undertaking.
    ['present', 'The End User acknowledges that the Vendor may terminate the Contract with immediate effect if the Vendor reasonably concludes that any assurance in this Certificate is untrue or has been breached.'],
    ['weak', 'The Vendor may terminate the Contract on ninety (90) days\' notice if this Certificate is breached.'],
    // Round two: plain English, possessive rights of termination, bars with an exception for non-payment.
    ['present', 'If we have cause to believe that you have used the product against a journalist, we can cancel this contract straight away.'],
    ['present', 'The Licensor may, by notice having immediate effect, revoke the Licence where it reasonably suspects a Prohibited Use.'],
    ['weak', 'The Licensor may revoke the Licence upon any Misuse once the Misuse has been established by a final decision of a court.'],
    ['contradicted', 'The Licensor\'s right of termination is restricted to the Licensee\'s failure to pay the Fees.'],
    ['contradicted', 'Vendor may not terminate this Agreement except for Customer\'s failure to pay undisputed invoices.'],
    ['missing', 'The Licensee may cancel any order before shipment without charge.'],
    // Round three: misuse deemed a breach, and the misuse trigger that belongs to another right in the same sentence.
    ['weak', 'Any Misuse shall constitute a material breach entitling the Supplier to terminate this Agreement immediately.'],
    ['present', 'If it reasonably suspects Misuse, the Supplier may suspend the Services and may terminate this Agreement with immediate effect.'],
    ['weak', 'The Supplier may terminate this Agreement with immediate effect if the Customer becomes insolvent or commits a material breach, and may suspend the Services if it reasonably suspects Misuse.'],
    // Round four: the trigger by cross-reference to the use clause.
    ['present', '## 6. Use restrictions\n\n6.1 The Customer shall not use the System to monitor journalists, lawyers or political opponents.\n\n## 14. Termination\n\n14.2 The Supplier may terminate this Agreement with immediate effect if it reasonably believes that clause 6.1 has been breached.'],
    // A status-quo bar that keeps termination for misuse is no counter.
    ['present', 'The Supplier may terminate this Agreement with immediate effect if it reasonably believes that Misuse has occurred.\n\nThe Supplier shall not terminate this Agreement while the dispute resolution procedure is pending, except for Misuse.'],
    ['contradicted', 'The Supplier may terminate this Agreement with immediate effect if it reasonably believes that Misuse has occurred.\n\nThe Supplier shall not terminate this Agreement while any dispute is pending.'],
    // Round five: other verbs for ending the contract.
    ['present', 'Should the Vendor in its sole discretion find evidence of Misuse, it may bring this Agreement to an end forthwith.'],
    ['weak', 'The Supplier may, jointly with the Authority, terminate this Agreement with immediate effect where it reasonably believes Misuse has occurred.'],
  ]);
});

describe('suspension-remote-disable (general vocabulary)', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', 'Where the Licensor receives a credible allegation that the Software is being used against journalists, it may forthwith deactivate the Software remotely, pending completion of its inquiry.'],
    ['present', 'Access to the Service may be suspended by us at once if we suspect Prohibited Use, and shall remain suspended until our review has concluded.'],
    ['present', 'The Supplier shall be entitled to the immediate suspension of the Licensee\'s access on receipt of a credible complaint of Misuse, for the duration of the resulting investigation.'],
    ['present', 'Notwithstanding anything to the contrary, Company may, without notice, immediately disable Customer\'s access to the Platform if Company has reason to believe the Platform is being used in violation of Section 5 (Human Rights Use Policy), and such suspension shall continue until Company completes its investigation.'],
    ['present', 'The Vendor may immediately suspend the System, in whole or in part, until it has concluded its investigation, where:\n\n1. it receives a credible complaint that the System has been used for unlawful surveillance; or\n2. it suspects any Misuse.'],
    ['present', 'THE CONTRACTED PARTY may suspend the licence immediately upon a well-founded complaint of improper use, while the verification is in progress.'],
    ['weak', 'The Supplier may suspend the System where a court of competent jurisdiction has finally determined that the Customer has committed Misuse.'],
    ['weak', 'On a credible complaint of Misuse, the Licensor may suspend the Licence until its investigation is complete, but only after giving the Licensee sixty (60) days\' written notice.'],
    ['weak', 'Subject to the Ministry\'s prior approval, the Contractor may immediately suspend the System upon any reasonable suspicion of Misuse until the investigation is closed.'],
    ['weak', 'We may suspend your access to the Services immediately if any amount owed by you is overdue.'],
    ['weak', 'The Provider may suspend the Service without notice where necessary to address a security threat to the Provider\'s infrastructure.'],
    ['weak', 'The Company reserves the right to suspend or disable any account at its sole discretion, at any time and for any reason.'],
    ['missing', 'The Customer may suspend its payment obligations if the Supplier fails to deliver.'],
    ['missing', 'The Customer may at any time disable the audit logging module.'],
    ['missing', 'The Supplier shall provide remote diagnostic support on request.'],
    ['contradicted', 'Vendor will not, under any circumstances, remotely deactivate, suspend or degrade the Licensed Software.'],
    ['contradicted', 'The Seller warrants that the Goods are free from any mechanism permitting their remote disablement.'],
    ['contradicted', 'At no time shall the Platform be made unavailable to the Client by reason of any complaint, allegation or dispute.'],
    ['contradicted', 'Customer shall enjoy uninterrupted use of the System throughout the Term notwithstanding any allegation of misuse.'],
    ['contradicted', 'Licensee\'s access shall not be suspended for any reason while any claim by Licensor is disputed.'],
    ['contradicted', 'The Supplier has no right to switch off or otherwise deactivate the Equipment.'],
    // On suspicion, pending the investigation, with no step before it: the suspension takes effect at once.
    ['present', 'The Provider may block any account or deactivate any terminal where it suspects misuse, pending the outcome of its investigation.'],
    ['weak', 'The Provider may block any account where it suspects misuse, pending the outcome of its investigation, after fourteen (14) days\' written notice to the Customer.'],
    ['weak', 'The Provider may block any account where it suspects misuse, pending the outcome of its investigation, after consulting the Customer.'],
    ['weak', 'Upon any breach of this Declaration the Seller may suspend the Items.'],
    ['present', 'Licensor reserves the right to immediately suspend access to the Software while it investigates any credible report of Misuse.'],
    ['weak', 'The Supplier may suspend the System only once Misuse has been established by the Joint Committee.'],
    ['missing', 'The Supplier shall not be liable for any suspension of the Service caused by force majeure.'],
    ['contradicted', 'The Customer shall have uninterrupted and continuous access to the System at all times, irrespective of any allegation of misuse.'],
    ['contradicted', 'The Supplier waives any right to suspend, disable or restrict the System.'],
    ['missing', 'The Customer may suspend use of the System immediately on suspicion of Misuse until its own investigation ends.'],
    // Two rights in one sentence: the misuse trigger belongs to the termination, not to the suspension.
    ['weak', 'The Provider may suspend the Service immediately if any invoice is overdue, and may terminate this Agreement if it suspects Misuse, pending its investigation.'],
    ['present', 'Where it suspects Misuse, the Provider may immediately suspend the Service until its investigation is complete and may terminate this Agreement.'],
    // Service credits with and without a carve-out for suspension.
    ['weak', 'On a credible complaint of Misuse, the Provider may immediately suspend access until its investigation is complete.\n\nThe Provider guarantees 99.9% availability and shall pay service credits for any shortfall.'],
    ['present', 'On a credible complaint of Misuse, the Provider may immediately suspend access until its investigation is complete.\n\nThe Provider guarantees 99.9% availability and shall pay service credits for any shortfall; periods of suspension under this clause are excluded from the availability calculation.'],
    ['present', 'On a credible complaint of Misuse, the Provider may immediately suspend access until its investigation is complete.\n\nThe Customer\'s access shall not be suspended for non-payment of any disputed invoice.'],
    ['present', 'We may freeze your account at once if we suspect that you are using the Service against human rights defenders, until our review is finished.'],
    ['present', 'The Licensor may immediately take the Platform offline, in whole or in part, on a credible complaint of Misuse, pending its investigation.'],
    ['weak', 'In agreement with the Ministry, the Contractor may immediately suspend the System upon suspicion of Misuse until the investigation is closed.'],
  ]);
});

describe('update-support-withholding (general vocabulary)', () => {
  gradeTable(updateSupportWithholding, [
    ['present', 'If the Licensee uses the Software in breach of the Human Rights Undertakings, the Licensor may immediately discontinue the supply of updates, upgrades, maintenance releases and technical support.'],
    ['present', 'Updates, upgrades and support services may be withheld by the Vendor upon any suspected Misuse.'],
    ['present', 'We may stop providing you with software updates, customer support and training if we reasonably believe that you have used the Product to target activists.'],
    ['present', 'In the event of a Prohibited Use, the Contractor shall be entitled to the suspension of all maintenance, update and support services.'],
    ['present', 'Following any breach of Schedule 4 (Human Rights), the Provider shall no longer be obliged to provide Upgrades, Maintenance or Support.'],
    ['weak', 'The Vendor may withhold new functionality from the Customer if the Customer breaches the Use Restrictions, provided that bug fixes, support and maintenance continue to be supplied.'],
    ['weak', 'Licensor is under no obligation to provide any updates, upgrades or support.'],
    ['weak', 'After termination of this Agreement, the Supplier may withhold all further support and updates.'],
    ['weak', 'The Supplier may withhold maintenance and updates while any invoice remains unpaid.'],
    ['missing', 'The Supplier shall provide updates and support for the Term.'],
    ['missing', 'The Customer may decline to install any update.'],
    ['missing', 'The Provider may suspend your account and access to the hosted dashboard if you misuse it.'],
    ['missing', 'Support requests shall be answered within four hours.'],
    ['contradicted', 'The Supplier shall not withhold, suspend or delay any Update or Support Service on account of any allegation that the Customer has breached this Agreement.'],
    ['contradicted', 'Maintenance and Support shall continue uninterrupted irrespective of any claim of misuse.'],
    ['contradicted', 'Neither party shall suspend performance of its obligations while a dispute is pending.'],
    ['contradicted', 'Notwithstanding any alleged breach of the Human Rights Terms, Vendor shall continue to furnish all Updates and Support.'],
    ['present', 'Upon any violation of this End-Use Certificate, the Manufacturer may withhold software updates, upgrades, maintenance and technical support.'],
    ['weak', 'After expiry of an End User\'s licence, the Vendor shall have no further obligation to provide Updates or support to that End User.'],
    // "The Services" as the draft defines them: a hosted platform (access, the look-alike) or the supplies themselves.
    ['missing', '"Services" means the hosted case-analytics platform made available online.\n\nThe Provider may suspend the Services immediately if the Customer\'s use breaches the Acceptable Use Policy.'],
    ['present', '"Services" means the maintenance, support and training services in Schedule 2.\n\nUpon any Misuse the Supplier may suspend the Services and withhold all Updates and Upgrades.'],
    ['present', 'The Licensor may cease to supply Updates and to provide Support and training if the Licensee breaches the Human Rights Clause.'],
    ['weak', 'Should the Client violate the Acceptable Use Policy, the Supplier reserves the right to stop rendering maintenance and support services.'],
    ['contradicted', 'Support and maintenance will not be withheld or suspended for any reason, including any allegation of misuse.'],
    ['contradicted', 'The Licensor may not withhold Updates or Support on the ground of any alleged breach of this Agreement.'],
    ['weak', 'The Supplier may withhold Updates and Support while any invoice is overdue, and may terminate this Agreement upon any Misuse.'],
    ['present', 'Upon any Misuse, the Supplier may terminate this Agreement or may withhold Updates, Upgrades and Support.'],
    ['weak', 'Upon any breach of the declaration of conformity, the Supplier may withhold Updates and Support.'],
    ['present', 'Where the Licensee breaches the Human Rights Undertaking, the Licensor may withhold hotfixes and service packs and may discontinue its helpline.'],
  ]);
});

describe('investigation-cooperation (general vocabulary)', () => {
  gradeTable(investigationCooperation, [
    ['present', 'Licensee shall, upon Licensor\'s request in connection with any inquiry into alleged Misuse, promptly (and in any event within ten (10) business days) make available all relevant logs, records and personnel. Licensee\'s failure to do so shall constitute grounds for immediate termination.'],
    ['present', 'The Agency undertakes to assist the Supplier and any competent authority in any investigation of a suspected violation of human rights involving the System, including by granting access to premises, logs and operators within seven (7) days of a request; any refusal of assistance shall entitle the Supplier to suspend the System.'],
    ['present', 'All information, logs and access reasonably requested by the Vendor for the purpose of investigating a complaint of Misuse shall be provided by the Customer within 5 working days, and non-cooperation shall be a ground for termination.'],
    ['present', 'You agree to cooperate fully with any investigation we conduct into suspected misuse of the Service and to give us any information we request within 14 days, and if you do not cooperate we may suspend or terminate your account.'],
    ['present', 'The Authority shall co-operate fully with the Contractor in any investigation into an alleged breach of Schedule 9 (Human Rights), including by providing access to its systems, records and staff within 10 Working Days of a request. Any failure to co-operate shall entitle the Contractor to terminate this Contract.'],
    ['weak', 'The Customer will endeavour to respond to the Supplier\'s enquiries concerning any alleged misuse.'],
    ['weak', 'The Client shall cooperate with any investigation of suspected Misuse, providing logs within 10 days, to the extent consistent with its national security requirements. Failure to cooperate is a ground for suspension.'],
    ['weak', 'The Purchaser shall provide such information as it considers appropriate, within 10 days, in response to any inquiry into alleged misuse. Failure to cooperate is a ground for suspension.'],
    ['weak', 'The Ministry shall cooperate with any investigation by the Supplier into alleged Misuse.'],
    ['missing', 'The Supplier shall cooperate with the Customer in any investigation of a data breach affecting the Customer\'s systems.'],
    ['missing', 'Each party shall cooperate in good faith to implement the transition plan.'],
    ['missing', 'The Customer shall provide the Supplier with access to its premises for the installation of the Equipment.'],
    ['missing', 'The Contractor shall co-operate with any audit by the Authority\'s internal auditors of the fees charged.'],
    ['contradicted', 'Nothing in this Agreement shall require the Customer to disclose logs, targets or other operational data to the Supplier.'],
    ['contradicted', 'The Customer shall cooperate with investigations of Misuse. The Authority may refuse any request for information concerning its operations, including requests made in the course of an investigation of alleged misuse.'],
    ['contradicted', 'Nothing herein limits the Ministry\'s intelligence activities.'],
    ['contradicted', 'The Customer shall not be obliged to give the Supplier access to its systems, records or personnel in connection with any investigation.'],
    ['weak', 'The Bureau shall use reasonable endeavours to assist the Supplier in any inquiry into suspected Misuse.'],
    ['missing', 'The Supplier shall assist the Bureau in any inquiry by the data-protection regulator.'],
    ['present', 'The Agency shall make its records, logs and personnel available to the Supplier within 7 days of a request made in the course of any investigation of alleged human rights abuse; any refusal to do so entitles the Supplier to terminate.'],
    ['present', 'The Customer shall answer all questions put by the Supplier in the course of an investigation into alleged Misuse within 5 days and shall permit interviews of its operators. A failure to cooperate is a ground for termination.'],
    ['contradicted', 'The Customer shall cooperate with investigations of suspected Misuse.\n\nUnder no circumstances shall the Customer be required to give the Supplier access to its logs or premises.'],
    ['missing', 'The Supplier shall cooperate with any investigation of alleged Misuse by the Customer and provide its logs within 5 days.'],
    ['present', 'The Authority undertakes to collaborate with any verification of alleged improper use conducted by the Contractor, providing the records requested within 10 business days, under penalty of suspension of the licence.'],
    ['present', 'The Customer shall provide the Supplier with any logs and records requested in any investigation of alleged Misuse within 10 days; failure to cooperate is a ground for suspension.\n\nThe Customer may refuse any request for access to its premises outside business hours.'],
    ['present', 'The Customer shall provide such logs, records and access as the Supplier considers necessary for any investigation of alleged Misuse within 10 days; failure to cooperate is a ground for suspension.'],
  ]);
});

describe('misuse-notification (general vocabulary)', () => {
  gradeTable(misuseNotification, [
    ['present', 'The Licensee shall notify the Licensor in writing within 48 hours of becoming aware of any actual or suspected Misuse.'],
    ['present', 'You must tell us within 24 hours if you become aware that the Product has been used against a journalist or human rights defender.'],
    ['present', 'Any suspected misuse of the System shall be reported by the Purchaser to the Seller no later than 72 hours after its discovery.'],
    ['present', 'Written notice of any violation of human rights involving the Equipment shall be given by the Ministry to the Contractor within five (5) days.'],
    ['present', 'Promptly, and in any event within two (2) Business Days, after it learns of any Prohibited Use, the Authority shall inform the Supplier thereof.'],
    ['present', 'The Beneficiary informs the Contractor without delay, and at the latest within 3 days, of any suspected Improper Use.'],
    ['present', 'The Reseller shall notify the Manufacturer within 10 days of:\n\n1. any actual or suspected Misuse by an End User; and\n2. any change in the identity of an End User.'],
    ['weak', 'The Customer shall notify the Supplier of any suspected misuse of the System.'],
    ['weak', 'The Customer shall promptly inform the Supplier of any security breach affecting the Software.'],
    ['weak', 'The Licensee shall use commercially reasonable efforts to notify the Licensor within 5 days of any Misuse.'],
    ['weak', 'The Client shall report any actual or suspected Misuse to the Vendor within 7 days, to the extent permitted by applicable law.'],
    ['missing', 'The Supplier shall notify the Customer of any planned maintenance window at least 48 hours in advance.'],
    ['missing', 'The Customer shall notify the Supplier of any change to its registered address.'],
    ['missing', 'The Supplier shall notify the Customer within 24 hours of any suspected misuse it detects.'],
    ['missing', 'Either party may notify the other of a Force Majeure Event.'],
    ['contradicted', 'The Authority shall have no obligation to inform the Vendor of the manner in which the System is used.'],
    ['contradicted', 'The Customer shall notify the Supplier of suspected misuse. The Customer is not required to report to the Supplier any incident or allegation relating to its use of the System.'],
    ['contradicted', 'The Supplier waives any requirement that the Customer notify it of suspected misuse.'],
    // Secrecy that excepts the notice clause leaves it whole; secrecy without the exception weakens it.
    ['present', '4.2 The Bureau shall inform the Vendor in writing within five (5) days of becoming aware of any suspected Misuse.\n\n11.1 Except as provided in clause 4.2, the Bureau is not obliged to disclose to the Vendor any operational information, targets or logs.'],
    ['weak', '4.2 The Bureau shall inform the Vendor in writing within five (5) days of becoming aware of any suspected Misuse.\n\n11.1 The Bureau is not obliged to disclose to the Vendor any operational information, targets or logs.'],
    ['present', 'The Licensee undertakes to report to the Licensor, without undue delay and no later than 48 hours, any indication that the System has been used against a human rights defender.'],
    ['present', 'Customer must let Supplier know within 2 business days if it learns of any misuse.'],
    ['present', 'The Purchaser shall bring to the Seller\'s attention, within 3 days, any suspected misuse of the Goods.'],
    ['weak', 'The Customer shall notify the Supplier promptly of any misuse.'],
    ['missing', 'The Supplier shall report misuse of the System to the export authority.'],
    ['contradicted', 'The Customer need not inform the Supplier of any use of the System or of any allegation concerning it.'],
    ['present', 'The Beneficiary shall communicate to the Supplier, within 72 hours, any fact indicating a misuse of the Equipment.'],
    ['missing', 'The Customer shall bring the Use Restrictions to the attention of its operators.'],
    ['missing', 'The Customer shall communicate to its staff the policy on prohibited uses.'],
  ]);
});

describe('remediation (general vocabulary)', () => {
  gradeTable(remediation, [
    ['present', 'Should any Misuse be confirmed, the Agency shall promptly rectify it, afford effective redress to the individuals affected and submit to the Supplier for its approval a corrective action plan.'],
    ['present', 'Where Misuse has occurred, corrective measures shall be taken by the Customer without delay, appropriate remedy shall be provided to the persons affected, and a remediation plan shall be submitted to the Supplier for review.'],
    ['present', 'If the Supplier determines that Misuse has occurred, the Customer shall, within 30 days:\n\n1. cease the Misuse and discipline the officers responsible;\n2. provide an effective remedy to the affected individuals; and\n3. submit a remediation plan for the Supplier\'s review.'],
    ['present', 'You will stop any misuse at once, provide an effective remedy to the people affected by it and agree a remediation plan with us.'],
    ['weak', 'The Customer shall take appropriate corrective action where Misuse is found.'],
    ['weak', 'Where Misuse is established, the Licensee shall cease the Misuse and shall, where practicable, provide remedy to persons affected under a remediation plan reviewed by the Licensor.'],
    ['weak', 'The Authority shall offer reparation to victims of any unlawful surveillance carried out with the System.'],
    ['weak', 'Following a finding of misuse, the Customer shall take such remedial measures as it sees fit.'],
    ['missing', 'The Supplier shall remedy any defect in the Software notified to it during the warranty period.'],
    ['missing', 'The Customer\'s sole and exclusive remedy for any failure of the Service shall be the service credits.'],
    ['missing', 'The Supplier shall take corrective action to restore the Service within four hours of a Priority 1 fault.'],
    ['missing', 'Nothing in this Agreement limits either party\'s remedies at law or in equity.'],
    ['missing', 'The Contractor shall remediate any non-conformity identified in the acceptance tests within ten days.'],
    ['contradicted', 'The Customer shall not be liable to provide any redress or compensation to third parties affected by its use of the System.'],
    ['contradicted', 'In no event shall the Licensee be required to remediate, compensate or otherwise make good any harm to persons affected by its operations.'],
    ['contradicted', 'The Ministry is under no obligation to take corrective action or offer redress in respect of any alleged misuse.'],
    ['present', 'Where the Supplier finds Misuse, the Customer shall put an end to it, make amends to those harmed, and agree a corrective plan with the Supplier.'],
    ['weak', 'The Customer shall provide appropriate redress to affected individuals and shall cooperate with any remediation process.'],
    ['contradicted', 'The Authority shall bear no responsibility to provide any remedy to persons affected by the use of the System.'],
    ['present', 'The Agency shall redress any harm caused by Misuse to affected persons, implement corrective measures agreed with the Supplier, and report back on their implementation.'],
  ]);
});

describe('grievance-mechanism (general vocabulary)', () => {
  gradeTable(grievanceMechanism, [
    ['present', 'The Supplier maintains a secure whistleblowing line through which any person, including members of the public, may report suspected misuse anonymously. The Customer shall publicise the line to all of its operators and shall not retaliate against any individual who makes a report.'],
    ['present', 'Anyone may raise a concern about the use of the System, anonymously if they wish, through the Vendor\'s encrypted reporting portal. The Agency shall ensure that its staff are informed of the portal and that no reporter suffers any reprisal, and shall keep the identity of reporters confidential.'],
    ['present', 'Company shall establish and maintain a secure, anonymous hotline available to Customer personnel and third parties to report suspected violations of the Human Rights Policy; Customer shall communicate the hotline\'s availability to its employees and shall prohibit retaliation against good-faith reporters.'],
    ['present', 'A complaints procedure open to any natural person, which guarantees the anonymity of the complainant and protection against reprisals, is established by the Contractor. The Contracting Authority brings it to the attention of its agents.'],
    ['weak', 'Operators shall raise any concerns regarding misuse of the System with their commanding officer.'],
    ['weak', 'Users may report abuse of the Service by emailing our abuse desk.'],
    ['weak', 'The Customer shall operate an internal procedure through which its officers can report suspected misuse to the Customer\'s Professional Standards Department.'],
    ['weak', 'Complaints about the use of the System may be submitted to the Vendor by email; the Vendor will acknowledge them within 10 days.'],
    ['weak', 'Any person may report concerns about the Platform through our online form; reports are reviewed by our trust team.'],
    ['missing', 'The Ministry must inform the Contractor without delay of any suspected misuse.'],
    ['missing', 'Disputes between the parties shall be referred to the Steering Committee.'],
    ['missing', 'Customer support requests may be submitted through the help-desk portal.'],
    ['missing', 'Each party shall designate a contact person for operational matters.'],
    ['contradicted', 'The Supplier operates a secure hotline open to anyone.\n\nThe whistleblowing procedure in clause 18 shall not apply to the Ministry or its personnel.'],
    ['contradicted', 'The Vendor runs an anonymous reporting channel. Any officer who reports a concern outside the chain of command shall be subject to disciplinary proceedings.'],
    ['contradicted', 'The Vendor runs an anonymous reporting channel. Agency personnel are prohibited from reporting any matter outside the Agency\'s chain of command.'],
    ['weak', 'Reports of misuse of the Platform may be submitted by email to the Provider\'s trust team.'],
    ['weak', 'The Reseller shall pass on to the Manufacturer any complaint it receives about the use of a Unit.'],
    ['missing', 'Reports of faults may be sent to the service desk.'],
    ['missing', 'The Reseller shall forward to the Manufacturer any complaint about late delivery.'],
    ['present', 'Members of the public may submit complaints about the use of the System, anonymously, through a secure online portal operated by the Vendor. The Agency shall publicise the portal to its officers and shall ensure that no complainant suffers retaliation.'],
    ['present', 'A confidential reporting line, open to all persons and permitting anonymous submissions, is maintained by the Supplier; the Authority shall make it known to its employees and protect whistleblowers from victimisation.'],
    ['weak', 'Staff may raise concerns about misuse with the Customer\'s compliance officer.'],
    ['missing', 'The Supplier shall maintain a help desk for technical queries.'],
    ['missing', 'Anyone may report a bug anonymously through our secure form.'],
    ['weak', 'The Customer shall establish a secure, anonymous hotline for its staff to report misuse to the Customer\'s Inspector General, shall publicise it to its staff, and shall protect reporters from retaliation.'],
    ['present', 'The Vendor operates an ethics line, accessible to any individual, which accepts reports of misuse without requiring the reporter\'s name. The Authority shall inform all its operators of the line, and no one who reports in good faith shall suffer any detriment.'],
    ['present', 'The Supplier maintains an integrity line open to anyone, through which concerns may be raised anonymously. The Customer shall make the integrity line known to all its personnel and shall not retaliate against anyone who uses it.'],
    ['weak', 'The Supplier maintains an ethics mailbox for questions about the use of its products.'],
  ]);
});
