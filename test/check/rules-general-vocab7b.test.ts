// Generalisation round 7 (b) for twelve rules, written blind from the spec: the seller's rights
// stated as nouns and in the passive ("suspension of the Licence may be effected by the
// Licensor"), Gulf "First Party / Second Party" drafting, Latin-American capitalised parties
// ("THE SUPPLIER"), Indian ("shall be at liberty to", "forthwith", "intimate"), Australian ("forms
// the view", "must"), Singaporean and UK public-sector styles, civil-law translations ("is
// entitled to", "undertakes to", "abusive use", "rescind"), plain "we/you" terms, licence
// conditions, lead-ins with lists, Markdown tables, definitions far above their use and
// cross-references ("the rights in clause 14.2"). Near-misses that must not count: compliance with
// laws, termination for convenience or non-payment, the seller's own duties, duties on the wrong
// party, ordinary notices, cure periods and remedies clauses. Counter-clauses in many forms: "shall
// not suspend", waivers, continuity of service, "notwithstanding clause X", amendments replacing a
// clause, and an order of precedence putting the customer's terms first.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { training } from '../../src/check/rules/training.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

const MISUSE = "\"Misuse\" means any use of the System in breach of Schedule 4 (Use Restrictions) or contrary to internationally recognised human rights, including the targeting of journalists, lawyers, human rights defenders or political opponents.";
const GULF_PARTIES = "This Contract is made between the Ministry of Interior of the State of Qadira (the \"First Party\") and Falconridge Secure Systems LLC, a company incorporated in Dubai (the \"Second Party\").";
const LATAM_PARTIES = "Between the NATIONAL DIRECTORATE OF INTELLIGENCE of the Republic of Santa Rosa (hereinafter \"THE CONTRACTING ENTITY\") and TELVIA SOLUCIONES S.A. (hereinafter \"THE SUPPLIER\"), the following is agreed:";
const NAMED_SELLER = "This Licence Agreement is made between Halvorsen Signal AS, a company incorporated in Norway (\"Halvorsen\"), and the Counter-Narcotics Bureau of Veldonia (the \"Bureau\").";

describe('termination-for-misuse (general vocabulary, round 7b)', () => {
  gradeTable(terminationForMisuse, [
    ['present', "14.2 The Supplier may terminate this Contract with immediate effect by written notice if it reasonably believes that the Authority has used the System in breach of clause 9 (Human Rights)."],
    ['present', `1.4 ${MISUSE}\n\n2. The Licensee shall pay the Licence Fee annually in advance.\n\n15.1 Termination of the Licence may be effected by the Licensor forthwith, without any cure period, where the Licensor, acting in its sole discretion, determines that Misuse has occurred.`],
    ['present', "We can end this agreement straight away if we believe, on reasonable grounds, that you have used the platform to spy on journalists or activists or otherwise in breach of the human-rights terms."],
    ['present', "The Company shall be at liberty to terminate this Agreement forthwith upon the Company forming an opinion, on the basis of the material available to it, that the Purchaser has misused the Equipment in contravention of Clause 11 (Human Rights Undertakings)."],
    ['present', "The Seller is entitled to rescind the Contract unilaterally, with immediate effect and without judicial intervention, where the Seller has well-founded reasons to consider that the Product has been used in violation of human rights."],
    ['present', `${MISUSE}\n\n18. The Vendor may, by notice taking effect on delivery, terminate this Agreement in any of the following events, as determined by the Vendor acting reasonably:\n\n(a) the Customer uses the System for any Misuse;\n(b) the Customer refuses to cooperate with an investigation under clause 12; or\n(c) the Customer transfers the System in breach of clause 7.`],
    ['present', `${GULF_PARTIES}\n\nArticle 19. The Second Party shall have the right to terminate this Contract immediately, by written notice to the First Party, if the Second Party has credible evidence that the System has been used in breach of the Human Rights Annex.`],
    ['present', "21.3 The Supplier may terminate this Agreement immediately by notice if the Supplier forms the view, acting reasonably, that the Customer has breached clause 8 (Human Rights Obligations)."],
    ['present', `1.1 ${MISUSE}\n\n16. If the Licensor, in its sole discretion, concludes that the Software has been used for any Misuse, it may terminate this Licence. Termination under this clause 16 takes effect immediately on notice and no cure period applies.`],
    ['present', `${LATAM_PARTIES}\n\nTWENTIETH CLAUSE. THE SUPPLIER may terminate this Contract early and unilaterally, with immediate effect, when in its judgment there is evidence that THE CONTRACTING ENTITY has used the System against persons for the exercise of their human rights.`],
    ['present', `${NAMED_SELLER}\n\n12.1 Halvorsen may terminate this Agreement with immediate effect if Halvorsen reasonably believes that the Bureau has used the Software against any person for the exercise of freedom of expression, assembly or association.`],
    // A court's final finding, a long cure period, material breach only, mutual agreement, "for any reason", non-payment.
    ['weak', "The Supplier may terminate this Agreement with immediate effect if a court of competent jurisdiction finally determines that the Customer has used the System in breach of the human-rights obligations in clause 9."],
    ['weak', `${MISUSE}\n\nIf the Customer commits any Misuse, the Vendor may terminate this Agreement by notice if the Customer fails to remedy the Misuse within sixty (60) days of the Vendor's written notice requiring it to do so.`],
    ['weak', "Either party may terminate this Agreement forthwith by notice in writing if the other party commits a material breach of this Agreement."],
    ['weak', "Where the Licensor believes that the Software has been misused, the parties shall meet to discuss the matter, and this Licence may be terminated on that ground only by the mutual written agreement of the parties."],
    ['weak', "The Seller may terminate this Agreement at any time and for any reason by giving the Buyer thirty days' notice."],
    // (Relabelled from missing: the spec grades a seller's right to terminate that exists but is not tied to misuse as weak, as for
    // "at any time, for any reason" and "material breach"; only a right limited to non-payment ("only for non-payment") negates it.)
    ['weak', "The Supplier may terminate this Agreement if any undisputed invoice remains unpaid forty-five (45) days after its due date."],
    // Non-payment only, a waiver, "notwithstanding", an amendment replacing the clause, the customer's terms prevailing.
    ['contradicted', "The Supplier may terminate this Agreement only if the Customer fails to pay undisputed fees within ninety (90) days of their due date, and on no other ground."],
    ['contradicted', "The Licensor irrevocably waives any right it may have to terminate this Licence on grounds connected with the manner in which the Licensee uses the Software."],
    ['contradicted', `14.2 The Supplier may terminate this Agreement with immediate effect if it reasonably believes that the Customer has committed Misuse.\n\n${MISUSE}\n\n29.4 Notwithstanding clause 14.2, the Supplier shall not terminate this Agreement for any reason other than non-payment of the Fees.`],
    ['contradicted', "## 16. Termination for Misuse\n\nThe Vendor may terminate this Agreement immediately if, in its sole discretion, it finds evidence that the Platform has been used against journalists or human rights defenders.\n\n## Amendment No. 1\n\nClause 16 (Termination for Misuse) is deleted and replaced with the following: \"The Vendor may terminate this Agreement only for non-payment of the Fees.\""],
    ['contradicted', "The Supplier renounces any right to terminate the Contract unilaterally for reasons relating to the use of the System by the Purchaser."],
    ['contradicted', "12. The Supplier may terminate this Contract immediately if it reasonably believes that the System has been misused against journalists, lawyers or political opponents.\n\n30. In the event of any conflict between this Contract and the Purchaser's General Conditions of Purchase, the General Conditions prevail. Condition 14 of the General Conditions of Purchase provides that the Supplier may not terminate the Contract on any ground other than non-payment."],
    // The customer's convenience right, insolvency, consequences of termination, the seller's misuse of information.
    ['missing', "The Customer may terminate this Agreement for convenience on ninety (90) days' written notice."],
    ['missing', "Either party may terminate this Agreement immediately if the other party becomes insolvent, enters into liquidation or has a receiver appointed over any of its assets."],
    ['missing', "On termination of this Agreement for any reason, the Customer shall return or destroy all copies of the Software and pay all fees accrued up to the date of termination."],
    ['missing', "The Customer may terminate this Agreement immediately if the Supplier misuses the Customer's Confidential Information."],
    // (Written after reading the rule, to guard the court-finding weakener: the seller's own belief beside the court's finding.)
    ['present', "The Supplier may terminate this Agreement with immediate effect if a court finds that the Customer has used the System against journalists, or if the Supplier reasonably believes that the Customer has done so."],
  ]);
});

