// Rule tables for drafting patterns met in the newer batches (civil-law Articles, translated
// government contracts, certificates, UK schedules), in our own words, not the corpus's.
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { gradeTable } from './grade-table.ts';

describe('end-use-limitation (named bodies, defined crimes, civil-law tense)', () => {
  gradeTable(endUseLimitation, [
    ['present', '"Financial Crime" means money laundering, bribery and fraud exceeding USD 1 million; no act of journalism or peaceful protest is Financial Crime.\n\nThe Software shall be used only by examiners of the Asset Recovery Office, in the Office\'s own investigations, for the investigation of Financial Crime.'],
    ['present', 'The authorised user of the Toolkit is the Cyber Crime Unit of the National Police, which uses it solely within its own investigations of the Listed Offences set out in Schedule 2.'],
    ['weak', 'The Toolkit will be used solely by the Narcotics Bureau, within its own operations, to investigate serious offences as those offences are defined in the Criminal Code of the Republic.'],
    ['weak', 'The Distributor may supply the Units only to police forces in the Territory for use in the investigation of crime.'],
    ['weak', 'The Receivers are used by the Inspectorate for the detection of crime.'],
    ['missing', 'The Contractor shall give the Ministry access to its personnel and records only during business hours.'],
    ['missing', 'The Vendor uses its own staff only for installation and training.'],
    ['contradicted', 'The choice of the operations in which the Equipment is deployed rests within the exclusive discretion of the Purchaser.'],
    ['contradicted', 'Which investigations and targets the Platform supports is a matter at the Contracting Party\'s sole discretion.'],
    ['weak', '"Serious Crime" means an offence punishable by five years\' imprisonment or more.\n\nThe System shall be operated solely by the Border Intelligence Unit within its own operations for the investigation of Serious Crime.\n\nThe prohibitions in Schedule 3 do not apply to operations for the protection of national security.'],
  ]);
});

describe('data-protection (sections headed Data, present-tense duties, passive onward sharing)', () => {
  gradeTable(dataProtection, [
    ['present', '## 6. Data\n\n6.1 The Agency loads only the records needed for the open inquiry and uses them solely for that inquiry.\n\n6.2 Records are kept for no more than sixty (60) days and are then erased; access to them is restricted to named case officers.\n\n6.3 The Agency does not communicate records or results to any third party or foreign State without the written authorisation of the supervising judge.'],
    ['present', '## Article 9 — Protection of personal data\n\n9(1) Plate reads are processed only by vetted analysts and only for the authorised investigation; the Operator ingests only pseudonymised reads.\n\n9(2) Reads that produce no hit are deleted immediately; other reads are retained for no longer than 30 days.\n\n9(3) Neither party shall share the reads or any output with another State body or a foreign government.'],
    ['weak', '## Data\n\nThe Customer shall keep all records confidential and protect them with industry-standard security.'],
    ['contradicted', '## 7. Retained data\n\n7.1 Records are deleted after 90 days.\n\n7.2 Notwithstanding clause 7.1, records marked as sensitive may be kept as long as the Bureau sees fit and may be communicated to any national authority or foreign liaison service.'],
    ['contradicted', 'The Purchaser may share the intercepts obtained through the System with any ministry, agency or service of its Government at its own discretion.'],
    ['missing', '## Background\n\n(A) The Supplier runs a hosted platform that analyses call-detail data obtained by its customers.'],
    ['missing', 'Each operator shall complete the Supplier\'s induction course, which includes a module on responsible handling of location data.'],
    ['missing', 'This certificate is signed in two originals, one of which is kept for your records.'],
  ]);
});

describe('no-transfer (passive bars, bars on other units as diversion, overriding and irrespective-of-consent grants)', () => {
  gradeTable(noTransfer, [
    ['present', 'The Sensors will not be resold, lent, leased or otherwise made available to any other unit, ministry or person, will be operated only by officers of the Unit and not by any contractor, and will not be modified or decompiled.'],
    ['present', 'The Bureau does not sell, sublicense or share the Toolkit or access to it with any other entity. It does not reverse engineer the Toolkit. Any operation of the Toolkit by, or on behalf of, a body other than the Bureau is a serious breach.'],
    ['weak', 'The Customer shall not sublicense, resell or reverse engineer the Software.\n\nAuthorised Users are the Customer\'s employees and its contractors acting on its behalf.'],
    ['contradicted', 'The Purchaser may make the Units available to other agencies of the Federation, irrespective of the consent of the Seller.'],
    ['contradicted', 'The Licensee shall not transfer the Software.\n\nNotwithstanding clause 4.1, the Licensee may make the Software, or remote access to it, available to any police, border or intelligence agency of the State.'],
    ['missing', 'Except as expressly modified by this deed, the Principal Agreement continues in full force. Nothing in this deed modifies clause 12 of the Principal Agreement.'],
    ['missing', 'The Vendor shall not, and shall ensure that its subcontractors do not, disclose the Customer\'s identity to any journalist.'],
  ]);
});

