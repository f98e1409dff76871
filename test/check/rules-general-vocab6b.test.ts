// Generalisation round 6 (b) for five rules, written blind from the spec: lead-ins with bullet or
// numbered items, Markdown tables, definitions far above their use, UK public sector ("shall
// procure that"), US ("agrees to"), civil-law translations ("is obliged to", "is entitled to"),
// plain "we/you" terms, passive voice and nominalisations, licence conditions, the seller's
// remedies as a list, with near-misses that must not count (compliance with laws, fee audits,
// termination for convenience, the wrong party, "notwithstanding", consent, final judgments,
// deletion by amendment).
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

describe('termination-for-misuse (general vocabulary, round 6b)', () => {
  gradeTable(terminationForMisuse, [
    ['present', "The Supplier may terminate this Agreement with immediate effect by written notice if:\n\n- the Supplier reasonably believes that the Customer has used the System in breach of the Human Rights Terms;\n- the Customer refuses to cooperate with an investigation of suspected misuse; or\n- the Customer fails to pay any sum when due."],
    ['present', "## Schedule 6 - Remedies\n\n| Termination event | Right | Timing |\n| --- | --- | --- |\n| Misuse of the Platform, as determined by the Vendor in its sole discretion | Vendor may terminate the Agreement | Immediately on notice |\n| Insolvency of the Customer | Either party may terminate | On notice |"],
    ['present', "1.9 \"Permitted Use\" means use of the Software by the Licensee's own investigators for the investigation of Serious Crime, and excludes any use against journalists, lawyers or political opponents.\n\n4. The Licensee shall pay the Licence Fee annually in advance.\n\n6. The Licensor shall deliver the Software within 14 days.\n\n17.2 The Licensor may terminate this Agreement forthwith upon any use of the Software other than a Permitted Use which the Licensor reasonably believes has occurred."],
    ['present', "The Supplier shall be entitled to terminate this Contract with immediate effect where it has reasonable grounds to believe that the Authority has used the Deliverables in breach of Clause 12 (Human Rights)."],
    ['present', "The Contractor may terminate this Agreement immediately upon written notice if the Contractor determines, in its sole discretion, that the Agency has misused the System."],
    ['present', "The Seller is entitled to withdraw from the Contract without observing any notice period if, in its own assessment, it finds indications that the Buyer has misused the Products."],
    ['present', "We may end this agreement straight away if we reasonably believe that you have used the service to spy on people in breach of section 4 (Human rights)."],
    ['present', "Termination of this Agreement may be effected by the Vendor with immediate effect where the Vendor has reasonable grounds to suspect misuse of the Product."],
    ['present', "The Customer shall not use the System in breach of the Human Rights Policy. If the Supplier reasonably suspects any such use, it may terminate this Agreement at once by notice."],
    ['present', "Without prejudice to its other rights, where the Seller finds, in its sole discretion, evidence of misuse of the Equipment, the Seller may:\n\n(a) suspend the Services;\n\n(b) withhold Updates; and\n\n(c) terminate this Agreement with immediate effect by written notice."],
    ['present', "Each of the following is a Termination Event entitling the Licensor to terminate this Agreement forthwith:\n\n(a) the Licensee's failure to pay any sum within 60 days of its due date;\n\n(b) a breach of Clause 9 (Human Rights Undertakings), as reasonably determined by the Licensor."],
    ['present', "The Customer acknowledges that the Supplier may terminate this Agreement immediately, without any cure period, where the Supplier in good faith suspects that the System has been used to target persons for exercising their human rights."],
    // Material breach only, a final judgment, a long cure, mutual agreement, convenience, arbitration, consent, a later notwithstanding.
    ['weak', "The Supplier may terminate this Agreement for material breach by the Customer which is not remedied within 30 days of written notice."],
    ['weak', "The Vendor may terminate this Agreement if a court of competent jurisdiction has determined, by a final non-appealable judgment, that the Customer has used the System in violation of human rights."],
    ['weak', "If the Customer uses the Product in breach of the Human Rights Terms, the Supplier may terminate this Agreement by notice, provided that the breach has not been remedied within 60 days of the Supplier's notice."],
    ['weak', "This Agreement may be terminated on grounds of misuse of the System only by mutual written agreement of the parties."],
    ['weak', "The Licensor may terminate this Agreement at any time, for any reason, on 90 days' written notice."],
    ['weak', "If the Supplier believes that the Customer has misused the System, the matter shall first be referred to arbitration, and the Supplier may terminate this Agreement only if the tribunal upholds its claim."],
    ['weak', "14.1 The Supplier may terminate this Agreement immediately if it reasonably believes that the System has been misused.\n\n25.4 Notwithstanding clause 14.1, the Supplier may not terminate this Agreement on the ground of misuse until a court has finally determined that misuse occurred."],
    // Non-payment only, an express waiver, a promise not to end for use.
    ['contradicted', "The Seller may terminate this Agreement only for non-payment of the Fees."],
    ['contradicted', "The Supplier waives any right to terminate this Agreement for reasons related to the Customer's use of the System."],
    ['contradicted', "We will not end your subscription because of how you use the service."],
    ['contradicted', "The Contractor agrees that it shall not terminate this Agreement on any ground other than the Agency's failure to pay undisputed invoices."],
    // Compliance with laws, the customer's own right, a bare prohibition, consequences of termination, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Customer may terminate this Agreement immediately if the Supplier breaches its Human Rights Policy."],
    ['missing', "The Customer shall not use the System to target journalists, lawyers or human-rights defenders."],
    ['missing', "Upon termination or expiry of this Agreement for any reason, the Customer shall return all Documentation to the Supplier."],
    ['missing', "## 14. Termination for Misuse\n\nThe Supplier may terminate this Agreement with immediate effect if it reasonably believes the System has been misused.\n\n## 31. Amendment\n\nBy Amendment No. 2, clause 14 (Termination for Misuse) is deleted in its entirety."],
  ]);
});

