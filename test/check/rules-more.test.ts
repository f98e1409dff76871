// Rule tables for the remaining safeguards, in varied drafting (not from the evaluation corpus).
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { training } from '../../src/check/rules/training.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('end-use-limitation', () => {
  gradeTable(endUseLimitation, [
    ['present', '"Serious Crime" means an offence punishable by at least four years\' imprisonment.\n\nThe System shall be used solely by the National Crime Agency, within its own operations, for the investigation of Serious Crime.'],
    ['weak', 'The Customer may use the Software for any lawful purpose.'],
    ['weak', 'The Licence may be used only by the Customer, its affiliates and any government body for the prevention of crime.'],
    ['missing', 'The Licensor shall deliver the Software within thirty (30) days.'],
    ['contradicted', 'The Ministry shall in its sole discretion determine the purposes for which the System is used.'],
    ['contradicted', 'The System shall be used only by the Directorate for the investigation of Serious Crime.\n\nNothing in this Agreement shall limit the Directorate\'s national security or intelligence activities.'],
    ['weak', 'The Platform shall be used only for purposes authorised under the Telecommunications Act.'],
    ['weak', "The Licensee may use the Toolkit for lawful forensic purposes on up to five workstations."],
    ['weak', "The Equipment shall be deployed for the purposes authorised under the Public Safety Act."],
    ['contradicted', "Every use of the Sensors allowed by the legislation of the Purchaser's state shall be deemed an approved use."],
    ['weak', "The Analytics Suite is offered only to vetted public-sector customers and only for use cases approved at sign-up."],
    ['weak', "Subscribers must not use the Service in a way that is contrary to applicable law."],
    ['weak', "\"Authorised Purposes\" means the investigation of terrorism and the safeguarding of public order.\n\nThe System shall be operated solely by the Counter-Terrorism Unit within its own operations for the Authorised Purposes."],
    ['present', "\"Authorised Purposes\" means the investigation of terrorism as defined in Schedule 2.\n\nThe System shall be operated solely by the Counter-Terrorism Unit within its own operations for the Authorised Purposes."],
    ['present', "\"Trial Users\" means the officers named in Annex B.\n\nThe Vendor grants the Bureau the right, for the Trial Users, to access the Platform for the Evaluation Purpose.\n\nThe \"Evaluation Purpose\" is the testing of the Platform by the Bureau in its own investigations of serious crime, meaning offences punishable by five years' imprisonment or more; political expression is never serious crime."],
    ['missing', "We do not use, disclose or sell that information for any other commercial purposes."],
    ['present', "\"Authorised Purposes\" means the investigation of terrorism as defined in Schedule 2 and the protection of national security, which is limited to countering terrorism so defined.\n\nThe System shall be operated solely by the Counter-Terrorism Unit within its own operations for the Authorised Purposes."],
    ['missing', "The Supplier shall use the Customer's logo only for marketing purposes approved by the Customer."],
    ['missing', "Confidential Information shall be used only for the purposes of this Agreement."],
    ['contradicted', "Customer alone shall decide the purposes for which the Platform is used."],
    ['weak', "By using automated means to collect Content, you hereby waive any terms or conditions that would restrict our access to your data. You may use the Service for any lawful purpose."],
  ]);
});

describe('use-restrictions', () => {
  gradeTable(useRestrictions, [
    ['present', 'The Licensee shall not use the Platform to target journalists, human-rights defenders or political opponents, against any person for exercising freedom of expression, assembly or religion, or for bulk or untargeted surveillance.'],
    ['weak', 'The Customer shall not use the Service to send spam or distribute malware.'],
    // Uses the seller may terminate on are forbidden uses; defined persons and activities read as their meanings.
    ['present', 'Each of the following is a Termination Event:\n\n(a) the System is used against any person on account of a Protected Activity;\n\n(b) the System is used to target a Protected Person; or\n\n(c) the System is used for bulk or untargeted interception.\n\nThe Licensor may terminate this Agreement with immediate effect on any Termination Event.\n\n"Protected Activity" means the exercise of freedom of expression, peaceful assembly, association or religion.\n\n"Protected Person" means a journalist, a lawyer, a human rights defender or a member of the political opposition.'],
    ['weak', 'Each of the following is an Event of Default:\n\n(a) the Platform is used for mass surveillance of any area; or\n\n(b) any invoice remains unpaid for 60 days.\n\nThe Supplier may suspend or terminate on an Event of Default.'],
    ['missing', 'Each of the following is an Event of Default:\n\n(a) any invoice remains unpaid for 60 days; or\n\n(b) the Customer becomes insolvent.\n\nThe Supplier may terminate on an Event of Default.'],
    ['weak', '"Human Rights" means the rights and freedoms in the Universal Declaration, including freedom of expression and of peaceful assembly.\n\nThe Licensee shall not use the System in any manner that violates Human Rights or to target journalists.'],
    // Generic confidentiality limits the use of information, not of the product.
    ['missing', "Each party shall keep confidential the other party's Confidential Information and shall not use it except for the purposes of this Agreement."],
    ['missing', 'The Recipient shall hold all information received from the Discloser in strict confidence and shall not use or disclose it for any other purpose.'],
    ['missing', 'Confidential Information shall not be used by the receiving Party otherwise than to perform its obligations under this Contract.'],
    ['present', 'The Authority shall keep confidential all information about the System and shall not use the System to target journalists or opposition politicians, against persons for exercising freedom of expression, or for bulk collection.'],
    ['weak', 'To the extent prohibited by local law, the System shall not be used to monitor journalists on account of their reporting, nor for mass surveillance.'],
    ['contradicted', 'No restriction in this Agreement shall limit the Customer\'s use of the System for national security purposes.'],
    ['weak', 'The Licensee shall not use the Platform to target journalists or dissidents, or against any person for exercising freedom of expression.\n\nIn the event of any conflict, the laws of the Republic shall prevail over this Agreement.'],
    ['weak', "The Agency shall not use the Platform against persons for exercising freedom of assembly, nor to target journalists or lawyers."],
    ['present', "The Licensee shall not use the Tracker to follow anyone because of their religion or political opinions, to locate journalists or dissidents, or to sweep every handset within a district rather than specified targets."],
    ['present', "\"Prohibited Use\" means any use of the System to monitor people for peaceful protest, to target human-rights defenders or minorities, or for indiscriminate interception.\n\nThe Authority shall not engage in any Prohibited Use."],
    ['contradicted', "The prohibitions in Article 4 (Prohibited Uses) do not restrict operations carried out for state security."],
    ['contradicted', "## 4. Prohibited uses\n\n4.1 The Customer shall not use the System to target journalists.\n\n## 9. Audit\n\n9.1 Nothing in clause 4 shall limit the use of the System for the protection of national security."],
    ['weak', "## 4. Prohibited uses\n\n4.1 The Customer shall not use the System to target journalists.\n\n## 9. Audit\n\n9.1 The Supplier may audit records of use.\n\n9.2 Nothing in clause 9 shall limit the Customer's duty to protect national security information."],
    ['weak', "## Acceptable use\n\nYou must not send unsolicited bulk email, upload malware or harass other users."],
    ['missing', "The Contractor shall not make any public statement about the Ministry or about how the System is used."],
    ['missing', "The Ministry shall not be required to obtain a warrant for any identification query."],
    ['weak', "The Service is strictly prohibited for use by municipal police forces."],
    ['present', "Client must ensure the Platform is never used to profile persons on the basis of religion or ethnicity, to monitor reporters or campaigners for their opinions, or for population-wide monitoring."],
    ['contradicted', "The System shall not be used against journalists, human-rights defenders or political opponents, for bulk collection, or against anyone for exercising freedom of expression or assembly.\n\nThe prohibitions in this Annex do not apply to measures ordered for the protection of national security."],
  ]);
});

