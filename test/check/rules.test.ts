// Rule tables: each safeguard's rule against short drafts in varied wording. Written for these
// tests, not taken from the evaluation corpus.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.ts';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { SAFEGUARD_IDS } from '../../src/profile/vocabulary.ts';
import { gradeTable } from './grade-table.ts';

describe('rule catalogue', () => {
  it('has exactly one rule per safeguard id of the spec, in its order', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...SAFEGUARD_IDS]);
    for (const r of RULES) expect(r.meta.sources.length, r.meta.id).toBeGreaterThan(0);
  });
});

describe('termination-for-misuse', () => {
  gradeTable(terminationForMisuse, [
    ['present', 'The Supplier may terminate this Agreement with immediate effect if it finds, in its sole discretion, evidence of Misuse.\n\n"Misuse" means any use of the System in breach of the Human Rights Terms.'],
    ['present', '14.2 If the Licensor reasonably believes that the Software has been used against a journalist or a human-rights defender, this Licence may be terminated by the Licensor forthwith by written notice.'],
    ['present', '"Prohibited Use" means the targeting of persons for their political opinions.\n\n9.1 The Vendor shall be entitled to terminate the Contract immediately upon any Prohibited Use that it determines has occurred.'],
    ['weak', 'Either party may terminate this Agreement at any time, for any reason, on ninety (90) days notice.'],
    ['weak', 'The Supplier may terminate this Agreement for material breach that is not cured within sixty (60) days.'],
    ['weak', 'The Supplier may terminate this Agreement on evidence of Misuse, but only after a final, non-appealable judgment of a competent court finding that Misuse occurred.'],
    ['missing', 'Each party shall comply with the laws that apply to it.'],
    ['missing', 'The Customer may terminate this Agreement for convenience on thirty (30) days written notice.'],
    ['contradicted', 'The Supplier may terminate this Agreement only for non-payment of undisputed fees.'],
    ['contradicted', 'The Licensor waives any right to terminate this Agreement for reasons related to the Licensee\'s use of the Software.'],
    ['missing', "While any dispute about the use of the System is pending, the Supplier shall continue to supply maintenance and support."],
    ['missing', "Either party may end this Agreement by notice if the other enters liquidation or has an administrator appointed."],
    ['present', "## Restricted uses\n\nYou may not resell access to the Service.\n\nAny account found in violation of the restrictions above will be subject to termination without notice."],
    ['weak', "These terms are between Harbor Labs Inc. (\"Harbor\", \"we\") and the Customer.\n\nHarbor may terminate your subscription at any time for any reason."],
    ['present', "These terms are between Harbor Labs Inc. (\"Harbor\", \"we\") and the Customer.\n\nHarbor may terminate the Customer's subscription immediately if it reasonably believes that Misuse has occurred."],
    ['weak', "Failure to pay any invoice will result in termination of the licence."],
    ['weak', "If you give us feedback, we will have a perpetual, irrevocable licence to use it.\n\nWe may terminate your account at any time for any reason."],
    ['contradicted', "The Supplier's right to terminate is limited to non-payment of fees."],
    ['contradicted', "The Licensor may only terminate this Agreement where the Licensee fails to pay undisputed fees."],
    ['weak', "The Supplier may terminate only for non-payment or for Misuse."],
    ['weak', "The Provider may terminate this Agreement with immediate effect for Misuse, but only after a majority finding of the Steering Committee that Misuse has occurred."],
    ['weak', "The Licensor may terminate the contract for Misuse after a formal notice left without effect for sixty (60) calendar days."],
  ]);
});

