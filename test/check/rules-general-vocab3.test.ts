// Generalisation tables for eight rules: each element, weakener and counter-clause paraphrased in
// other drafting styles (US, UK, civil-law translations, procurement, plain "we/you" terms,
// passive voice, nominalisations, lists with lead-ins), with near-misses that must not count.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { gradeTable } from './grade-table.ts';

describe('audit-and-records (general vocabulary)', () => {
  gradeTable(auditAndRecords, [
    ['present', "The Solution shall maintain an automatic record of every interrogation, identifying the officer, the date and time and the warrant relied upon. The Authority shall not switch off, purge or amend that record. The Contractor, or an independent auditor nominated by it, shall be entitled to audit the Authority's compliance with Schedule 4 on giving fourteen days' notice."],
    // Nominalised audit right ("inspection ... may be carried out by the Vendor") and a customer who "refrains from" deleting.
    ['present', "Each use of the Database is logged with the identity of the analyst, the timestamp and the case authorisation, and the Client refrains from deleting or altering those logs. Inspection of the Client's compliance with the Use Policy may be carried out by the Vendor upon reasonable prior notice."],
    ['present', "Our platform keeps an audit trail of every search you run, showing who ran it, when and against which identifier. You cannot turn off or erase the audit trail. We may audit your compliance with these Terms on 10 days' notice."],
    ['present', "The System records automatically, for each operation, the operator, the date, the hour and the judicial authorisation. The Beneficiary refrains from deleting or altering such records. The Contractor is entitled to verify, upon prior notice, the Beneficiary's compliance with Article 7 (Human Rights)."],
    // Logs the customer may delete, or no audit right: weak.
    ['weak', "The System keeps a log of each query and the user who made it. The Vendor may audit compliance with the Human Rights Terms on notice."],
    ['weak', "The Platform logs every search with the analyst's identity and time; these logs are immutable."],
    // An audit of licensed quantities or royalties only.
    ['weak', "The Supplier may inspect the Customer's installations to confirm that deployment does not exceed the licensed quantity."],
    ['weak', "Licensor may, on 30 days' notice, audit Licensee's books to verify the royalties due."],
    // Audits only at the customer's invitation or with its agreement.
    ['weak', "Every search is logged with the operator, time and target and the Buyer shall not delete the logs. Any audit by the Seller requires the Buyer's prior written agreement."],
    ['weak', "The Ministry keeps tamper-proof logs of each use, with the officer, time and warrant. Inspections by the Vendor shall take place only at the invitation of the Ministry."],
    // The customer's audit of the seller's own controls, and record-keeping of other things.
    ['missing', "The Supplier shall permit the Customer to audit the Supplier's information security controls once a year."],
    ['missing', "The Contractor shall keep records of all deliveries for six years."],
    ['missing', "The Vendor shall maintain ISO 27001 certification throughout the Term."],
    // The audit right denied in other words.
    ['contradicted', "The Vendor waives any right to inspect the Ministry's premises, systems or records."],
    ['contradicted', "The System logs each query with the user and target. The Buyer shall not be obliged to permit any audit or inspection by the Seller."],
    ['contradicted', "No audit or inspection of the Customer's premises or of its use of the System shall be carried out by or on behalf of the Supplier."],
    ['contradicted', "The Supplier may audit compliance with the Human Rights Terms on notice.\n\nNotwithstanding clause 12, the Customer is under no obligation to submit to any audit."],
  ]);
});