describe('renewal-reassessment (review verbs, seller barred from refusing, permanent rights, other renewals)', () => {
  gradeTable(renewalReassessment, [
    ['present', 'Ahead of any renewal, the Licensor shall review the Agency\'s record of compliance and the human rights situation in the Territory, and may decline to renew in light of that review.'],
    ['weak', 'The Agreement continues automatically for successive periods of two years unless either party gives six months\' notice.'],
    ['contradicted', 'The Agreement renews for further three-year periods. The Principal may not refuse a renewal except where the Distributor has not paid the fees.'],
    ['contradicted', 'The term renews each year. The Vendor shall have no right to refuse, or to make subject to any review or condition, any such renewal.'],
    ['contradicted', 'The Term may be renewed by agreement after a human-rights review.\n\nThe Contractor grants the Client a licence of use of the Software, which is permanent and irrevocable.'],
    ['contradicted', 'The Term may be renewed by agreement after a human-rights review.\n\nOn expiry, the escrow agent releases the deposit and the Buyer has a perpetual, royalty-free right to use it to operate the System.'],
    ['missing', 'The Ministry shall renew this certificate every twelve months by signing an updated certificate in the same form.'],
    ['missing', 'Each interception order lasts no more than 30 days and is renewable only by a further judicial order.'],
    ['missing', 'The Customer shall certify its compliance annually and no later than 60 days before each renewal.'],
  ]);
});

describe('export-control-compliance (laws that apply to the product, export headings, own import law, national law governs)', () => {
  gradeTable(exportControlCompliance, [
    ['present', 'The Subscriber shall comply with all domestic and international export control and sanctions laws which apply to the Platform, including the EU Dual-Use Regulation and United States sanctions programmes.'],
    ['present', '## 11. Export control\n\n11.1 The Reseller acknowledges that the Equipment is subject to the export laws of the United Kingdom.\n\n11.2 The Reseller shall comply with those laws and shall not make the Equipment available to any person or destination except as authorised under them.'],
    ['weak', 'The Ministry endeavours to respect the export restrictions of Germany and the European Union that apply to the Software.'],
    ['weak', 'The Agency shall comply with the import and customs legislation of the State in respect of the Equipment.'],
    ['contradicted', 'Any later transfer of the Equipment abroad is governed solely by national legislation.'],
    ['contradicted', 'The Buyer complies with United States export law.\n\nThe laws of any other country shall not apply to any movement of the Units outside the Republic.'],
    ['missing', 'The Vendor shall not disclose the Buyer\'s identity to any regulatory, export control or tax authority.'],
  ]);
});

describe('use-restrictions (present-tense bans, bulk in other words, disapplied prohibitions, constitution read-down)', () => {
  gradeTable(useRestrictions, [
    ['present', 'The Authority does not use the Probe (a) against anyone for exercising freedom of religion or assembly; (b) to target reporters or opposition politicians; (c) to capture communications other than communications matching approved selectors.'],
    ['present', 'The Equipment will not be used to examine the phones of journalists or trade union officials, against any person by reason of their exercise of freedom of expression, or at protests to examine devices of people who are not suspects.'],
    ['present', 'The Bureau shall not use the Service against persons for their political opinions, to monitor human-rights defenders, or to profile any community or profession as a whole.'],
    ['weak', 'The Agency does not search the database for any person because of that person\'s religious beliefs, to the extent that such a search is prohibited by the Constitution.'],
    ['contradicted', 'The Licensee shall not use the System to target journalists.\n\nClause 5.3, which prohibits indiscriminate interception, shall not apply to operations of the Service under the State Security Act.'],
    ['missing', 'The Reseller does not give any warranty on behalf of the Vendor.'],
  ]);
});

describe('lawful-authorization (present-tense "no ... is ... except", preceded by an order, agency approvals, training)', () => {
  gradeTable(lawfulAuthorization, [
    ['present', 'No target is entered and no query is run except on the written authorisation of the examining magistrate, who finds the measure necessary and proportionate.'],
    ['present', 'Every extraction carried out with the Kit shall be preceded by a reasoned order of the competent court, granted only where the measure is necessary and proportionate.'],
    ['weak', 'Each consultation of the archive is authorised by the head of the competent section of the Agency, who records the grounds.'],
    ['weak', 'Each search shall be approved by the Bureau\'s senior duty officer before it is run.'],
    ['missing', 'Operators receive a training module, approved by the Ministry\'s legal directorate, on the warrant procedure and privacy law.'],
  ]);
});