describe('suspension-remote-disable', () => {
  gradeTable(suspensionRemoteDisable, [
    // Notice before suspension, in the words of a compliance-matrix comment.
    ['weak', 'The Supplier may immediately suspend the activation keys on a credible complaint or suspected misuse, until its investigation is complete. The Supplier shall first give the Customer forty-five (45) days\' written notice before any suspension takes effect.'],
    ['weak', 'The Supplier may suspend the System on a credible complaint or suspected misuse until its investigation is complete, on 30 days\' notice before any such suspension.'],
    ['present', 'On receipt of a credible complaint, or where it suspects Misuse, the Supplier may immediately suspend or remotely disable the Product until its investigation is complete.'],
    ['present', 'Access to the Platform may be suspended by the Provider without prior notice where it has reasonable grounds to suspect a Prohibited Use, pending the outcome of its inquiry.\n\n"Prohibited Use" means surveillance of dissidents or journalists.'],
    ['weak', 'The Supplier may suspend the Service if any invoice remains unpaid for more than thirty (30) days.'],
    ['weak', 'With the prior written consent of the Authority, the Contractor may suspend the System where it suspects Misuse until the investigation is complete.'],
    ['missing', 'The Customer shall pay all invoices within thirty (30) days.'],
    ['contradicted', 'The Vendor shall not remotely access, disable or degrade the System for any reason.'],
    ['contradicted', 'The Supplier warrants that the Software contains no disabling code, time-lock or remote deactivation mechanism.'],
    ['present', 'Where it has reasonable grounds to suspect Misuse, the Licensor may at once and without prior notice suspend the System, including by remote deactivation of its licence keys, until its investigation is complete.'],
    ['present', 'On a credible complaint of Misuse the Vendor may, without liability and without delay, suspend the Product by remote disabling of any Unit until it has finished investigating.'],
    ['contradicted', 'The Units are delivered without any time-lock, kill switch or remote deactivation function.'],
    ['present', "The Provider may suspend the Customer's access immediately upon a credible complaint of Misuse, for so long as its review of the complaint continues."],
    ['weak', "Where the Vendor receives a credible complaint of Misuse, it may withhold the activation key for the Unit concerned only after giving twenty-one (21) days' written notice to the Bureau."],
    ['present', "On a credible report of suspected Misuse, the Supplier may immediately withhold the licence key for the System until its investigation is complete."],
    ['present', "The Provider may suspend the Service if fees remain unpaid for forty-five (45) days.\n\nOn a credible complaint of Misuse, the Provider may immediately suspend access to the Service until its investigation is complete."],
    ['missing', "The Vendor shall not access intercepted communications stored in the System except under the investigation protocol."],
    ['contradicted', "The Supplier warrants that neither the Equipment nor its firmware contains any kill switch or remote-deactivation feature."],
    ['missing', "While any dispute about the use of the System is pending, the Supplier shall continue to supply maintenance and support."],
    ['present', "These terms are between Harbor Labs Inc. (\"Harbor\", \"we\") and the Customer.\n\nHarbor may suspend any user immediately on a credible report of Misuse, until its investigation is complete."],
    ['weak', "We reserve the right to suspend your account if your bandwidth use is excessive compared with other users."],
    ['contradicted', "The Supplier shall not, under any circumstances, suspend or interrupt the Service."],
    ['missing', "The Supplier shall not, if it suspends the Service for Misuse, owe any credit."],
    ['contradicted', "The Vendor undertakes that the Service will be available without interruption irrespective of any allegation of misuse."],
    ['present', "The Provider may throttle or block the Customer's access forthwith upon suspicion of Misuse until the matter has been investigated."],
    ['contradicted', "The Tenderer shall ensure uninterrupted availability of the System and shall pay liquidated damages for each day it is unavailable. No cause other than Force Majeure shall excuse unavailability."],
    ['contradicted', "Pending the settlement of any difference, the Partner shall continue to provide the Platform and all updates and support, and shall not suspend, disable or terminate it."],
  ]);
});

