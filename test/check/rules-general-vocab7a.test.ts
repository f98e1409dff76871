// Generalisation round 7 (a) for eleven rules, written blind from the spec: drafting traditions
// not shown before (Indian "the said System ... shall not part with", Gulf "the Second Party",
// Singaporean and Australian "must", Latin-American and civil-law translations in capitals, "is
// bound to", "covenants", "is to"), passive voice with the seller as agent, rights stated as
// nouns ("the Vendor's right of refusal"), definitions far above their use, cross-references,
// elements split over two sentences, lead-ins with lists, Markdown tables, licence conditions,
// counter-clauses hidden in boilerplate (orders of precedence, "notwithstanding clause X",
// amendments replacing a clause, secrecy without exception, escrow, perpetual licences), and
// look-alikes that must not count (compliance with laws, fees, assignment, insurance renewals,
// quality certificates, the seller's own duties, duties put on the wrong party).
import { describe } from 'vitest';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

const GRAVE = "\"Grave Offence\" means murder, kidnapping, trafficking in persons or drugs, armed robbery or the financing of any of them, in each case punishable by imprisonment for seven years or more.";
const TERROR_ACT = "\"Terrorist Act\" means the use or threat of violence against civilians intended to intimidate the public or to compel a government to act or abstain from acting; a demonstration, strike, publication or statement of opinion is not a Terrorist Act.";

describe('end-use-limitation (general vocabulary, round 7a)', () => {
  gradeTable(endUseLimitation, [
    ['present', `1.4 ${GRAVE}\n\n1.5 ${TERROR_ACT}\n\n6.2 The Purchaser shall ensure that the said System is utilised solely by the Directorate of Cyber Crime of the Purchaser, in the course of its own investigations, and only for the prevention and detection of Grave Offences and Terrorist Acts.`],
    ['present', `Article (1): ${GRAVE} ${TERROR_ACT}\n\nArticle (7): The Second Party undertakes that the Devices shall be used exclusively by the General Directorate of Criminal Investigation, within the scope of its own duties, and for no purpose other than combating Terrorist Acts and Grave Offences.`],
    ['present', `## Schedule\n\n| Item | Detail |\n| --- | --- |\n| Item 3: Specified Agency | Tallis Federal Police |\n| Item 4: Permitted Purpose | the prevention and investigation of Grave Offences and Terrorist Acts |\n\n## Definitions\n\n${GRAVE} ${TERROR_ACT}\n\n## 5. End use\n\nThe Customer must ensure the Software is used only by the Specified Agency, only for the Specified Agency's own law-enforcement operations and only for the Permitted Purpose.`],
    ['present', `CLAUSE TWO. ${GRAVE} ${TERROR_ACT}\n\nCLAUSE NINE. THE CLIENT is bound to ensure that THE SYSTEM is used solely and exclusively by the Specialised Prosecutor's Office against Organised Crime, within the framework of its own investigations, for the sole purpose of investigating Grave Offences and Terrorist Acts.`],
    ['present', `Section 1. ${GRAVE} ${TERROR_ACT}\n\nSection 4. Only your Counter Terrorism Command may use the service. It may use it only on its own cases, and only to prevent or investigate Grave Offences or Terrorist Acts.`],
    ['present', `${GRAVE}\n\n3. Use of the Equipment by any body other than the Organised Crime Directorate of Estovia (the "Designated User"), operation of the Equipment on behalf of any other person, and use of it for any purpose other than the investigation of Grave Offences are prohibited.`],
    ['present', `2.1 ${GRAVE}\n\n2.2 ${TERROR_ACT}\n\n8. The Authority covenants that the Licensed Product will be operated by the Narcotics and Serious Crime Bureau of the Republic of Marovia and by no other person. The Bureau is to use it in its own operations and only to prevent, detect or investigate Grave Offences and Terrorist Acts.`],
    // Lawful purposes only, an open-ended end user, an undefined purpose, a domestic-law definition.
    ['weak', `${GRAVE}\n\nThe Licensee and any ministry, department or agency of the Government of Estovia may use the Software in their operations for the investigation of Grave Offences.`],
    ['weak', "The System shall be used only by the State Intelligence Agency, within its own operations, to safeguard state security and public order."],
    ['weak', "\"Terrorist Offence\" means any offence designated as such under the Anti-Terrorism Act of the Customer's State.\n\nThe Customer shall ensure that the Platform is used solely by its Counter-Terrorism Police, in that unit's own operations, for the investigation of Terrorist Offences."],
    ['weak', "The End User covenants that it will use the Equipment in accordance with the laws in force in the Republic of Norland from time to time, and for no unlawful purpose."],
    // The customer decides the purposes; domestic law authorises any use; a notwithstanding clause; an amendment.
    ['contradicted', "The purposes for which the Platform is deployed are a matter for the Customer alone, and the Supplier shall have no say in them."],
    ['contradicted', `${GRAVE}\n\n5. The System shall be used only by the National Police of Estovia for its own investigations of Grave Offences.\n\n32. Notwithstanding clause 5, any use of the System that is lawful under the laws of the Customer's State shall be deemed an authorised use.`],
    ['contradicted', `${GRAVE}\n\n6.1 The Products shall be used only by the Customs Intelligence Unit for its own investigations of Grave Offences.\n\n## Amendment No. 1\n\nClause 6.1 is deleted and replaced by the following: "The Customer may use the Products for any purpose it determines."`],
    ['contradicted', "THE CLIENT shall freely determine the uses to which THE SYSTEM is put, and any use authorised by its domestic legislation shall be deemed an authorised use."],
    // Compliance with laws, the seller's use of confidential information, a licence grant, a recital.
    ['missing', "Each of the parties undertakes to observe the legislation in force applicable to it in the performance of this Contract."],
    ['missing', "The Contractor shall use the Customer's Confidential Information solely for the purpose of performing its obligations under this Agreement."],
    ['missing', "Subject to payment of the Fees, the Licensor grants the Licensee a non-exclusive licence to install the Software on up to 20 workstations at the Licensee's premises."],
    ['missing', "WHEREAS the Purchaser wishes to modernise the information technology infrastructure of its ministries, and the Vendor has agreed to supply the hardware required for that purpose."],
  ]);
});