describe('compliance-certification (general vocabulary)', () => {
  gradeTable(complianceCertification, [
    ['present', "No later than thirty days before the start of each maintenance year, the Authority shall deliver to the Vendor a written declaration, signed by its head, that it has used the System in conformity with the Human Rights Schedule."],
    ['present', "Annually, and as a condition of any renewal, the Licensee confirms in writing that it has observed the Use Restrictions."],
    ['present', "The Customer shall provide an annual compliance statement, signed by its Accounting Officer, confirming its adherence to clause 9 (Human Rights)."],
    ['present', "A certificate of compliance with the Human Rights Annex shall be furnished by the Ministry every six months and prior to each renewal."],
    ['present', "Each Contract Year the Purchaser shall deliver an officer's certificate attesting that no Prohibited Use has occurred."],
    // Once only, on request, or hedged.
    ['weak', "Upon execution of this Agreement, the Agency shall furnish a certificate that the System will be used only in compliance with the Human Rights Terms."],
    ['weak', "As a condition precedent to delivery, the Buyer shall provide a signed end-use declaration."],
    ['weak', "The Client shall, on the Vendor's request, certify in writing its compliance with the Human Rights Terms."],
    ['weak', "The Authority shall use reasonable endeavours to certify annually its compliance with the Human Rights Terms."],
    // The seller certifying its own compliance, and certificates of other things.
    ['missing', "The Vendor shall certify annually its compliance with the UN Guiding Principles and its own human rights policy."],
    ['missing', "The Supplier shall deliver a certificate of origin with each shipment."],
    ['missing', "The Customer shall provide a certificate of insurance each year."],
    ['missing', "Each invoice shall be accompanied by a certificate of completion signed by the Project Manager."],
    // The duty to certify given up.
    ['contradicted', "The Customer is under no obligation to certify its compliance with the Human Rights Terms at any time."],
    ['contradicted', "No end-user certificate, periodic declaration or attestation of compliance shall be required of the Purchaser."],
  ]);
});

describe('seller-control (general vocabulary)', () => {
  gradeTable(sellerControl, [
    ['present', "The Solution is delivered as a managed service from the Contractor's data centre; the Contractor may throttle, restrict or withdraw any user's access."],
    ['present', "Access to the analytics platform is provided as a subscription service operated by Licensor, and Licensor may suspend access at any time."],
    ['present', "Use of the Equipment requires an activation certificate that lapses every 180 days; the Manufacturer may refuse to renew it."],
    ['present', "The Software will cease to operate on expiry of each Subscription Period unless Vendor provides a new unlock code, and Vendor is not obliged to provide one."],
    ['present', "The app works only while connected to our servers, and we can switch off any feature or your access remotely."],
    // Software on the customer's own servers or premises for a term, "hosted" or not.
    ['weak', "The Platform is hosted on the Ministry's own premises and licensed for three years. The Licensor may suspend the licence for breach."],
    ['weak', "The Software is installed on the Customer's own servers under a five-year term licence."],
    // Renewal that cannot be refused, in passive voice or as the customer's entitlement.
    ['weak', "Licence keys expire annually. Renewal keys shall be issued automatically upon payment of the annual fee."],
    ['weak', "Activation codes are valid for one year. The Licensee is entitled as of right to the renewal of its activation codes for so long as it pays the maintenance fees."],
    ['missing', "The product codes and unit prices are set out in Annex 1."],
    ['missing', "The Supplier shall host a launch event at the Customer's premises."],
    // A licence that never ends, keys handed over from escrow, no remote deactivation.
    ['contradicted', "The Licence shall continue in force indefinitely and may not be revoked by the Licensor save for non-payment."],
    ['contradicted', "The Vendor shall deposit the master keys with the escrow agent, who shall hand them over to the Ministry if the Vendor fails to provide support."],
    ['contradicted', "The Contractor represents that the Software contains no mechanism by which it can be deactivated or restricted remotely."],
    ['contradicted', "The licence is granted for an unlimited duration."],
  ]);
});