describe('update-support-withholding', () => {
  gradeTable(updateSupportWithholding, [
    ['contradicted', 'Seller shall provide all firmware and software updates, security patches and support released during the maintenance term, and shall not withhold, delay or condition any of them for any reason, including any dispute between the parties or any allegation concerning Buyer\'s use of the Goods.'],
    ['present', 'Upon any Misuse, the Licensor may immediately withhold all updates, upgrades, maintenance, support and training.'],
    ['weak', 'The Supplier may withhold new features from the Customer at its discretion.'],
    ['contradicted', 'The Supplier shall continue to provide all maintenance, updates and support notwithstanding any dispute or alleged breach.'],
    ['missing', 'The Supplier shall deliver the hardware to the Customer\'s premises.'],
    ['contradicted', 'While any dispute is pending, neither party shall suspend its obligations, and the Vendor shall continue to provide all maintenance, updates and support in full.'],
    ['weak', 'Only new feature releases may be withheld if the Licensee breaches this Agreement; security patches continue.'],
    ['weak', "Where a breach of the Human Rights Annex is suspected, the Vendor may decline to ship new feature releases. Maintenance releases continue to be supplied."],
    ['weak', "Upon expiry or termination of this Licence, the Vendor shall cease to provide Updates and support."],
    ['weak', "We may refuse service to anyone for any reason at any time."],
    ['present', "9(1) Upon a credible complaint or suspected Misuse, the Provider may suspend access at once.\n\n9(2) In the same cases, the Provider may withhold updates, new connectors, support, training and any other service."],
    ['contradicted', "The Contractor does not interrupt, suspend or degrade the System, the maintenance, the updates or the support for any reason whatsoever, including a dispute or an alleged breach of the human-rights annex."],
    ['present', "This Agreement is made between Kestrel Systems Ltd (\"Kestrel\" or the \"Supplier\") and the Ministry of Interior (the \"Authority\").\n\n1. Should the Authority use the System in breach of the Use Restrictions, Kestrel shall be entitled to cease delivering patches, new releases and technical assistance."],
    ['weak', "The Supplier may suspend the provision of new features to the Customer if the Customer breaches the Human Rights Terms, but maintenance and security patches shall continue."],
    ['contradicted', "The Supplier may withhold updates on misuse. The Supplier shall under no circumstances suspend or withhold support or updates, regardless of any allegation of breach."],
    ['present', "On Misuse, the Provider may withhold or stop any updates, upgrades, maintenance, support, training and other services, except that it shall continue to supply security patches for the essential functions so that residents are not deprived of documents."],
    ['missing', "If we determine your bandwidth usage to be significantly excessive in relation to other users of similar features, we reserve the right to suspend your account or throttle your file hosting."],
  ]);
});

describe('export-control-compliance', () => {
  gradeTable(exportControlCompliance, [
    // The seller obtaining its own export licences is not the customer's undertaking, even after another duty.
    ['missing', 'Seller shall comply with all applicable federal, state and local laws, ordinances and regulations, and shall obtain at its own cost any permits and licences, including export licences, needed to perform.'],
    ['missing', 'The Contractor shall pack the goods to withstand handling and shall obtain, at its own cost, any export licence required in the country of manufacture.'],
    ['present', 'The Customer shall comply with the Export Administration Regulations (EAR), ITAR and the sanctions administered by OFAC, and shall not export, re-export or transfer the Product without any required licence.'],
    ['present', 'Licensee will comply with all domestic and international export laws that apply to the Software, including restrictions on destinations, end users and end use.'],
    ['weak', 'The Customer shall use reasonable efforts to comply with the import and export laws of its own country.'],
    ['missing', 'The Customer shall keep the Documentation confidential.'],
    ['contradicted', 'Any re-export of the System shall be governed exclusively by the laws of the Republic.'],
    ['present', "The Purchaser shall comply with the Swiss Goods Control Act and with Swiss and United Nations sanctions, and shall not re-export the Equipment without the permits those laws require."],
    ['contradicted', "\"Governing Law\" means the laws of the Republic.\n\nAfter delivery, any export, re-export or transfer of the Equipment shall be governed exclusively by Governing Law."],
    ['weak', "The Customer shall endeavour to comply with all applicable export control laws and not to re-export the Product without authorization."],
    ['weak', "To the extent permitted by the laws of its country, the Customer shall comply with the U.S. Export Administration Regulations and shall not re-export the Product without a licence."],
  ]);
});