describe('use-restrictions (general vocabulary, round 7a)', () => {
  gradeTable(useRestrictions, [
    ['present', "Article (11): The Second Party shall refrain from employing the System to monitor any person by reason of his opinions, beliefs, or peaceful participation in assemblies or associations, or to monitor media professionals, advocates, human rights activists or members of the political opposition, and shall refrain from any indiscriminate collection of communications."],
    ['present', "The Purchaser shall not deploy the said equipment for:\n\n(i) surveillance of any person on account of the exercise of the freedom of speech and expression, the right to assemble peaceably or the right to form associations;\n(ii) surveillance of press reporters, advocates, human rights defenders or persons belonging to any religious or linguistic minority; or\n(iii) blanket or dragnet interception of communications."],
    ['present', "1.9 \"Prohibited Use\" means (a) persecuting any person for the exercise of fundamental freedoms of expression, conscience, assembly or association; (b) targeting journalists, civil-society activists, opposition politicians or lawyers; and (c) generalised surveillance of the population.\n\n2. The Vendor shall deliver the Licensed Product within 60 days.\n\n3. The Customer shall pay the Licence Fee annually.\n\n14. The Licensee shall not, and shall ensure that no User shall, engage in any Prohibited Use."],
    ['present', "No surveillance shall be carried out with the Product against any person by reason of that person's exercise of freedom of expression, association or peaceful assembly; no member of the press, human-rights defender, legal practitioner or political opponent shall be targeted; and no mass interception shall be effected."],
    ['present', "Customer represents, warrants and covenants that it will not use the Products to (a) surveil, track or target any individual based on protected speech, association, religious practice or other exercise of civil liberties; (b) target reporters, human rights advocates, attorneys or opposition figures; or (c) conduct dragnet surveillance."],
    ['present', "Licence conditions\n\n1. The Licensee must not use the Software to target a person because the person has engaged in lawful advocacy, protest or dissent, or because of the person's religion or ethnicity.\n2. The Licensee must not use the Software against journalists, human rights defenders or lawyers.\n3. The Licensee must not use the Software for population-scale monitoring.\n4. The Software supports at most 50 concurrent targets."],
    ['present', "12.1 The Customer shall not use the System against any individual for the peaceful exercise of freedom of expression, assembly, association or religion.\n\n12.2 The restriction in clause 12.1 extends in particular to journalists, human rights defenders, lawyers, dissidents and members of minority groups, none of whom may be targeted by reason of their work or status.\n\n12.3 The Customer shall not use the System for bulk interception."],
    // A generic acceptable-use list, export-law end uses only, local law as the limit, local law prevails.
    ['weak', "You agree not to use the Services to:\n\n- upload viruses or other harmful code;\n- harvest email addresses;\n- impersonate any person; or\n- circumvent usage limits."],
    ['weak', "The Customer shall not use the System to monitor journalists, political activists or persons exercising freedom of expression, save as permitted by the laws of the Kingdom."],
    ['weak', "The Buyer shall not use the Goods for any purpose connected with chemical, biological or nuclear weapons or missile delivery systems, nor make them available to any person on a sanctions list."],
    ['weak', "9. The Licensee shall not use the Software against journalists, human rights defenders or political opponents, against any person for exercising freedom of expression or assembly, or for untargeted surveillance.\n\n30. This Contract shall be read exclusively under the laws of the Republic of Parvia, which shall prevail over any of its terms in the event of conflict."],
    // National-security carve-outs, free choice of targets, a carve-out by certification.
    ['contradicted', "Nothing in this Agreement shall be construed as restricting the Customer's conduct of intelligence, counter-intelligence or state-security operations by means of the System."],
    ['contradicted', "9. The Customer shall not use the System to target journalists, human rights defenders or political opponents, against any person for exercising freedom of expression, or for bulk surveillance.\n\n10. Clause 9 shall not apply to any use of the System that the Customer certifies as required for the protection of national security."],
    ['contradicted', "The Customer shall be free to select targets at its sole discretion, and the Supplier shall have no right to restrict the persons or categories of persons against whom the System is used."],
    ['contradicted', "## Article 11 - Restrictions\n\nTHE CLIENT shall not use THE SYSTEM against journalists, human rights defenders or political opponents, against persons exercising freedom of expression, or for mass surveillance.\n\n## Article 40 - Precedence\n\nIn case of discrepancy, THE CLIENT's Technical Annex prevails over this Contract. The Technical Annex provides that none of the restrictions in Article 11 applies to operations for national security purposes."],
    // Anti-bribery compliance, the seller's own labour duties, publicity, a repealed article.
    ['missing', "Each party shall comply with all anti-bribery and anti-corruption laws applicable to it."],
    ['missing', "The Supplier respects freedom of association and shall not prevent its employees from joining a trade union or bargaining collectively."],
    ['missing', "The Customer shall not use the Supplier's name, logo or trade marks in any advertising or publicity material without the Supplier's prior written consent."],
    ['missing', "Article 11 (Restrictions on Use): The Customer shall not use the System to target journalists, human rights defenders or political opponents, or for bulk surveillance.\n\nFirst Amendment: Article 11 (Restrictions on Use) is repealed in its entirety and the remaining Articles are renumbered."],
  ]);
});

