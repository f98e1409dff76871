// Generalisation round 5 (b) for five rules, written blind from the spec: lead-ins with bullet or
// numbered items, Markdown tables (Obligation | Responsible party | Timing, Requirement | Detail),
// definitions far above the operative clause, US federal "agrees to", civil-law "is obliged to" /
// "undertakes to", plain "we/you", passive voice and nominalisations, conditions precedent, with
// near-misses that must not count (compliance with laws, fee audits, the seller's own duties, a
// later "notwithstanding", "subject to local law", the customer's discretion, a deletion by amendment).
import { describe } from 'vitest';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { gradeTable } from './grade-table.ts';

describe('compliance-certification (general vocabulary, round 5b)', () => {
  gradeTable(complianceCertification, [
    ['present', "The Customer shall deliver to the Supplier:\n\n- on each anniversary of the Effective Date, a certificate signed by an authorised officer confirming its compliance with the Human Rights Terms; and\n- not later than thirty days before each renewal of the Maintenance Period, a further such certificate."],
    ['present', "## Schedule 4 - Reporting\n\n| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Written certification of compliance with the human rights safeguards in Schedule 3 | Customer | Annually, and before each renewal of the Support Term |"],
    ['present', "The Government agrees to certify in writing to the Contractor, every twelve months and prior to the exercise of any option period, that it has complied with the human rights provisions of Section H.7."],
    ['present', "The Buyer is obliged to submit to the Seller, once a year and before each extension of the maintenance contract, a declaration confirming that the System has been used in conformity with the human rights obligations of Article 9."],
    ['present', "You must confirm to us in writing each year, and before every renewal of your subscription, that you have complied with the Human Rights Commitments."],
    ['present', "\"Compliance Certificate\" means a certificate, signed by a director of the Licensee, confirming that the Licensee has complied with the Human Rights Conditions throughout the preceding period.\n\n## 3. Fees\n\nThe Licensee shall pay the Fees quarterly in advance.\n\n## 14. Reporting\n\nThe Licensee shall provide a Compliance Certificate at six-monthly intervals and as a condition of each renewal of the Licence."],
    ['present', "Delivery by the End User of an annual certification of compliance with the human rights undertakings shall be a condition precedent to each renewal of the Support Services."],
    ['present', "The Purchaser undertakes:\n\n(a) to certify to the Vendor in writing each year that it has complied with the human rights obligations in clause 12; and\n\n(b) to renew that certification before each renewal of the Maintenance Services."],
    // One-time certificates, and certification left to the customer or to local law.
    ['weak', "On signature of this Agreement the Customer shall deliver a certificate confirming its compliance with the Supplier's Human Rights Policy."],
    ['weak', "The Licensee represents and certifies, as at the Effective Date, that it will use the Software in accordance with the human rights provisions of Schedule 2."],
    ['weak', "As conditions to the Closing, the Buyer shall deliver:\n\n* a certified copy of its constitutional documents; and\n* a certificate confirming its compliance with the human rights undertakings in Article 8."],
    ['weak', "Certification of compliance with the Human Rights Terms shall be given by the Customer upon execution of this Agreement."],
    ['weak', "The Customer may, at its discretion, provide an annual certificate of compliance with the Human Rights Terms."],
    ['weak', "11.2 The Customer shall certify annually and before each renewal that it has complied with the human rights terms of Schedule 5.\n\n19.4 Notwithstanding clause 11.2, the Customer shall be required to give such certification only once, on signature of this Agreement."],
    // Licence counts, insurance, the seller's own certificates, compliance with laws, deleted clauses.
    ['missing', "The Customer shall certify annually the number of Named Users and pay any excess licence fees."],
    ['missing', "Each party shall comply with all applicable laws and shall, on request, certify such compliance in writing."],
    ['missing', "The Supplier shall certify annually that it has taken steps to ensure that slavery and human trafficking are not taking place in its supply chains."],
    ['missing', "The Customer shall provide a certificate of insurance on each renewal of its insurance policy."],
    ['missing', "11.2 The Customer shall certify annually and before each renewal that it has complied with the human rights terms.\n\n## Amendment No. 1\n\nWith effect from the Amendment Date, clause 11.2 is deleted."],
    // Express waivers, including a later "notwithstanding" that undoes the clause.
    ['contradicted', "The Customer shall not be required to give any certification, declaration or attestation concerning its compliance with the human rights terms."],
    ['contradicted', "11.2 The Customer shall certify annually and before each renewal its compliance with the Human Rights Schedule.\n\n24.1 Notwithstanding anything in this Agreement, the Customer shall have no obligation to provide any certificate of compliance with the Human Rights Schedule."],
    ['contradicted', "We will not ask you to certify your compliance with the human rights commitments at any time."],
    // (Added in step 2, after reading the rule: compliance with a schedule that speaks of human rights.)
    ['present', "The Customer shall certify each year and before each renewal that it has complied with Schedule 4.\n\n## Schedule 4 - Human Rights Terms\n\nThe Customer shall not use the System against journalists or human rights defenders."],
  ]);
});

