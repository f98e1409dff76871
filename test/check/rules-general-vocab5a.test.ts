// Generalisation round 5 (a) for five rules, written blind from the spec: lead-ins with bullet or
// numbered items, Markdown tables, definitions far above their use, UK public sector ("shall
// procure that"), US ("agrees to"), civil-law translations ("is obliged to", "undertakes to"),
// plain "we/you" terms, passive voice and nominalisations, licence conditions, with near-misses
// that must not count (compliance with laws, the seller's own duties, duties to the wrong party,
// "notwithstanding", "subject to local law", discretion, final judgments, deletion by amendment).
import { describe } from 'vitest';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { training } from '../../src/check/rules/training.ts';
import { gradeTable } from './grade-table.ts';

describe('export-control-compliance (general vocabulary, round 5a)', () => {
  gradeTable(exportControlCompliance, [
    ['present', "The Licensee shall not:\n\n- export, re-export or transfer the Software, directly or indirectly, without any licence required under the U.S. Export Administration Regulations;\n- make the Software available to any person on a list maintained by the Office of Foreign Assets Control; or\n- use the Software in breach of U.S. sanctions."],
    ['present', "The Customer undertakes to:\n\n* comply with the export control and sanctions laws of the United States, the United Kingdom and the European Union that apply to the Equipment; and\n* obtain every authorisation those laws require before any export, re-export or transfer of the Equipment."],
    ['present', "## Schedule 4 - Compliance\n\n| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Comply with the Export Administration Regulations and OFAC sanctions | Customer | Throughout the Term |\n| No re-export or transfer of the System without a BIS licence | Customer | Before any re-export |"],
    ['present', "1.4 \"Export Laws\" means the Export Administration Regulations (15 C.F.R. Parts 730-774), the International Traffic in Arms Regulations and the sanctions programmes administered by the U.S. Department of the Treasury.\n\n2. The Customer shall pay the Fees within 30 days of invoice.\n\n3. The Supplier shall deliver the Equipment to the Delivery Point.\n\n11. The Customer shall comply with all Export Laws and shall not export, re-export or transfer the Equipment except as authorised under them."],
    ['present', "The Authority shall procure that the Goods are not exported, re-exported or transferred except in accordance with the Export Control Order 2008 and any licence granted under it, and shall comply with all UK sanctions regulations that apply to the Goods."],
    ['present', "The Buyer is obliged to observe the export control provisions of the Federal Republic of Germany and of the European Union, in particular Regulation (EU) 2021/821, and shall not re-export the goods without the authorisation required thereunder."],
    ['present', "You must comply with U.S. export control and sanctions laws. You must not export, re-export or transfer the software to another country, or give anyone access to it, without any licence those laws require."],
    ['present', "It is a condition of this licence that no export, re-export or transfer of the Software is made by the Licensee without the authorisations required by the export control laws of the United States."],
    // Only reasonable efforts, only the customer's own import/export law, local law first, a discretion.
    ['weak', "The Customer shall use reasonable efforts to comply with the U.S. Export Administration Regulations in relation to the System."],
    ['weak', "The Purchaser shall comply with the import and export laws of its own country in relation to the Equipment."],
    ['weak', "The Client undertakes to:\n\n- obtain any import permit required by the laws of the Republic of Xandria; and\n- pay all customs duties on the Equipment."],
    ['weak', "Subject to the local laws of the Customer's jurisdiction, the Customer shall comply with the U.S. export control laws and shall not re-export the System without a licence."],
    ['weak', "The Customer may, at its discretion, seek any licence required under U.S. export controls before re-exporting the System."],
    // Compliance with laws, the seller's own licence, data export, assignment, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Supplier shall obtain, at its own cost, any export licence required for the delivery of the Equipment to the Buyer."],
    ['missing', "The Customer shall not transfer Personal Data outside the European Economic Area without appropriate safeguards under the UK GDPR."],
    ['missing', "Neither party may assign or transfer this Agreement or any of its rights under it without the prior written consent of the other party."],
    ['missing', "## 14. Export Control\n\nThe Customer shall comply with the U.S. Export Administration Regulations and shall not re-export the System without a licence.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 14 (Export Control) is deleted in its entirety."],
    // The customer's laws alone govern re-export.
    ['contradicted', "Any export, re-export or transfer of the System by the Customer shall be governed exclusively by the laws of the Customer's country."],
    ['contradicted', "The Customer shall not be bound by the export control or sanctions laws of the United States or of any other foreign state."],
    ['contradicted', "9.1 The Licensee shall comply with the U.S. Export Administration Regulations and shall not re-export the Software without a licence.\n\n27.3 Notwithstanding clause 9.1, the Licensee's obligations concerning any re-export of the Software shall be determined solely by the laws of the Licensee's own jurisdiction."],
    ['contradicted', "We agree that only the laws of your country apply to any re-export or onward transfer of the software by you."],
  ]);
});