describe('suspension-remote-disable (general vocabulary, round 7b)', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', `${MISUSE}\n\n13.1 Suspension of the Licence may be effected by the Licensor without prior notice upon receipt of a credible complaint of Misuse, and shall continue until the Licensor's investigation of the complaint has been concluded.`],
    ['present', "If the Vendor suspects on reasonable grounds that the System has been used for a Prohibited Use, the Vendor may, with immediate effect and for so long as its investigation continues:\n\n(a) suspend the Customer's access to the Platform;\n(b) deactivate any licence key; and\n(c) remotely disable any installed component of the System."],
    ['present', "If we receive a credible report that you have misused the service, we may switch off your access straight away while we look into it, and keep it switched off until we have finished investigating."],
    ['present', "The Supplier may immediately suspend the Customer's access to the Services where the Supplier reasonably suspects a breach of clause 8 (Human Rights Obligations), and the suspension may continue until the Supplier has completed its investigation."],
    ['present', "The Supplier is entitled to suspend the functioning of the System remotely and without delay in the event of a well-founded complaint of abusive use of the System, for the whole duration of the examination of that complaint."],
    ['present', "The Company shall have the right, forthwith and without prejudice to its other rights, to deactivate the Licence Keys upon receipt of any credible complaint of misuse of the Equipment, pending the completion of its enquiry into such complaint."],
    ['present', `1.6 ${MISUSE}\n\n17.1 The Licensor may remotely disable the Software at once if it has reasonable grounds to suspect Misuse. 17.2 Any disablement under clause 17.1 may remain in place until the Licensor's investigation is complete.`],
    ['present', `${GULF_PARTIES}\n\nArticle 17. Upon receipt of a credible allegation that the System has been used in breach of the Human Rights Annex, the Second Party may immediately suspend remote access to the System pending the outcome of its investigation.`],
    ['present', `${NAMED_SELLER}\n\n12.2 Halvorsen may, without notice, suspend the Bureau's licence keys on receiving a credible complaint that the Software has been misused, until Halvorsen's investigation of the complaint is complete.`],
    // Notice and a long period, the customer's consent, security or non-payment only, an established breach, "for any reason".
    ['weak', "If the Supplier reasonably suspects Misuse, it may give the Customer written notice, and if the matter is not resolved within forty-five (45) days of that notice, it may suspend the Customer's access to the Platform until its investigation is complete."],
    ['weak', "With the Customer's prior written consent, the Supplier may suspend the System immediately upon a credible complaint of misuse, pending the outcome of its investigation."],
    ['weak', "The Provider may suspend the Service immediately where necessary to protect the security or integrity of the Service or where any invoice is more than 30 days overdue."],
    ['weak', "The Licensor may suspend the Licence immediately where an arbitral tribunal has determined that the Licensee has used the Software in breach of clause 9 (Human Rights)."],
    ['weak', "We may suspend or limit your access to the service at any time, for any reason."],
    // "Shall not remotely ...", no kill switch, continuity regardless of disputes, "notwithstanding", a waiver.
    ['contradicted', "The Supplier shall not remotely access, deactivate, degrade or otherwise interfere with the operation of the System after its acceptance by the Customer."],
    ['contradicted', "The Vendor warrants that the Software contains no time-lock, kill switch, licence-expiry mechanism or other means by which it can be deactivated remotely."],
    ['contradicted', "12.1 The Supplier may suspend access to the Service immediately on a credible complaint of misuse, until its investigation is complete.\n\n20.3 The Service shall be available without interruption 24 hours a day, 7 days a week, irrespective of any dispute or allegation between the parties."],
    ['contradicted', "12.1 The Supplier may suspend the Services immediately if it reasonably suspects misuse, pending its investigation.\n\n27.2 Notwithstanding clause 12.1, the Supplier shall not suspend, interrupt or disable the Services for any reason."],
    ['contradicted', "We will never switch off, suspend or restrict your access to the platform, whatever the circumstances."],
    ['contradicted', `${LATAM_PARTIES}\n\nTHE SUPPLIER undertakes to refrain from any remote intervention in the System and waives any right to interrupt its operation.`],
    // Scheduled maintenance, the customer's own users, force majeure, withholding payment.
    ['missing', "The Provider may carry out scheduled maintenance of the Service on Sundays between 02:00 and 04:00, on at least 48 hours' notice to the Customer."],
    ['missing', "The Customer may suspend any Authorised User's account if that user breaches the Customer's internal security policy."],
    ['missing', "A party affected by a Force Majeure Event may suspend performance of its obligations for as long as the Force Majeure Event continues."],
    ['missing', "The Purchaser may withhold payment of any invoice that it disputes in good faith until the dispute is resolved."],
  ]);
});