describe('eula-flow-down (general vocabulary, round 5b)', () => {
  gradeTable(eulaFlowDown, [
    ['present', "The Reseller shall:\n\n- ensure that each End User, before receiving the Product, signs an End User Licence Agreement in the form of Annex C, which contains the use restrictions, transfer prohibition, investigation-cooperation duty and suspension and termination rights of the Human Rights Schedule;\n- name the Vendor in each such agreement as a third-party beneficiary entitled to enforce it; and\n- enforce each such agreement against the End User."],
    ['present', "| Requirement | Detail |\n| --- | --- |\n| End-user terms | Every End User must accept the Manufacturer's EULA, which incorporates the human rights safeguards of Schedule 6 |\n| Enforcement by Manufacturer | The Manufacturer is a third-party beneficiary of each EULA and may enforce it directly |\n| Enforcement by Distributor | The Distributor shall enforce each EULA and take action against any End User in breach |"],
    ['present', "The Authorized Reseller agrees to require each end user to execute the End User Agreement set forth in Attachment J-3, which incorporates the human rights restrictions of Section H.12, to enforce such agreement, and to name the Licensor as an intended third-party beneficiary with the right to enforce it."],
    ['present', "The Distributor undertakes to bind every end customer by an end-user licence containing the human rights conditions of Annex 2 (including the restrictions on use, the prohibition of transfer, the duty to cooperate with investigations and the Manufacturer's rights of suspension and termination), to enforce those conditions and to stipulate that the Manufacturer may enforce them directly against the end customer."],
    ['present', "\"EULA\" means the end user licence agreement in Schedule 7, which sets out the Human Rights Conditions, including restrictions on use and transfer, cooperation with investigations and the Licensor's right to suspend or terminate.\n\n## 2. Appointment\n\nThe Licensor appoints the Partner as a non-exclusive reseller in the Territory.\n\n## 9. End users\n\nThe Partner shall ensure that each End User accepts the EULA before installation, shall enforce the EULA against End Users and shall ensure that the Licensor is entitled to enforce the EULA as a third-party beneficiary."],
    ['present', "If you resell the Service, you must make every customer of yours agree to our End User Terms, which include our human rights rules (no targeting of journalists or activists, no transfer, cooperation with our investigations, and our right to suspend or end access). You must enforce those terms, and we may enforce them directly against your customers as a third-party beneficiary."],
    ['present', "The Integrator undertakes to:\n\n1. bind each End User to the End User Licence Agreement, which incorporates the Human Rights Safeguards;\n2. enforce the End User Licence Agreement against any End User in breach; and\n3. ensure that the Supplier is a party to, or a third-party beneficiary of, each End User Licence Agreement with the right to enforce it."],
    // Own terms "no less protective", no enforcement by the seller, discretion, a later carve-out.
    ['weak', "The Reseller may license the Software to End Users on its own standard terms, provided that those terms are no less protective of the Licensor than this Agreement."],
    ['weak', "The Distributor shall ensure that each End User accepts an end-user licence incorporating the human rights restrictions of Schedule 3 and shall enforce it. A person who is not a party to an end-user licence has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms."],
    ['weak', "Each End User shall be bound by an end-user licence containing the human rights safeguards of Annex B."],
    ['weak', "End users shall be bound by terms reflecting the human rights provisions of this Agreement, in such form as the Distributor may determine at its discretion."],
    ['weak', "7.1 The Reseller shall bind each End User to the EULA in Annex 4, which carries the Human Rights Terms; the Vendor may enforce it as a third-party beneficiary and the Reseller shall enforce it.\n\n22.3 Notwithstanding clause 7.1, the Reseller may instead use its own end-user terms if it considers them equivalent."],
    // Standard terms without human-rights content, warranty notices, acceptable use, assignment.
    ['missing', "The Reseller shall ensure that each End User accepts the Vendor's standard End User Licence Agreement, which governs installation, warranty and limitation of liability."],
    ['missing', "Neither party may assign this Agreement without the prior written consent of the other."],
    ['missing', "The Distributor shall ensure that end users are informed of the warranty terms applicable to the Products."],
    ['missing', "The Customer shall ensure that its Users comply with the Acceptable Use Policy, which prohibits spam and the distribution of malware."],
    ['missing', "Each party shall comply with all applicable laws in the performance of this Agreement."],
    // Express exclusion of the safeguards from end-user terms.
    ['contradicted', "The Distributor may supply the Products to End Users on any terms it chooses and is not required to pass on to End Users any of the human rights provisions of this Agreement."],
    ['contradicted', "End Users shall not be bound by, and the Reseller shall not be required to impose, any restriction in Schedule 5 (Human Rights)."],
    // (Added in step 2, after reading the rule: the seller as a party to the end-user licence; enforcement on the seller's direction.)
    ['present', "The Reseller shall ensure that each End User accepts the EULA, which contains the Human Rights Terms. The EULA is an agreement directly between the Vendor and the End User, and the Reseller shall take such steps as the Vendor directs to enforce it."],
    ['contradicted', "7.1 The Reseller shall bind each End User to the EULA in Annex 4, which carries the Human Rights Safeguards; the Vendor may enforce it as a third-party beneficiary and the Reseller shall enforce it.\n\n30.2 Notwithstanding clause 7.1, no end-user licence shall contain or refer to the Human Rights Safeguards."],
  ]);
});