describe('data-protection', () => {
  gradeTable(dataProtection, [
    ['present', 'Collected Data shall be analyzed only by authorized Personnel for the Authorized Purpose, stored securely with encryption, minimized to what is strictly necessary, deleted after twelve (12) months, and not shared with any third party or foreign government without the Supplier\'s written authorization.'],
    ['weak', 'The Supplier shall keep Customer Data confidential and protect it with reasonable security measures.'],
    ['contradicted', 'The Customer may share any data obtained through the System with any government authority.'],
    ['contradicted', 'The Provider may use, retain and aggregate data processed through the Service, in de-identified form, to improve its products and train its machine learning models.'],
    ['missing', 'The Licensee shall pay the fees in euros.'],
    ['weak', "\"Take\" means any call content or signalling data acquired by means of the Equipment.\n\nThe Bureau shall hold Take on encrypted servers."],
    ['contradicted', "The Client hereby grants the Vendor a perpetual licence to copy and use Client Data, once anonymised, to build and improve the Vendor's analytics models."],
    ['contradicted', "The Licensor may keep the recordings uploaded by the Agency and use them for its own purposes."],
    ['contradicted', "The Agency authorises the Supplier to store and analyse voice samples captured with the Platform to enhance its speaker-recognition engine."],
    ['weak', "The Supplier may use suggestions and feedback from the Customer, excluding any Customer Data, to improve its products."],
    ['missing', "The Vendor may use the Customer's comments on the beta release to improve the Platform."],
    ['present', "Only recordings relevant to the authorised investigation shall be kept by the Bureau, and all other intercepted content shall be deleted within fourteen (14) days. Intercepted content shall be accessible only to named analysts, held on encrypted servers, and not passed to any foreign body or third party without a court order."],
    ['contradicted', "Each Participating Agency may share intercepts and derived analysis with any foreign intelligence partner."],
    ['present', "## Collected data\n\nThe Directorate shall collect only data listed in the warrant. The data shall be stored on encrypted Directorate servers, used solely for the authorised purpose, deleted within thirty (30) days after the case closes, and not disclosed to any other agency or foreign government without judicial authorisation."],
    ['contradicted', "Vendor is entitled to retain anonymised copies of Customer Data to enhance its services."],
    ['weak', "The Authority shall keep call records obtained through the System only for as long as the warrant is in force and shall then destroy them."],
    ['missing', "Provider may aggregate usage statistics to improve the Service."],
    ['contradicted', "The Agency may pass any intercept material to partner agencies abroad at its discretion."],
    ['weak', "The Agency may pass intercept material to a foreign partner agency only with a court order."],
  ]);
});

describe('no-transfer', () => {
  gradeTable(noTransfer, [
    ['present', 'The Agency shall not sell, sublicense, lend or transfer the System or share access to it with any other agency or contractor without the Vendor\'s prior written consent, and shall not modify or reverse engineer it. Any diversion to an unauthorized end user is a material breach.'],
    ['weak', 'Neither party may assign this Agreement without the other party\'s consent.'],
    ['contradicted', 'The Customer may freely transfer the System to any agency of its government.'],
    ['weak', "The Authority may lend the Equipment to the Coast Guard for joint exercises, on notice to the Vendor."],
    ['contradicted', "Each Member Agency may share its credentials with any other public-sector organisation, without the approval of the Licensor."],
    ['contradicted', "The Ministry may transfer the Platform and assign its licence to any successor or to any other department of the State, on notice to the Supplier and without its consent."],
    ['weak', "The Customer may transfer the System to any agency of its government."],
    ['missing', "The Customer may share intercept data with any agency without the Supplier's consent."],
    ['missing', "The Supplier may assign this Agreement to any successor entity."],
    ['present', "The Bureau shall not resell, lend or transfer the Toolkit or any access to it, shall not let any contractor or other agency use it without the Vendor's written consent, and shall not decompile it. Operation of the Toolkit by any person other than the Bureau is a material breach."],
    ['missing', "The Supplier may subcontract the hosting of the Service, and may assign this Agreement to a successor to its business."],
  ]);
});

