// Tuning round s for eight rules, from the errors batch s showed on drafting the rules had not met:
// plain "we/you" terms ("help us look into", "end this licence", "doesn't fix it", contractions),
// a licence the customer grants the seller under whatever name the customer goes by, a denial of
// on-premises custody, confidentiality overridden in other words ("any other duty of confidence"),
// "shall be entitled to report", a refund owed once the seller acts, a promise to follow the terms
// in a certificate, a government permit renewed, with near misses that must not count. The drafts
// are short and written afresh; none is a corpus sentence.
import { describe, expect, it } from 'vitest';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { readPlainText } from '../../src/read/text.ts';
import { gradeTable } from './grade-table.ts';

describe('seller-control (tuning round s)', () => {
  gradeTable(sellerControl, [
    // A perpetual licence the customer (by its own short name) grants the seller over its data is no perpetual licence of the product.
    ['present', 'The Platform is hosted and operated by the Vendor in its own data centre, and the Vendor may suspend any account.\n\nThe Commission grants the Vendor a perpetual, royalty-free licence to use anonymised query statistics to improve the Platform.'],
    ['present', 'We run the Service on our servers and you reach it over the internet; we may restrict or suspend your access.\n\nThe Directorate hereby gives the Provider a perpetual licence to keep de-identified usage metrics.'],
    // A denial of custody on the customer's premises is no on-premises licence.
    ['present', 'The Analytics Service is provided over the internet from the Supplier\'s cloud, and the Supplier may suspend access at any time.\n\nNothing is installed on the Agency\'s servers apart from a standard web browser.'],
    // Near miss: the seller grants the customer a perpetual licence of the product.
    ['contradicted', 'The Supplier hosts the Platform and may suspend access.\n\nThe Supplier grants the Commission a perpetual, irrevocable licence to use the Software.'],
    // Near miss: software really installed on the customer's servers, with no expiring key.
    ['weak', 'The Software shall be installed on the Agency\'s own servers for the three-year term, and the Supplier may suspend support for breach.'],
  ]);
});

describe('renewal-reassessment (tuning round s)', () => {
  gradeTable(renewalReassessment, [
    ['weak', 'The subscription renews automatically for further twelve-month terms unless the Bureau gives notice.\n\nThe Bureau grants the Provider a perpetual licence to use aggregated search statistics.'],
    ['weak', 'This Agreement rolls over each year unless either party gives notice.\n\nThe Ministry gives the Licensor a perpetual, worldwide licence to use de-identified usage data.'],
    // The seller's own export permit renewed is not the contract's renewal.
    ['missing', 'We write in connection with the renewal of our export authorisation for the Product and record the changes agreed.'],
    ['missing', 'The Vendor shall apply for the renewal of its export permit for the System before it lapses.'],
    // Near misses: the customer's perpetual licence of the product; a real renewal clause.
    ['contradicted', 'The Licensor grants the Bureau a perpetual licence to use the Software.'],
    ['present', 'Before any renewal the Supplier shall carry out a fresh human-rights due-diligence review, and it may refuse to renew on the outcome of that review.'],
  ]);
});

describe('investigation-cooperation (tuning round s)', () => {
  gradeTable(investigationCooperation, [
    ['present', 'If we are looking into a complaint about Misuse, you must help us: within five working days of our request you will give us the logs and access to the operators involved.\n\nWe may end this licence at once if you have not helped with an investigation.'],
    ['present', 'Where the Vendor is looking into suspected Misuse, the Client shall help the Vendor and shall, within 72 hours of a request, provide the audit records and make its officers available.\n\nNot helping the Vendor in this way is treated as Misuse, and the Vendor may suspend the Service for Misuse.'],
    // Without a sanction for not helping: weak.
    ['weak', 'If we are looking into a concern about misuse, you must help us and give us the relevant logs within ten days.'],
    // Near misses: the seller helps the customer; help-desk support.
    ['missing', 'We will help you look into faults in the Kit through our help desk within one business day.'],
    ['missing', 'The Supplier shall provide help-desk support by e-mail during business hours.'],
  ]);
});

describe('compliance-certification (tuning round s)', () => {
  gradeTable(complianceCertification, [
    // A promise to follow the human-rights terms, given once at signing: weak.
    ['weak', 'You gave us, when you signed, a letter signed by your Director confirming you will follow the Human Rights Terms.'],
    ['weak', 'On signature the Agency delivered a certificate confirming that it will abide by clause 4 (Human Rights).'],
    // The same promise renewed each year: present.
    ['present', 'Each year, before the support period renews, the Customer shall deliver a certificate signed by its Director confirming that it has followed and will follow the Human Rights Terms.'],
    // Near miss: a certificate of insurance.
    ['missing', 'On signature the Customer shall give the Supplier a certificate of insurance confirming its cover.'],
  ]);
});