describe('lawful-authorization', () => {
  gradeTable(lawfulAuthorization, [
    ['present', 'Each interception shall be carried out only under a warrant issued in advance by a judge, and only where necessary and proportionate to the investigation.'],
    ['weak', 'Each use shall be approved in advance by a senior officer of the Directorate.'],
    ['missing', 'A party may disclose Confidential Information where required by law or court order.'],
    ['contradicted', 'The Agency shall not be required to obtain any warrant, court order or other authorization for its use of the System.'],
    ['weak', "Every tasking of the Equipment against a subscriber shall be approved in writing by the Bureau's Head of Operations."],
    ['missing', "Each party warrants that it is duly authorised to enter into this Agreement and that every signatory shall be authorised by its board."],
    ['present', "No call shall be intercepted with the Equipment except under a warrant issued by a judge of the High Court under the published Interception Act, and only where the judge finds the interception necessary and proportionate."],
    ['contradicted', "No warrant, court order or other authorisation external to the Police shall be required for any deployment of the Analysers."],
    ['missing', "The Licensor warrants for ninety (90) days that the Software will perform substantially as documented. If required by settlement or court order, the Licensor may modify the Software to avoid infringement."],
    ['present', "The Licensee shall not deploy the Product against any individual unless a court has first issued a warrant under published law, and every deployment must be necessary and proportionate to a legitimate aim."],
    ['contradicted', "Each interception requires a judicial warrant. Notwithstanding the foregoing, the Customer shall not be obliged to obtain a warrant or any other authorization for operations it classifies as urgent."],
    ['missing', "The Supplier shall comply with all laws, regulations and court orders applicable to it."],
    ['present', "Interception may only be carried out on the basis of a warrant issued by an independent judicial authority under publicly available law; each warrant must find the interception necessary and proportionate."],
  ]);
});

describe('investigation-cooperation', () => {
  gradeTable(investigationCooperation, [
    // Answering questions about the use, or procuring end users' answers, is the weak form.
    ['weak', "The Department shall use its best endeavours to reply to any queries from the Licensor about the use of the Software."],
    ['weak', "If the Manufacturer investigates a suspected breach of the Use Policy, the Reseller shall use reasonable endeavours to procure that the end user concerned answers the Manufacturer's requests."],
    ['missing', "The Reseller shall answer the Manufacturer's requests about delivery dates within five days."],
    // A "Cooperation" heading over a duty to give records, limited by what the customer decides.
    ['weak', "## Cooperation\n\nOn a verification, the Agency shall give the Supplier the information and access to records it requests within ten (10) days, subject to the secrecy of criminal investigations and to the limits that the Agency itself determines."],
    // A pronoun carries the customer into the next sentence; "refusal is Misuse" is the sanction.
    ['present', "\"Misuse\" means any use in breach of clause 4.\n\nThe Bureau reports suspected Misuse within 24 hours. It cooperates with every investigation of alleged Misuse by the Vendor, producing the logs and records requested within 7 days and making its officers available for interview; refusal constitutes a material breach."],
    // The sanction cites the cooperation clause by number, as an amendment inserts it.
    ['present', "\"Misuse\" means any use in breach of clause 4.\n\n7B.2 The Authority shall cooperate with any investigation of alleged Misuse and shall within 5 business days provide the logs and records requested and make its staff available.\n\n14.3 The Licensor may terminate this Licence at once if the Authority fails to comply with clause 7B.2."],
    ['present', 'The Authority shall cooperate with any investigation of alleged Misuse and provide logs, records and access to personnel within ten (10) days of request; any refusal to cooperate is a ground for suspension or termination.'],
    ['weak', 'The Customer shall use reasonable endeavours to respond to the Supplier\'s questions about an investigation of alleged Misuse within thirty (30) days.'],
    ['contradicted', 'The Customer shall not be obliged to disclose any operational information, logs or targets to the Supplier.'],
    ['present', "Upon any allegation of Misuse, the Bureau shall within fifteen (15) days deliver to the Licensor the audit logs, warrants and other records it requests, grant access to the System and make its staff available. Any failure to cooperate entitles the Licensor to terminate under clause 9."],
    ['weak', "The Subscriber will use reasonable endeavours to answer the Provider's questions during any review of suspected Misuse."],
    ['weak', "12.1 The Bureau shall cooperate with any investigation by the Vendor into alleged Misuse, providing logs, records and access to personnel within ten (10) days of request. Failure to cooperate entitles the Vendor to suspend the System.\n\n12.2 The obligations in clause 12.1 apply subject to such restrictions as the Bureau considers necessary to protect national security."],
    ['present', "9.3 The Integrator shall cooperate with any inquiry by the Licensor into possible Misuse and shall, within five (5) business days of a request, produce the relevant logs and authorisations and make its staff available.\n\n14.1 The Licensor may terminate this Agreement with immediate effect if the Integrator fails to comply with clause 9.3."],
    ['present', "Article 10(1) The Beneficiary cooperates with any investigation of alleged Misuse by the Economic Operator, and provides the logs, records and access to personnel requested within ten (10) days. Failure to cooperate is a ground for suspension."],
    ['present', "The Licensee shall, within ten (10) Business Days of the Licensor's request, furnish all logs, records and information relevant to any investigation of alleged Misuse and make its operators available for interview. Failure to cooperate shall entitle the Licensor to suspend or terminate this Agreement."],
    ['present', "Where the Supplier investigates a suspected breach of the Human Rights Terms, the Purchaser will assist it fully, including by granting access to audit logs and relevant personnel within 5 days. Any refusal to assist is a ground for termination under clause 14."],
    ['contradicted', "The Customer shall cooperate with investigations of misuse. Notwithstanding anything herein, the Customer is under no obligation to disclose operational information, logs or targeting data to the Supplier."],
    ['missing', "The Supplier shall investigate any defect reported by the Customer and assist the Customer with its installation."],
    ['present', "Upon receipt of a credible complaint, the Customer shall, within 7 days, give the Supplier access to the relevant audit logs and make the responsible officers available for interview. Non-cooperation is a ground for immediate suspension."],
    ['contradicted', "The Customer shall provide logs within 7 days for any misuse investigation. Notwithstanding any other provision, the Customer need not disclose operational information, logs or targets to the Supplier."],
    ['weak', "The Reseller shall use reasonable efforts to respond to the Vendor's requests for information concerning any alleged misuse."],
  ]);
});