describe('update-support-withholding (general vocabulary, round 7b)', () => {
  gradeTable(updateSupportWithholding, [
    ['present', `1.2 ${MISUSE}\n\n9.4 Upon any Misuse, the Supplier may withhold all Updates, Upgrades, maintenance, technical support and training.`],
    ['present', "Where the Licensor has reasonable grounds to believe that the Software has been used in breach of clause 9 (Human Rights), the provision of patches, new releases, helpdesk support and training may be discontinued by the Licensor."],
    ['present', "If you break the human-rights terms, we can stop sending you software updates and stop providing support, maintenance and training."],
    ['present', "If the Customer commits a Human Rights Breach, the Vendor may, in addition to its other rights:\n\n- cease to provide Updates and Upgrades;\n- suspend the Maintenance and Support Services; and\n- decline to deliver any further training or professional services."],
    ['present', "In the event of misuse of the Equipment, the Company shall be at liberty to forthwith stop the supply of software upgrades, annual maintenance services and technical assistance to the Purchaser."],
    ['present', "In case of use of the System contrary to Article 9 (Respect for Human Rights), the Supplier is entitled to suspend the delivery of updates, new versions, maintenance and technical assistance."],
    ['present', "14.2 The Supplier may suspend the Services if it reasonably suspects a breach of clause 8 (Human Rights Obligations).\n\n14.3 The Supplier's rights under clause 14.2 include the right to withhold Software releases, patches, Support Services and training for as long as the suspension lasts."],
    // New features only, only after termination, "no obligation", "for any reason".
    ['weak', "If the Customer breaches the human-rights terms, the Supplier may decline to make available any new features or modules released after the date of the breach."],
    ['weak', `${MISUSE}\n\nFollowing termination of this Agreement for Misuse, the Supplier shall have no obligation to provide any further updates, maintenance or support.`],
    ['weak', "The Licensor has no obligation to provide updates, upgrades or support for the Software."],
    ['weak', "The Vendor may discontinue maintenance and support services at any time and for any reason on sixty days' notice."],
    // Continuity regardless of disputes, "notwithstanding", plain promise, the customer's terms prevailing, a civil-law guarantee.
    ['contradicted', "Maintenance Services, Updates and technical support shall continue to be provided by the Contractor without interruption throughout the Term, including while any dispute or allegation of breach is pending."],
    ['contradicted', `${MISUSE}\n\n9.4 Upon Misuse the Supplier may withhold Updates, support and training.\n\n22.1 Notwithstanding clause 9.4, the Supplier shall not withhold or delay any Update, Upgrade or Support Service for any reason other than non-payment.`],
    ['contradicted', "We'll keep your software updated and supported for the whole term, whatever happens between us."],
    ['contradicted', "9. The Supplier may withhold updates, maintenance and support if the Purchaser uses the System in breach of the human-rights terms.\n\n31. The Purchaser's General Terms of Purchase prevail over this Contract in case of conflict. Under clause 7 of those General Terms, the Supplier must deliver all updates and support services throughout the term and may not suspend them on any ground."],
    ['contradicted', "The Supplier is bound to ensure the continuity of maintenance and updates of the System in all circumstances, including in case of a dispute between the Parties or an alleged breach by the Purchaser."],
    // The seller's own support duties, suspension of hosted access only, service-level deductions, the seller's training duty.
    ['missing', "The Supplier shall provide Updates within 30 days of their general release and shall respond to Priority 1 support requests within four hours."],
    ['missing', "The Provider may suspend the Customer's access to the hosted Service immediately if it reasonably suspects Misuse, pending its investigation."],
    ['missing', "If the Supplier fails to meet the Support Service Levels, the Customer may withhold ten per cent of the quarterly support fee."],
    ['missing', "The Supplier shall deliver five days of operator training at the Customer's premises within a month of installation."],
    // (Written after reading the rule, to guard the money look-alike: withholding supplies for overdue fees is the weak form, not money withheld.)
    ['weak', "The Supplier may withhold Updates and support while any invoice is more than 60 days overdue."],
  ]);
});