describe('lawful-authorization (general vocabulary, round 7a)', () => {
  gradeTable(lawfulAuthorization, [
    ['present', "The Authority shall not deploy the System against any person unless a warrant has been issued by a judge under a published statute and the deployment is necessary and proportionate to the aim pursued. The Authority shall keep a record of every warrant relied on."],
    ['present', "Each interception carried out with the Equipment shall be subject to the prior authorisation of a competent judge, in accordance with publicly available law, and shall be limited to what is strictly necessary and proportionate. The Buyer is bound to keep a register of such authorisations."],
    ['present', "Prior to each Deployment, Customer will obtain a court order issued by an independent judicial officer pursuant to a publicly available statute, finding that the Deployment is necessary and proportionate. Customer will retain copies of each such order for audit."],
    ['present', "No interception shall be effected with the said equipment save under an order of a Judicial Magistrate made under a law published in the Official Gazette, and only where the Magistrate records that the interception is necessary and proportionate. The Purchaser shall maintain a register of all such orders."],
    ['present', "1.12 \"Lawful Authorisation\" means a written authorisation, issued under a published law by a court or other judicial authority independent of the Customer, which finds the proposed operation necessary and proportionate.\n\n2. The Supplier shall deliver the System within 90 days.\n\n15. Each operation of the System requires a Lawful Authorisation, a copy of which the Customer shall retain for five years."],
    ['present', "Targeting of any person by means of the Platform is conditional upon prior judicial authorisation under published law and upon a finding that the targeting is necessary and proportionate. Records of all authorisations are to be kept by the Customer."],
    ['present', "| Step | Requirement |\n| --- | --- |\n| Authorisation | A warrant from an independent court under published legislation before each use |\n| Test | The court must find the use necessary and proportionate |\n| Records | The Customer keeps a copy of every warrant for inspection |"],
    // Authorisation by the agency or a minister; no necessity or proportionality.
    ['weak', "Each operation shall be authorised in writing by the Director-General of the Customer, who must be satisfied that it is necessary and proportionate, and the Customer shall keep records of all authorisations."],
    ['weak', "Each use of the System shall require a warrant issued by a court under published law, and the Customer shall retain a record of each warrant."],
    ['weak', "Interception with the Equipment shall be authorised by the Minister of the Interior under the Interception of Communications Act, subject to necessity and proportionality, and recorded in a register."],
    ['weak', "Each deployment of the Software must be approved by an officer of the Licensee's agency not below the rank of Superintendent."],
    // No warrant or approval needed; urgency without any authorisation.
    ['contradicted', "The Customer shall not be obliged to seek any judicial warrant or other external approval before using the System."],
    ['contradicted', "6. The Customer shall obtain a warrant from an independent judge under published law before each use of the System, limited to what is necessary and proportionate, and shall keep a record of each warrant.\n\n7. Notwithstanding clause 6, in any case the Customer considers urgent the System may be used without any authorisation whatsoever."],
    ['contradicted', "No court order, warrant or authorisation of any kind shall be a precondition to the Licensee's use of the Software."],
    ['contradicted', "You won't need a warrant or anyone's sign-off to run the tool."],
    // Corporate authority, import licences, change orders, performance to good practice.
    ['missing', "The Supplier warrants that it is duly authorised to enter into this Agreement and that its execution has been approved by its board of directors."],
    ['missing', "The Customer shall obtain all import licences and permits required to bring the Equipment into its country."],
    ['missing', "Any change to the Statement of Work requires a Change Order approved in writing by both parties' authorised representatives."],
    ['missing', "The Contractor shall perform the Services with reasonable skill and care, in accordance with good industry practice and all applicable laws."],
  ]);
});