describe('misuse-notification', () => {
  gradeTable(misuseNotification, [
    ['present', 'The Licensee shall notify the Licensor within forty-eight (48) hours of becoming aware of any actual or suspected Misuse.\n\n"Misuse" means use of the System in breach of its use restrictions.'],
    ['weak', 'The Customer shall promptly inform the Supplier of any security incident affecting the Service.'],
    ['missing', 'The Supplier shall notify the Customer of any change to its prices.'],
    // Suspected use against the draft's own terms, or "improper use", is misuse in other words.
    ['present', "The Purchaser shall inform the Seller in writing no later than three (3) days after it learns of any actual or suspected use of the Equipment contrary to this Undertaking, and in any event within 3 days."],
    ['present', "The Bureau shall advise the Vendor within ten (10) working days of any suspected improper use of the Platform by its officers."],
    // Unauthorised use by intruders is a security incident; use beyond the licence scope is not misuse.
    ['weak', "The Customer shall notify the Supplier within 24 hours of any unauthorised use of the System, including any use of stolen credentials."],
    ['weak', "The Licensee shall inform the Licensor within 5 days of any suspected use of the Software in breach of the licensed seat count."],
    // An end user's own certificate: "we" are the customer.
    ['present', "We declare that we are the ultimate end user of the goods.\n\nWe shall notify the exporter within seven (7) days of becoming aware, whether through our internal inspectorate or any external complaint received by any of our regional offices, of any actual or suspected misuse of the goods."],
    // A hedge on a different duty in the same sentence does not weaken the notice.
    ['present', "The Distributor shall notify the Manufacturer within 24 hours of any suspected Misuse, and shall use reasonable efforts to obtain from the end user the records the Manufacturer asks for.\n\n\"Misuse\" means use in breach of the Use Restrictions."],
    ['weak', "The Distributor shall use reasonable efforts to notify the Manufacturer within 24 hours of any suspected Misuse.\n\n\"Misuse\" means use in breach of the Use Restrictions."],
    // Never disclosing operational information weakens the notice; reaching incidents or the use negates it.
    ['weak', "The Agency shall notify the Supplier within 48 hours of any suspected Misuse.\n\nThe Agency is not obliged to disclose operational or classified information to the Supplier."],
    ['missing', "The Agency is not obliged to disclose operational or classified information to the Supplier."],
    ['contradicted', "The Agency shall notify the Supplier within 48 hours of any suspected Misuse.\n\nNotwithstanding the foregoing, the Agency shall not be required to disclose any operational information, including incidents or allegations concerning the System, to the Supplier."],
    // Present-tense duties listed with Roman numerals and dashes: a security-incident notice only.
    ['weak', "8.1. The Licensee undertakes to:\n\nI – pay the price in accordance with Clause Ninth;\n\nII – notify the Licensor of any security incident affecting the Software;"],
    // (Read as the spec's "contradicts or weakens": batches f and h grade this weak; see the incidents row above for the negation.)
    ['weak', 'The Client shall notify the Supplier within five (5) days of any actual or suspected Misuse.\n\nNotwithstanding any other provision of this Agreement, the Client shall not be required to disclose any operational or classified information to the Supplier.'],
    ['weak', "Keep your credentials safe and tell us promptly if you believe anyone has used your account without permission."],
    ['weak', "The Partner shall inform the Supplier without undue delay of any suspected Misuse that comes to its attention."],
    ['missing', "The Provider shall notify the Customer of any Security Incident affecting Customer Data within seventy-two (72) hours."],
    ['weak', "In clause 9.1, under which the Customer notifies the Vendor of any suspected Misuse, the words \"within twenty-four (24) hours\" are deleted and replaced with \"as soon as practicable\"."],
    ['contradicted', "The Agency has no obligation to inform the Supplier of any actual or suspected Misuse."],
    ['weak', "The Licensee shall notify the Licensor promptly of the loss or theft of any dongle."],
    ['missing', "The Licensee will use reasonable efforts to observe any shipping condition notified to it by the Licensor, and shall pay the fees with a report of usage within thirty (30) days."],
    ['weak', "6.1 The System shall not be used against journalists.\n\n13.1 Where the Ombudsman confirms that the System was used in breach of clause 6.1, the Authority shall inform the Supplier of that finding.\n\n14.2 Save for the information given under clause 13.1, the Authority shall not be obliged to disclose any operational information to the Supplier."],
    ['weak', "To the extent permitted by applicable law, the Agency shall notify the Vendor within seventy-two (72) hours of any actual or suspected Misuse."],
    ['present', "Article 9(2) The Beneficiary notifies the Licensor in writing within forty-eight (48) hours of any actual or suspected Misuse."],
    ['present', "10(1) The Directorate-General notifies the Provider within seventy-two (72) hours of becoming aware of any actual or suspected Misuse."],
    ['contradicted', "The Supplier waives any right to be notified of misuse of the System by the Customer."],
    ['present', "Any actual or suspected Prohibited Use must be reported by the Customer to the Supplier within 72 hours."],
    ['missing', "Any defect must be reported to the Supplier's help desk."],
    ['present', "You must tell us within two (2) business days if you know or suspect that the Service has been used to target journalists, activists or others in breach of the Acceptable Use Policy."],
    ['missing', "The Customer shall notify the Supplier of any change of address."],
    ['weak', "The Customer shall report any breach of clause 4 (Use Restrictions) to the Supplier as soon as it becomes aware of it."],
  ]);
});

describe('compliance-certification', () => {
  gradeTable(complianceCertification, [
    // An end-user certificate delivered once, at signature, is the weak form.
    ['weak', "On the signing of this Contract, the Police Directorate delivers to the Supplier the end-user certificate in the form of Appendix 3."],
    ['weak', "At the signature of the contract, the Ministry signs the end-user statement set out in Annex D, confirming the end user and the purpose."],
    // ... but end-user statements passed on for the seller's export licences are export paperwork.
    ['missing', "The Distributor shall provide, on request, any end-user statements required for the Manufacturer's export licence applications."],
    // A certificate renewed periodically, in a certificate that speaks of human rights.
    ['present', "The Bureau will use the equipment consistently with international human rights law.\n\nThe Bureau shall renew this Certificate by signing an updated certificate every twelve (12) months and before each renewal of the support period."],
    // Certified compliance with the instrument itself, where it is a human-rights instrument ...
    ['present', "This Protocol applies the International Covenant on Civil and Political Rights and other human rights standards to the use of the Service.\n\nThe Commissioner certifies in writing compliance with this Protocol every six (6) months and before each renewal of the Contract."],
    // ... but not compliance with a whole commercial agreement.
    ['weak', "The Licensee will comply with its human rights obligations.\n\nThe Licensee shall certify compliance with this Agreement annually."],
    // Other certificates renewed every year are not certificates of compliance.
    ['missing', "The Customer will respect human rights.\n\nThe Supplier shall renew the certificate of insurance every year."],
    // "Improper use" is misuse in other words.
    ['present', "Every six (6) months and before any extension of the Contract, the Agency shall deliver a certification of compliance with clauses 3 to 6, reporting any improper use detected."],
    // A certificate due before each key or subscription lapses is due at each renewal point.
    ['present', "Not less than twenty days before the expiry of each Licence Key, the Agency shall certify in writing its compliance with the Human Rights Terms."],
    ['present', "Prior to the end of each subscription period the Authority shall deliver a signed certification of compliance with the Use Restrictions."],
    ['weak', "Before the expiry of the Term the Authority shall certify in writing its compliance with the Use Restrictions."],
    ['present', 'The Customer shall certify in writing its compliance with the human rights terms every twelve (12) months and before each renewal.'],
    ['weak', 'At signature, the Customer shall deliver an end-use certificate confirming its compliance with the use restrictions.'],
    ['missing', 'The Supplier shall certify that the hardware meets the technical specification.'],
    ['weak', "On the date of this Agreement, the Minister shall sign a declaration that the System will be used in accordance with clause 4.\n\n4. The System shall not be used against journalists or for any other Prohibited Use."],
    ['contradicted', 'Clause 14 is deleted and replaced with:\n\n> 14. The Purchaser shall not be required to provide any certificate, declaration or report concerning its use of the Units.'],
    ['present', "## Schedule 3 - Responsible Use\n\n1. The Customer shall certify its compliance with this Schedule in writing once every Contract Year and no later than sixty (60) days before each renewal."],
    ['present', "Each year the Purchaser attests in writing to the Supplier that it has complied with the end-use restrictions; the attestation is also given before any extension of the support period."],
    ['missing', "The Supplier attests that the Products conform to the Specifications."],
    ['weak', "By submitting the registration form, you attest that your use case complies with the Acceptable Use Policy."],
    ['present', "The Customer shall recertify every year that its use of the Service remains within its approved use case and complies with the Human Rights Terms."],
  ]);
});

