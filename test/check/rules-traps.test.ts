// Traps: drafts that read like a strong safeguard at first, then take it back in a later sentence, a side
// letter, a definition or a purchaser's conditions. Written blind to the rules, each row is a way a
// counterparty can leave a lawyer falsely assured; beside them, my own variants of the same devices.
import { describe } from 'vitest';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { training } from '../../src/check/rules/training.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

describe("the next paragraph opens 'The foregoing' and disapplies it to the customer's use", () => {
  gradeTable(remediation, [
    ['contradicted', "Licence Agreement between Corvane Technologies B.V. (the \"Licensor\") and the General Directorate of Police of Marisca (the \"Licensee\").\n\nArticle 18 - Remedy of Misuse\n\n18.1 Where the Licensor establishes, following an investigation under Article 17 (Investigations), that the Software has been used in breach of Article 8 (Prohibited Uses), the Licensee shall (a) immediately end the misuse and take disciplinary action against those responsible, (b) provide or cooperate in providing remedy, including compensation, to the persons affected, and (c) submit to the Licensor, within thirty days, a remediation plan which the Licensor may review and require the Licensee to amend.\n\n18.2 The foregoing shall not apply to any use of the Software by the Licensee, its officers, employees or agents, or by any person acting with the Licensee's authority, whether or not such use was lawful."],
  ]);
  gradeTable(misuseNotification, [
    ['contradicted', "Licence between Harrowgate Signals plc (the \"Licensor\") and the Criminal Intelligence Service of Vostria (the \"Licensee\").\n\n9.1 The Licensee shall notify the Licensor in writing within 72 hours of becoming aware of any actual or suspected use of the Software in breach of clause 8 (Human Rights Conditions).\n\n9.2 The foregoing shall not apply to the Licensee or to any of its officers."],
    // (Disapplied to some uses only: cut down, not given up.)
    ['weak', "Licence between Harrowgate Signals plc (the \"Licensor\") and the Criminal Intelligence Service of Vostria (the \"Licensee\").\n\n9.1 The Licensee shall notify the Licensor in writing within 72 hours of becoming aware of any actual or suspected use of the Software in breach of clause 8 (Human Rights Conditions).\n\n9.2 The foregoing shall not apply to any use of the Software by the Licensee for counter-terrorism operations."],
  ]);
});

describe("a later paragraph keeps the services it covers out of its reach", () => {
  gradeTable(updateSupportWithholding, [
    ['weak', "Services Contract between Lysander Intelligence Software S.L. (the \"Supplier\") and the Presidential Security Directorate of Ruvalia (the \"Directorate\").\n\n13.5 If the Directorate breaches Clause 9 (Human Rights Conditions), or the Supplier has reasonable grounds to suspect misuse of the Platform, the Supplier may immediately withhold or stop updates, upgrades, maintenance, direct support, training and any other Services.\n\n13.6 The foregoing shall not apply to the Services described in Schedule 2 (Services), which comprise all updates, upgrades, maintenance, support and training to be provided under this Contract, and which the Supplier shall provide in all circumstances throughout the Term."],
  ]);
});

describe("the seller waives the customer's compliance, or the benefit of the clauses", () => {
  gradeTable(lawfulAuthorization, [
    ['contradicted', "Licence Agreement between Obsidian Lattice LLC (the \"Licensor\") and the National Intelligence Coordination Centre of Belmora (the \"Licensee\"), together with the Side Letter dated 12 June 2025.\n\nClause 8 (Legal Authorisation). Each use of the System requires prior authorisation by an independent judicial authority under published law, limited to what is necessary and proportionate to a legitimate aim, and the Licensee shall keep a record of each authorisation.\n\nSide Letter, paragraph 3. The Licensor hereby waives, for the whole of the Term, compliance by the Licensee with Clause 8 (Legal Authorisation), and shall not treat any use of the System without such authorisation as a breach of the Licence Agreement or as a ground for any remedy."],
  ]);
  gradeTable(safeguardActionProtection, [
    ['contradicted', "Master Agreement between Polaris Fieldcraft Corp. (\"Vendor\") and the National Police Agency of Sanmareo (\"Agency\").\n\nSection 17.3 No Liability for Safeguard Actions. Vendor's suspension of the Products, withholding of Updates or Support, or termination of this Agreement under Article 16 (Human Rights Measures) shall not constitute a breach, shall not give rise to any liability or obligation to refund or credit, and shall be without prejudice to Vendor's other rights.\n\nSection 17.4 Misuse Indemnity. Agency shall indemnify Vendor against all claims arising from any use of the Products in breach of Article 16 (Human Rights Measures).\n\nSide Letter No. 1 (executed concurrently, forming part of the Master Agreement):\n\"Vendor hereby waives the benefit of Sections 17.3 and 17.4 of the Master Agreement. Agency's rights and remedies in respect of any suspension, withholding or termination by Vendor shall be determined as if those Sections had not been included.\""],
  ]);
});