describe('remediation (tuning round s)', () => {
  gradeTable(remediation, [
    // A cure period in plain words is not remediation.
    ['missing', 'Either of us can end the licence by 30 days\' notice if the other commits a material breach (other than Misuse) and doesn\'t fix it within those 30 days.'],
    ['missing', 'Either party may terminate if the other fails to correct the breach within 60 days, except for Misuse, which clause 9 covers.'],
    // Near miss: a plan to correct misuse within a set time is remediation.
    ['present', 'If misuse is found, you will make a written plan to correct it within thirty days, share it with us for review, and provide redress to the people affected.'],
  ]);
});

describe('grievance-mechanism (tuning round s)', () => {
  gradeTable(grievanceMechanism, [
    // A general abuse address, names required: weak.
    ['weak', 'Anyone who thinks the Platform is being misused may e-mail abuse@vendor.example with their name and the details of their concern.'],
    ['weak', 'Any person who believes the System is used in breach of these terms can write to our compliance team, giving their contact details.'],
    // With anonymity, non-retaliation and publicity to personnel: present.
    ['present', 'Anyone may e-mail our secure reporting address anonymously about misuse of the System; the Customer shall make the address known to its personnel and shall not retaliate against any person who makes a report.'],
    // Near miss: a sales contact.
    ['missing', 'For pricing questions you may contact our sales team during business hours.'],
  ]);
});

describe('misuse-disclosure (tuning round s)', () => {
  gradeTable(misuseDisclosure, [
    ['present', 'Each party shall keep the other\'s Confidential Information confidential.\n\nNothing in clause 12 or any other duty of confidence prevents the Vendor from reporting suspected Misuse to any competent authority, or from publishing a yearly aggregate report of complaints and how they were resolved.'],
    ['present', 'Each party shall keep the other\'s Confidential Information secret.\n\nNotwithstanding clause 12, the Supplier shall be entitled to report suspected misuse to any competent authority and to publish aggregate figures on complaints received and their resolution.'],
    // "Republic" is not publication: no aggregate reporting, weak.
    ['weak', 'Notwithstanding clause 18, the Licensor may report any suspected Misuse to the export authority of the Republic of Cyprus.'],
    ['weak', 'Notwithstanding any duty of confidence, the Supplier has the right to report suspected Misuse to the police of the Republic.'],
    // Near miss: blanket secrecy.
    ['contradicted', 'The Supplier shall not disclose any information about the Customer\'s use of the System to any authority or to the public.'],
  ]);
});

describe('safeguard-action-protection (tuning round s)', () => {
  gradeTable(safeguardActionProtection, [
    ['present', 'If we do any of these things under this section, it is not a breach by us. You don\'t get a refund or a credit, and we aren\'t liable to you for it. You will indemnify us against any claim arising out of any Misuse.'],
    ['present', 'Where the Vendor takes any of the above steps, that is not a breach of this Agreement and no refund or credit is due; the Customer shall indemnify the Vendor against all claims arising from Misuse.'],
    // A refund owed once the seller acts: weak.
    ['weak', 'Should the Supplier disable the System under clause 8 and no breach be found, or should it cancel under clause 9, the Supplier shall refund the unused support fee.'],
    ['weak', 'If the Provider suspends the Service for suspected misuse, the Provider shall credit the Customer with the fees for the period of suspension.'],
    // Near miss: a refund on the customer's own termination.
    ['missing', 'If the Customer terminates for the Supplier\'s breach, the Supplier shall refund any prepaid fees.'],
  ]);
});