describe('investigation-cooperation (general vocabulary, round 7b)', () => {
  gradeTable(investigationCooperation, [
    ['present', "The Customer shall cooperate fully with any investigation by the Supplier into alleged Misuse and shall, within ten (10) Business Days of a request, provide all relevant information and audit logs, give access to the System and make its personnel available for interview. Failure to cooperate is a ground for suspension or termination under clause 14."],
    ['present', "Where the Licensor investigates a complaint of misuse, all audit logs, records and information it reasonably requests are to be provided by the Licensee within seven days, and the Licensee's operators are to be made available for interview. Any failure by the Licensee to do so entitles the Licensor to terminate this Licence."],
    ['present', "If we investigate a report that the tool has been misused, you must help us: within 14 days of our request you must give us the logs and information we ask for, let us inspect the system and let us talk to your staff. If you don't, we can suspend or end this agreement."],
    ['present', "The Purchaser undertakes to collaborate with any inquiry of the Supplier or of a competent authority concerning an alleged abusive use of the System, in particular by communicating within fifteen days the documents and logs requested, granting access to the System and making its agents available. A refusal to collaborate constitutes a ground for termination of the Contract."],
    ['present', `${GULF_PARTIES}\n\nArticle 15. In the event of an investigation by the Second Party into alleged misuse of the System, the First Party shall, within five (5) working days of the Second Party's request:\n\n(a) provide the System logs and any other information requested;\n(b) grant access to the System and the sites where it is installed; and\n(c) make the relevant operators available for interview.\n\nIf the First Party fails to comply with this Article, the Second Party may suspend the System.`],
    ['present', "The Purchaser shall extend full co-operation to the Company and to any governmental or international body enquiring into alleged misuse of the Equipment, including by furnishing records, logs and access to premises and personnel within fifteen (15) days of request, failing which the Company may terminate this Agreement forthwith."],
    ['present', "It is a condition of the Customer's continued use of the System that it assists the Supplier in any investigation of suspected misuse by supplying, within ten days, all requested information, logs and access and by making its staff available. If that condition is not met, the Supplier may suspend the System."],
    ['present', `${NAMED_SELLER}\n\n13. The Bureau covenants to cooperate with any Halvorsen investigation of suspected misuse of the Software by producing logs and records and making its personnel available within ten days of a request; if the Bureau does not, Halvorsen may terminate this Agreement.`],
    // Reasonable efforts, national security without limit, no set time, "endeavour".
    ['weak', "The Customer shall use reasonable efforts to respond to the Supplier's enquiries concerning any alleged misuse of the System."],
    ['weak', "The Customer shall cooperate with any investigation of alleged misuse by the Supplier and shall provide logs and information within ten days of a request, subject always to the Customer's national security requirements."],
    ['weak', "The Licensee shall assist the Licensor in any investigation of suspected Misuse by providing the information and logs the Licensor requests. Failure to assist entitles the Licensor to suspend the Licence."],
    ['weak', "The Agency shall endeavour, so far as it considers practicable, to provide the Vendor with information about any alleged misuse of the Platform that the Vendor is investigating."],
    // No disclosure of operational data, "notwithstanding", plain, state secrecy, the customer's conditions prevailing.
    ['contradicted', "Nothing in this Agreement requires the Authority to disclose to the Supplier any operational data, system logs, target identities or classified information."],
    ['contradicted', "11. The Customer shall cooperate with any investigation of alleged Misuse by the Supplier and shall provide logs, information and access within ten days of a request.\n\n28. Notwithstanding clause 11, the Customer shall not be required to give the Supplier access to the System or to any of its logs, records or personnel."],
    ['contradicted', "You never have to share your case files, logs or target lists with us."],
    ['contradicted', "All information relating to the operations of the Purchaser is covered by state secrecy and may under no circumstances be communicated to the Supplier."],
    ['contradicted', `${LATAM_PARTIES}\n\nFIFTEENTH CLAUSE. THE CONTRACTING ENTITY shall cooperate with any investigation of THE SUPPLIER into alleged misuse, providing logs and information within ten days.\n\nTHIRTIETH CLAUSE. The Special Conditions of THE CONTRACTING ENTITY prevail over this Contract. Under those Special Conditions, THE CONTRACTING ENTITY shall not grant THE SUPPLIER access to any system, record or log.`],
    // The seller's cooperation in security incidents, negotiation, regulatory approvals, a licence-count request.
    ['missing', "The Supplier shall cooperate with the Customer in investigating any security incident affecting the Customer's data."],
    ['missing', "The parties shall cooperate in good faith to resolve any dispute through negotiation between their senior executives."],
    ['missing', "Each party shall give the other such assistance as it reasonably requires to obtain any regulatory approval needed for this Agreement."],
    ['missing', "The Customer shall provide the Supplier with such information as the Supplier reasonably requests to verify the number of installed copies of the Software."],
    // (Written after reading the rule: keeping the seller away from collected content protects the data; it bars no investigation.)
    ['missing', "The Customer shall not give the Supplier access to any Collected Data."],
  ]);
});

describe('misuse-notification (general vocabulary, round 7b)', () => {
  gradeTable(misuseNotification, [
    ['present', `${MISUSE}\n\nThe Customer shall notify the Supplier in writing within 48 hours after becoming aware of any actual or suspected Misuse.`],
    ['present', "Any actual or suspected use of the Software in breach of clause 9 (Human Rights) shall be reported to the Licensor by the Licensee no later than three (3) Business Days after the Licensee first learns of it."],
    ['present', "You must tell us within 24 hours if you find out, or suspect, that anyone has used the service to violate human rights."],
    ['present', "The Purchaser is obliged to inform the Supplier without delay, and at the latest within five days, of any indication of abusive use of the System."],
    ['present', "The Purchaser shall intimate the Company forthwith, and in any event within seven (7) days, of any misuse or suspected misuse of the Equipment coming to its knowledge."],
    ['present', `1.9 ${MISUSE}\n\n2. The Authority shall pay the Charges monthly in arrears.\n\n3. The Supplier shall deliver the System within 90 days.\n\n16.4 The Authority shall give the Supplier notice of any Misuse, actual or potential, promptly and in any event within five Working Days.`],
    ['present', "The Customer shall give the Supplier the following notices:\n\n| Event | Notice | Time limit |\n| --- | --- | --- |\n| Actual or suspected misuse of the System | Written notice to the Supplier | Within 72 hours of becoming aware |\n| Change of the End User's address | Written notice to the Supplier | Within 30 days |"],
    ['present', `${NAMED_SELLER}\n\nThe Bureau is bound to report to Halvorsen, within two working days, any misuse or suspected misuse of the Software.`],
    // Security incidents only, no time limit, no duty, a personal-data breach only.
    ['weak', "The Customer shall notify the Supplier within 24 hours of any security incident affecting the System, including any unauthorised access to it."],
    ['weak', `${MISUSE}\n\nThe Licensee shall inform the Licensor of any actual or suspected Misuse of which it becomes aware.`],
    ['weak', "The Customer may inform the Supplier of any suspected misuse of the System where it considers it appropriate to do so."],
    ['weak', "The Customer shall notify the Supplier within 72 hours of any personal data breach involving the System."],
    // A waiver, "notwithstanding", plain, an amendment replacing the clause.
    ['contradicted', "The Supplier waives any requirement for the Customer to notify it of the use made of the System, including any alleged misuse."],
    ['contradicted', `${MISUSE}\n\n16.4 The Customer shall notify the Supplier within 48 hours of becoming aware of any actual or suspected Misuse.\n\n30.2 Notwithstanding clause 16.4, the Customer shall have no obligation to report any misuse or suspected misuse of the System to the Supplier.`],
    ['contradicted', "You don't have to tell us how you use the tool, even if you find out that it has been misused."],
    ['contradicted', "## 16. Notice of Misuse\n\n16.4 The Customer shall notify the Supplier within 48 hours of any suspected misuse of the System.\n\n## Amendment No. 2\n\nClause 16.4 (Notice of Misuse) is deleted and replaced by the following: \"The Customer is not required to inform the Supplier of any use or misuse of the System.\""],
    // The notices clause, the seller's own breach, change of control, defects.
    ['missing', "All notices under this Agreement shall be in writing and delivered by hand or by registered post to the address set out above."],
    ['missing', "The Supplier shall notify the Customer within 24 hours of becoming aware of any breach of the Supplier's security obligations."],
    ['missing', "The Customer shall notify the Supplier within 10 days of any change in its name, address or control."],
    ['missing', "The Customer shall notify the Supplier of any defect in the Equipment within 14 days of delivery."],
  ]);
});