describe('audit-and-records', () => {
  gradeTable(auditAndRecords, [
    // The seller audited, not the customer's use: a processor's duties, the customer's audit of the seller.
    ['missing', '8.1 Where the Contractor processes personal data on behalf of the Trust, the Contractor acts as processor and shall:\n\n(a) process it only on the Trust\'s documented instructions;\n\n(b) make available all information necessary to demonstrate compliance and allow for and contribute to audits by the Trust or its auditor.'],
    ['missing', 'The Council, its internal auditors and the external auditor may audit the Provider\'s performance of this Agreement on reasonable notice.'],
    ['missing', 'The Supplier shall permit audits of its data centres by the Customer once a year.'],
    // Consent of an officer of the customer is the customer's consent.
    ['weak', "The System logs each query with the user, time and warrant reference, and the Ministry shall not delete or disable those logs. The Supplier may audit compliance with this Agreement on 30 days' notice with the prior written consent of the Minister of the Ministry."],
    ['weak', "Every search is recorded with the operator and the authorisation, in logs the Agency cannot alter or delete. The Vendor may audit the Agency's compliance, subject to the approval of the Head of Legal Affairs at the Agency in each case."],
    ['missing', "The Authority may audit the Contractor's records relating to charges invoiced under this Contract for three years after final payment."],
    ['missing', "The Ministry shall be entitled to inspect the Supplier's books and accounts to verify the prices and costs claimed."],
    ['missing', "The Purchaser may inspect and test the Goods on delivery and reject any that are defective."],
    ['missing', "12. Invoicing and audit of charges. The Authority may audit the Contractor's accounts to check the charges invoiced."],
    ['missing', "Within ten working days of delivery the Agency shall examine the Units and notify the Vendor of any that do not conform to the specification."],
    // An export certificate's post-shipment verification: an inspection right without usage logs.
    ['weak', "The Bureau will allow officials of the exporting state, or the exporter, to carry out post-shipment checks of the location and use of the equipment on reasonable notice."],
    ['weak', "The End User shall permit a post-shipment inspection of the Goods by the licensing authority."],
    // A system that "retains, for each query" who ran it, when and against what, in logs the customer cannot touch.
    ['present', "The Platform stores, for every search, the analyst, the time, the selector searched and the warrant number. The Agency cannot alter or erase these records. The Supplier may audit the Agency's compliance with clause 5 on 10 days' notice."],
    ['missing', "The Reseller keeps, for all orders, a copy of the invoice."],
    ['present', 'The System keeps usage logs recording the operator, time, target and legal authorization of each use, which the Customer shall not disable or delete. The Supplier or an independent auditor may audit the Customer\'s compliance with the Human Rights Terms on ten (10) days notice.'],
    ['weak', 'The Licensor may audit the Licensee\'s records once a year to verify the number of licences and the fees payable.'],
    ['contradicted', 'The Supplier shall have no right to audit or inspect the Customer\'s use of the Product or its premises.'],
    ['missing', 'This Agreement is governed by the laws of England.'],
    ['present', "The Service records for every search the user, time, gallery and case reference. Neither the Customer nor its users can disable or delete these records. The Provider, or an independent auditor appointed by it, may audit the Customer's compliance with this Schedule on thirty (30) days' notice."],
    ['weak', "The Licensor may examine the session records to verify compliance with Part IV only after consultation with and the consent of the Authority."],
    ['missing', "The Customer is responsible for all actions on its users' accounts and for their compliance with this Agreement."],
    ['missing', "If you live outside the United States, you are responsible for complying with your country's laws."],
    ['weak', "The System logs each query with the user, time and warrant reference, and the Customer shall not delete these logs. Subject to its internal security procedures, the Customer shall permit the Supplier to audit its compliance with the Use Restrictions."],
    ['weak', "The Software logs every selector activation with the analyst and time, and the End User cannot disable or delete the logs. The Vendor may inspect the logs with the End User's consent on each occasion."],
    ['present', "Every use of the Software is logged with the identity of the user, date and time and the authorization relied on; the logs are tamper-proof. Compliance with the Human Rights Terms may be audited by the Licensor, or by an independent auditor appointed by it, upon 14 days' written notice."],
    ['missing', "The names of authorised users are recorded in Schedule 2."],
    ['missing', "Beta features are not subject to the same security measures and auditing as the Service."],
    ['missing', "The Provider undergoes annual SOC 2 audits."],
    ['weak', "The Supplier may audit the Customer's compliance with this Agreement, provided that the Customer has first agreed to the audit in writing. The System logs each use with the user, time and target and the logs cannot be deleted."],
    ['contradicted', "The System logs all queries with user and target; the logs cannot be deleted. The Supplier may audit compliance on notice. The Supplier shall not be entitled to audit or inspect the Customer's facilities or use of the System."],
  ]);
});