describe('seller-control', () => {
  gradeTable(sellerControl, [
    ['present', 'Licence keys expire every ninety (90) days and are renewed at the Supplier\'s sole discretion.'],
    ['present', 'The Service is hosted by the Provider, which may suspend or limit any account.'],
    ['weak', 'The Software is installed on-premises and licensed for a term of three years.'],
    ['contradicted', 'The licence is perpetual, irrevocable and fully paid, with permanent activation.'],
    ['contradicted', 'The escrow agent shall release the source code and master licence keys to the Customer upon any termination.'],
    ['present', "The Equipment runs only with an activation token that the Vendor issues for periods of ninety (90) days. The Vendor may decline to issue a further token, and sets the geographic zones each token permits."],
    ['contradicted', "The Software is unlocked by a licence file bound to the server. The licence file does not expire."],
    ['weak', "Product keys are valid for twelve (12) months. The Licensor shall issue replacement product keys before expiry for as long as the Customer pays the support fee."],
    ['missing', "The Supplier shall not remotely access the System without the Customer's written request."],
    ['contradicted', "The Contractor warrants that neither the Units nor their firmware contain any time-lock, kill switch or remote-deactivation function."],
    ['contradicted', "Subject to payment, the Vendor grants the Agency a perpetual licence to install the Software on its own premises."],
    ['present', "Each installation runs on a runtime key issued by the Licensor and valid for twelve (12) months. The Licensor may decline to reissue a runtime key in its discretion."],
    ['weak', "Each dongle must be activated online every twelve (12) months. The Vendor shall issue the activation code for each period on receipt of the annual fee."],
    ['missing', "The System records each activation, target and operator in an audit trail."],
    ['contradicted', "The Vendor warrants that the Platform, as delivered and as updated, does not and will not contain any virus, time bomb, drop-dead device or other code designed to disable or deactivate it."],
    ['weak', "Activation codes are valid for three (3) years. The Principal issues renewed activation codes on the Distributor's request and does not refuse or delay them for any end user who has paid."],
    ['present', "You access the Services through our website and apps. We may suspend or disable your account at any time if you breach these Terms."],
    ['present', "The Online Service is provided by the Provider over the internet; the Provider may limit or suspend the Customer's access to it."],
    ['missing', "We may change these Terms at any time."],
    ['present', "The Licensee connects to the Platform, which remains on the Supplier's servers; the Supplier may restrict any feature at its discretion."],
    ['missing', "The Software includes an API through which the Customer's systems may query it."],
    ['missing', "We may change these Terms at any time; changes are posted on our website."],
  ]);
});

describe('renewal-reassessment', () => {
  gradeTable(renewalReassessment, [
    ['present', 'Any renewal is conditional on a fresh human-rights due-diligence review, and the Supplier may refuse to renew in its sole discretion.'],
    ['weak', 'This Agreement renews automatically for successive one-year terms unless the Customer gives notice.'],
    ['missing', 'The Customer shall pay the annual fee in advance.'],
    ['contradicted', "The Licensor grants the Licensee a perpetual, non-exclusive licence to use the Software on its own servers."],
    ['contradicted', "Title to the Goods, including the right to use the software embedded in them, passes to the Purchaser on delivery."],
    ['missing', "You grant us a perpetual, worldwide licence to use any feedback or suggestions you give us."],
    ['present', "This Agreement ends after the ninety-day pilot. Any extension requires a new written agreement, before which the Provider shall carry out a fresh human-rights due-diligence review and may refuse to proceed on its outcome."],
    ['present', "Any new key after the first twelve-month period, and any increase in capacity, is subject to a fresh human-rights due-diligence review by the Vendor, which may refuse it in light of that review."],
    ['present', "Before agreeing to extend the term, to add new deployments or to supply new modules, the Vendor will re-assess the human rights risks of the engagement and is free to decline the extension if that assessment is unfavourable."],
    // An extension only by the parties' new agreement addresses no reassessment (three of the corpus's lawyers, independently, read it so).
    ['missing', "The Term may be extended by mutual agreement for further periods of one year."],
    ['missing', "The Contracting Authority may extend the Contract for one further year through a contract amendment, subject to the availability of funds."],
    // Extended at one side's option, or automatically, it is the weak form.
    ['weak', "The Term shall be extended for further periods of one year unless either party gives notice of non-renewal."],
    ['present', "Prolongation of the contract requires a new human rights impact assessment; the Contractor is under no obligation to agree to any prolongation."],
    ['missing', "The warranty period shall be extended by the duration of any repair."],
    ['missing', "The licence is extended to the Customer's affiliates."],
    ['weak', "Your access will be reviewed periodically and may be renewed at our discretion."],
    ['present', "Access approval lasts one year. To continue, the Customer must re-apply and undergo a new use-case review on human rights grounds, which we may reject in our sole discretion."],
    ['present', "The licence file expires every six months. Before issuing a new licence file, the Licensor re-assesses the human rights risks and may refuse issuance in its sole discretion."],
    ['missing', "The Supplier shall issue a replacement licence key within 2 days if a key is lost."],
  ]);
});

describe('reseller-due-diligence', () => {
  gradeTable(resellerDueDiligence, [
    // Where the draft has a resale channel, list screening of buyers is the weak form ...
    ['weak', "The Partner resells the Appliances to police forces in the Region.\n\nBefore each sale, the Partner screens the buyer against the EU and UN sanctions lists."],
    ['weak', "Licensee may distribute the Runtime to its end customers.\n\nLicensee shall screen each prospective end customer against the denied-party lists of the exporting state."],
    // ... but not the seller's own screening, nor screening in a direct sale.
    ['missing', "The Supplier resells third-party hardware.\n\nThe Supplier screens each order against the sanctions lists before shipment."],
    ['missing', "The Ministry screens its staff against internal watch lists before granting access."],
    ['present', 'Before any sale, the Distributor shall carry out human-rights due diligence on each prospective end user, disclose the end user and end use to the Manufacturer, obtain its written approval, and keep records of the due diligence for five years.'],
    ['weak', 'The Reseller shall screen end users against sanctions lists only, and need not disclose their identity.'],
    ['missing', 'The Supplier shall train the Customer\'s staff.'],
    ['present', "Before quoting to any prospective end user, the Dealer shall perform human-rights due diligence on it, name the end user and its intended use to the Vendor in writing, obtain the Vendor's written approval and keep records of each assessment for six years."],
    ['contradicted', "The Integrator is under no obligation to reveal to the Licensor the identities of its end customers."],
    ['weak', "The Reseller shall screen each end user against sanctions lists.\n\nThe Company has no obligation to report on updates to any end customer."],
    ['present', "The Partner must, before each sale, assess the human-rights risks of the prospective purchaser, submit the purchaser's identity and intended end use to Vendor, wait for Vendor's written approval, and retain documentation for five years."],
    ['contradicted', "The Reseller may keep confidential from the Manufacturer the identity of its customers and their intended use."],
    ['missing', "The Partner shall pay the Vendor within thirty days of each approved order."],
  ]);
});