describe('audit-and-records (general vocabulary, round 7b)', () => {
  gradeTable(auditAndRecords, [
    ['present', "The System records, for every operation, the user, the date and time, the target and the authorising warrant. The Customer shall not disable, alter or delete those records. The Supplier, or an independent auditor appointed by it, may audit the Customer's compliance with this Agreement on 14 days' written notice."],
    ['present', "Audit logs identifying each operator, each query and target, and the time of each action are generated automatically by the Software and may not be switched off or erased by the Licensee. An audit of the Licensee's compliance with the Human Rights Terms may be carried out by the Licensor or its nominated independent auditor on not less than ten Business Days' notice."],
    ['present', "The platform keeps a log of who used it, when, and against which target, and you must not turn off or delete that log. We, or an independent auditor we choose, can check that you are complying with these terms after giving you 30 days' notice."],
    ['present', "The System keeps an unalterable journal of each use, indicating the operator, the date and hour and the target concerned, which the Purchaser is prohibited from deactivating or destroying. The Supplier is entitled, subject to prior notice of fifteen days, to verify the Purchaser's compliance with its obligations under this Contract, itself or through an independent expert."],
    ['present', "The Authority shall ensure that:\n\n(a) the System's audit trail records the identity of the operator, the date and time and the target of each use, and the authorisation relied on;\n(b) no audit trail is disabled, modified or deleted; and\n(c) the Supplier or an independent auditor appointed by the Supplier may, on reasonable notice, inspect the audit trail and the Authority's premises to verify compliance with the Human Rights Schedule."],
    ['present', "1.12 \"Usage Logs\" means the records generated by the Product of each user, each search, each target and the time of each, together with the legal authority cited.\n\n2. The Customer shall pay the Fees within 30 days of invoice.\n\n9.3 The Customer shall preserve the Usage Logs and shall not delete or disable them.\n\n9.4 The Vendor may, on 20 days' notice, audit the Customer's compliance with clause 8 (Use Restrictions), including by examining the Usage Logs."],
    ['present', "The Supplier may, by giving at least 10 Business Days' notice, appoint an independent auditor to verify the Customer's compliance with clause 8 (Human Rights Obligations). The Customer must not tamper with, suppress or delete the Platform's audit logs, which capture the user, time, target and authorisation for every search."],
    // Licence counts and fees only, consent, logs without an audit right, logging the customer may switch off.
    ['weak', "The Licensor may, once a year on 30 days' notice, audit the Licensee's records to verify the number of installed copies and the fees payable."],
    ['weak', "With the Customer's prior written consent, the Supplier may audit the Customer's use of the System. The System keeps logs of the operator, time and target of each use, which the Customer shall not delete."],
    ['weak', "The Software logs each user, search, target and time, and the Licensee shall not disable or delete those logs."],
    ['weak', "The Vendor, or an independent auditor appointed by it, may audit the Customer's compliance with the Human Rights Terms on 30 days' notice. The System can record the operator, time and target of each use, but the Customer may configure or switch off that logging at its discretion."],
    // No audit, "notwithstanding", plain, inviolable premises.
    ['contradicted', "The Supplier shall have no right to audit, inspect or verify the Customer's use of the System or to enter its premises."],
    ['contradicted', "12. The System logs the operator, time and target of each use, and the Customer shall not delete those logs. The Supplier may audit the Customer's compliance with this Agreement on 14 days' notice.\n\n29. Notwithstanding clause 12, the Supplier shall not be entitled to audit or inspect the Customer's use of the System, its logs or its premises."],
    ['contradicted', "We won't audit you or look at how you use the platform."],
    ['contradicted', "The Purchaser's premises, archives and records are inviolable and shall not be subject to any audit, inspection or verification by the Supplier."],
    // Accounting records, the customer auditing the seller, an asset register, the seller's certification.
    ['missing', "Each party shall keep complete and accurate accounting records relating to this Agreement for six years."],
    ['missing', "The Customer may audit the Supplier's compliance with its information security obligations on 30 days' notice."],
    ['missing', "The Customer shall keep a register of the serial number and location of each item of Equipment."],
    ['missing', "The Supplier shall maintain ISO 27001 certification throughout the Term and provide a copy of the certificate on request."],
  ]);
});