describe('human-rights-compliance (general vocabulary, round 5a)', () => {
  gradeTable(humanRightsCompliance, [
    ['present', "The Customer represents, warrants and undertakes that it shall:\n\n- use the System only in a manner consistent with internationally recognised human rights, including those in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights (in particular Articles 17 and 19); and\n- act in accordance with the Supplier's Human Rights Policy."],
    ['present', "The Licensee agrees to use the Software in a manner that respects internationally recognized human rights, as set forth in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, and in accordance with the Licensor's Human Rights Policy."],
    ['present', "The Buyer is obliged to use the Equipment in conformity with the human rights recognised in international law, in particular the International Covenant on Civil and Political Rights, and declares that it will not use it in violation of them."],
    ['present', "The Authority shall procure that the Licensed Software is used only in a manner compatible with the rights and freedoms set out in the European Convention on Human Rights and the International Covenant on Civil and Political Rights."],
    ['present', "You promise that you will use the platform in a way that respects human rights as recognised in international law, including the rights to privacy and to freedom of expression protected by the ICCPR."],
    ['present', "1.7 \"Human Rights\" means the rights recognised in the Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights and the other core United Nations human rights instruments.\n\n4. The Supplier shall deliver the Product within 60 days.\n\n5. The Customer shall pay the Price in two instalments.\n\n12. The Customer undertakes that its use of the Product shall at all times respect Human Rights."],
    ['present', "## Annex C - Customer Commitments\n\n| Requirement | Detail |\n| --- | --- |\n| Human rights | The Customer shall use the System consistently with the UDHR and the ICCPR, including the rights to privacy (Art. 17) and freedom of expression (Art. 19) |\n| Reporting | The Customer shall report quarterly on its use of the System |"],
    ['present', "It is a condition of this Licence that the Licensee:\n\n(a) uses the Software in accordance with international human rights law, including the ICCPR; and\n\n(b) pays the Licence Fee when due."],
    // Reduced to the customer's law, a policy with no customer undertaking, local law first, a discretion.
    ['weak', "The Customer shall respect human rights as required by applicable law."],
    ['weak', "\"Human Rights\" means the rights guaranteed by the Constitution and laws of the Republic of Xandria.\n\n## 8. Payment\n\nThe Customer shall pay each invoice within 30 days.\n\n## 15. Conduct\n\nThe Customer undertakes to use the System in full compliance with Human Rights."],
    ['weak', "The Supplier is committed to respecting human rights and has adopted a Human Rights Policy, which is published on its website."],
    ['weak', "Subject to local law, the Customer shall use the System consistently with the International Covenant on Civil and Political Rights."],
    ['weak', "The Customer shall have regard to the Universal Declaration of Human Rights to the extent the Customer, in its discretion, considers appropriate."],
    // Lawful use, compliance with laws, the seller's supply chain, acceptable use, a deleted clause.
    ['missing', "The Customer shall use the Services only for lawful purposes and not in violation of any applicable law."],
    ['missing', "Each party shall comply with all applicable laws, including anti-bribery and anti-corruption laws."],
    ['missing', "The Supplier shall take reasonable steps to ensure that slavery and human trafficking are not taking place in any of its supply chains."],
    ['missing', "The Customer shall comply with the Supplier's Acceptable Use Policy, which prohibits spam, malware and the infringement of intellectual property."],
    ['missing', "## 9. Human Rights\n\nThe Customer undertakes to use the System in accordance with the UDHR and the ICCPR.\n\n## 30. Amendments\n\nBy Amendment No. 2 dated 1 March 2025, clause 9 is deleted."],
    // Domestic law deemed full compliance; an express exclusion.
    ['contradicted', "The Supplier acknowledges that the Customer's compliance with the laws of its own country constitutes full compliance with any human rights obligations under this Agreement."],
    ['contradicted', "9.1 The Customer undertakes to use the System consistently with the Universal Declaration of Human Rights and the ICCPR.\n\n22.4 Notwithstanding clause 9.1 or any other provision of this Agreement, the Customer's human rights obligations shall be deemed fully satisfied by its compliance with its national legislation."],
    ['contradicted', "We agree that if you follow the laws of your own country, you have met every human rights commitment in these terms."],
    ['contradicted', "No provision of this Agreement shall be construed as imposing any human rights obligation on the Customer."],
  ]);
});