// Older dev errors, in the same families.
describe('investigation-cooperation (tuning round s, older errors)', () => {
  gradeTable(investigationCooperation, [
    // Duties listed under an "Investigations" heading.
    ['present', "## 5. Investigations\n\n5.1 Within seven (7) days of the Vendor's request, the Agency shall:\n\n- provide the audit logs and authorisations for the operations concerned;\n- make its operators available for interview.\n\n5.2 Failure to comply with this clause 5 entitles the Vendor to suspend or terminate the licence."],
    ['present', "## Inquiries\n\nThe Client shall give the Supplier the relevant records and access to the sites within 10 business days of any request; failing which the Supplier may suspend the Service."],
    // Information asked to investigate, or requests only considered: weak.
    ['weak', 'If the Licensor asks for records to investigate a suspected breach of the Use Policy, the Customer will use reasonable efforts to supply them.'],
    ['weak', 'The Ministry will consider in good faith any request by the Vendor for logs relating to alleged misuse of the System.'],
    ['weak', 'You will use reasonable efforts to respond to our questions about your use of the Platform.'],
    // A listed default with termination on any Termination Event.
    ['present', "Each of the following is a Termination Event:\n\n(a) the Customer fails, within 10 Business Days of the Supplier's request made during an investigation of suspected Misuse, to provide the logs, access and personnel requested.\n\nIf a Termination Event occurs, the Supplier may terminate this Agreement with immediate effect."],
    // Near misses: the seller's own investigation duties; a customer failure to pay.
    ['missing', "## Investigations\n\nThe Supplier shall provide the Customer with incident reports and access logs for any security incident within 5 days."],
    ['missing', 'If the Customer fails to pay any invoice within 30 days, the Supplier may suspend the Services.'],
  ]);
});

describe('misuse-disclosure (tuning round s, older errors)', () => {
  gradeTable(misuseDisclosure, [
    // Secrecy that overrides the reporting clause it cites.
    ['contradicted', "7.2 Notwithstanding any duty of confidence, the Vendor may report suspected Misuse to any competent authority.\n\n12.1 Notwithstanding clause 7.2, the Vendor shall not disclose to any person, authority or the public any information concerning the Customer's use of the System."],
    // Memorandum participants keep each other's use secret, authorities included.
    ['contradicted', "Each Participant shall keep confidential the details of the other's use of the Platform and shall not disclose them to any third party, including any public authority."],
    ['contradicted', "Both Signatories shall treat as confidential the Agency's use of the System, including towards any government authority."],
    // "Nothing in the Agreement ..." overrides confidentiality.
    ['present', "Each party shall keep the other's Confidential Information secret.\n\nNothing in the Agreement, including clause 9, prevents the Supplier from reporting suspected Misuse to a competent authority or from publishing aggregated figures on complaints and their resolution."],
    ['present', "Each party shall keep the other's Confidential Information confidential.\n\nNothing in this Framework Contract or any Order shall prevent the Contractor from reporting suspected misuse to any competent authority or publishing an annual transparency report on complaints."],
    // Near miss: the report right stands where the secrecy clause cites something else.
    ['present', "7.2 Notwithstanding any duty of confidence, the Vendor may report suspected Misuse to any competent authority and publish an aggregate annual report of complaints.\n\n12.1 Notwithstanding clause 3, the Vendor shall not disclose the Customer's pricing to any third party."],
  ]);
});

describe('safeguard-action-protection (tuning round s, older errors)', () => {
  gradeTable(safeguardActionProtection, [
    ['weak', 'Neither Participant shall have any liability to the other arising from the suspension or ending of the Pilot.'],
    ['weak', 'No party shall incur any liability by reason of the termination or suspension of the Services under clause 8.'],
    // Near miss: liability for late delivery.
    ['missing', 'Neither party shall have any liability for delay caused by force majeure.'],
  ]);
});

describe('renewal-reassessment (tuning round s, older errors)', () => {
  gradeTable(renewalReassessment, [
    ['weak', 'The licence is extended for the same term if neither Party declares its intention not to extend it 30 days before expiry.'],
    ['weak', 'This Agreement runs for three years and thereafter continues until terminated by either party on six months\' notice.'],
    ['weak', 'The subscription is extended for a further year if neither party gives notice of termination.'],
    // Near misses: a time extension for delivery; a licence extended in scope, not in time.
    ['missing', 'The licence is extended to any contractor working on the Project.'],
    ['missing', 'The delivery date may be postponed by agreement where the Supplier is delayed by force majeure.'],
  ]);
});

describe('seller-control (tuning round s, older errors)', () => {
  gradeTable(sellerControl, [
    // Keys by their bare name, issued for a period, the seller able to decline the next one.
    ['present', 'The Software runs only with a Key, which the Licensor issues for periods not exceeding twelve months; the Licensor may decline to issue a further Key where the Licensee is in breach.'],
    ['present', '| R-3 | The System is activated by keys valid for one period of six months, with no permanent activation; the Vendor issues each key at its discretion. | Comply |'],
    // Near miss: building keys returned on expiry.
    ['missing', 'On expiry or termination the Contractor shall return all keys, passes and site plans to the Council.'],
  ]);
});