describe('eula-flow-down', () => {
  gradeTable(eulaFlowDown, [
    // An annex made binding on the end user, enforceable by the seller as a third-party beneficiary and by the reseller.
    ['present', "4.1 The Distributor incorporates Schedule 3 unchanged into its contract with the Ministry as terms binding on the End User.\n\n4.2 That contract names the Manufacturer as a third-party beneficiary entitled to enforce Schedule 3 directly against the End User.\n\n4.3 The Distributor enforces Schedule 3 against the End User whenever the Manufacturer asks.\n\n## Schedule 3 - End-User Conditions\n\n1. The End User shall not use the System against journalists or in breach of international human rights law."],
    // The same annex, with nothing on human rights in it, does not carry the safeguards.
    ['weak', "4.1 The Prime Contractor incorporates Schedule 3 unchanged into its contract with the Ministry as terms binding on the End User.\n\n## Schedule 3 - End-User Conditions\n\n1. The End User shall pay for support within 30 days."],
    // A reseller's own licence terms "no less protective", with no review.
    ['weak', "The Dealer sublicenses the Software to each End User under the Dealer's own licence terms, which shall be no less protective of the Vendor than the Vendor's standard terms."],
    ['weak', "Each end customer shall accept these Terms with us, or the Partner may supply the Service under its own terms if they are no less protective of us than these Terms."],
    // Enforcing intellectual property against end users is not flowing terms down.
    ['missing', "The Licensor may enforce its intellectual property rights against any end user who copies the Software."],
    ['present', 'The Reseller shall ensure that each end user accepts the end-user licence agreement, which carries the human rights terms; the Supplier is an express third-party beneficiary and may enforce it directly, and the Reseller shall enforce it.'],
    ['weak', 'The Reseller may license the Product to end users on its own terms, provided they are no less protective than this Agreement.'],
    ['missing', 'The Reseller shall pay each invoice within thirty (30) days.'],
    ['present', "Each Customer Agency shall sign the Vendor's End-User Agreement before go-live. The End-User Agreement reproduces clauses 4 to 9 of this Agreement and names the Vendor as a third-party beneficiary; the Dealer shall enforce it whenever the Vendor asks."],
    ['missing', "This End User Licence Agreement (\"EULA\") is accepted by the organisation that installs the Software.\n\nIf any provision of this EULA is held unenforceable, the rest remains in force."],
    ['missing', "These Terms apply to the exclusion of any seller terms, including any end-user licence terms in the packaging."],
    ['weak', "The Integrator shall supply the System under its own end-user terms, no less protective than clause 5."],
    ['weak', "This EULA incorporates the restrictions that the Manufacturer requires its resellers to pass on to their customers."],
    ['missing', "The Licensee shall not export the System without every authorisation, including any end-user undertaking required by the export licence."],
  ]);
});

describe('grievance-mechanism', () => {
  gradeTable(grievanceMechanism, [
    // Reports that merely travel with other words are not a channel: "timelines", "reports of deployments and channels", anonymised statistics.
    ['missing', "The Platform turns call records into timelines, heat maps and co-location reports for each case."],
    ['missing', "The Partner shall send a quarterly report of installations and sales channels with each invoice."],
    ['missing', "The Vendor may publish anonymised statistics drawn from reports it receives."],
    // Complaints to an ombudsman through ordinary channels: a channel, without its safeguards.
    ['weak', "Complaints about the use of the System may be lodged with the Ministry's Ombudsman through its usual procedures."],
    // An abuse mailbox or an appeal route, with no anonymity or non-retaliation (the spec's look-alike table).
    ['weak', "Breaches of this policy may be reported to abuse@vendor.example with the details of the account concerned."],
    ['weak', "If your account has been restricted and you wish to appeal, please use our review request page."],
    ['missing', "The arbitral award is final and the parties waive any right of appeal."],
    // Making the line known among the users.
    ['present', "The Provider operates a secure ethics line through which any person may report possible misuse, anonymously if they wish, and the identity of reporters is kept confidential. The Agency shall disseminate the existence of the line among its analysts and shall take no retaliatory measure against anyone who reports in good faith."],
    // A side letter that switches the channel off, or punishes reports outside the chain of command.
    ['contradicted', "The Supplier operates a whistleblowing hotline open to anyone, anonymously.\n\nClause 11.4 (Whistleblowing Hotline) shall not apply to the Directorate."],
    ['weak', "The Vendor's reporting channel is open to anyone who wishes to report misuse.\n\nThe reporting procedure in clause 9 does not apply to routine equipment faults."],
    ['contradicted', "Members of the Service may raise concerns through the Provider's reporting channel.\n\nAny report by an officer outside the chain of command shall be handled as a disciplinary offence."],
    ['present', 'The Supplier maintains a secure whistleblowing channel through which anyone may report misuse anonymously; the Customer shall make the channel known to its personnel and shall not retaliate against any reporter.'],
    ['weak', 'Operators may report concerns about misuse only to the Customer\'s internal management.'],
    ['missing', 'Each party shall bear its own costs.'],
    ['weak', 'The Provider runs a secure channel through which anyone may report suspected Misuse anonymously.'],
    ['weak', "Any member of the public who believes the Service is being misused can report it through the online form at example.org/concerns; the Provider will look into each report."],
    ['present', "The Vendor runs a secure hotline open to any person, which accepts anonymous reports of suspected Misuse. The Authority shall bring the hotline to the attention of all operators, shall keep the identity of reporters confidential and shall take no detrimental action against anyone for a report made in good faith."],
    ['weak', "The Licensee shall require its officers to report any concern about use of the Platform to the Licensee's Inspector General."],
    ['missing', "The Manufacturer may report any suspected Misuse to the national export-control authority."],
    ['weak', "Any person who believes that data was retained unlawfully may lodge a complaint with the data-protection authority or write to the Provider through its website."],
    ['present', "The Agency's complaints mechanism is open to any person and accepts anonymous reports through a secure web form. The Beneficiary publicises it to all analysts and takes no detrimental measure against anyone who reports in good faith."],
    ['weak', "Concerns about misuse may be reported to the Customer's Inspector-General."],
    ['missing', "Any concerns regarding invoices may be raised with the account manager."],
    ['weak', "You can report content that violates these policies to our support team."],
    ['weak', "If you see misuse of the Service, please tell us through the abuse form."],
    ['missing', "Users can report bugs in the issue tracker."],
    ['weak', "Employees of the Customer shall report suspected misuse to their line manager."],
    ['missing', "The Customer shall report misuse to the Supplier within 48 hours."],
    ['missing', "If necessary, we may access accounts as part of an abuse report investigation."],
  ]);
});