describe('grievance-mechanism (general vocabulary, round 5a)', () => {
  gradeTable(grievanceMechanism, [
    ['present', "The Supplier shall maintain a secure reporting channel through which any person may report suspected misuse of the System, anonymously if they wish.\n\nThe Customer shall:\n\n• inform all of its personnel who use the System of the reporting channel;\n\n• keep the identity of any reporter confidential; and\n\n• not retaliate against any person who makes a report in good faith."],
    ['present', "The Contractor shall operate a confidential whistleblowing line, open to anyone and accepting anonymous reports, for concerns about misuse of the Services. The Authority shall procure that the line is publicised to all staff who operate the Services and that no person suffers any detriment for having used it."],
    ['present', "| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Operate a secure grievance channel open to any person, allowing anonymous reports of misuse | Vendor | From the Effective Date |\n| Make the grievance channel known to all operators | Customer | Before first use and annually |\n| Protect reporters' confidentiality and refrain from any retaliation against them | Customer | At all times |"],
    ['present', "Anyone can tell us, without giving their name, if they think the tool is being misused, through our secure reporting page. You must tell your staff about this page, keep the identity of anyone who reports confidential, and you must not punish anyone for using it."],
    ['present', "The Purchaser undertakes to bring the Seller's complaints mechanism, which is secure and allows anonymous submissions by any person regarding misuse of the System, to the attention of its employees, and is obliged to refrain from any reprisal against persons who use it, whose identity shall remain confidential."],
    ['present', "\"Grievance Channel\" means the secure, confidential online channel operated by the Licensor through which any person, including anonymously, may report suspected misuse of the Software.\n\n## 3. Fees\n\nThe Licensee shall pay the Fees annually in advance.\n\n## 14. Reporting\n\nThe Licensee shall publicise the Grievance Channel to its personnel and shall not retaliate against anyone who uses it."],
    ['present', "Reports of suspected misuse of the System may be submitted by any person, anonymously, through the Contractor's secure hotline. The Government agrees to notify its personnel of the hotline, to protect the confidentiality of reporters, and to refrain from taking adverse action against any individual for making a report."],
    // A general abuse form or appeal route, internal reporting to management only, a discretion.
    ['weak', "Any person may report abuse of the Service using the abuse-reporting form on the Provider's website."],
    ['weak', "The Customer's personnel shall report any concerns about the use of the System to their line manager, who shall refer them to the Customer's senior management."],
    ['weak', "The Customer shall establish an internal complaints procedure through which its operators may raise concerns with management about the use of the System."],
    ['weak', "The Customer may, at its discretion, inform its personnel of the Supplier's misuse-reporting hotline."],
    ['weak', "Users affected by a decision of the Platform may:\n\n- appeal through the in-product appeal form; or\n- write to the Provider's trust and safety team."],
    // Dispute escalation, helpdesk, the seller's own bribery policy, service complaints, confidentiality.
    ['missing', "Any dispute arising out of this Agreement shall first be referred to the parties' respective managers for resolution."],
    ['missing', "The Customer may raise support requests through the Supplier's helpdesk portal, which is available 24 hours a day."],
    ['missing', "The Supplier shall maintain a whistleblowing policy enabling its own employees to report suspected bribery."],
    ['missing', "Complaints about the quality of the Services shall be made in writing to the Contract Manager within 10 Working Days."],
    ['missing', "Each party shall keep confidential the terms of this Agreement and any information received from the other party."],
    // Reporters punished, no channel allowed, a good clause undone later.
    ['contradicted', "The Customer may take disciplinary action against any member of its personnel who reports the Customer's use of the System to the Supplier or to any third party."],
    ['contradicted', "The Supplier shall not establish or operate any channel for the receipt of complaints from third parties concerning the Customer's use of the System."],
    ['contradicted', "## 14. Reporting\n\nAny person may report suspected misuse of the System, anonymously and in confidence, through the Supplier's secure hotline; the Customer shall publicise the hotline to its personnel and shall not retaliate against reporters.\n\n## 29. General\n\nNotwithstanding clause 14, the Customer may identify and take disciplinary action against any person who makes a report through the hotline."],
  ]);
});