describe('safeguard-action-protection (tuning round s, paid whatever the reason)', () => {
  gradeTable(safeguardActionProtection, [
    ['contradicted', 'Any suspension or interruption of the Platform attributable to the Vendor, for whatever reason, shall entitle the Agency to liquidated damages of 1% of the annual fee per day.'],
    ['contradicted', 'If the Service is interrupted or restricted for any reason other than planned maintenance, we will refund the fee for that period and pay your extra costs.'],
    // Near misses: exceptions that keep the safeguard; a wrongful suspension.
    ['weak', 'If the Service is interrupted for any reason other than a suspension for suspected Misuse under clause 9, the Supplier shall credit the fees for that period.'],
    ['missing', 'The Customer may recover damages for any wrongful suspension of the Service by the Supplier.'],
  ]);
});

describe('seller-control (tuning round s, control barred)', () => {
  gradeTable(sellerControl, [
    ['weak', 'The Platform is hosted by the Vendor in its cloud.\n\nFor the whole term the Vendor shall not suspend, limit or interrupt the Agency\'s access to the Platform for any reason.'],
    ['weak', 'Licence keys expire every twelve months.\n\nThe Licensor shall not be entitled to decline to issue licence keys during the term, save only where the Customer has failed to pay.'],
    // Near miss: a notice period before a suspension is no bar on control.
    ['present', 'The Platform is hosted by the Vendor in its cloud, and the Vendor may suspend access.\n\nThe Vendor shall not suspend access without giving the reasons in writing.'],
  ]);
});

describe('misuse-disclosure (tuning round s, acknowledged reports)', () => {
  gradeTable(misuseDisclosure, [
    ['weak', 'The Agency acknowledges that the Vendor must report to its national export-control authority, and that those reports may cover any suspected Misuse.'],
    ['weak', 'The Customer acknowledges and agrees that the Supplier is required to notify the Export Licensing Inspectorate of any suspected breach of clause 4.'],
    // Near miss: the customer's own reporting duty.
    ['missing', 'The Customer acknowledges that it must report security incidents to its national cyber-security agency.'],
  ]);
});

describe('seller-control (tuning round s, installed at the customer)', () => {
  gradeTable(sellerControl, [
    ['weak', 'Under the Original Contract the Vendor supplied and installed the monitoring centre and its software (the "System") at the Ministry\'s premises, under a licence running to 2030.'],
    ['weak', 'The Supplier has delivered and deployed the analytics suite, with its databases, on the Agency\'s own servers.'],
    // Near miss: hosted by the seller, the customer's premises only the place of use.
    ['present', 'The Vendor hosts the System in its cloud and may suspend access; analysts use it from workstations installed, with a browser only, by the Vendor\'s engineers.'],
  ]);
});

describe('renewal-reassessment (tuning round s, this instrument extended)', () => {
  gradeTable(renewalReassessment, [
    ['present', 'This Statement of Work may be extended only by a new one. The Vendor will not agree a new one until it has carried out a fresh human-rights due-diligence review, and it may decline to do so in light of that review.'],
    ['weak', 'This Call-Off may be extended by the Buyer for a further twelve months on written notice.'],
    // Near miss: a delivery date extended.
    ['missing', 'This delivery deadline may be moved where the Supplier is delayed by the Customer.'],
  ]);
});

describe('safeguard-action-protection (tuning round s, plurals and credits carved out)', () => {
  gradeTable(safeguardActionProtection, [
    ['present', 'Termination under clause 9, refusal to renew a key and any suspension under clause 8 are not breaches of this Agreement and give the Reseller no right to compensation or refund. The Reseller shall indemnify the Vendor against all claims arising from Misuse.'],
    // Uptime credits elsewhere do not reach a suspension that the draft says earns no refund or reduction.
    ['present', 'The Supplier shall not be liable for any loss, and no fees shall be refunded or reduced, by reason of any suspension under clause 8, and no such suspension is a breach. The Customer shall indemnify the Supplier against claims arising from Misuse.\n\nIf availability falls below 99.5% in a month, the Customer is entitled to a service credit of 5% of the monthly fee.'],
    // Near miss: without that sentence, the credits weaken it.
    ['weak', 'Any suspension under clause 8 is not a breach. The Customer shall indemnify the Supplier against claims arising from Misuse.\n\nIf availability falls below 99.5% in a month, the Customer is entitled to a service credit of 5% of the monthly fee.'],
  ]);
});