describe('suspension-remote-disable (general vocabulary, round 6b)', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', "The Supplier may, without prior notice, take any of the following steps on receiving a credible complaint or forming a suspicion of misuse, until its investigation is complete:\n\n- suspend the Customer's access to the Platform;\n- remotely disable the Software; or\n- limit the functions available to the Customer."],
    ['present', "## Annex 3 - Safeguard Measures\n\n| Trigger | Seller action | Timing |\n| --- | --- | --- |\n| Credible complaint or suspected misuse | Suspend access to or remotely disable the System | Immediately, until the investigation is concluded |"],
    ['present', "Suspension of access may be effected by the Vendor without notice where a credible allegation of misuse is received, and shall continue pending the outcome of the Vendor's investigation."],
    ['present', "If we receive a credible report that you are misusing the service, we can switch off your access right away while we investigate it."],
    ['present', "The Contractor may immediately deactivate the Agency's license keys upon receipt of a credible complaint of Misuse and keep them deactivated until its investigation is completed."],
    ['present', "The Seller is entitled to block the Buyer's access to the System with immediate effect in the event of a well-founded suspicion of misuse, for the duration of the examination of that suspicion."],
    ['present', "1.5 \"Misuse Complaint\" means any credible allegation, from any source, that the System has been used in breach of Clause 8.\n\n3. The Customer shall pay the Fees quarterly.\n\n5. The Supplier shall host the System in its data centre.\n\n12.1 The Supplier may suspend the Services immediately on receipt of a Misuse Complaint, pending completion of its investigation."],
    ['present', "The Supplier shall be entitled to suspend the provision of the Services forthwith where it reasonably suspects that the Authority is using them in breach of the Human Rights Schedule, and such suspension may continue until the Supplier's inquiry has concluded."],
    ['present', "The Vendor may remotely disable the Product at once if it suspects misuse. The disablement may last until the Vendor has completed its investigation."],
    ['present', "The Customer acknowledges and agrees that the Supplier may, without notice, suspend access to the Service upon a reasonable suspicion of misuse, pending the outcome of the Supplier's investigation."],
    ['present', "Where the Seller receives a credible complaint of misuse of the Equipment, the Seller may, pending its investigation and without notice:\n\n(a) suspend or remotely disable the Equipment;\n\n(b) withhold Updates and Support; and\n\n(c) terminate this Agreement if the complaint is substantiated."],
    // Long notice, consent, non-payment or security only, established breach only, any reason, a later notwithstanding.
    ['weak', "If the Supplier suspects misuse, it may suspend the Services after giving the Customer 60 days' written notice."],
    ['weak', "The Supplier may suspend access to the System on suspected misuse with the Customer's prior written consent."],
    ['weak', "The Provider may suspend the Service if the Customer fails to pay any invoice when due or if there is a threat to the security of the Service."],
    ['weak', "The Vendor may suspend access to the Platform immediately once a breach of Clause 7 (Human Rights) has been established."],
    ['weak', "The Supplier may suspend or restrict access to the Service at any time and for any reason."],
    ['weak', "9.1 The Supplier may suspend access to the Service immediately on any credible complaint of misuse, pending its investigation.\n\n22.3 Notwithstanding clause 9.1, no suspension shall take effect until 45 days after the Supplier has notified the Customer of the complaint."],
    // No remote disabling, uninterrupted availability, no kill switch, a later notwithstanding.
    ['contradicted', "The Supplier shall not remotely access, disable or degrade the System."],
    ['contradicted', "The Service shall be available without interruption, 24 hours a day, regardless of any dispute between the parties."],
    ['contradicted', "The Vendor represents and warrants that the Software contains no time-lock, kill switch or other means of remote deactivation."],
    ['contradicted', "We will never switch off or limit your access to the software, whatever the circumstances."],
    ['contradicted', "9.1 The Supplier may suspend access to the System immediately on suspected misuse, pending investigation.\n\n22. Notwithstanding anything to the contrary in this Agreement, the Supplier shall not disable, suspend or degrade the System for any reason."],
    // Compliance with laws, the customer's own suspension, force majeure, payment, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Customer may suspend its use of the Services at any time by giving notice to the Supplier."],
    ['missing', "A party affected by a Force Majeure Event may suspend performance of its obligations for the duration of the event."],
    ['missing', "The Customer may withhold or suspend payment of any invoice that it disputes in good faith."],
    ['missing', "## 9. Suspension\n\nThe Supplier may suspend access to the System immediately on suspected misuse, pending its investigation.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 9 (Suspension) is deleted in its entirety."],
  ]);
});