describe('reseller-due-diligence (general vocabulary, round 7b)', () => {
  gradeTable(resellerDueDiligence, [
    ['present', "Before any sale, the Distributor shall (a) carry out human-rights due diligence on the proposed end user; (b) disclose to the Company in writing the identity of the end user and the intended end use; (c) obtain the Company's written approval; (d) keep records of its due diligence for at least five years; and (e) not supply any person on the Company's list of Prohibited End Users."],
    ['present', "\"Prohibited End User\" means any person the Vendor has notified to the Reseller as barred by reason of its human rights record.\n\nNo Product may be resold by the Reseller unless a human rights due diligence assessment of the end customer has been completed by the Reseller, the end customer and its intended end use have been notified to the Vendor, and the Vendor's prior written approval has been obtained. Records of each assessment are to be retained by the Reseller for six years, and no sale may be made to a Prohibited End User."],
    ['present', "Before you resell the software to anyone, you must check their human-rights record, tell us who they are and what they will use it for, and get our written OK. Keep a record of your checks, and never sell to anyone on our prohibited list."],
    ['present', "The Distributor undertakes, prior to any resale, to carry out its own verification of the final user's respect for human rights, to communicate to the Manufacturer the identity of the final user and the declared end use, to obtain the Manufacturer's prior written authorisation, to keep the documentation of its verification, and to abstain from any sale to the prohibited end users listed in Annex 2."],
    ['present', "The Partner shall comply with the following for each prospective sale:\n\n| Step | Requirement |\n| --- | --- |\n| Due diligence | Human rights due diligence on the End Customer, conducted by the Partner |\n| Disclosure | End Customer identity and end use notified to the Principal before the sale |\n| Approval | The Principal's written approval before the sale |\n| Records | Due diligence records retained for seven years |\n| Prohibited End Users | No sale to any Prohibited End User |"],
    ['present', "The Dealer shall, before booking any order, conduct its own human rights due diligence on the ultimate end user and furnish to the Company full particulars of the end user and the end use. The Dealer shall not effect the sale until the Company has given its written approval, shall maintain records of the due diligence for a period of five years, and shall not sell to any end user whom the Company has designated as prohibited."],
    // Sanctions screening only, no disclosure, no approval, know-your-customer only.
    ['weak', "The Reseller shall screen each customer against the applicable sanctions and denied-party lists before any sale."],
    ['weak', "The Distributor shall carry out human-rights due diligence on each end user before any sale, keep records of that due diligence, and not sell to any Prohibited End User."],
    ['weak', "Before any sale, the Reseller shall conduct human rights due diligence on the end user, notify the Vendor of the end user and the end use, keep records of its due diligence, and not sell to any Prohibited End User."],
    ['weak', "The Distributor shall carry out anti-bribery and know-your-customer checks on each customer before any sale and shall disclose the results to the Supplier on request."],
    // No disclosure and free resale, a waiver, "notwithstanding".
    ['contradicted', "The Reseller shall not be required to disclose to the Supplier the identity of any end user or the purpose for which the Products will be used, and may sell to any customer in the Territory at its discretion."],
    ['contradicted', "The Supplier waives any requirement for the Distributor to carry out due diligence on, or to seek the Supplier's approval of, its customers."],
    ['contradicted', "6.2 Before any sale, the Distributor shall carry out human-rights due diligence on the end user, disclose the end user and end use to the Company, obtain the Company's written approval and keep records.\n\n24. Notwithstanding clause 6.2, the Distributor may resell the Products to any government agency in the Territory without notice to or approval of the Company."],
    // Appointment, the seller's own due diligence, purchase targets, compliance with laws.
    ['missing', "The Supplier appoints the Distributor as its non-exclusive distributor of the Products in the Territory for a term of three years."],
    ['missing', "The Supplier has carried out due diligence on the Customer in accordance with the Supplier's Human Rights Policy."],
    ['missing', "The Reseller shall purchase Products to a value of not less than USD 500,000 in each Contract Year."],
    ['missing', "The Distributor shall comply with all applicable laws in marketing and selling the Products."],
  ]);
});

describe('eula-flow-down (general vocabulary, round 7b)', () => {
  gradeTable(eulaFlowDown, [
    ['present', "The Reseller shall ensure that each End User, before receiving the Software, signs the Supplier's End User Licence Agreement in the form of Schedule 5, which contains the use restrictions, transfer prohibition, cooperation obligations and suspension and termination rights set out in clauses 8 to 14. The Supplier is a third-party beneficiary of each End User Licence Agreement and may enforce it directly, and the Reseller shall enforce each End User Licence Agreement against the End User at its own cost."],
    ['present', "Each End User is to be bound by an end-user licence incorporating the Human Rights Terms (use restrictions, no transfer, cooperation with investigations, and the Vendor's suspension and termination rights). The Vendor is entitled to enforce that licence in its own name, and any breach of it is to be enforced by the Distributor promptly."],
    ['present', "Before you give the product to any of your customers, they must sign our end-user terms, which include the human-rights restrictions, the ban on transfer, the duty to cooperate with our investigations and our rights to suspend or terminate. We can enforce those terms against your customer directly, and you must enforce them too."],
    ['present', "The Distributor undertakes to have each final user sign the end-user licence contract annexed hereto, which reproduces the human-rights obligations of this Contract (restrictions of use, prohibition of transfer, cooperation, suspension and termination). That contract contains a stipulation in favour of the Manufacturer, which may enforce it directly against the final user, and the Distributor shall ensure its enforcement."],
    ['present', "The Reseller must:\n\n(a) ensure each End User enters into an EULA that includes the Human Rights Provisions (use restrictions, no transfer, investigation cooperation, and suspension and termination rights);\n(b) name the Supplier as a party to, or a third-party beneficiary of, each EULA; and\n(c) take all steps necessary to enforce each EULA, including at the Supplier's request."],
    ['present', "1.8 \"Flow-Down Terms\" means the use restrictions, transfer prohibitions, cooperation obligations and suspension and termination rights in Schedule 3.\n\n2. The Partner shall pay the Company within 30 days of invoice.\n\n11.1 The Partner shall procure that every end user accepts an end-user licence agreement containing the Flow-Down Terms, under which the Company is a third-party beneficiary entitled to enforce them.\n\n11.2 The Partner shall enforce the Flow-Down Terms against each end user."],
    // Own terms "no less protective", the seller unable to enforce, the reseller not bound to enforce.
    ['weak', "The Reseller may license the Software to its customers on its own terms, provided that those terms are no less protective of the Supplier than this Agreement."],
    ['weak', "The Reseller shall ensure that each end user signs an end-user licence containing the human-rights use restrictions, the transfer prohibition, the cooperation obligations and the Supplier's suspension rights, and shall enforce it. No person other than the Reseller and the end user may enforce that licence."],
    ['weak', "The Distributor shall procure that every end user signs a EULA containing the human-rights terms (use restrictions, no transfer, cooperation, suspension and termination), under which the Supplier is a third-party beneficiary."],
    // Any terms the reseller likes, "notwithstanding".
    ['contradicted', "The Reseller may supply the Products to end users on such terms as it sees fit, and the Supplier shall have no right to approve or enforce any end-user terms."],
    ['contradicted', "11. The Reseller shall ensure that each end user signs a EULA containing the human-rights terms (use restrictions, no transfer, cooperation, suspension and termination), which the Supplier may enforce as a third-party beneficiary and which the Reseller shall enforce.\n\n27. Notwithstanding clause 11, end users shall not be required to accept any terms relating to human rights."],
    // Standard terms without human-rights terms, the customer's own EULA, subcontractors' confidentiality, third-party rights.
    ['missing', "The Reseller shall ensure that each end user accepts the Supplier's standard end-user licence terms, which deal with warranties, limitation of liability and intellectual property."],
    ['missing', "The Customer's use of the Software is governed by the Supplier's end-user licence agreement published at www.kestrel.example/eula."],
    ['missing', "The Supplier shall ensure that its subcontractors are bound by confidentiality obligations no less protective than those in this Agreement."],
    ['missing', "No person other than the parties has any right to enforce any term of this Agreement."],
  ]);
});