describe('data-protection (general vocabulary, round 7a)', () => {
  gradeTable(dataProtection, [
    ['present', "1.3 \"Collected Data\" means all data obtained by means of the System.\n\n14.1 The Customer shall:\n\n(a) collect only the Collected Data necessary for the authorised investigation;\n(b) restrict access to Collected Data to named, vetted analysts;\n(c) store Collected Data encrypted on servers within its own premises;\n(d) delete Collected Data no later than 12 months after the investigation ends; and\n(e) not disclose Collected Data to any third party or foreign government without the prior written consent of the Supplier."],
    ['present', "The Buyer undertakes to process the information obtained through the Equipment only to the extent strictly necessary for the purpose of the investigation, to grant access to it only to duly authorised officials, to protect it with appropriate technical measures, to destroy it at the end of a retention period of two years, and not to communicate it to third parties or foreign States without the Seller's authorisation."],
    ['present', "You must keep the data you collect with the tool to the minimum you need, let only your authorised investigators see or analyse it, keep it secure, delete it within 180 days unless it is evidence in a case, and never share it with anyone else, including other countries' agencies, without our written approval."],
    ['present', "Intercepted material shall be minimised, accessed and analysed only by cleared personnel of the End User, and stored securely. It is to be destroyed within one year of collection and is not to be shared with any other agency or foreign government unless authorised in writing by the Seller."],
    ['present', "## Schedule 4 - Handling of Product Data\n\n| Topic | Requirement |\n| --- | --- |\n| Minimisation | Only data necessary for the authorised case may be collected |\n| Access | Only the End User's authorised analysts may analyse Product Data |\n| Storage | Encrypted, on the End User's own servers |\n| Retention | Deleted 12 months after the case closes |\n| Sharing | None with any third party or foreign government without the Supplier's prior written consent |"],
    ['present', "The Customer must ensure that Surveillance Product Data:\n\n(a) is limited to what is reasonably necessary for the Permitted Purpose;\n(b) is analysed only by the Customer's authorised officers;\n(c) is held securely;\n(d) is destroyed when no longer required and in any case within 2 years; and\n(e) is not disclosed to any third party, including a foreign government, without the Supplier's prior written consent."],
    // Generic confidentiality of customer data; security measures without use or sharing limits.
    ['weak', "The Supplier shall keep all Customer Data confidential and shall not disclose it except to those of its personnel who need to know it."],
    ['weak', "The Customer shall protect all data obtained by means of the System against unauthorised access, using encryption and access controls consistent with ISO/IEC 27001."],
    ['weak', "The Licensee shall implement appropriate technical and organisational measures to safeguard the integrity and security of the Intercept Product."],
    ['weak', "All data generated by the Platform is Confidential Information of the Customer and shall be kept confidential in accordance with clause 19."],
    // Sharing with any authority; the seller's own use of collected data; a notwithstanding clause.
    ['contradicted', "The Customer may disclose any information obtained through the System to any authority of its State, or of any other State, at its discretion."],
    ['contradicted', "The Vendor may use data processed through the Platform, in aggregated or de-identified form, to train its machine-learning models and to improve its products."],
    ['contradicted', "14. The Customer shall collect only the data necessary for each investigation, restrict access to its authorised analysts, store it securely, delete it within 12 months and not share it with any third party or foreign government without the Supplier's consent.\n\n33. Notwithstanding clause 14, the Customer may share Collected Data with any ministry, agency or security service of its government."],
    ['contradicted', "We may keep and use any content you process with the service for our own business purposes, including developing new features."],
    // Data-protection law for staff contacts, uptime reports, a mutual NDA, backups.
    ['missing', "Each party shall comply with applicable data protection legislation in respect of the personal data of the other party's employees."],
    ['missing', "The Supplier shall provide the Customer with a monthly report of system availability and response times."],
    ['missing', "Each party shall keep confidential the terms of this Agreement and any business information disclosed to it by the other party."],
    ['missing', "The Customer is responsible for backing up its own files; the Supplier is not liable for any loss of files stored on the Customer's workstations."],
  ]);
});

describe('no-transfer (general vocabulary, round 7a)', () => {
  gradeTable(noTransfer, [
    ['present', "The Buyer undertakes not to assign, resell, lend, rent or otherwise dispose of the Equipment, nor to allow its use by any third party, including other public bodies or private contractors, without the prior written consent of the Seller, and not to alter, disassemble or reverse-engineer it. Any diversion of the Equipment to an unauthorised end user constitutes a serious breach."],
    ['present', "You may not sell, rent, lend, give away or share the tool, or your login, with anyone else, including another agency or an outside contractor, unless we agree in writing. You may not change, decompile or take apart the tool. If the tool ends up with anyone else, you are in breach."],
    ['present', "No transfer, resale, sub-licensing, loan or sharing of the System or of access to it shall be made to any other entity (other government agencies and contractors included) without the Supplier's prior written consent, nor shall the System be modified or reverse-engineered. Diversion of the System to any unauthorised end user shall constitute a breach of this Contract."],
    ['present', "The Purchaser shall not part with possession of, sell, sub-let, transfer or otherwise dispose of the said System or any part thereof to any other department, body or person, nor permit any private agency to operate it, save with the prior written consent of the Vendor. The Purchaser shall not modify or reverse engineer the said System. Any diversion of the said System shall be deemed a breach of this Contract."],
    ['present', "Licence conditions\n\n| Condition | Detail |\n| --- | --- |\n| No transfer | The Licensee must not sell, sublicense, lend or transfer the Software or access to it to any other agency or person |\n| No outsourcing | No contractor may operate the Software without the Licensor's prior written consent |\n| No modification | The Licensee must not modify, adapt or reverse engineer the Software |\n| Diversion | Diversion to an unauthorised end user is a breach of the Licence |"],
    ['present', "The Second Party shall not sell, lease, lend, grant a sub-licence over, transfer or make available the Devices to any other entity, including any other government entity or any contractor, without the written consent of the First Party. The Second Party shall not modify or reverse engineer the Devices, and any diversion of the Devices to an unauthorised end user shall be a breach of this Agreement."],
    // Transfer to affiliates or any governmental entity without consent; assignment only; employees and contractors.
    ['weak', "The Customer may transfer the Software to any of its Affiliates without the Licensor's consent, but otherwise shall not sell, sublicense or transfer it, and shall not reverse engineer it."],
    ['weak', "Neither party may assign or novate this Contract without the prior written consent of the other party."],
    ['weak', "The Customer may make the System available to any governmental entity of the Republic, provided that such entity agrees in writing to observe this Agreement."],
    ['weak', "\"Authorised Users\" means the Customer's employees and contractors.\n\nThe Customer shall not permit anyone other than Authorised Users to access or use the Software."],
    // Free transfer to any government body, free assignment to a successor, a notwithstanding clause.
    ['contradicted', "The Customer shall be entitled to make the System, or any part of it, available to any ministry, department, agency or instrumentality of its Government without restriction."],
    ['contradicted', "The Customer may assign or transfer this Agreement and the Licence to any government body or successor entity without the Supplier's consent."],
    ['contradicted', "9.1 The Buyer shall not sell, lend, transfer or share the Equipment with any other entity, including other agencies and contractors, without the Seller's prior written consent, and shall not modify or reverse engineer it.\n\n27. Notwithstanding clause 9.1, the Buyer may deliver the Equipment to any other security agency of the State."],
    ['contradicted', "Clause 9 does not apply to transfers of the Products between agencies of the Customer's Government, which the Customer may make freely and without notice to the Supplier."],
    // Title and risk, the seller's subcontracting, the seller's data transfers, the seller's assignment.
    ['missing', "Title to the Equipment passes to the Buyer on delivery; risk passes on installation."],
    ['missing', "The Supplier may subcontract the performance of any of its obligations, remaining responsible for the acts of its subcontractors."],
    ['missing', "The Supplier shall not transfer the Customer's personal data outside the European Economic Area without appropriate safeguards."],
    ['missing', "The Licensor may assign this Agreement to an affiliate or to a successor in a merger or acquisition."],
  ]);
});

