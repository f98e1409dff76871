// Near misses met in look-alike contracts (maintenance, CCTV, HR software): the words of a safeguard in
// a duty that is the seller's own, or that serves some other end, must not count; and the real
// safeguard beside them, or in other words than the rules first knew, still must.
import { describe } from 'vitest';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { training } from '../../src/check/rules/training.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { gradeTable } from './grade-table.ts';

describe('human-rights-compliance: the seller following the customer\'s policies is no undertaking by the customer', () => {
  gradeTable(humanRightsCompliance, [
    ['missing', "The Contractor shall comply with the Council's Social Value, Human Rights and Equality Policy and the Council's Whistleblowing Policy in performing the Contract."],
    ['missing', "In carrying out the Services the Contractor shall act compatibly with the rights under the European Convention on Human Rights as if it were a public authority, to the extent it acts on the Trust's behalf."],
    ['missing', "The Supplier shall act in accordance with the Authority's Human Rights Policy and Code of Conduct when on the Authority's premises."],
    // The customer's own undertaking beside it still counts.
    ['present', "The Contractor shall comply with the Council's Equality Policy.\n\nThe Council undertakes to use the System only in a manner consistent with internationally recognised human rights, including the ICCPR."],
    ['weak', "The Supplier shall ensure that the Customer's use of the System respects human rights."],
  ]);
});

describe('grievance-mechanism: the seller following the customer\'s whistleblowing policy is no channel', () => {
  gradeTable(grievanceMechanism, [
    ['missing', "The Contractor shall comply with the Council's Social Value Policy and the Council's Whistleblowing Policy as it applies to contractors."],
    ['missing', 'Vendor agrees to abide by the Department\'s Code of Ethics and the Department\'s whistleblower protection policy while performing on-site work.'],
    ['weak', "The Contractor shall comply with the Council's Whistleblowing Policy.\n\nAnyone may report a concern about misuse of the System to the Supplier's secure integrity line."],
  ]);
});

describe('human-rights-compliance: rights named by their instrument; duties that only presuppose them', () => {
  gradeTable(humanRightsCompliance, [
    ['present', 'The Customer undertakes to operate the System consistently with the International Covenant on Civil and Political Rights, in particular Articles 17 and 19.'],
    ['present', 'You confirm that you will use the Platform in line with the ICCPR, in particular the rights to privacy and to freedom of expression.'],
    ['present', 'The Ministry shall only use the Equipment in keeping with the Universal Declaration of Human Rights.'],
    // A duty to report a breach, or the seller's own review before renewal, is not the customer's undertaking.
    ['missing', 'The End User shall notify the Supplier in writing within 72 hours of becoming aware of any use of the System in breach of human rights.'],
    ['missing', 'Before any renewal the Vendor will carry out a human rights due-diligence review and may, on its outcome, refuse the renewal.'],
    ['missing', 'The Licensor may commission a human rights impact assessment of the deployment at its own cost.'],
    // ... but a report duty joined to the undertaking still holds it.
    ['present', 'The Authority shall notify the Supplier of any Misuse and shall use the System only in a manner consistent with internationally recognised human rights, including the ICCPR.'],
    // Local law prevails, in the US form: the undertaking gives way to the state's statutes.
    ['weak', 'The Agency undertakes to use the Products consistently with the International Covenant on Civil and Political Rights.\n\nWhere a provision of this Addendum conflicts with any statute or regulation of the State, the statute or regulation controls and this Addendum shall be read only to the extent consistent with State law.'],
  ]);
});

describe('renewal-reassessment: the review and the refusal in other words; warrants renewed are no renewal', () => {
  gradeTable(renewalReassessment, [
    ['present', 'The renewal of the contract and any extension of its scope are subject to a prior assessment by the Holder of the human rights risks linked to the contract. The Holder may refuse renewal on the basis of that assessment.'],
    ['present', 'It can be renewed for a further year. Before each renewal we carry out a fresh review of the human-rights risks of your use, and we may decide not to renew because of that review.'],
    ['present', 'Not less than sixty (60) days before the end of each subscription period, the Reseller shall update its due diligence on the End User. The Vendor may refuse renewal on the basis of that review in its sole discretion.'],
    ['present', 'Before each new Activation Period, the Licensor will carry out a human rights due-diligence reassessment and may decline the next key on its outcome.'],
    ['missing', 'The Procuring Entity shall keep a register of all Warrants and their renewals for not less than five (5) years.'],
    ['missing', 'Each interception order shall state its duration, which shall not exceed ninety (90) days unless renewed by the investigating judge.'],
  ]);
});