describe('grievance-mechanism (general vocabulary, round 7b)', () => {
  gradeTable(grievanceMechanism, [
    ['present', "The Supplier operates a secure reporting channel, open to anyone and allowing anonymous reports, through which suspected misuse of the System may be reported. The Customer shall make the channel known to all personnel who use the System, shall not retaliate against anyone who makes a report in good faith, and shall keep the identity of any reporter confidential."],
    ['present', "Reports of suspected Misuse may be made by any person, anonymously if they wish, through the Vendor's encrypted whistleblowing line. Details of the line are to be communicated by the Licensee to each of its operators. No reporter is to suffer reprisal, demotion or disciplinary action by the Licensee for a good-faith report, and reporters' identities are to be kept confidential."],
    ['present', "Anyone can report misuse of the platform to us, confidentially and without giving their name, through our secure hotline. You must tell your staff about the hotline, and you must not punish anyone who uses it."],
    ['present', "The Supplier makes available a secured alert system, permitting anonymous reports, by which any person may signal an abusive use of the System. The Purchaser undertakes to inform its agents of this system, to protect the confidentiality of the authors of reports and to abstain from any sanction against them."],
    ['present', "The Customer shall:\n\n- publicise to its personnel the Supplier's Speak-Up Channel, a secure channel open to any person and accepting anonymous reports of misuse;\n- keep the identity of reporters confidential; and\n- not dismiss, discipline or otherwise retaliate against any person for making a report."],
    ['present', "The Authority shall procure that the Supplier's confidential whistleblowing service, which is secure and may be used anonymously by any person, is brought to the attention of all Authority staff with access to the System, and that no member of staff suffers any detriment for raising a concern about misuse of the System."],
    // Internal only, a generic abuse form, no non-retaliation.
    ['weak', "Personnel of the Customer who become aware of any misuse of the System shall report it to their line manager or to the Customer's internal inspectorate."],
    ['weak', "Users may report abuse of the Service through the 'Report a problem' form on the Provider's website."],
    ['weak', "The Vendor maintains a secure, anonymous hotline through which anyone may report misuse of the Product, and the Customer shall publicise the hotline to its personnel and keep the identity of any reporter confidential."],
    // Retaliation allowed, a gag on personnel.
    ['contradicted', "The Customer may take disciplinary or other action against any of its personnel who discloses information about the use of the System to the Supplier or to any third party."],
    ['contradicted', "15. The Supplier operates a secure hotline open to anyone, accepting anonymous reports of misuse; the Customer shall publicise it to its personnel, keep reporters' identities confidential and not retaliate against them.\n\n31. Notwithstanding clause 15, no officer of the Customer shall report any matter concerning the System to any person outside the Customer, and the Customer may discipline any officer who does so."],
    // Support tickets, dispute escalation, the seller's own policy, confidentiality.
    ['missing', "The Customer may raise support tickets through the Supplier's service desk portal 24 hours a day."],
    ['missing', "Any dispute shall first be referred to the parties' project managers and, failing resolution within 14 days, to their chief executives."],
    ['missing', "The Supplier maintains a whistleblowing policy for its own employees in accordance with the laws of England."],
    ['missing', "Each party shall keep the other party's Confidential Information confidential and shall not disclose it without the other party's consent."],
  ]);
});

describe('training (general vocabulary, round 7b)', () => {
  gradeTable(training, [
    ['present', "No operator shall be given access to the System until he or she has completed the Supplier's human-rights training, and every operator shall repeat that training at least once every twelve months."],
    ['present', "Human rights training is to be completed by each Authorised User before first log-in and refreshed annually thereafter."],
    ['present', "Before any of your staff use the tool, they must complete our human-rights course, and they must take it again every year."],
    ['present', "The Purchaser undertakes that its agents operating the System follow, prior to any use, a training on respect for fundamental rights, renewed every two years."],
    ['present', "The Purchaser shall ensure that all personnel deployed to operate the Equipment undergo training on human rights and the Company's use restrictions prior to being granted access, and refresher training at intervals not exceeding one year."],
    ['present', "The Customer shall ensure that its personnel complete the following training:\n\n| Course | Who | When |\n| --- | --- | --- |\n| Human rights and lawful use | Every operator of the System | Before access and every 12 months |\n| System administration | Administrators | Before access |"],
    // Once only, not before access, reasonable endeavours.
    ['weak', "Each operator shall complete human-rights training before being given access to the System."],
    ['weak', "The Customer's operators shall attend human-rights training at least once a year."],
    ['weak', "The Customer shall use reasonable endeavours to ensure that operators receive human-rights training before access and annually thereafter."],
    // No training required, "notwithstanding".
    ['contradicted', "The Customer's personnel shall not be required to attend any training, whether on human rights or otherwise, as a condition of using the System."],
    ['contradicted', "10. Every operator shall complete human-rights training before access to the System and every year after.\n\n26. Notwithstanding clause 10, the Customer may grant access to the System to any of its officers whether or not they have received any training."],
    // The seller's technical course, technical certification only, the seller's own staff, fees.
    ['missing', "The Supplier shall deliver a five-day operator training course at the Customer's site following installation."],
    ['missing', "The Customer shall ensure that each operator completes the Supplier's technical certification course before using the System."],
    ['missing', "The Supplier shall ensure that its own staff receive annual anti-bribery and human-rights training."],
    ['missing', "Additional training days are charged at the rates in Schedule 2."],
  ]);
});