describe('human-rights-compliance (general vocabulary, round 7a)', () => {
  gradeTable(humanRightsCompliance, [
    ['present', "The Customer represents and undertakes that it will use the Products in a manner consistent with internationally recognised human rights, including those set out in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights (in particular Articles 17 and 19), and with the Supplier's Human Rights Policy."],
    ['present', "1.6 \"Human Rights\" means the rights recognised in the Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights and other international human rights instruments, as interpreted by the United Nations treaty bodies.\n\n1.7 \"Misuse\" means any use of the Product that violates Human Rights.\n\n2. The Licensor shall deliver the Product within 45 days.\n\n18. The Licensee warrants and covenants that its use of the Product shall at all times respect Human Rights and conform to the Licensor's Human Rights Policy."],
    ['present', "THE BUYER declares and is bound to use THE EQUIPMENT with full respect for fundamental rights as recognised by international law, in particular the International Covenant on Civil and Political Rights, and for THE SELLER's human rights policy."],
    ['present', "You promise to use the service in line with international human rights law, including the rights to privacy and to freedom of expression under the ICCPR, and with our human rights policy."],
    ['present', "Article (12): The Second Party acknowledges and undertakes that it shall use the System in conformity with international human rights standards, including the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, and with the First Party's Human Rights Policy annexed hereto."],
    ['present', "Use of the Software in a manner inconsistent with the human rights recognised under international law (including the UDHR and the ICCPR) is prohibited. The Customer shall ensure that all use of the Software conforms to the Vendor's Human Rights Policy."],
    // Only what applicable law requires; a national-law definition; a bare statement of policy.
    ['weak', "The Customer shall respect human rights to the extent required by applicable law."],
    ['weak', "\"Human Rights\" means the fundamental rights guaranteed by the Constitution of the Republic of Parvia.\n\nThe Customer shall respect Human Rights in its use of the System."],
    ['weak', "The Supplier is committed to respecting human rights in accordance with the UN Guiding Principles on Business and Human Rights."],
    ['weak', "THE CLIENT shall observe human rights as they are recognised by the legislation of its country."],
    // Domestic-law compliance deemed full compliance, alone, through local law prevailing, or by amendment.
    ['contradicted', "The Supplier acknowledges that the Customer's compliance with its domestic law constitutes full compliance with any human rights obligations under this Agreement."],
    ['contradicted', "12. The Customer undertakes to use the System consistently with internationally recognised human rights, including the ICCPR and the Universal Declaration of Human Rights, and with the Supplier's Human Rights Policy.\n\n35. In the event of any conflict between this Agreement and the laws of the Kingdom, the laws of the Kingdom prevail, and the Customer shall be deemed to have satisfied clause 12 if it acts in accordance with those laws."],
    ['contradicted', "Compliance by the Buyer with the legislation of its country shall be deemed to satisfy every human rights undertaking given in this Contract."],
    ['contradicted', "12. The Customer undertakes to use the System consistently with internationally recognised human rights, including the ICCPR, and with the Supplier's Human Rights Policy.\n\n## Amendment No. 3\n\nClause 12 is replaced with the following: \"The Customer's compliance with its national law shall be deemed full compliance with any human rights obligations.\""],
    // Anti-bribery compliance, lawful purposes, the seller's supply chain, human resources.
    ['missing', "Each party shall comply with all applicable laws, including anti-bribery and anti-corruption laws."],
    ['missing', "The Customer shall use the Product only for lawful purposes."],
    ['missing', "The Supplier shall ensure that no forced or child labour is used in its supply chain and shall publish an annual modern slavery statement."],
    ['missing', "The Customer's human resources department shall be responsible for issuing and revoking user credentials."],
  ]);
});