describe('compliance-certification: the certificate in a schedule\'s form, the parts it cites, and a list of occasions', () => {
  gradeTable(complianceCertification, [
    ['present', 'The Ministry shall deliver to the Company a certificate substantially in the form of Schedule 4, signed by the Director:\n\n(a) on signature of this Agreement;\n\n(b) on each anniversary of the date of this Agreement; and\n\n(c) before the start of each support period.\n\n## Schedule 4 – Form of Certificate\n\nI, the undersigned, certify that for the period stated the System has been used only for the Authorised Purpose and that no Misuse has occurred.'],
    ['weak', 'The Ministry shall deliver to the Company a certificate substantially in the form of Schedule 4 on signature of this Agreement.\n\n## Schedule 4 – Form of Certificate\n\nI, the undersigned, certify that the System will be used only for the Authorised Purpose and that no Misuse will occur.'],
    // A schedule that is a delivery note certifies nothing about the use.
    ['missing', 'The Supplier shall deliver a certificate substantially in the form of Schedule 3 with each shipment.\n\n## Schedule 3 – Certificate of Conformity\n\nWe certify that the goods listed conform to the purchase order and the agreed specification.'],
    ['present', '## Part 4 — Who may use the Data\n\n4.1 Only the Agency may use the Data, and only to prevent serious crime, never to target journalists or peaceful protesters.\n\n## Part 11 — Yearly statement\n\n11.1 At least 30 days before each anniversary of this agreement and before any renewal, the Director-General will sign and send us a certificate confirming that the Agency has complied with Parts 4 to 6 during the past year.'],
  ]);
});

describe('training: before access and periodically in other words', () => {
  gradeTable(training, [
    ['present', 'Nobody receives a login without first completing our online Responsible Use course (privacy, freedom of assembly and expression). Each user must complete the refresher every 12 months.'],
    ['present', 'No person shall be given an operator account until he or she has completed the human rights module. Each operator shall repeat the module at intervals not exceeding twelve (12) months.'],
    ['weak', 'No person shall be given an operator account until he or she has completed the human rights module.'],
  ]);
});

describe('investigation-cooperation: answering questions about how the product is used', () => {
  gradeTable(investigationCooperation, [
    ['weak', "Customers will respond to the Provider's reasonable questions about how they are using the Service."],
    ['missing', "Customers will respond to the Provider's questions about invoices within ten days."],
  ]);
});

describe('termination-for-misuse: "no other right to terminate" after a non-payment ground', () => {
  gradeTable(terminationForMisuse, [
    ['contradicted', 'The Supplier may terminate this Agreement with immediate effect if it determines that Misuse has occurred.\n\n10.5 The Supplier can terminate the Contract if the Buyer fails to pay an undisputed invoice within 30 days of a reminder. The Supplier has no other right to terminate the Contract.'],
    ['present', 'The Supplier may terminate this Agreement with immediate effect if it determines, in its reasonable opinion, that Misuse has occurred.\n\n10.5 The Supplier may also terminate if the Buyer fails to pay an undisputed invoice within 30 days of a reminder.'],
  ]);
});

describe("safeguard-action-protection: the seller's own indemnity or insurance protects the customer, not the seller's safeguard actions", () => {
  gradeTable(safeguardActionProtection, [
    ['missing', "13.2 The Contractor shall defend and indemnify the Agency against any claim that the Capability infringes a third party's intellectual property rights."],
    ['missing', "Provider shall, at its own expense, defend the City, its officials and employees against any third-party claim alleging that the Services infringe a patent or copyright."],
    ['missing', "The Supplier shall maintain public liability insurance of not less than EUR 5 million and shall indemnify the Council against loss caused by the negligence of its staff."],
    // The customer's indemnity that reaches only IP claims is the weak form.
    ['weak', "The Licensee shall indemnify the Licensor against any claim that Licensee Data loaded into the Software infringes the rights of a third party."],
    // Credits for any unavailability whatever its cause, "credit" as a verb: a suspension costs the seller.
    ['weak', "The Contractor guarantees availability of 99.5% each month. For each point below that level the Contractor shall credit 4% of the monthly fee. Credits apply to any unavailability, whatever its cause."],
    // A seller's indemnity does not hide the customer's indemnity for misuse beside it.
    ['weak', "The Supplier shall defend the Customer against claims that the Product infringes a patent.\n\nThe Customer shall indemnify the Supplier against all claims arising from any Misuse of the Product."],
  ]);
});