describe('training', () => {
  gradeTable(training, [
    // A "Training" section about operating the product only does not address it; one whose course covers rights does, sentence by sentence.
    ['missing', '## 7. Training\n\nThe Supplier will provide, at the Customer\'s premises, a five-day operator certification course covering acquisition workflows and evidential integrity.'],
    ['present', '## 8. Training\n\n8.1 The Seller shall deliver a course on the legal framework for interception, privacy and human rights.\n\n8.2 The Purchaser shall ensure that no person is registered as an Operator before completing that course, and that each Operator repeats it every twelve (12) months.'],
    // The person who gains access may stand between "before" and "access".
    ['present', "Before any operator is granted access to the Platform, the Supplier shall train that operator in human rights and the Use Restrictions, and shall give refresher training every year."],
    ['present', "Each year, and before an analyst is issued credentials, the Agency shall ensure the analyst completes the human rights training module."],
    // "Rights-respecting use" is human-rights content; a one-off induction before credentials is the weak form.
    ['weak', "The Reseller shall ensure that every operator completes the Vendor's induction course, including a module on lawful and rights-respecting use of intercepted data, before credentials are issued."],
    ['missing', "The Vendor shall give operators a module on the configuration of sensors before go-live."],
    ['present', 'No operator shall be given access to the System until he or she has completed human-rights training, which shall be repeated every twelve (12) months.'],
    ['weak', 'Human-rights training for operators is optional and available on request.'],
    ['missing', 'The Supplier shall provide an administrator training course on the installation of the Software.'],
    ['missing', 'The Provider may use aggregated data to train its machine-learning models.'],
    ['weak', "No officer shall receive login credentials before completing the Vendor's course on privacy and the lawful use of the System."],
    ['present', "No member of staff shall operate the Equipment until he or she has completed a course on human rights and lawful interception; the course shall be repeated every twelve (12) months."],
    ['weak', "The Contractor shall train operators in installation and configuration. If requested by the Ministry, the Contractor will add one session on human-rights considerations."],
    ['missing', "Before agreeing to add any new module or data source, the Provider may review the Customer's compliance with the use restrictions."],
    ['weak', "Where reasonably practicable, operators shall complete a course on human rights before receiving access to the System and every year after that."],
    ['contradicted', "The Vendor hereby waives the requirement of clause 9.4 that each operator complete the Vendor's human-rights training course before receiving access."],
    ['weak', "## Article 13 Certification and training\n\n13(1) The Director certifies compliance with this Memorandum every twelve (12) months.\n\n13(2) Each user completes, before receiving access, a course on the right to privacy."],
    ['present', "No credentials shall be issued to any analyst who has not passed the Licensor's course on human rights and proportionality; the course shall be repeated every year."],
    ['present', "This Framework Agreement is concluded between Kestrel Systems GmbH (\"Kestrel\") and the Federal Police Directorate (the \"Beneficiary\").\n\n1. Operators of the System complete a human rights module before they are given access, and a refresher module every 12 months."],
    ['present', "Human rights training is a precondition of user access and is renewed annually for every analyst."],
  ]);
});

describe('remediation', () => {
  gradeTable(remediation, [
    // "preparation" holds "reparation", and software maintenance can be "corrective": neither is remedy for people.
    ['missing', "Each party shall pay its own costs of the preparation and negotiation of this Contract."],
    ['missing', "Support covers corrective and preventive maintenance and the supply of new software versions."],
    ['missing', "The Contractor shall provide corrective, adaptive and evolutive maintenance for sixty months."],
    // A customer that owes no remedy negates the safeguard.
    ['contradicted', "Where misuse is found, the Agency shall take corrective action.\n\nThe Agency shall be under no duty to offer any redress to affected persons or to submit a remediation plan to the Supplier."],
    ['contradicted', "The Ministry shall not be required to provide any remedy or reparation to persons affected by the use of the System."],
    ['present', 'Where Misuse is found, the Customer shall take corrective action, provide remedy to affected persons, and do so under a remediation plan that the Supplier may review.'],
    ['missing', 'The remedies in this Agreement are cumulative.'],
    ['weak', "Where Misuse is confirmed, the Agency shall take appropriate corrective and disciplinary measures against the officers concerned."],
    ['weak', "If a Reseller customer is found to have committed Misuse, the Integrator shall use reasonable endeavours to procure that it ceases the Misuse."],
    ['missing', "The Licensor may terminate if the Licensee commits a material breach and fails to remedy it within thirty (30) days. The rights and remedies in this Agreement are cumulative, and service credits are the Customer's sole remedy for downtime."],
    ['present', "Where Misuse is established, the Beneficiary ends it, takes disciplinary measures, informs and provides an effective remedy to the persons affected, and submits a remediation plan within thirty (30) days, which the Provider reviews."],
    ['missing', "Each party shall remedy any breach of this Agreement within 30 days of notice."],
  ]);
});