describe('update-support-withholding (general vocabulary, round 6b)', () => {
  gradeTable(updateSupportWithholding, [
    ['present', "If the Supplier reasonably suspects misuse of the System, the Supplier may:\n\n- withhold any Update or Upgrade;\n- stop providing Support and Maintenance; and\n- cancel any scheduled training."],
    ['present', "## Schedule 5 - Vendor Remedies\n\n| Event | Vendor remedy | Timing |\n| --- | --- | --- |\n| Breach of the Human Rights Terms | Withhold updates, upgrades, support and training | Immediately |"],
    ['present', "Updates, maintenance and technical support may be withheld by the Licensor for as long as the Licensee is in breach of Clause 6 (Human Rights)."],
    ['present', "If you misuse the software, we may stop sending you updates and stop giving you support or training."],
    ['present', "In the event of misuse of the Products, the Seller is entitled to refuse the delivery of software updates, maintenance and technical assistance."],
    ['present', "The Supplier shall be entitled to cease the provision of Support Services, Maintenance Releases and training where the Authority is in breach of the Human Rights Schedule."],
    ['present', "Upon any Misuse, the Contractor may discontinue all software upgrades, patches, help-desk support and training to the Agency."],
    ['present', "1.12 \"Support Services\" means maintenance, Updates, Upgrades, help-desk assistance and training.\n\n3. The Customer shall pay the Support Fees annually.\n\n6. The Vendor shall provide the Support Services during Business Hours.\n\n18.3 The Vendor may suspend the Support Services at any time during a breach by the Customer of Clause 10 (Human Rights Obligations)."],
    ['present', "It is a condition of the Customer's entitlement to Maintenance and Support (including Updates) that the Customer complies with the Human Rights Terms, and the Supplier may withhold Maintenance and Support for as long as it does not."],
    ['present', "The Vendor may withhold software updates and upgrades if the Customer misuses the System. In that case it may also stop direct support and training."],
    ['present', "Where the Seller finds evidence of misuse of the Equipment, the Seller may, in addition to its other rights:\n\n(a) suspend the Equipment;\n\n(b) withhold Updates, Support and training; and\n\n(c) terminate this Agreement."],
    // New features only, after termination only, no obligation, any reason, updates alone, a later notwithstanding.
    ['weak', "If the Customer breaches the Human Rights Terms, the Supplier may decline to provide new features or modules, but shall continue to provide bug fixes and support."],
    ['weak', "Upon termination of this Agreement for misuse, the Supplier shall cease to provide Updates and Support."],
    ['weak', "The Supplier has no obligation to provide updates or support for the Software."],
    ['weak', "The Vendor may discontinue the Support Services at any time, for any reason."],
    ['weak', "8.3 The Supplier may withhold Updates and Support if it reasonably believes that the System has been misused.\n\n26. Notwithstanding clause 8.3, the Supplier shall not withhold any Update or Support unless a court has finally determined that misuse occurred."],
    // Continued service regardless of breach, a later notwithstanding.
    ['contradicted', "The Seller shall continue to provide all maintenance, updates and support notwithstanding any dispute or alleged breach."],
    ['contradicted', "We will keep providing updates and support to you whatever happens, even if we believe you have broken these terms."],
    ['contradicted', "The Supplier is obliged to provide the Maintenance Services without interruption throughout the Term, irrespective of any allegation of breach by the Customer."],
    ['contradicted', "8.3 The Supplier may withhold Updates and Support on misuse of the System.\n\n20.1 Notwithstanding anything else in this Agreement, the Supplier shall not suspend or withhold any maintenance, update or support service during the Term."],
    // Compliance with laws, the seller's plain support duty, hosted suspension only, the customer withholding fees, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Supplier shall provide the Customer with all Updates released during the Term and with Support during Business Hours."],
    ['missing', "The Provider may suspend access to the hosted Service on suspected misuse, pending its investigation."],
    ['missing', "The Customer may withhold payment of the Support Fees if the Supplier fails to meet the Service Levels."],
    ['missing', "## 8. Withholding of Updates\n\nThe Supplier may withhold Updates, Support and training if the Customer misuses the System.\n\n## 29. Amendment\n\nBy Amendment No. 1, clause 8 (Withholding of Updates) is deleted in its entirety."],
  ]);
});