describe('remediation (general vocabulary, round 5a)', () => {
  gradeTable(remediation, [
    ['present', "Where misuse of the System is found, the Customer shall:\n\n- take prompt corrective action to stop the misuse and prevent its recurrence;\n- provide, or cooperate in providing, an effective remedy to the persons affected; and\n- submit a remediation plan to the Supplier for its review and approval."],
    ['present', "If misuse of the Services is identified, the Authority shall procure that corrective measures are taken and that appropriate redress is provided to affected individuals, in accordance with a remediation plan which it shall submit to the Contractor for review within 30 days."],
    ['present', "In the event that misuse of the Equipment is established, the Buyer undertakes to adopt corrective measures, to provide reparation to the persons harmed or to cooperate in their reparation, and to submit its action plan to the Seller, which may review and comment on it."],
    ['present', "If we or you find that the tool has been misused, you must fix the problem, make things right for the people who were harmed (or help others do so), and send us your plan for doing this so that we can review it."],
    ['present', "| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Take corrective action following any finding of misuse | Customer | Within 10 days of the finding |\n| Provide or cooperate in remedy for affected persons | Customer | As set out in the Remediation Plan |\n| Submit the Remediation Plan for the Supplier's review | Customer | Within 30 days of the finding |"],
    ['present', "\"Remediation Plan\" means a written plan, reviewed and approved by the Licensor, setting out the corrective action the Licensee will take following Misuse and the remedy it will provide to affected persons.\n\n## 4. Payment\n\nFees are payable quarterly in advance.\n\n## 17. Misuse\n\nUpon any finding of Misuse, the Licensee shall implement a Remediation Plan."],
    ['present', "Following any confirmed misuse, corrective action shall be taken by the Customer and remedy shall be afforded to the affected persons under a remediation plan subject to review by the Vendor."],
    // Corrective action only, no seller review, a final judgment first, a discretion, reasonable efforts.
    ['weak', "If misuse of the System is found, the Customer shall take corrective action to prevent its recurrence."],
    ['weak', "The Customer shall compensate persons harmed by misuse of the System and take corrective action under a remediation plan reviewed by the Supplier, but only where the misuse has been established by a final, non-appealable judgment of a competent court."],
    ['weak', "Where misuse is found, the Customer may, at its discretion, offer redress to affected persons."],
    ['weak', "Where misuse of the Product is found, the Licensee shall take corrective action and provide an effective remedy to affected persons."],
    ['weak', "The Customer shall use reasonable efforts to remedy the effects of any misuse of the System on affected individuals."],
    // Cure periods, cumulative remedies, defect and vulnerability fixes, service-level plans.
    ['missing', "If either party commits a material breach which is capable of remedy, it shall remedy the breach within 30 days of written notice."],
    ['missing', "The rights and remedies provided under this Agreement are in addition to, and not exclusive of, any rights or remedies provided by law."],
    ['missing', "The Supplier shall remedy any Defect in the Software notified to it during the Warranty Period."],
    ['missing', "The Supplier shall remediate any critical security vulnerability in the Platform within 14 days of its discovery."],
    ['missing', "Where the Supplier fails to meet a Service Level, it shall submit a corrective action plan to the Customer for approval."],
    // No remedy owed; a good clause undone later.
    ['contradicted', "The Customer shall have no obligation to provide or fund any remedy to persons affected by its use of the System."],
    ['contradicted', "## 15. Remediation\n\nWhere misuse of the System is found, the Customer shall take corrective action, provide an effective remedy to affected persons and submit a remediation plan for the Supplier's review.\n\n## 31. General\n\nNotwithstanding clause 15, the Customer shall not be obliged to take any corrective action or to provide any remedy in respect of its use of the System."],
    ['contradicted', "You will never have to compensate or make amends to anyone affected by how you use the tool."],
  ]);
});