describe('misuse-disclosure', () => {
  gradeTable(misuseDisclosure, [
    ['present', 'Notwithstanding any confidentiality obligation, the Vendor may report suspected Misuse to competent authorities and publish aggregate information about complaints and their resolution.'],
    ['weak', 'Notwithstanding any confidentiality obligation, the Vendor may report suspected Misuse to competent authorities.'],
    ['contradicted', 'The Supplier shall not disclose any information concerning the Customer\'s use of the System to any third party, including any government or regulator.'],
    ['missing', 'The Customer shall keep the Supplier\'s prices confidential.'],
    ['contradicted', 'Each party shall keep confidential all information about the deployment and use of the System, except where disclosure is required by law.'],
    ['weak', "Nothing in this Agreement prevents either party from reporting a suspected breach of law to a regulator or other competent authority."],
    ['missing', "We will not disclose your identity to anyone associated with the account you report."],
    ['contradicted', "The Economic Operator keeps secret all information on the use made of the System by the Contracting Authority, including towards any third-party State, international body or other authority."],
    ['contradicted', "The Contractor undertakes to maintain absolute secrecy regarding the Authority's operations, including towards any public authority, and shall make no public statement about the Authority."],
    ['missing', "The Supplier shall maintain the secrecy of the identity of any person who reports misuse."],
    ['contradicted', "The Supplier may publish aggregate complaints statistics and report misuse to authorities notwithstanding confidentiality.\n\nThe Supplier shall not disparage the Customer."],
    // Ordinary mutual confidentiality is neither the safeguard nor its negation ...
    ['missing', "Each party shall treat as confidential the commercial information it receives from the other and use it only for this Agreement, save where the law requires disclosure."],
    ['missing', "Either party will protect the other's Confidential Information with reasonable care and will not use it for any other purpose."],
    // ... unless it reaches the use, the authorities, or anyone at all.
    ['contradicted', "Each party shall keep confidential the other's Confidential Information. Neither party shall disclose such information to any other person."],
    // Seller secrecy with a long list of its people before the duty, and "reserve" for secrecy.
    ['contradicted', "The Contractor, together with its officers, employees, agents, consultants and subcontractors at every tier and any person acting on its behalf from time to time, shall keep strict reserve over the Ministry's use of the Platform and shall not reveal it to any court, authority or person."],
    // A report right that overrides the secrecy clause leaves it weak or present, not negated.
    ['weak', "14.1 The Vendor shall not disclose Project Data to any person except as set out in Annex 2.\n\n14.2 Notwithstanding clause 14.1, the Vendor may report suspected Misuse to the national prosecutor."],
    // A misuse exception that the draft switches off no longer saves the secrecy clause.
    ['contradicted', "The Licensor shall not disclose to anyone, including any authority, any information about the Licensee's use of the Product, and clause 12 (Reporting of Misuse) shall cease to apply."],
    // Passing on information about a breach or the use to a government is the weak form.
    ['weak', "The Manufacturer may forward this undertaking and any information it obtains about a breach of it to the export licensing authority of its home state."],
    ['weak', "We consent to the supplier passing details of our use of the equipment to the competent authorities of the exporting country."],
    ['missing', "The Supplier may provide the Customer's invoices to its auditors."],
    // A bare mutual NDA says nothing of the customer's use or of reporting (batches e-h read it so);
    // one that bars disclosure to anyone at all negates the safeguard (as the real-contract labels read it).
    ['missing', "Each Recipient will protect the Discloser's Confidential Information using reasonable care."],
    ['contradicted', "The Receiving Party shall hold the Disclosing Party's Confidential Information in strict confidence and shall not disclose it to any person."],
    ['present', "The Receiving Party shall hold the Disclosing Party's Confidential Information in strict confidence.\n\nNotwithstanding clause 10, the Supplier may report suspected misuse to the competent authorities and publish aggregate data on complaints."],
    ['missing', "We will protect the contents of private repositories from unauthorized access in the same manner as our own confidential information."],
    ['present', "The Supplier is entitled, irrespective of any confidentiality obligation, to notify competent authorities of suspected misuse and to publish an annual report with aggregate data on complaints and how they were resolved."],
    ['weak', "With the Customer's prior written consent, the Supplier may report suspected misuse to the competent authorities and publish aggregate information about complaints, notwithstanding clause 12."],
    ['contradicted', "The Tenderer and its personnel shall not disclose to any person, including any government, authority or international body, any information relating to the Authority or the use of the System."],
  ]);
});

describe('safeguard-action-protection', () => {
  gradeTable(safeguardActionProtection, [
    ['present', 'A suspension under the human rights terms is not a breach of this Agreement, creates no liability, and gives no right to any refund or service credit. The Customer shall indemnify the Supplier against all claims arising from any Misuse of the Product.'],
    ['weak', 'The Customer shall indemnify the Supplier against third-party claims that the Software infringes intellectual property rights.'],
    ['contradicted', 'Any suspension by the Supplier shall constitute a material breach entitling the Customer to damages.'],
    ['weak', 'The Contractor guarantees availability of 99.9% per month and shall pay service credits of 5% of the monthly fee for each hour of downtime.'],
    ['contradicted', 'Uptime is guaranteed at 99.5%. Service credits are payable for every hour of unavailability, whatever its cause, including any suspension by the Contractor.'],
    ['missing', 'This Agreement may be signed in counterparts.'],
    ['contradicted', "Any suspension of the Service other than one the Ministry approves under clause 7.1 shall constitute a material breach by the Provider."],
    ['weak', "The Reseller shall defend the Vendor against any third-party claim that data loaded into the Software infringes intellectual-property rights."],
    ['weak', "If a Unit's key is withheld under clause 15.1 and no Prohibited Use is later established, the Supplier shall pay the Purchaser EUR 1,000 for each day the Unit could not be used."],
    ['present', "No measure taken by the Vendor under this Annex is a breach of the Agreement, and no service credit, refund or liability is owed in respect of it. The Agency shall indemnify the Vendor against third-party claims arising from Misuse."],
    ['present', "No suspension, withholding or termination by the Supplier under the Human Rights Terms shall constitute a breach of this Agreement or give rise to any liability, refund or service credit, and the Customer shall indemnify the Supplier against all claims arising from any Misuse."],
    ['weak', "You will indemnify us from any claim arising from your use of the Service."],
    ['present', "We will not be liable to you for suspending or terminating your account for misuse, and no refund will be due; you will indemnify us against any claim arising out of your violation of the Acceptable Use Policy."],
    ['weak', "Any suspension of the Services shall entitle the Customer to a proportionate reduction of the fees."],
    ['present', "The Customer waives any claim against the Supplier arising from a suspension or termination under clause 9 (Misuse), and fees paid are non-refundable in that case. The Customer shall indemnify the Supplier against claims arising from any Prohibited Use."],
    ['weak', "The Customer releases the Supplier from all claims arising from suspension of the Service for misuse."],
    ['missing', "The Customer waives any claim for late delivery."],
    // Denied breach is not breach: "shall not constitute a breach ..., but a refund is due" is weak.
    ['weak', "A deactivation properly made under clause 8 shall not constitute a breach by the Vendor, but the Bureau shall be entitled to a credit of the fees for the period of deactivation."],
    // Refunds for a deactivation where misuse is not established.
    ['weak', "If the Supplier disables a licence under clause 12 and misuse is not established, the Supplier shall refund a pro rata share of the fees for the period it was disabled."],
    // The seller's interruption as a serious breach or fault.
    ['contradicted', "Any interruption or blocking of the Platform attributable to the Contractor, whatever its justification, constitutes a serious breach and gives rise to a fine of 10% of the price."],
    ['contradicted', "Any voluntary interruption of the System by the Supplier is a grave fault entitling the Authority to damages."],
    // Damages for any unavailability save force majeure: the seller pays for a suspension (weak) ...
    ['weak', "The Vendor shall pay liquidated damages of 1% of the price for each day of unavailability. No cause other than force majeure shall excuse unavailability."],
    // ... and negate the safeguard when they name the seller's own acts.
    ['contradicted', "Service credits are owed for every hour of downtime whatever the cause, including any act or omission of the Provider."],
    // Credits that do not apply to suspensions, beside a full protection clause, leave it present.
    ['present', "Service credits are your sole remedy for downtime and do not apply to any period of suspension under clause 9.\n\nWe will have no liability for any suspension under clause 9 for misuse, and no refund or service credit is due. You will indemnify us against claims arising from your misuse of the Service."],
  ]);
});