describe('safeguard-action-protection (tuning round s, look-alikes and carve-outs)', () => {
  gradeTable(safeguardActionProtection, [
    // A suspension kept out of what earns credits addresses it (weak without the rest).
    ['weak', 'A suspension under paragraph 4 is not a Service Interruption for the purposes of clause 9.'],
    ['weak', 'Any deactivation under clause 12 shall not be an Outage Event for the purposes of Schedule 3 paragraph 2.'],
    // Near misses: a payment the customer withholds; a bare heading.
    ['missing', 'The Prime shall pay within 45 days of a valid invoice, except to the extent a payment is withheld by the Ministry because of a defect.'],
    ['missing', '## 15\n\nINDEMNITY.\n\n15.1 Each party shall comply with all applicable laws.'],
  ]);
});

describe('safeguard-action-protection (tuning round s, indemnity voided)', () => {
  gradeTable(safeguardActionProtection, [
    ['weak', 'A suspension or termination under clause 9 is not a breach and earns no refund or credit. The Agency shall indemnify the Vendor against claims arising from Misuse.\n\nThe Agency is prohibited by law from indemnifying any private party, and any provision requiring the Agency to indemnify the Vendor is void.'],
    ['weak', 'Any suspension under Schedule 2 is not a breach and gives no right to a refund. The Customer shall indemnify the Supplier against all claims arising from Misuse.\n\nAny term of this Contract that purports to require the Customer to indemnify the Supplier shall be of no effect.'],
    // Near miss: the seller's indemnity made subject to a cap does not void the customer's.
    ['present', 'Any suspension under Schedule 2 is not a breach and gives no right to a refund. The Customer shall indemnify the Supplier against all claims arising from Misuse.\n\nThe Supplier\'s indemnity under clause 14 is subject to the cap in clause 15.'],
  ]);
});

describe('seller-control (tuning round s, capability and line items)', () => {
  gradeTable(sellerControl, [
    // The product's own remote access to devices, and a line item of keys, say nothing of the seller's custody.
    ['missing', '| ORCA 3.1 - software for remote access to and extraction of data from mobile devices | 2 |'],
    ['missing', '| Item | Quantity |\n| --- | --- |\n| Activation keys for the forensic units | 4 |'],
    // Near miss: keys that expire.
    ['present', '| Activation keys for the forensic units, each valid for 90 days and renewed by the Vendor at its discretion | 4 |'],
  ]);
});

describe('compliance-certification (tuning round s, the period in its own sentence)', () => {
  gradeTable(complianceCertification, [
    // A certificate at signing; the next inline sub-clause's annual training is no periodic certificate.
    ['weak', '12. Certification and training. 12.1 The Distributor shall deliver on signature a certificate of compliance with the Human Rights Terms. 12.2 The Distributor\'s staff shall attend the Vendor\'s annual human-rights training.'],
    ['weak', 'On signing, the Agency shall give the Supplier a declaration that it will comply with clause 7 (Human Rights). The Supplier shall review the Agency\'s training plan each year.'],
    // The period in a later sentence about the certificate itself.
    ['present', 'The Customer shall certify in writing its compliance with the Human Rights Terms on signature. It shall do so again on each anniversary and before each renewal.'],
    // A pre-sale end-user declaration of identity and intended use is due diligence, not a certificate of compliance.
    ['missing', 'The Reseller shall disclose to the Vendor, in an End-User Declaration signed by the end user, the identity of the end user, its address and the intended end use, before any order.'],
  ]);
});

describe('plain text: a cross-reference wrapped before its number', () => {
  it('keeps "clause" / "15.2 shall not ..." in one paragraph', () => {
    const blocks = readPlainText('9.9 The exercise by the Vendor of its rights under clauses 9.7 or 9.8 or clause\n15.2 shall not constitute a breach of the Licence.\n\n15.2 The Vendor may withhold new releases.');
    expect(blocks.map((b) => b.text)).toEqual([
      '9.9 The exercise by the Vendor of its rights under clauses 9.7 or 9.8 or clause 15.2 shall not constitute a breach of the Licence.',
      '15.2 The Vendor may withhold new releases.',
    ]);
  });
  it('still starts a new clause after a finished sentence', () => {
    const blocks = readPlainText('9.1 The Vendor may suspend the System.\n9.2 the Customer shall pay.');
    expect(blocks).toHaveLength(2);
  });
});