describe('human-rights-compliance', () => {
  gradeTable(humanRightsCompliance, [
    // The seller's own conduct is no undertaking by the customer.
    ['missing', 'The Provider is committed to respecting human rights in its own operations and supply chain and publishes an annual statement.'],
    ['missing', 'In carrying out the Services the Contractor shall act compatibly with the rights under the European Convention on Human Rights as if it were a public authority.'],
    ['weak', 'Provider is committed to respecting internationally recognised human rights and reviews its products and customers with that commitment in mind.'],
    // Rights as the national constitution or legislation gives effect to them: read down to local law.
    ['weak', "The Authority undertakes to use the Platform consistently with internationally recognised human rights, including the ICCPR, as given effect in the Constitution and laws of the Republic, and the Supplier's Human Rights Policy."],
    ['weak', "The Customer shall respect human rights under the Universal Declaration of Human Rights and the ICCPR as implemented in national legislation, and the Vendor's human rights policy, in all use of the System."],
    ['present', 'The Customer represents and undertakes that it will use the Product consistently with internationally recognized human rights, including the ICCPR and the Universal Declaration of Human Rights.'],
    ['weak', 'The Customer shall respect human rights as required by applicable law.'],
    ['missing', 'The Customer shall use the Product only for lawful purposes.'],
    ['contradicted', 'The Supplier acknowledges that the Customer\'s compliance with its domestic law constitutes full compliance with any human rights obligations.'],
    ['contradicted', "The Supplier agrees that the Authority's compliance with the statutes and laws of the Federation shall be deemed complete compliance with every human-rights commitment in this Contract."],
    ['present', "Each User Agency represents and undertakes that it will operate the Toolkit consistently with the Rights Standards.\n\n\"Rights Standards\" means the International Covenant on Civil and Political Rights and the Universal Declaration of Human Rights."],
    ['missing', "\"Misuse\" means any use of the System that facilitates a violation of human rights."],
    ['missing', "The Supplier shall provide a two-day training course on human rights and privacy for operators."],
    ['weak', "Our principles commit us to protecting the rights and freedoms of individuals affected by facial recognition."],
    ['weak', "The Supplier represents and undertakes that it respects human rights in its own operations."],
    ['contradicted', "Human rights obligations of the Customer are fully satisfied by its adherence to the laws of the Kingdom."],
    ['present', "The Bureau undertakes to operate the System in a manner consistent with its obligations under international human rights law, including Articles 17 and 19 of the ICCPR."],
  ]);
});