describe('renewal-reassessment (general vocabulary, round 5b)', () => {
  gradeTable(renewalReassessment, [
    ['present', "The Licence Term is twelve months. The Licence shall not be renewed, and no new deployment or major change in the Customer's use shall be made, unless:\n\n- the Supplier has completed a fresh human rights due diligence assessment of the Customer and the proposed use; and\n- the Supplier, in its sole discretion, has approved the renewal in the light of that assessment."],
    ['present', "The Initial Term is one (1) year.\n\n| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Human rights reassessment of the Customer, the end use and the country situation | Supplier | Before each renewal, any new deployment and any major change in the relationship |\n| Decision whether to renew in the light of the reassessment; renewal may be refused | Supplier | Before each renewal |"],
    ['present', "This contract has a base period of one year. The exercise of any option period, and any new task order for a new activity, is conditional upon the Contractor completing a renewed human rights due diligence review, and the Contractor may decline the option on the basis of that review."],
    ['present', "The Agreement is concluded for a period of two years. Its extension, as well as any extension of the System to new activities or any substantial change in the contractual relationship, is subject to a new human rights impact assessment carried out by the Supplier, who is entitled to refuse the extension on the basis of its results."],
    ['present', "Your subscription lasts one year. Before we renew it, or agree to a new use or a big change in how you use the Service, we will redo our human rights due diligence, and we may decline to renew based on what we find."],
    ['present', "\"Human Rights Review\" means an assessment by the Vendor of the human rights risks of the Customer's use of the System, including any change in the social or political situation in the Territory.\n\n## 4. Fees\n\nFees are payable annually in advance.\n\n## 18. Term and renewal\n\nThe Term is two years. Each renewal, any new activity and any major change in the Customer's use are conditional on a satisfactory Human Rights Review, and the Vendor may refuse to renew on the outcome of the Human Rights Review."],
    ['present', "The Licence is granted for a term of eighteen months. It is a condition precedent to each renewal of the Licence, to any new activity and to any major change in the relationship that a fresh human rights due diligence review has been completed by the Licensor, and renewal may be refused by the Licensor on the basis of its outcome."],
    // Automatic renewal unless the customer objects, a review without a right to refuse, a judgment condition.
    ['weak', "This Agreement shall renew automatically for successive one-year periods unless the Customer gives notice of non-renewal at least ninety days before expiry."],
    ['weak', "The Licence renews each year on payment of the renewal fee, unless the Licensee elects otherwise."],
    ['weak', "Your plan renews automatically every month until you cancel it."],
    ['weak', "Before each renewal, the Supplier may carry out a human rights review of the Customer's use of the System and shall share its findings with the Customer."],
    ['weak', "18.2 The Term is one year. Renewal is conditional on the Vendor's fresh human rights due diligence review, and the Vendor may refuse to renew on its outcome.\n\n31.1 Notwithstanding clause 18.2, the Vendor may refuse renewal only if a final, non-appealable judgment has found that the Customer committed a human rights violation."],
    // Fixed terms, renewal pricing, commercial reviews, the seller's own supply-chain review.
    ['missing', "The Agreement commences on the Effective Date and continues for three years."],
    ['missing', "The Customer may terminate this Agreement for convenience on sixty days' written notice."],
    ['missing', "Fees for any renewal term shall not increase by more than three per cent."],
    ['missing', "The Supplier shall carry out an annual review of its own supply chain for modern slavery risks."],
    ['missing', "Before each renewal the parties shall review the Service Levels and the Fees in good faith."],
    // Perpetual or irrevocable licences and renewals the seller cannot refuse.
    ['contradicted', "The licence granted in clause 2 is perpetual, irrevocable and fully paid."],
    ['contradicted', "This Agreement shall renew automatically for successive terms in perpetuity, and the Supplier may not refuse or withhold any renewal."],
    ['contradicted', "The Licensor may not terminate this Licence except for the Licensee's material breach."],
    ['contradicted', "18.2 Renewal is conditional on a fresh human rights review by the Vendor, and the Vendor may refuse renewal on its outcome.\n\n40.1 Notwithstanding clause 18.2, the Vendor shall renew this Agreement on each expiry at the Customer's request."],
    ['contradicted', "Your licence never expires, and we cannot take it away unless you break these terms."],
    // (Added in step 2, after reading the rule: a seller bound to accept the customer's extension; keys renewed within the term.)
    ['contradicted', "The Purchaser may extend the Contract Period for two further periods of twelve months by notice given not less than sixty days before expiry, and the Supplier shall accept each such extension."],
    ['present', "The Term is two years. Any renewal of the Term is subject to a fresh human rights review by the Licensor, which may decline to renew in its light.\n\nThe Licensor shall not refuse to renew a Licence Key during the Term."],
  ]);
});