describe('misuse-notification (general vocabulary, round 6b)', () => {
  gradeTable(misuseNotification, [
    ['present', "The Customer undertakes to:\n\n1. notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected misuse of the System; and\n2. provide the Supplier with all information it holds about that misuse."],
    ['present', "## Schedule 2 - Customer Obligations\n\n| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Report any actual or suspected misuse of the Platform, or any human-rights violation involving it, to the Vendor | Customer | Within 3 Business Days of becoming aware |"],
    ['present', "You must tell us within 24 hours if you find out or suspect that anyone has used the service to abuse human rights."],
    ['present', "The Authority shall procure that the Supplier is informed, within five Working Days, of any allegation or suspicion that the Deliverables have been used in breach of the Human Rights Schedule."],
    ['present', "The Agency agrees to report to the Contractor, no later than 72 hours after discovery, any known or suspected Misuse of the System."],
    ['present', "The Buyer is obliged to inform the Seller without delay, and at the latest within 2 working days, of any indication of misuse of the Products."],
    ['present', "Any actual or suspected Misuse of the Software shall be notified to the Licensor by the Licensee within 48 hours."],
    ['present', "1.8 \"Misuse Event\" means any actual or suspected use of the System in breach of Clause 5 (Human Rights) or against any Protected Person.\n\n3. The Customer shall pay the Fees monthly.\n\n4. The Supplier shall maintain the System.\n\n15. The Customer shall give the Supplier written notice of each Misuse Event within 72 hours."],
    ['present', "The Customer shall notify the Supplier of any suspected misuse of the Product. Such notice shall be given within two business days after the Customer becomes aware of it."],
    ['present', "It is a condition of this licence that the Licensee reports to the Licensor, within 5 days, every credible allegation that the Software has been misused."],
    ['present', "The Customer is responsible for ensuring that the Supplier is told, within 48 hours, of any potential or actual misuse of the Equipment by the Customer's personnel."],
    ['present', "Notification to the Supplier of any suspected human-rights violation involving the System is required of the Customer within 72 hours of its discovery."],
    ['present', "The Customer represents and warrants that it will notify the Supplier within 48 hours of any actual or suspected misuse of the System."],
    // Security incidents only, no time limit, efforts, national security, a discretion.
    ['weak', "The Customer shall notify the Supplier within 24 hours of any security incident affecting the System."],
    ['weak', "The Customer shall notify the Supplier of any suspected misuse of the System."],
    ['weak', "The Customer shall use reasonable endeavours to inform the Supplier of any misuse of the System that comes to its attention."],
    ['weak', "Subject to its national security requirements, the Customer shall notify the Supplier within 48 hours of any suspected misuse of the System."],
    ['weak', "The Customer may, at its discretion, notify the Supplier of any suspected misuse of the System within 5 days."],
    // An express waiver, no duty to inform of misuse.
    ['contradicted', "The Supplier waives any requirement for the Customer to notify it of any use or misuse of the System."],
    ['contradicted', "The Customer shall not be obliged to inform the Supplier of any operational matter, including any alleged misuse of the System."],
    ['contradicted', "You never have to tell us about any misuse of the software, whether actual or suspected."],
    // Compliance with laws, the seller's own notice, notice mechanics, change of control, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Supplier shall notify the Customer within 48 hours of any suspected misuse of Customer Data by the Supplier's personnel."],
    ['missing', "All notices under this Agreement shall be in writing and delivered by hand or by courier to the address set out above."],
    ['missing', "The Customer shall notify the Supplier within 10 days of any change of control of the Customer."],
    ['missing', "## 11. Notification of Misuse\n\nThe Customer shall notify the Supplier within 48 hours of any actual or suspected misuse of the System.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 11 (Notification of Misuse) is deleted in its entirety."],
  ]);
});