describe('renewal-reassessment (general vocabulary)', () => {
  gradeTable(renewalReassessment, [
    ['present', "Continuation of the Services beyond the Initial Term shall be subject to a renewed human rights risk assessment by the Supplier, and the Supplier may elect not to continue if that assessment identifies unmitigated risks."],
    ['present', "No extension of the Term shall take effect unless the Vendor has first completed an updated human rights due diligence review and approved the extension in writing."],
    ['present', "The contract is concluded for one year. Its tacit renewal is excluded; any renewal requires a new evaluation of the human rights impact, at the outcome of which the Contractor remains free to refuse."],
    ['present', "The Licence Period is twelve (12) months. The grant of any subsequent Licence Period is at the sole discretion of the Licensor following a re-assessment of the human rights risks."],
    // Tacit or rolling renewal; a review with no power to refuse; a refusal with no review.
    ['weak', "This Contract shall be tacitly renewed for successive periods of one year unless terminated by the Purchaser."],
    ['weak', "Unless the Customer opts out, the Subscription rolls over each year."],
    ['weak', "The Supplier will review the human rights situation in the Territory before any renewal."],
    ['weak', "The Agreement may be renewed by the Supplier at its sole discretion."],
    // Other things renewed or extended.
    ['missing', "The Customer shall renew its insurance policies annually."],
    ['missing', "The Contractor shall renew its security clearance and export licence as required."],
    ['missing', "The delivery date shall be extended by the duration of any force majeure event."],
    // The seller bound to renew, or a licence without end.
    ['contradicted', "The Licensee may renew the Licence for further terms of one year at its sole option, and the Licensor shall be bound to grant each such renewal."],
    ['contradicted', "The licence is granted for an unlimited duration and may not be revoked by the Vendor except for non-payment."],
    ['contradicted', "The Supplier irrevocably waives its right to refuse or object to any renewal of this Agreement."],
    ['contradicted', "The Licence is granted in perpetuity."],
  ]);
});

describe('reseller-due-diligence (general vocabulary)', () => {
  gradeTable(resellerDueDiligence, [
    ['present', "Prior to accepting any order, the Distributor shall:\n\n1. conduct a human rights risk assessment of the proposed end user;\n2. notify the Manufacturer of the end user's identity and intended end use;\n3. not proceed until the Manufacturer has approved the sale in writing; and\n4. keep a file of each assessment for five years."],
    ['present', "You, as our reseller, must vet every customer you sell to for human rights risk, tell us who they are and what they will use the Service for before you sign them up, get our written sign-off, and keep records of your checks."],
    ['present', "Each resale by the Integrator is conditional on the Vendor's prior written approval, to be sought after the Integrator has carried out human-rights due diligence on the end user and disclosed the end user and end use to the Vendor; the Integrator shall retain all due-diligence records."],
    // Sanctions or KYC checks only, or due diligence with nothing disclosed or approved.
    ['weak', "The Distributor shall check every purchaser against the consolidated sanctions list before delivery."],
    ['weak', "The Partner shall carry out know-your-customer checks on each end customer."],
    ['weak', "The Reseller shall carry out human rights due diligence on each end user before any sale."],
    ['weak', "Resellers shall conduct denied-party screening of all end users."],
    // Approval or disclosure about other things.
    ['missing', "The Reseller's marketing materials are subject to the Vendor's prior approval."],
    ['missing', "Our partners must not disclose our pricing to anyone."],
    ['missing', "The Supplier shall conduct human rights due diligence on its own supply chain."],
    ['missing', "The Distributor shall keep the Products in a dry, secure warehouse."],
    // The end user kept from the seller in other words.
    ['contradicted', "The identities of the Reseller's customers are the Reseller's trade secret and shall not be disclosed to the Vendor."],
    ['contradicted', "The Distributor may decline to identify its end users to the Manufacturer."],
    ['contradicted', "The Dealer shall carry out human-rights due diligence on each end user.\n\nThe names of the Dealer's end customers need not be revealed to the Vendor."],
  ]);
});