describe('suspension-remote-disable (credits spared for suspension, termination cure periods, Principal, Improper Use)', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', 'The Provider may suspend the Service immediately where it receives a credible complaint of misuse, until its investigation is complete.\n\nService credits are the Client\'s sole remedy for unavailability and do not apply to any period of suspension under this clause.'],
    ['present', 'The Vendor may immediately disable the licence where it reasonably suspects misuse, pending its investigation.\n\nLiquidated damages for downtime are payable only when caused by a defect of the Software.'],
    ['present', 'The Contractor may suspend immediately the access of any User where it has reasonable grounds to suspect an Improper Use, until its verification has concluded.'],
    ['present', '## 8. Suspension\n\n8.1 The Supplier may immediately suspend access where it suspects misuse, until its investigation is complete.\n\n## 15. Termination\n\n15.1 If clause 8 is breached and the breach is not remedied within sixty (60) days of notice, the Supplier may terminate this Agreement.'],
    ['weak', 'The Principal may suspend deliveries while any invoice remains unpaid.'],
    ['missing', 'The Licensor may suspend Maintenance while any fee is overdue.'],
    ['present', 'THE CONTRACTED PARTY may immediately suspend access to the Platform where it receives a credible complaint of Improper Use, until its verification has concluded.'],
    ['missing', 'THE CONTRACTING PARTY may suspend payment of any invoice that is disputed in good faith.'],
    ['missing', 'Clause 4 of the Principal Agreement is amended so that the Customer may suspend performance while any disputed invoice is unpaid.'],
    ['missing', 'Once a year, on 30 days\' notice, the Vendor may verify the Customer\'s compliance with the user limits.'],
  ]);
});

describe('human-rights-compliance (use promised consistent with rights, training waivers)', () => {
  gradeTable(humanRightsCompliance, [
    ['present', 'The Directorate will use the Analyser consistently with internationally recognised human rights, including Articles 17 and 19 of the International Covenant on Civil and Political Rights.'],
    ['present', 'The Ministry certifies that the Equipment will be used only in a manner consistent with human rights as set out in the Universal Declaration of Human Rights and the ICCPR.'],
    ['weak', 'The Equipment will be used only in a manner consistent with human rights as recognised by the laws of the Republic.'],
    ['weak', 'The Vendor will use the Customer\'s data consistently with internationally recognised human rights.'],
    ['missing', 'The Supplier hereby waives the requirement that each operator complete its human rights training course.'],
  ]);
});

describe('termination-for-misuse (cure provisos, revoking keys, rescission for late payment only)', () => {
  gradeTable(terminationForMisuse, [
    ['weak', 'The Vendor may terminate this Agreement on notice upon any Misuse, provided that the Vendor shall not terminate if the Misuse has been remedied within sixty (60) days of that notice.'],
    ['weak', 'Where it suspects misuse, the Licensor may immediately revoke licence keys and accounts until the investigation ends.\n\nThe Licensor may terminate for Misuse only after the joint committee has found by a majority that Misuse occurred.'],
    ['contradicted', 'The CONTRACTED PARTY may request the rescission of this instrument only in the event of a delay of more than ninety (90) days in the payments due to it.'],
    ['present', 'The Supplier may terminate this Agreement with immediate effect if it reasonably believes that Misuse has occurred.'],
  ]);
});

describe('update-support-withholding (deferral of features only, support that may never be interrupted, account suspension)', () => {
  gradeTable(updateSupportWithholding, [
    ['weak', 'While a suspected Misuse is investigated, the Vendor may defer the release of new optional feature packs, but shall continue to provide security patches and support in the ordinary course.'],
    ['contradicted', 'Maintenance and updates shall be continuous and shall not be interrupted, suspended or conditioned by the Contractor for any reason, including an alleged breach by the Client.'],
    ['missing', 'The Provider may suspend Customer\'s access to the portal if any invoice remains unpaid for sixty days.'],
    ['contradicted', 'On suspected Misuse the Supplier may withhold updates, support and training.\n\nThe Contractor shall continue to provide all maintenance, updates and technical support during any dispute with the Ministry, including any allegation of breach.'],
    ['present', 'On suspected Misuse the Supplier may withhold updates, support and training.\n\nThe Supplier shall continue to provide support during the warranty period, and any dispute shall be referred to arbitration.'],
    ['present', 'Upon any Misuse or breach of the human-rights terms, the Supplier may withhold updates, upgrades, maintenance, support and training.'],
  ]);
});

describe('seller-control (re-validation against a licensing server, permanent keys, renewal not unreasonably refused, deliverable lists)', () => {
  gradeTable(sellerControl, [
    ['present', 'Each unit must re-validate its licence against the Vendor\'s licensing server at least once every sixty (60) days, failing which it stops working. The Vendor may decline to re-validate the licence of any unit it suspects of misuse.'],
    ['weak', 'The Supplier issues activation codes valid for twelve months, and shall not unreasonably refuse or delay the renewal of any activation code.'],
    ['weak', 'Activation keys lapse every twelve months. The Vendor shall renew the activation keys at each expiry for so long as the subscription fees are paid. The Vendor may suspend the System on suspected Misuse.'],
    ['weak', 'Runtime licences expire after one year, and the Licensor will reissue the runtime licence keys for as long as the Customer remains a subscriber. The Licensor may restrict access to the System.'],
    ['contradicted', 'Licence keys delivered under this Contract shall be permanent and shall not require any periodic renewal or validation.'],
    ['contradicted', 'The activation keys shall have no date of expiry.'],
    ['missing', 'The consignment comprises the software, licence keys, manuals and two days of operator training.'],
  ]);
});