describe('training (general vocabulary, round 5a)', () => {
  gradeTable(training, [
    ['present', "The Customer shall ensure that each of its personnel who operates the System:\n\n- completes the Supplier's human rights training before being given access; and\n- repeats that training at least once every twelve months."],
    ['present', "The Authority shall procure that every officer authorised to use the Licensed Software has completed training on human rights and the lawful use of surveillance powers before being granted access, and refresher training annually thereafter."],
    ['present', "## Schedule 6 - Customer Obligations\n\n| Requirement | Detail |\n| --- | --- |\n| Human rights training | All Operators complete human rights training before first access to the Platform |\n| Refresher | Operators repeat the human rights training every year |"],
    ['present', "The Buyer is obliged to ensure that its operators receive training on international human rights standards prior to being granted access to the System and at regular intervals of no more than one year thereafter."],
    ['present', "Before anyone on your team can log in to the tool, they must finish our human rights course, and they must take it again every year."],
    ['present', "The Licensee agrees to require all users of the Software to complete human rights training prior to receiving credentials and annually thereafter, and to maintain records of such training."],
    ['present', "\"Human Rights Training\" means the course on privacy, freedom of expression and the lawful use of surveillance technology provided by the Vendor.\n\n## 2. Delivery\n\nThe Vendor shall deliver the System within 90 days.\n\n## 9. Access\n\nNo user account shall be issued to any Operator of the Customer unless that Operator has completed Human Rights Training, which each Operator shall repeat every twelve months."],
    ['present', "Completion of human rights training by each user shall be required by the Customer before access to the System is granted, and at six-monthly intervals thereafter."],
    // Once only, never before access, a discretion, reasonable endeavours, where practicable.
    ['weak', "The Customer shall ensure that its operators receive human rights training before they first use the System."],
    ['weak', "The Customer shall arrange annual human rights training for its personnel."],
    ['weak', "The Customer may, at its discretion, ask its personnel to attend human rights training offered by the Supplier."],
    ['weak', "The Customer shall use reasonable endeavours to ensure that its operators attend human rights awareness sessions before access and every year."],
    ['weak', "Where practicable, the Customer's operators should complete human rights training before access and annually."],
    // Product training, the seller's own staff, fees, qualifications, a deleted clause.
    ['missing', "The Supplier shall provide up to five days of operator training on the features and configuration of the System."],
    ['missing', "The Supplier shall ensure that its own staff complete anti-bribery training every year."],
    ['missing', "The Customer shall pay the Supplier's training fees at the rates set out in Schedule 2."],
    ['missing', "The Customer shall ensure that its personnel are suitably qualified and experienced to operate the System."],
    ['missing', "## 11. Training\n\nThe Customer shall ensure that all operators complete human rights training before access and annually thereafter.\n\n## 32. Variation No. 1\n\nClause 11 (Training) is deleted with effect from the Variation Date."],
    // An express waiver; a good clause undone later.
    ['contradicted', "The Customer shall not be required to provide any human rights training to its personnel."],
    ['contradicted', "## 11. Training\n\nThe Customer shall ensure that all operators complete human rights training before access and annually thereafter.\n\n## 28. General\n\nNotwithstanding clause 11, the Customer shall have no obligation to train its personnel in human rights."],
    ['contradicted', "You don't have to put your team through any human rights training to use the tool."],
  ]);
});