describe('eula-flow-down (general vocabulary)', () => {
  gradeTable(eulaFlowDown, [
    ['present', "The Integrator shall procure that every End User executes the Manufacturer's End User Licence Agreement set out in Schedule 5, which includes the Human Rights Undertakings; the Manufacturer may enforce that agreement directly as an intended third-party beneficiary, and the Integrator shall take all steps necessary to enforce it."],
    // Enforceable by the seller under a statute, enforced by the reseller, in the passive voice.
    ['present', "Every sub-licence granted by the Reseller to an end user shall contain terms equivalent to clauses 6 to 10 (Human Rights Safeguards), shall be enforceable by the Licensor under the Contracts (Rights of Third Parties) Act 1999, and shall be enforced by the Reseller."],
    ['present', "Each end customer must accept the flow-down terms in Annex C, which carry the human rights restrictions, before first use. The Vendor is a third party beneficiary of those terms, and the Partner shall enforce them against any end customer in breach."],
    ['weak', "End users shall be bound by the EULA, which contains the human rights restrictions."],
    ['weak', "The end-user licence shall include the use restrictions of clause 5, but the Licensor shall have no right to enforce it against any end user."],
    ['weak', "The Reseller shall ensure that each end user agrees to licence terms at least as protective of the Licensor as those in this Agreement."],
    ['weak', "The Distributor may supply the Software to end users under its own end-user licence, which shall be no less stringent than this Agreement."],
    ['missing', "End users of the Service are bound by our standard Terms of Service."],
    ['missing', "The EULA is available on the Vendor's website."],
    ['missing', "Each party shall enforce its rights under this Agreement in good faith."],
    ['missing', "The Licensee's end users may access the Software through a web browser."],
  ]);
});

describe('misuse-disclosure (general vocabulary)', () => {
  gradeTable(misuseDisclosure, [
    ['present', "Nothing in clause 15 (Confidentiality) restricts the Supplier from notifying law enforcement or a regulator of suspected Misuse, or from publishing anonymised, aggregated statistics on complaints received and their outcomes."],
    ['present', "Suspected misuse may be reported by the Vendor to the competent authorities, and aggregated complaint data may be published by it, any confidentiality obligation notwithstanding."],
    ['present', "The Licensor reserves the right, irrespective of clause 11, to bring any credible allegation of misuse to the attention of the competent authorities and to publish annually aggregate figures on complaints and their resolution."],
    ['weak', "The Vendor may inform the competent export control authority of any suspected violation of the End-Use Undertaking."],
    ['weak', "The Provider may publish an annual transparency report on complaints received."],
    ['weak', "Subject to the Authority's prior approval, the Supplier may notify the competent authorities of suspected misuse."],
    ['weak', "Suspected misuse may be reported by the Contractor to the national prosecutor."],
    ['missing', "The Supplier shall notify the Customer of any personal data breach without undue delay."],
    ['missing', "Either party may disclose Confidential Information to its professional advisers."],
    ['missing', "Either party may make such disclosures as are required by law or by any governmental or regulatory authority."],
    // Secrecy about the customer in other words.
    ['contradicted', "The Supplier shall not, without the Customer's prior written consent, make any disclosure whatsoever concerning the Customer or its use of the System to any person, including any public authority."],
    ['contradicted', "The Contractor shall refrain from any public statement or communication to third parties regarding the Project or the Ministry's operations."],
    ['contradicted', "The Vendor is prohibited from revealing to any authority or member of the public any information about the Agency's use of the Platform."],
  ]);
});

describe('safeguard-action-protection (general vocabulary)', () => {
  gradeTable(safeguardActionProtection, [
    ['present', "The Provider shall incur no liability whatsoever, and shall owe no credit or reimbursement of fees, by reason of any suspension or termination effected under Article 9 (Human Rights). The Client shall hold the Provider harmless from and against any claim arising out of a Prohibited Use."],
    ['present', "Termination or suspension by Licensor pursuant to Section 8 shall not entitle Licensee to damages, compensation or reimbursement of any prepaid fees. Licensee shall indemnify Licensor from all losses resulting from any breach of the Acceptable Use Restrictions."],
    ['present', "If we suspend your access because we reasonably believe you are misusing the Service, that is not a breach by us, you will not get a refund, and you will defend and indemnify us against any claims that result from the misuse."],
    ['present', "The exercise by the Contractor of the measures provided for in Article 12 does not constitute non-performance and gives rise to no indemnity, reduction of price or penalty in favour of the Beneficiary. The Beneficiary shall indemnify the Contractor for any damage resulting from a use contrary to the Human Rights Clause."],
    ['weak', "The Licensee shall be entitled to a pro-rata reimbursement of prepaid fees for any period during which the Licensor suspends the Licence."],
    ['weak', "The Customer shall indemnify the Vendor against any third-party claim alleging that the Customer Data infringes any intellectual property right."],
    ['weak', "Where the Services are suspended, the Customer shall receive a service credit equal to the fees for the suspended period."],
    ['weak', "Suspension under clause 9 is not a breach of this Agreement."],
    ['missing', "The Supplier shall refund any overpayment within 30 days."],
    ['missing', "Termination shall not affect the accrued rights of either party."],
    ['missing', "The Vendor may suspend the Service for misuse."],
    // The seller made to pay in full for its own safeguard action.
    ['contradicted', "Should the Supplier suspend or restrict the Service for any reason other than non-payment, the Supplier shall be liable to the Customer for all resulting losses."],
    ['contradicted', "Any deactivation of the Software by the Licensor shall be deemed a repudiation of this Agreement."],
    ['contradicted', "Any suspension of the Platform by the Vendor, whatever its justification, shall be treated as non-performance entitling the Authority to damages."],
  ]);
});