describe('export-control-compliance (general vocabulary, round 7a)', () => {
  gradeTable(exportControlCompliance, [
    ['present', "The Customer shall comply with the export control laws of the United Kingdom, including the Export Control Order 2008, and with United Kingdom sanctions regulations, and shall not export, re-export or transfer the Goods without any licence those laws require."],
    ['present', "The Buyer shall comply with Regulation (EU) 2021/821 and with the restrictive measures of the European Union, and shall not re-export the Equipment without the authorisation of the competent authority of the Seller's Member State."],
    ['present', "Licensee agrees to comply with the U.S. Export Administration Regulations and the sanctions regulations administered by OFAC, and will not export, reexport or transfer (in-country) the Software except as authorized under them."],
    ['present', "The Client shall observe all export control and economic sanctions laws applicable to the Product, including those of the Supplier's country of establishment, and shall not re-export the Product to any destination, end user or end use without every authorisation those laws require."],
    ['present', "No export, re-export or in-country transfer of the Items shall be made by the Purchaser except in compliance with the export control and sanctions laws of the Vendor's jurisdiction (Australia), including the Defence Trade Controls Act 2012, and with any permit issued under them."],
    ['present', "1.8 \"Export Control Laws\" means the export control and sanctions laws of the United States and the European Union, including the EAR, the ITAR and the regulations administered by OFAC.\n\n2. The Supplier shall deliver the Products DAP.\n\n21. The Customer shall comply with the Export Control Laws and shall not export or re-export the Products save as permitted by them."],
    // The customer's own country's law only; reasonable efforts.
    ['weak', "The Customer shall obtain all import permits required under the laws of its own country and shall comply with its national export regulations."],
    ['weak', "The Licensee shall use reasonable efforts to comply with U.S. export control laws."],
    ['weak', "The Buyer shall comply with the customs and export legislation of the Republic of Parvia when moving the Equipment."],
    ['weak', "Customer will use commercially reasonable efforts to observe the sanctions and export rules of the Seller's jurisdiction."],
    // The customer's law alone governs re-export.
    ['contradicted', "Any re-export of the System shall be governed exclusively by the laws of the Customer's State."],
    ['contradicted', "18. The Customer shall comply with the U.S. Export Administration Regulations and OFAC sanctions and shall not re-export the System without the authorisations they require.\n\n36. Notwithstanding clause 18, the Customer shall not be bound by the export control or sanctions laws of any State other than its own."],
    ['contradicted', "The Customer may re-export the Equipment to any destination permitted under its national law, and no foreign export regulation shall apply to it."],
    ['contradicted', "THE BUYER's national legislation shall alone determine the conditions under which THE EQUIPMENT may be re-exported."],
    // Compliance with laws, the seller's own export licence, Incoterms, the seller's anti-bribery duty.
    ['missing', "Each party shall comply with all laws and regulations applicable to it."],
    ['missing', "The Seller shall be responsible for obtaining any export licence required for the delivery of the Goods to the Buyer."],
    ['missing', "Delivery shall be DAP Port of Ravenna (Incoterms 2020); the Buyer shall be responsible for import customs clearance and duties."],
    ['missing', "The Supplier shall comply with the Bribery Act 2010."],
  ]);
});

describe('seller-control (general vocabulary, round 7a)', () => {
  gradeTable(sellerControl, [
    ['present', "The Software is activated by licence keys that are valid for twelve months. The Licensor may decline to issue a renewed key, and the Software ceases to function when a key expires."],
    ['present', "The Service is hosted and operated by the Provider in its own data centres. The Customer accesses it remotely, and the Provider may suspend or restrict that access."],
    ['present', "Activation codes issued for the Equipment expire every 90 days and are renewed at the Seller's discretion. The Seller may also set the maximum number of concurrent targets through the licence configuration."],
    ['present', "The tool runs on our cloud. You log in through our portal, and we control which features you can use and can cut off your access."],

    ['present', "Time-limited licence tokens shall be issued by the Vendor for each six-month period. Renewal of the tokens is at the Vendor's sole discretion, and no permanent activation shall be provided."],
    // An on-premises term licence with no technical lapse; renewal the seller cannot refuse; custody with no stated power to suspend or limit.
    // (Relabelled after the blind run: the custody row below says nothing of suspending or limiting, a strong element.)
    ['weak', "THE SELLER retains custody of THE PLATFORM, which is made available to THE BUYER exclusively by remote access through THE SELLER's infrastructure; no copy of the software is installed at THE BUYER's premises."],
    ['weak', "The Licensor grants the Licensee a licence to install and use the Software on the Licensee's own servers for a term of three years."],
    ['weak', "The Licence Key expires annually. The Supplier shall issue a renewed Licence Key upon payment of the annual fee."],
    ['weak', "Licence keys expire each year and shall be renewed automatically; the Vendor may not withhold a renewal."],
    ['weak', "The System shall be installed in the Customer's data centre and operated exclusively by the Customer's personnel for the five-year Term."],
    // Perpetual and permanently activated; escrow release; a warranty of no time-locks; a notwithstanding clause.
    ['contradicted', "The Licence is perpetual, irrevocable and fully paid-up, and the Software shall be permanently activated on installation."],
    ['contradicted', "On termination of this Agreement for any reason, the Escrow Agent shall release the source code and the master licence keys to the Customer."],
    ['contradicted', "The Supplier warrants that the Software contains no time-lock, licence-expiry mechanism, kill switch or other means of remote deactivation."],
    ['contradicted', "5.2 The Software operates only with a licence key valid for one year, which the Supplier may refuse to renew.\n\n5.6 Notwithstanding clause 5.2, upon payment of the final instalment the Supplier shall issue a permanent licence key that never expires."],
    // Assignment, control of premises, passwords, quality control.
    ['missing', "Neither party may assign this Agreement without the other party's prior written consent."],
    ['missing', "The Customer shall keep control of its premises and give the Supplier's engineers safe access during installation."],
    ['missing', "The Supplier shall keep the Customer's administrator passwords confidential."],
    ['missing', "The Supplier shall maintain a quality management system certified to ISO 9001 throughout the Term."],
  ]);
});