describe('audit-and-records (general vocabulary, round 6b)', () => {
  gradeTable(auditAndRecords, [
    ['present', "The Customer shall:\n\n- keep the System's audit logs, which record each user, the time of each query and the target and authorisation concerned, enabled at all times;\n- not delete, alter or disable those logs; and\n- permit the Supplier or an independent auditor, on 10 days' notice, to inspect them to verify compliance with Clause 7 (Human Rights)."],
    ['present', "## Annex 4 - Records and Audit\n\n| Requirement | Detail |\n| --- | --- |\n| Usage logging | The System logs the operator, date and time, target and authorisation reference of every use |\n| Log integrity | The Customer may not disable, delete or modify the logs |\n| Audit | The Vendor or an independent auditor may audit the Customer's compliance with this Agreement on 14 days' notice |"],
    ['present', "The software keeps a record of who used it, when, and against which target. You must not switch off or erase that record. We, or an independent auditor we choose, may check your compliance with these terms after giving you 7 days' notice."],
    ['present', "The Authority shall procure that the audit trail generated by the System, identifying the user, time, target and warrant for each use, is preserved and is not disabled or deleted, and shall grant the Supplier's auditors access on reasonable notice to verify compliance with the Human Rights Schedule."],
    ['present', "The Agency agrees that the System's usage logs (operator, timestamp, target and legal authority) will not be disabled, deleted or altered, and agrees to allow the Contractor or a third-party auditor to audit the Agency's use of the System for compliance with this Agreement upon 30 days' notice."],
    ['present', "The Buyer is obliged to retain the usage records generated by the System, showing the user, the time and the object of each operation and the authorisation relied on, and may not deactivate or erase them. The Seller is entitled to examine the Buyer's compliance with its human-rights obligations by audit upon prior notice."],
    ['present', "1.3 \"Audit Log\" means the tamper-evident record, generated automatically by the Software, of each user, each time of use, each target and the authorisation for that use.\n\n5. The Licensee shall pay the Licence Fee annually.\n\n7. The Licensor shall deliver the Software on media.\n\n19. The Licensee shall not disable, delete or modify the Audit Log. The Licensor may, on giving 10 days' notice, audit the Licensee's compliance with Clause 4 (Permitted Use), including by inspecting the Audit Log."],
    ['present', "Logs of every use of the Platform, showing the user, time, target and authorisation, are kept by the Platform and may not be disabled or deleted by the Customer. Audits of the Customer's compliance with this Agreement may be carried out by the Vendor or by an independent auditor on 14 days' notice."],
    ['present', "It is a condition of this licence that the Licensee keeps the usage logging of the Software switched on, does not delete any log entry (each of which records the user, the time, the target and the authorisation), and permits the Licensor to audit its compliance with these conditions on reasonable notice."],
    ['present', "The Customer is responsible for ensuring that the System's usage logs (user, time, target and authorisation) are never disabled or deleted and that the Supplier's auditors can verify the Customer's compliance with the Human Rights Terms on 10 days' notice."],
    // Fee and licence-count audits, consent, logs alone, audit alone, deletion at discretion.
    ['weak', "The Licensor may, on 30 days' notice, audit the Licensee's records to verify the number of users and the fees payable."],
    ['weak', "The Supplier may audit the Customer's use of the System for compliance with this Agreement, subject to the Customer's prior written consent."],
    ['weak', "The System records the user, time and target of each use, and the Customer shall not disable or delete those records."],
    ['weak', "The Supplier may audit the Customer's compliance with Clause 9 (Human Rights) on 14 days' notice."],
    ['weak', "The System keeps logs of each user, time and target, which the Customer may delete at its discretion. The Supplier may audit the Customer's compliance with this Agreement on 14 days' notice."],
    // No audit or inspection, a later notwithstanding.
    ['contradicted', "The Supplier shall have no right to audit or inspect the Customer's use of the System or its premises."],
    ['contradicted', "We will not inspect or audit how you use the software."],
    ['contradicted', "12. The Vendor may audit the Customer's compliance with this Agreement on 14 days' notice, and the Customer shall not disable or delete the System's usage logs.\n\n28. Notwithstanding clause 12, the Vendor shall not be entitled to audit or inspect the Customer's use of the Platform."],
    // Compliance with laws, books of account, the customer auditing the seller, tax records, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "Each party shall keep accurate books of account in accordance with generally accepted accounting principles."],
    ['missing', "The Customer may audit the Supplier's compliance with its security obligations on 30 days' notice."],
    ['missing', "The Supplier shall retain all invoices issued under this Agreement for seven years."],
    ['missing', "## 12. Audit\n\nThe Vendor may audit the Customer's compliance with this Agreement on 14 days' notice, and the Customer shall not disable or delete the System's usage logs.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 12 (Audit) is deleted in its entirety."],
  ]);
});