// Second round: defined terms used far away, journals and registers, pronouns for keys, notice of
// non-renewal, vetting by definition, neither/nor secrecy, claims for any interruption.
describe('general vocabulary, second round', () => {
  gradeTable(auditAndRecords, [
    ['present', "The Authority shall ensure that the Solution retains a complete journal of user activity (user ID, date, time and case reference) which no Authority personnel are able to delete. The Contractor may, on reasonable notice, appoint an independent auditor to review the Authority's adherence to clause 8."],
    ['weak', "Usage logs record the user and time of each query, and the Vendor may audit the Agency's compliance on reasonable notice; the Agency may purge logs at its discretion."],
    ['weak', "The Customer shall use reasonable efforts to keep logs of each use with the user and time, which it shall not delete; the Supplier may audit compliance on notice."],
    ['contradicted', "The System logs each query with the user and target; the logs cannot be deleted.\n\nThe Ministry shall not be required to give the Vendor access to any logs, records or premises."],
    ['missing', "The Contractor shall maintain a register of all subcontractors."],
    ['missing', "Each party shall keep accurate records of its performance under this Agreement."],
  ]);
  gradeTable(complianceCertification, [
    ['present', "Each annual maintenance renewal is conditional on the Licensee's prior delivery of a certificate, signed by its General Counsel, confirming compliance with the Human Rights Annex during the preceding year."],
    ['present', "The Bureau attests, in the form at Schedule 6, every six (6) months that it has used the Tool only for the Authorised Purpose."],
    ['weak', "The Customer shall certify its compliance with the Human Rights Terms within 10 days of any request by the Supplier."],
    ['weak', "Before the first delivery, the Authority shall declare in writing that the Units will be used only in accordance with the Human Rights Terms."],
    ['missing', "The Supplier shall provide a certificate of conformity for each Unit."],
    ['contradicted', "The Agency shall not be bound to sign any annual declaration of compliance."],
  ]);
  gradeTable(sellerControl, [
    ['present', "The Licensee accesses the Software solely as a service over a secure connection to servers operated by the Licensor, which may limit the modules available to the Licensee."],
    ['weak', "Activation tokens expire every 90 days and the Supplier shall re-issue them as of right to the Customer on request."],
    ['weak', "The System is delivered for installation at the Purchaser's sites and licensed for the Contract Period."],
    ['missing', "We host webinars for customers each quarter."],
    ['contradicted', "Upon acceptance, ownership of the licence keys passes to the Buyer, and the keys shall operate without any time limit."],
  ]);
  gradeTable(renewalReassessment, [
    ['present', "Prior to any extension of the Licence Period, the Licensor shall undertake a renewed human rights due diligence exercise and shall be under no obligation to extend if it identifies a risk of Misuse."],
    ['present', "Renewal is not automatic: the Vendor will decide whether to renew only after re-examining the human rights risks of the deployment."],
    ['weak', "The term extends automatically for further one-year periods unless either party objects."],
    ['weak', "This Agreement shall be extended for successive periods of 12 months unless notice of non-renewal is given by the Customer."],
    ['missing', "The Vendor shall renew the SSL certificates of the portal annually."],
    ['contradicted', "The Licensee shall have an unconditional right to renew this Agreement on the same terms for successive five-year periods."],
  ]);
  gradeTable(resellerDueDiligence, [
    // A defined term carries the human-rights due diligence into the clause that uses it.
    ['present', "\"End-User Vetting\" means an assessment of the human rights risks posed by a proposed end user.\n\nThe Distributor shall complete End-User Vetting for each proposed sale, disclose the end user and intended end use to the Manufacturer, obtain the Manufacturer's written consent before the sale and retain the vetting file for five years."],
    ['weak', "\"End-User Vetting\" means a check of a proposed end user against the sanctions lists.\n\nThe Distributor shall complete End-User Vetting for each proposed sale."],
    ['weak', "Each Distributor shall ensure that no Product is sold to any person listed on a restricted-party list."],
    ['missing', "The Distributor shall submit monthly sales forecasts to the Vendor."],
    ['contradicted', "The Integrator shall not be required to provide the Vendor with any information regarding its end customers."],
    // Support the seller need not give end customers says nothing of what the reseller discloses.
    ['missing', "The Company has no obligation to provide updates or support directly to any End Customer."],
  ]);
  gradeTable(eulaFlowDown, [
    ['present', "The Partner shall not supply the Product to any end customer unless that end customer has first signed the Vendor's EULA, which incorporates the Human Rights Terms and under which the Vendor may enforce those terms directly. The Partner shall take all necessary action to enforce the EULA against any end customer in breach."],
    ['present', "Terms substantially in the form of Annex E shall be binding upon every End User, the Supplier shall be a third-party beneficiary of those terms and the Reseller shall enforce them.\n\n## Annex E - End-User Terms\n\n1. The End User shall not use the Product to monitor journalists or human rights defenders."],
    ['weak', "The Reseller shall pass on to its customers the restrictions in clause 7."],
    ['weak', "The End User Licence Agreement binding each end user includes the use restrictions of this Agreement."],
    ['missing', "The Licensor may update the EULA from time to time by posting it online."],
  ]);
  gradeTable(misuseDisclosure, [
    ['present', "The Vendor may, notwithstanding Article 14 (Secrecy), alert the competent prosecutorial authority to any credible indication of misuse, and shall publish each year an aggregate account of complaints received and how they were resolved."],
    ['weak', "We may share information about suspected abuse of the Service with law enforcement."],
    // A public prosecutor is an authority: reporting to one is not publishing anything.
    ['weak', "Notwithstanding clause 9, the Supplier may report suspected Misuse to the Public Prosecutor's Office."],
    ['weak', "The Supplier may report suspected Misuse to the competent authorities, notwithstanding clause 12, provided that the Customer has first consented."],
    ['missing', "The Customer may publish the results of its evaluation of the Software."],
    ['missing', "We will not identify you or any individual in any aggregated data we disclose to third parties."],
    ['contradicted', "Neither the Supplier nor any of its staff shall at any time divulge to any third party, authority or the press any matter concerning the Ministry's operations."],
    ['contradicted', "The Provider undertakes not to divulge, publish or otherwise make known to any person, including any government authority, information on the use of the Service by the Client."],
  ]);
  gradeTable(safeguardActionProtection, [
    ['present', "The Licensor shall not be liable to the Licensee or any third party for any loss arising from the exercise of its rights under clause 11 (Human Rights Measures), no fees shall be refunded in that event, and the Licensee shall indemnify and hold harmless the Licensor from any claim related to a breach by the Licensee of clause 4 (Use Restrictions)."],
    ['present', "No Safeguard Action shall give rise to any claim by the Customer for breach, damages, service credits or refund. The Customer shall defend the Supplier against any claim arising from Prohibited Use."],
    ['weak', "The Customer shall receive a pro rata refund of any prepaid fees for the period of any suspension."],
    ['missing', "The Supplier may suspend deliveries during a force majeure event."],
    ['contradicted', "The Customer may claim damages for any interruption of the Service by the Supplier, whatever the reason."],
  ]);
});