describe('reseller-due-diligence (general vocabulary, round 5b)', () => {
  gradeTable(resellerDueDiligence, [
    ['present', "Before any sale of the Product, the Distributor shall:\n\n- carry out its own human rights due diligence on the prospective End User and its intended end use;\n- disclose the identity of the End User and the intended end use to the Supplier in writing;\n- obtain the Supplier's written approval of the sale;\n- keep records of its due diligence for six years; and\n- not sell to any Prohibited End User."],
    ['present', "The Authorized Reseller agrees to perform human rights due diligence on each prospective end user, to identify each end user and its intended end use to the Manufacturer before any sale, to obtain the Manufacturer's prior written approval, to maintain records of such due diligence for five years, and not to sell to any end user on the Prohibited End User List."],
    ['present', "The Distributor is obliged to carry out its own human rights due diligence on every end customer, to communicate to the Manufacturer the identity of the end customer and the intended use before concluding any sale, to obtain the Manufacturer's prior approval, to keep documentation of its checks and to refrain from selling to excluded end users."],
    ['present', "If you resell our products, you must check each buyer for human rights risks yourself, tell us who the buyer is and what they will use the product for before you sell, get our approval, keep records of your checks, and never sell to anyone on our prohibited list."],
    ['present', "\"Prohibited End User\" means any person that has used surveillance products against journalists, human rights defenders or political opponents, or that is subject to sanctions.\n\n\"End User Disclosure\" means a written notice identifying the End User and its intended end use.\n\n## 3. Appointment\n\nThe Supplier appoints the Partner as a reseller of the Products.\n\n## 11. Sales to End Users\n\nThe Partner shall conduct human rights due diligence on each End User, deliver an End User Disclosure to the Supplier and obtain the Supplier's approval before each sale, keep records of that due diligence, and shall not sell to any Prohibited End User."],
    ['present', "The Reseller undertakes to:\n\n(a) conduct its own human rights due diligence on each End User;\n\n(b) disclose each End User and its end use to the Company prior to the sale;\n\n(c) obtain the Company's approval before completing the sale;\n\n(d) keep records of the due diligence performed; and\n\n(e) refrain from selling to Prohibited End Users."],
    // Sanctions screening only, or no disclosure of end users.
    ['weak', "The Distributor shall screen each customer against the OFAC Specially Designated Nationals List and the EU consolidated sanctions list before any sale."],
    ['weak', "The Reseller shall conduct human rights due diligence on its customers in accordance with its own policies."],
    ['weak', "The Distributor shall:\n\n• check each customer against the restricted-party lists maintained by the U.S. Department of Commerce; and\n• not sell to any listed person."],
    ['weak', "The Partner may, at its discretion, inform the Vendor of the identity of its end customers."],
    ['weak', "The Reseller shall carry out human rights due diligence on each End User before any sale and shall keep records of it."],
    // Royalty audits, promotion, the seller's own due diligence, a ban on resale.
    ['missing', "The Reseller shall maintain accurate records of all sales and shall permit the Vendor to audit them to verify royalties."],
    ['missing', "The Distributor shall use its best efforts to promote the Products in the Territory."],
    ['missing', "The Supplier shall carry out due diligence on its own subcontractors to ensure compliance with anti-bribery laws."],
    ['missing', "Each party shall comply with all applicable anti-corruption and export control laws."],
    ['missing', "The Customer shall not resell, sublicense or distribute the Software."],
    ['missing', "The Vendor shall conduct human rights due diligence on the Customer before signing this Agreement."],
    // Sales without disclosure or approval, and a later "notwithstanding" that removes the duty.
    ['contradicted', "The Reseller may sell the Products to any customer of its choosing without notice to, or the approval of, the Supplier, and shall not be required to disclose the identity of its customers."],
    ['contradicted', "The Distributor shall have no obligation to carry out any due diligence on, or to identify, its end customers."],
    // (An express release from disclosing end users is contradicted, as the dev corpus labels it: c11.)
    ['contradicted', "9.1 The Reseller shall conduct human rights due diligence on each End User, disclose the End User and end use to the Vendor and obtain its approval before each sale, keep records, and not sell to Prohibited End Users.\n\n27.2 Notwithstanding clause 9.1, the Reseller need not disclose the identity of any End User to the Vendor."],
    ['contradicted', "9.1 The Reseller shall conduct human rights due diligence on each End User, disclose the End User and end use to the Vendor and obtain its approval before each sale, keep records, and not sell to Prohibited End Users.\n\n27.2 Notwithstanding clause 9.1, the Reseller shall not be obliged to conduct any due diligence on End Users or to seek the Vendor's approval of any sale."],
  ]);
});