describe('misuse-disclosure (general vocabulary, round 7a)', () => {
  gradeTable(misuseDisclosure, [
    ['present', "Nothing in clause 20 (Confidentiality) prevents the Supplier from reporting suspected misuse of the System to any competent authority, or from publishing aggregated information about the complaints it receives and how they were resolved."],
    ['present', "Notwithstanding any obligation of confidentiality, the Vendor may:\n\n(a) notify law-enforcement, regulatory or international bodies of any credible allegation of Misuse; and\n(b) include in its annual transparency report statistics on misuse complaints and their outcomes, without identifying the Customer's operations."],
    ['present', "Although we keep your information confidential, we can tell the relevant authorities if we suspect the service is being misused, and we publish yearly figures about the complaints we received and what we did about them."],
    ['present', "The confidentiality obligations of this Contract shall not prevent THE SELLER from informing the competent authorities of any suspected misuse of THE EQUIPMENT, nor from publishing aggregate data on the reports received and their follow-up."],
    ['present', "19.1 Each party shall keep the other's Confidential Information confidential.\n\n19.3 Clause 19.1 does not apply to:\n\n(a) disclosure by the Licensor to a competent authority of information about actual or suspected Misuse; or\n(b) the Licensor's public reporting, in aggregated form, of complaints received and their resolution."],
    ['present', "Disclosure of suspected misuse to competent authorities, and publication of aggregated data on complaints and their resolution, may be made by the Seller notwithstanding Article 15 (Secrecy)."],
    // Authorities only; publication only; only with the customer's consent; only after a final judgment.
    ['weak', "Nothing in clause 20 (Confidentiality) prevents the Supplier from reporting suspected misuse of the System to the competent authorities."],
    ['weak', "The Supplier may publish an annual report containing aggregated information on complaints of misuse and their resolution."],
    ['weak', "The Seller may report suspected misuse of the Equipment to a competent authority with the prior written consent of the Buyer."],
    ['weak', "The Supplier may report misuse of the System to the competent authorities only once the misuse has been established by a final court judgment."],
    // Secrecy towards everyone, including authorities; non-disparagement.
    ['contradicted', "The Supplier shall not disclose to any person, including any governmental or international authority, any information about the Customer or its use of the System."],
    ['contradicted', "21. Notwithstanding clause 20, the Supplier may report suspected misuse to competent authorities and publish aggregated information about complaints and their resolution.\n\n## Amendment No. 2\n\nClause 21 is replaced with the following: \"The Supplier shall not disclose any information about the Customer's operations to any authority and shall make no public statement about the Customer or the System.\""],
    ['contradicted', "The Vendor shall keep the existence and terms of this Agreement and all information about the Customer's use of the Products secret, without exception, and shall make no statement disparaging the Customer."],
    ['contradicted', "We will never tell anyone, including any government, anything about how you use the service."],
    // Generic confidentiality, the customer's incident reports, publicity, the customer's reports about the seller.
    ['missing', "Each party shall keep confidential the other's Confidential Information, save that either party may disclose it to its professional advisers or where required by law."],
    ['missing', "The Customer shall report any security incident affecting the System to the Supplier within 24 hours."],
    ['missing', "The Supplier may name the Customer as a reference client only with the Customer's prior written consent."],
    ['missing', "The Customer may report suspected fraud by the Supplier's personnel to its anti-corruption authority."],
  ]);
});