describe('remediation (general vocabulary, round 7b)', () => {
  gradeTable(remediation, [
    ['present', "Where Misuse is found, the Customer shall take corrective action without delay and shall provide, or cooperate in providing, remedy to the persons affected, under a written remediation plan submitted to the Supplier for its review."],
    ['present', "If misuse of the Software is established, a remediation plan is to be prepared by the Licensee and submitted to the Licensor for review and approval. The plan is to set out the corrective measures to be taken and the redress to be provided to the individuals affected."],
    ['present', "If misuse is found, you must fix the problem, make things right for the people harmed (or help others do so), and follow a plan that we can review."],
    ['present', "In the event of established abusive use, the Purchaser is obliged to adopt corrective measures and to repair the damage suffered by the persons concerned or contribute to its reparation, according to an action plan communicated to the Supplier, which may review it."],
    ['present', "Following any finding of Misuse, the Authority shall, under a remediation plan approved by the Supplier:\n\n(a) stop the misuse and take disciplinary and corrective measures;\n(b) provide remedy, including compensation where appropriate, to affected individuals, or cooperate with any body that provides it; and\n(c) report to the Supplier on the implementation of the plan."],
    ['present', "If the Supplier determines that a breach of clause 8 (Human Rights Obligations) has occurred, the Customer must, within 30 days, give the Supplier for its review a remediation plan describing the corrective action it will take and how affected persons will be provided with a remedy, and must then implement that plan."],
    // Corrective action without remedy for people, no plan.
    ['weak', "Where Misuse is found, the Customer shall take corrective action and report on it to the Supplier under a remediation plan the Supplier may review."],
    ['weak', "If misuse is found, the Customer shall take corrective action and provide remedy to affected persons."],
    // No remedy owed, "notwithstanding".
    ['contradicted', "The Customer shall have no obligation to compensate, or to provide any other remedy to, any person affected by its use of the System."],
    ['contradicted', "17. Where Misuse is found, the Customer shall take corrective action and provide remedy to affected persons under a plan the Supplier may review.\n\n29. Notwithstanding clause 17, the Customer is not required to take any corrective action or to provide remedy to any person."],
    // Cure periods, the seller's defect remedy, cumulative remedies, a service-level plan.
    ['missing', "If either party commits a remediable breach, the other party may terminate this Agreement if the breach is not remedied within 30 days of notice."],
    ['missing', "The Supplier shall, at its option, repair or replace any defective Equipment, which shall be the Customer's sole remedy for defects."],
    ['missing', "The rights and remedies provided in this Agreement are cumulative and not exclusive of any rights or remedies provided by law."],
    ['missing', "If the Supplier fails to meet a Service Level twice in any quarter, it shall submit a corrective action plan to the Customer for approval."],
  ]);
});

describe('safeguard-action-protection (general vocabulary, round 7b)', () => {
  gradeTable(safeguardActionProtection, [
    ['present', "The exercise by the Supplier of any right to suspend, withhold or terminate under clause 12 (Human Rights) shall not constitute a breach of this Agreement and shall not give rise to any liability, refund or service credit. The Customer shall indemnify the Supplier against all claims arising from any Misuse."],
    ['present', "No refund, service credit or damages shall be payable by the Licensor in respect of any suspension or termination effected under the Human Rights Terms, which shall not be treated as a breach by the Licensor. The Licensor is to be indemnified by the Licensee against all losses and claims arising out of any misuse of the Software."],
    ['present', "If we suspend your access, cut off updates or end this agreement under the human-rights terms, that isn't a breach by us and we don't owe you any refund, credit or compensation. You will cover us for any claims that come from misuse of the service."],
    ['present', "The suspension or termination of the Contract by the Supplier under Article 9 (Respect for Human Rights) shall not engage the Supplier's liability nor give rise to any reimbursement or compensation in favour of the Purchaser. The Purchaser shall hold the Supplier harmless against any claim of third parties resulting from an abusive use of the System."],
    ['present', "Any period during which the Service is suspended under clause 14 (Suspension for Misuse) is excluded from the calculation of Availability and no Service Credits accrue for it; such a suspension is not a breach and gives rise to no liability. The Customer shall defend and indemnify the Provider against any third-party claim arising from the Customer's misuse of the Service."],
    ['present', "Customer agrees that Vendor will have no liability to Customer, and Customer will not be entitled to any refund or credit, by reason of Vendor's exercise of its suspension, withholding or termination rights under Section 9 (Human Rights), and such exercise will not be deemed a breach. Customer will indemnify, defend and hold harmless Vendor from and against any claims arising out of Customer's misuse of the Products."],
    ['present', "14.2 The Supplier may suspend the Services immediately if it reasonably suspects misuse, until its investigation is complete.\n\n14.5 Exercise of the rights in clause 14.2 is not a breach of this Agreement and entitles the Customer to no refund, service credit or damages. The Customer shall indemnify the Supplier against any claim arising from misuse of the Services."],
    // Service credits due, an IP-only indemnity, no indemnity, a refund.
    ['weak', "Where the Supplier suspends the Service under clause 14 (Suspension for Misuse), the suspension shall not be a breach of this Agreement, but the Customer shall receive service credits for the period of the suspension. The Customer shall indemnify the Supplier against claims arising from misuse of the Service."],
    ['weak', "The Licensor's suspension or termination under the Human Rights Terms shall not be a breach and gives rise to no liability, refund or credit. The Licensee shall indemnify the Licensor against claims that the Licensee's data infringes any third party's intellectual property rights."],
    ['weak', "Suspension by the Vendor under clause 9 (Human Rights) is not a breach of this Agreement and entitles the Customer to no refund, credit or damages."],
    ['weak', "If the Supplier terminates under clause 12 (Human Rights), it shall refund the unused portion of any prepaid fees but shall otherwise have no liability, and the termination is not a breach. The Customer shall indemnify the Supplier against claims arising from misuse of the System."],
    // Suspension as a breach, plain, "notwithstanding".
    ['contradicted', `${GULF_PARTIES}\n\nArticle 24. Should the Second Party interrupt, suspend or disable the System for any reason, the Second Party shall be liable to the First Party for all resulting losses, and such interruption shall be deemed a fundamental breach of this Contract.`],
    ['contradicted', "If we suspend your access for any reason, we will be in breach of these terms and will pay you compensation for the downtime."],
    ['contradicted', "14.5 The exercise of the Supplier's suspension and termination rights under clause 14 is not a breach and gives rise to no liability, refund or service credit.\n\n28.1 Notwithstanding clause 14.5, the Supplier shall be liable for any loss suffered by the Customer as a result of any suspension or termination under clause 14."],
    // A liability cap, the seller's IP indemnity, force majeure, accrued rights.
    ['missing', "Neither party's total liability under this Agreement shall exceed the fees paid in the twelve months preceding the claim."],
    ['missing', "The Supplier shall indemnify the Customer against any claim that the Software infringes a third party's intellectual property rights."],
    ['missing', "Neither party shall be liable for any delay or failure to perform caused by a Force Majeure Event."],
    ['missing', "Termination of this Agreement shall not affect any rights or remedies that have accrued up to the date of termination."],
  ]);
});
