// Traps: drafts that read like a strong safeguard at first, then take it back in a later sentence, a side
// letter, a definition or a purchaser's conditions. Written blind to the rules, each row is a way a
// counterparty can leave a lawyer falsely assured; beside them, my own variants of the same devices.
import { describe } from 'vitest';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
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

describe("'Nothing in this Agreement shall limit' affirms what follows: any use the customer's law permits deemed authorised", () => {
  gradeTable(endUseLimitation, [
    ['contradicted', "Licence and Support Agreement between Kestrel Signal Technologies Ltd (\"Kestrel\") and the State Investigation Service of Moravany (the \"Service\").\n\n1.1 \"Serious Crime\" means a violent, sexual or organised offence punishable by at least four years' imprisonment; \"Terrorism\" means violence or the threat of violence against civilians intended to intimidate a population or coerce a government. Neither term includes peaceful expression, protest or political opposition.\n\n7.1 Authorised use. The Platform may be used only by the Service's Cybercrime Directorate, for that Directorate's own investigations, and only for the investigation of Serious Crime and Terrorism.\n\n22.6 Sovereign use. Nothing in this Agreement shall limit or restrict any use of the Platform by the Service that is permitted under the laws of Moravany, and every such use shall be deemed an authorised use for the purposes of clause 7.1."],
    ['contradicted', "Licence between Ostrander Mobile Forensics Ltd (the \"Licensor\") and the Judicial Police of Carreno (the \"Licensee\").\n\n4.1 The Kit may be operated only by the Licensee's Digital Evidence Unit, within its own casework, and only to investigate offences of terrorism or serious organised crime.\n\n19.3 Nothing in this Licence restricts the Licensee's use of the Kit for any purpose authorised by the legislation of Carreno, and each such purpose shall be treated as an authorised purpose under clause 4.1."],
  ]);
});

describe("'Notwithstanding clause X, the customer may ...': overridden, and given up where the seller's consent is dispensed with", () => {
  gradeTable(exportControlCompliance, [
    ['contradicted', "Supply Agreement between Sentinax Pty Ltd (the \"Supplier\") and the Defence Signals Agency of Orvania (the \"Agency\").\n\n15.1 The Agency shall comply with the Customs Act 1901 (Cth), the Defence Trade Controls Act 2012 (Cth) and the Autonomous Sanctions Act 2011 (Cth) of Australia as they apply to the System, and shall not export, re-export or transfer the System without the permits required under them.\n\n15.2 Notwithstanding clause 15.1, the Agency may make the System and its technical documentation available to any allied foreign government agency without the consent of the Supplier and without obtaining any further licence, permit or authorisation."],
  ]);
  gradeTable(resellerDueDiligence, [
    ['contradicted', "Distribution Agreement between Ravensworth Cyber Ltd (the \"Supplier\") and Lantern Defence Trading LLC (the \"Distributor\").\n\n9.1 The Distributor shall conduct human-rights due diligence on each End User, disclose the End User and the end use to the Supplier before sale, obtain the Supplier's written approval of each sale, keep records for seven (7) years and not sell to any Prohibited End User.\n\n17.5 Customer Confidentiality. The identity of the Distributor's customers and their intended use of the Products are the Distributor's trade secrets. Notwithstanding clause 9, the Distributor shall not be required to disclose them to the Supplier, and the Distributor may sell to any customer in the Territory without the Supplier's approval."],
  ]);
  gradeTable(noTransfer, [
    ['weak', "Licence between Halvard Systems AS (\"Halvard\") and the National Police Directorate of Ostrava (the \"Directorate\").\n\n8.1 The Directorate shall not sell, lend, sublicense, transfer or share the Software, or any access to it, with any other person, and no contractor may operate it without Halvard's prior written consent. Any diversion of the Software to another end user is a material breach.\n\n8.2 The Directorate shall not modify or reverse engineer the Software.\n\n8.5 Notwithstanding clause 8.1, the Directorate may lend one licence to a regional police force for a joint operation of no more than thirty days."],
  ]);
});

describe("'Clause X does not prevent ...': a carve-out", () => {
  gradeTable(noTransfer, [
    ['weak', "Contract for the Supply of a Location Analytics System between Norrveld Sensing Oy (the \"Contractor\") and the Ministry of the Interior of the Republic of Valdoria (the \"Ministry\").\n\nClause 11 - Non-Transfer\n\n11.1 The Ministry shall not sell, sublicense, lend, lease, transfer or otherwise share the System, its components or any access to it with any other person or body.\n\n11.2 No non-governmental contractor shall operate or have access to the System without the Contractor's prior written consent.\n\n11.3 The Ministry shall not modify, decompile or reverse engineer any part of the System.\n\n11.4 Any diversion of the System to an end user not permitted by this Clause 11 is a material breach of the Contract.\n\n11.5 Clause 11.1 does not prevent the Ministry from allowing officers of any police force of the Republic of Valdoria who are seconded to a joint task force led by the Ministry to use the System under the Ministry's supervision, and the Contractor's consent shall not be required for this purpose."],
    ['weak', "Supply Contract between Brightwater Signal GmbH (the \"Contractor\") and the Border Guard Service of Tarsland (the \"Service\").\n\nArticle 6 - No Transfer\n\n6.1 The Service shall not sell, lend, lease, transfer or otherwise make available the Equipment, or access to it, to any other person or body, and shall not modify or reverse engineer it. No contractor may operate the Equipment without the Contractor's written consent. Diversion of the Equipment to any other end user is a material breach.\n\n6.2 Article 6.1 shall not restrict the Service from lending Equipment to the customs administration during a declared border emergency."],
  ]);
});