// Plain-language drafting ("you will tell us", "a statement confirming", "putting things right"):
// the same duties in everyday words, each beside a near miss.
describe('rules read plain-language drafting', () => {
  gradeTable(misuseNotification, [
    // Clause numbers with a letter ("B.1") do not end the sentence.
    ['present', 'The End User shall notify Kestrel in writing within seventy-two (72) hours of becoming aware of any actual or suspected use of the System in breach of B.1, B.2 or B.4, or of any allegation that the System has been used in connection with a violation of human rights.'],
    ['present', 'If you become aware of any misuse of the Platform, you will tell us within 48 hours.'],
    ['present', 'Where the Agency learns of a suspected misuse, it shall let the Vendor know within 24 hours.'],
    ['weak', 'If you suspect misuse you will alert us immediately.'],
    ['missing', 'If you become aware of any misuse of the Platform by our staff, we will tell you.'],
  ]);
  gradeTable(complianceCertification, [
    ['present', 'Before each renewal, you send us a statement signed by your Director confirming that you have followed the Human Rights Terms during the past year.'],
    ['present', 'Each year the Customer shall give the Supplier a letter confirming that it has observed the Use Restrictions.'],
    ['missing', 'Each year the Customer shall send the Supplier a statement of the number of users.'],
  ]);
  gradeTable(complianceCertification, [
    ['present', 'Not less than sixty (60) days before the end of each subscription period, the Reseller shall submit the End User\'s signed annual compliance certificate in the form of Exhibit D.'],
    ['missing', 'The Supplier shall deliver a certificate of conformity with each shipment.'],
  ]);
  gradeTable(misuseDisclosure, [
    ['weak', 'Each party shall keep the other\'s confidential information confidential. Licensor may report suspected Misuse to the competent authorities, notwithstanding this clause. Licensor shall not publish any information concerning Licensee, its use of the Software or any complaint or investigation concerning Licensee.'],
    ['present', 'Nothing in this Agreement or any confidentiality undertaking between the parties or with any End User prevents Corvid from reporting suspected misuse of the Application to any competent authority, or from publishing, in its annual human-rights report, aggregated information on complaints received and their outcomes.\n\nThis Agreement is made between Corvid Analytics Oy ("Corvid") and Nordic Secure Ltd (the "Reseller").'],
  ]);
  gradeTable(safeguardActionProtection, [
    ['weak', 'If we stop Services under section 7.1 and it later turns out that you had followed the Human Rights Terms, we will refund the part of the yearly fee that covers the period we stopped.'],
    ['missing', 'We will stop sending invoices once the yearly fee is paid.'],
  ]);
  gradeTable(grievanceMechanism, [
    // An e-mail address's dots do not end the sentence; "may refer the matter" is a channel.
    ['weak', 'Provider maintains the address abuse@stratusvault.example for reports of spam, malware, phishing or other abuse of the Services by any account holder.'],
    ['weak', 'Any person wishing to report a Misuse may refer the matter to the Inspectorate-General of the Ministry, in accordance with the Ministry\'s internal instructions.'],
    ['missing', 'Invoices shall be sent to accounts@stratusvault.example by the fifth day of each month.'],
  ]);
  gradeTable(remediation, [
    ['present', 'If misuse of the Platform is found, you will make a written plan to correct it within thirty (30) days, share the plan with us, and cooperate in providing remedy, such as deletion of data or compensation, to the people affected.'],
    ['weak', 'If Misuse is established, the Customer shall correct it and report to the Supplier.'],
    ['missing', 'The Supplier shall correct any defect in the Software within 30 days.'],
  ]);
  gradeTable(investigationCooperation, [
    // The seller helping the customer's own inquiry into a breach is not the safeguard.
    ['missing', 'Provider shall notify the City without undue delay, and in any event within seventy-two (72) hours, after confirming a security breach affecting City Data, and shall cooperate with the City\'s investigation.\n\nThis Agreement is between Nimbus Storage Ltd (the "Provider") and the City of Arden (the "City").'],
    ['present', 'Upon written request of the Supplier in connection with an allegation of Misuse, the Procuring Entity shall within ten (10) Days furnish the relevant system logs and make its officers available for interview, failing which the Supplier may suspend the licence keys.'],
    ['present', 'Where the Vendor investigates suspected misuse, the Agency shall cooperate and provide the logs within 5 business days; if it does not, the Vendor may terminate this Agreement.'],
    ['weak', 'Upon written request of the Supplier in connection with an allegation of Misuse, the Procuring Entity shall within ten (10) Days furnish the relevant system logs.'],
    ['weak', 'If we have concerns about how the Platform is used, you will make reasonable efforts to answer our questions.'],
    ['weak', 'If the Supplier has concerns about the use of the System, the Customer shall answer its questions within 10 days.'],
    ['missing', 'If you have questions about how the Platform is used, our helpdesk will answer them.'],
  ]);
  gradeTable(dataProtection, [
    ['contradicted', 'Buyer may retain ALPR Data for such period as it determines and may share ALPR Data with any federal, state or local law enforcement agency, fusion center or other public body.'],
  ]);
  gradeTable(auditAndRecords, [
    ['weak', 'Once a year our consultant spends two days with your administrators and checks the number of installed licences.'],
    ['missing', 'Once a year our consultant checks the installation and writes a short report.'],
  ]);
  gradeTable(endUseLimitation, [
    ['weak', 'Buyer may use the Goods, software and all data generated by them for any purpose permitted by law, including traffic enforcement and parking management.'],
    ['weak', 'The Platform is for your police and security services. You will use it for public safety and fighting crime under the laws of Ostravia.'],
    ['missing', 'You will pay for the Platform in euros.'],
  ]);
  gradeTable(lawfulAuthorization, [
    // A summary of changes keeps only the new state.
    ['weak', 'Changes on renewal: Clause 6.1: authorising officer changed from a judge to the Commander of the unit, who records that each entry is necessary and proportionate.'],
    ['weak', 'The Customer shall carry out the monitoring of specific persons only on the basis of a decision of the head of the operational unit, taken in accordance with the Law on Operational-Search Activity.'],
    ['missing', 'The Customer shall pay each invoice only on the basis of a decision of its finance committee.'],
    ['present', 'Each activation of an interception target requires the prior entry of the reference of an Interception Order issued by a judge who found the measure necessary and proportionate.'],
    ['present', 'Each examination of a device shall be supported by a search warrant issued by a judge on a showing that it is necessary and proportionate.'],
    ['weak', 'Interception Orders are issued by a judge who finds the measures necessary and proportionate.'],
  ]);
  gradeTable(humanRightsCompliance, [
    ['weak', 'The Customer shall observe, in the use of the Complex, the rights and freedoms of man and citizen guaranteed by the Constitution of the Republic.'],
    ['present', 'The Contracting Authority declares that it is aware of the Holder\'s Human Rights Policy, a copy of which is annexed, and undertakes to use the Platform consistently with the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, in particular Articles 17 and 19.\n\n"Misuse" means any use of the Platform in breach of those instruments, as interpreted by international human rights bodies.'],
  ]);
  gradeTable(training, [
    // Before access in other words: credentials or accounts not before the course; the course before credentials are given.
    ['present', 'No officer shall be given operator credentials before completing the Supplier\'s human rights and legal compliance course, and every operator shall repeat it each year.'],
    ['present', 'No Operator account shall be created before the agent concerned has followed the training module on human rights. That module shall be followed again every twelve (12) months.'],
    ['present', 'The training shall include, for every officer before he or she is given System credentials, a module on human rights and data protection, and a refresher module each year.'],
    ['weak', 'Operators shall follow a training module on human rights within three months after their account is created, and again every year.'],
    ['weak', 'Operators shall complete the human rights training before receiving credentials, and refresher training annually. Training will be completed within six (6) months after an operator first receives credentials.'],
  ]);
  gradeTable(training, [
    // A run-in title ("Training before access.") heads its own paragraph.
    ['present', '6.6 Training before access. Before we create an account for a new User, that User must complete our online course "Analytics and Human Rights". All Users must take a refresher course every two years.'],
  ]);
});