describe('compliance-certification (general vocabulary, round 7a)', () => {
  gradeTable(complianceCertification, [
    ['present', "The Customer shall deliver to the Supplier, every six months and before each renewal of the Support Services, a certificate signed by a senior officer confirming that the Customer has complied with Schedule 5 (Human Rights Terms)."],
    ['present', "Before each Maintenance Period, and in any event at least once a year, the Licensee shall certify in writing its compliance with the human rights obligations in clause 12."],
    ['present', "THE BUYER shall provide THE SELLER annually, and prior to each extension of the maintenance contract, with a declaration attesting to its compliance with the human rights undertakings of Article 9."],
    ['present', "Every year, and before each renewal, you must confirm to us in writing that you have complied with the human rights terms."],
    ['present', "An annual compliance certificate in respect of the Human Rights Obligations shall be furnished by the Purchaser, and a further such certificate is to be furnished before each renewal of the annual maintenance contract."],
    ['present', "1.14 \"Responsible Use Terms\" means the human rights undertakings in Schedule 3.\n\n2. The Supplier shall deliver the Platform within 30 days.\n\n16. It is a condition precedent to each renewal of the Subscription that the Customer has delivered a written certification of its compliance with the Responsible Use Terms; the Customer shall also deliver such a certification every quarter."],
    // A one-time certificate at signing or delivery.
    ['weak', "On the date of this Agreement, the Customer shall deliver a certificate confirming its compliance with the human rights undertakings in clause 11."],
    ['weak', "As a condition of delivery, the End User shall sign the End-User Certificate in Annex C, confirming that it will comply with the human rights obligations of this Agreement."],
    ['weak', "By signing this Agreement, the Licensee certifies that it is in compliance with the Licensor's Human Rights Policy."],
    ['weak', "Upon execution of this Contract, the Purchaser shall furnish a declaration of compliance with the human rights undertakings in Article 9."],
    // The certification waived, alone, by a notwithstanding clause, or by amendment.
    ['contradicted', "The Customer shall not be required to provide any certificate, declaration or other confirmation of its compliance with the human rights terms of this Agreement."],
    ['contradicted', "14.3 Every year and before each renewal, the Customer shall certify in writing its compliance with the human rights terms.\n\n40. Notwithstanding clause 14.3, no certification of compliance shall be required from the Customer at any time."],
    ['contradicted', "14.3 Every year and before each renewal, the Customer shall certify in writing its compliance with the human rights terms.\n\n## Amendment No. 1\n\nClause 14.3 is replaced with the following: \"The Customer shall not be obliged to give any certification of compliance.\""],
    // A certificate of conformity, a user-count certificate, the seller's ISO certificate, a capacity warranty.
    ['missing', "The Supplier shall provide a certificate of conformity with each shipment of Equipment."],
    ['missing', "The Customer shall certify to the Supplier each year the number of Named Users, for billing purposes."],
    ['missing', "The Supplier shall maintain its ISO/IEC 27001 certification throughout the Term."],
    ['missing', "Each party represents that it has full power and authority to enter into this Agreement."],
  ]);
});

describe('renewal-reassessment (general vocabulary, round 7a)', () => {
  gradeTable(renewalReassessment, [
    ['present', "The Initial Term is one year. Each renewal, and any new deployment or material change in the Customer's use, is conditional on the Supplier completing a new human rights due diligence assessment, and the Supplier may decline to renew on the basis of its findings."],
    ['present', "This Contract is concluded for a period of twelve months. Its extension, as well as any extension of the scope of use, is subject to a prior human rights risk assessment by THE SELLER, who may refuse the extension in the light of its results."],
    ['present', "This licence lasts one year. Before renewing it, or before you start using the tool in a new way, we will redo our human rights review, and we can say no to renewal based on what we find."],
    ['present', "The Licence Term is 12 months. Renewal of the Licence shall not be granted unless a fresh human rights due diligence review has been carried out by the Licensor, including after any new activity or material change in the political situation of the Customer's State, and the Licensor may refuse renewal on the outcome of that review."],
    ['present', "The Term is 18 months. Before any extension of the Term, the Supplier must undertake a human rights impact assessment, and may refuse to extend the Term if the assessment identifies an unacceptable risk. The same applies before any new use case or significant change in the End User's circumstances."],
    ['present', "The contract period shall be one year. Extension of the contract period, or addition of any new activity, shall be subject to a fresh human rights due diligence review by the Vendor; the Vendor's right to refuse extension on the outcome of such review shall be absolute."],
    // Automatic renewal unless the customer objects; renewal at the customer's option; a review with no right to refuse.
    ['weak', "This Agreement renews automatically for successive one-year periods unless the Customer gives notice of non-renewal at least 60 days before expiry."],
    ['weak', "The Customer may extend the Term for further periods of two years each by written notice to the Supplier."],
    ['weak', "Before each renewal the Supplier may conduct a human rights review, the results of which shall be shared with the Customer."],
    ['weak', "Upon expiry of the Initial Term, the Subscription shall continue for successive twelve-month renewal terms unless the Customer cancels it."],
    // Indefinite renewal the seller cannot refuse; a perpetual licence; a notwithstanding clause.
    ['contradicted', "The Licence shall renew automatically and indefinitely, and the Licensor shall have no right to refuse or withhold any renewal."],
    ['contradicted', "The licence granted in clause 3 is perpetual and irrevocable."],
    ['contradicted', "16.2 Each renewal is conditional on a fresh human rights due diligence review by the Supplier, and the Supplier may refuse to renew on its outcome. The Term is one year.\n\n38. Notwithstanding clause 16.2, the Supplier shall not refuse to renew this Agreement for any reason other than non-payment."],
    ['contradicted', "The Term shall be extended automatically for successive five-year periods, and the Vendor waives any right not to extend it."],
    // Termination for convenience, an annual fee review, assignment, insurance renewals.
    ['missing', "Either party may terminate this Agreement for convenience on 90 days' written notice."],
    ['missing', "The Supplier may review the Fees annually in line with the consumer price index."],
    ['missing', "Neither party may assign its rights under this Agreement without the prior written consent of the other."],
    ['missing', "The Customer shall renew its insurance policies annually and provide the Supplier with certificates of insurance."],
  ]);
});