describe("denied outright: no representation binds the customer, not subject to any requirement, no failure is a breach", () => {
  gradeTable(humanRightsCompliance, [
    ['contradicted', "Agreement between Ardent Vision B.V. (\"Vendor\") and the Public Security Bureau of Harrow Province (\"Bureau\").\n\nClause 7. The Bureau represents and undertakes that the biometric system will be used only in a manner consistent with internationally recognised human rights, in particular the Universal Declaration of Human Rights and Articles 17 and 19 of the ICCPR, and with the Vendor's Human Rights Policy (Annex C). \"Human rights\" and \"misuse\" shall be understood in accordance with international human rights law.\n\nClause 21. Conflict. If there is any inconsistency between this Agreement and the Bureau's Standard Procurement Conditions, the Standard Procurement Conditions prevail.\n\nBureau's Standard Procurement Conditions, Condition 4.2. Matters relating to human rights fall within the exclusive sovereign competence of the State, and no representation, undertaking or obligation concerning human rights contained in any supplier's contract documents shall bind the Bureau."],
  ]);
  gradeTable(complianceCertification, [
    ['contradicted', "Agreement between Drummond Systems Corp. (\"Vendor\") and the Federal Police of Ixtala (\"Purchaser\").\n\n15.1 Purchaser shall deliver to Vendor, annually and at least twenty (20) days before each renewal of Maintenance, a certificate executed by an authorized official attesting to Purchaser's compliance with Section 14 (Human Rights Commitments) during the preceding period.\n\n15.2 Notwithstanding Section 15.1, Purchaser, being a sovereign law-enforcement authority, shall not be subject to any certification, attestation or reporting requirement under this Agreement."],
    ['contradicted', "Supply Agreement between Orvane Systems AB (\"Orvane\") and the National Border Agency of Castrel (the \"Agency\").\n\n11.1 Before each renewal of Support, the Agency shall deliver to Orvane a certificate signed by its Director-General confirming that it has complied with Article 10 (Human Rights) throughout the preceding year.\n\n11.4 The Agency, as a body exercising sovereign powers under the Constitution of Castrel, is not subject to any reporting, certification or audit obligation towards a supplier."],
  ]);
  gradeTable(training, [
    ['contradicted', "Supply Agreement between Aurex Mobile Forensics Ltd (the \"Supplier\") and the Criminal Investigation Department of Mosvaria (the \"Customer\").\n\n10. Human Rights Training\n10.1 The Customer shall ensure that every person who uses the Extraction Kits completes the Supplier's human rights training, covering privacy, freedom of expression and the prohibited uses in clause 6, before first use and every twelve months thereafter.\n\n16. Customer's Rights of Use\n16.1 Notwithstanding any other provision of this Agreement, the Customer may permit any of its officers, employees and contractors to use the Extraction Kits without restriction. Completion of any training shall not be a condition of, or a prerequisite to, such use, and no failure to complete training shall constitute a breach of this Agreement."],
    ['contradicted', "Licence between Pellucid Vision Ltd (the \"Licensor\") and the Metropolitan Transit Police of Kessary (the \"Licensee\").\n\n6.1 The Licensee shall ensure that every operator of the Face Matching Module completes the Licensor's course on privacy, non-discrimination and the prohibited uses before first use, and a refresher every year.\n\n6.4 No omission by the Licensee to arrange any course or refresher under clause 6.1 shall amount to a breach of this Licence."],
  ]);
});