describe('safeguard-action-protection (general vocabulary, round 5b)', () => {
  gradeTable(safeguardActionProtection, [
    ['present', "If the Supplier suspends the Services, withholds Updates or terminates this Agreement under the Human Rights Schedule:\n\n- the Supplier shall not be in breach of this Agreement;\n- the Supplier shall have no liability to the Customer, and no refund or service credit shall be payable; and\n- the Customer shall indemnify the Supplier against all claims arising from the Customer's misuse of the System."],
    ['present', "The Government agrees that any suspension, withholding of support or termination by the Contractor under Section H.9 (Human Rights Safeguards) shall not constitute a breach of this contract and shall not give rise to any liability of the Contractor, equitable adjustment, refund or credit. The Government shall indemnify and hold harmless the Contractor against claims arising from misuse of the system."],
    ['present', "The exercise by the Supplier of its rights of suspension, withholding of updates or termination under Article 12 (Human Rights) shall not constitute a breach of contract and shall not give rise to any liability, reimbursement or service credit. The Buyer is obliged to indemnify the Supplier against any claims of third parties arising from the misuse of the System."],
    ['present', "If we suspend your access, stop updates or end the contract because of a breach of the Human Rights Terms, that is not a breach by us, and we owe you nothing for it: no damages, refunds or service credits. You will indemnify us against any claims that result from your misuse of the Service."],
    ['present', "Suspension of access may be effected by the Vendor under clause 15 (Human Rights) without this constituting a breach, and no liability, refund or service credit shall accrue in consequence. Indemnification of the Vendor by the Customer shall extend to all claims arising from misuse of the Platform."],
    ['present', "\"Safeguard Action\" means any suspension, withholding of updates or support, or termination by the Licensor under Schedule 3 (Human Rights).\n\n## 5. Payment\n\nThe Licensee shall pay all invoices within thirty days.\n\n## 21. Safeguard Actions\n\nA Safeguard Action is not a breach of this Agreement and gives rise to no liability, refund or service credit. The Licensee shall indemnify the Licensor against all claims arising from misuse of the Software."],
    ['present', "The Customer undertakes:\n\n1. not to claim damages, refunds or service credits for any suspension or termination by the Supplier under the human rights provisions, which shall not be a breach of this Agreement; and\n2. to indemnify the Supplier against all claims arising out of misuse of the Product."],
    // (Added in step 2, after reading the rule: the seller's action or exercise of rights under the clauses it cites.)
    ['present', "The exercise by the Licensor of its rights under clause 14.2 (Suspension for Misuse) shall not constitute a breach of this Agreement, and the Licensor shall have no liability for it and no fees shall be refunded. The Licensee shall indemnify the Licensor against all third-party claims arising from any Misuse."],
    // Refunds or credits still due for a suspension, IP-only indemnity, a bare "not a breach".
    ['weak', "If the Supplier suspends the Services under clause 14 (Human Rights), the Customer shall receive a pro rata refund of the Fees for the period of suspension."],
    ['weak', "Suspension under clause 14 (Human Rights) shall not be a breach of this Agreement, but Service Credits shall continue to accrue during any suspension."],
    ['weak', "14.5 Suspension, withholding or termination under the Human Rights Schedule is not a breach and creates no liability, and the Customer shall indemnify the Supplier against claims arising from misuse.\n\n## Schedule 2 - Service Levels\n\nThe Supplier guarantees 99.9% availability. For any unavailability, howsoever caused, the Customer shall receive a Service Credit of 5% of the monthly fee."],
    ['weak', "| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Service credit of 10% of the monthly fee for each day of suspension under clause 12 (Human Rights) | Vendor | Next invoice |"],
    ['weak', "If we suspend your account for misuse, we will refund the unused part of your subscription."],
    ['weak', "Any suspension or termination by the Licensor under clause 9 (Human Rights) shall not give rise to any liability of the Licensor. The Licensee shall indemnify the Licensor against any claim that the Licensee Materials infringe a third party's intellectual property rights."],
    // The seller's own IP indemnity, generic exclusions, force majeure, suspension for non-payment.
    ['missing', "The Supplier shall indemnify the Customer against any claim that the Software infringes a third party's patent."],
    ['missing', "Neither party shall be liable for any indirect or consequential loss."],
    ['missing', "Neither party shall be liable for any delay or failure caused by a Force Majeure Event."],
    ['missing', "The Supplier may suspend the Services if the Customer fails to pay any invoice when due."],
    ['missing', "Each party shall comply with all applicable laws."],
    // Suspension as a breach, liability for any suspension, a later "notwithstanding".
    ['contradicted', "Any suspension by the Seller shall constitute a material breach entitling the Customer to damages."],
    ['contradicted', "The Vendor shall be liable to the Customer for all losses arising from any suspension, disabling or termination of the Services, whatever the reason for it."],
    ['contradicted', "14.5 Suspension, withholding or termination under the Human Rights Schedule is not a breach and creates no liability, and the Customer shall indemnify the Supplier against claims arising from misuse.\n\n30.1 Notwithstanding clause 14.5, any suspension of the Services by the Supplier shall be a material breach of this Agreement entitling the Customer to terminate and claim damages."],
    ['contradicted', "The Buyer is entitled to compensation for all damages resulting from any interruption of the System by the Supplier, including interruptions for alleged misuse."],
  ]);
});
