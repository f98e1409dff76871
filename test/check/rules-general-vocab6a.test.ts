// Generalisation round 6 (a) for five rules, written blind from the spec: outcome drafting
// ("is responsible for ensuring that no ..."), warranties, licence conditions, negative
// definitions, the seller's rights as a list, elements split over two sentences, lead-ins with
// bullet items, Markdown tables, definitions far above their use, UK public sector ("shall procure
// that"), US ("agrees that"), civil-law translations ("is obliged to", "undertakes to"), plain
// "we/you" terms, passive voice and nominalisations, conditions precedent, with near-misses that
// must not count (compliance with laws, the seller's own duties, duties to the wrong party,
// "notwithstanding", "subject to local law", discretion, deletion by amendment).
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

const SERIOUS_CRIME = "\"Serious Crime\" means an offence involving violence, organised crime, trafficking in persons or corruption that carries a maximum penalty of at least four years' imprisonment.";
const TERRORISM = "\"Terrorism\" means an act intended to cause death or serious bodily harm to civilians in order to intimidate a population or compel a government to act, and never includes peaceful protest, journalism or the expression of opinion or criticism.";

describe('end-use-limitation (general vocabulary, round 6a)', () => {
  gradeTable(endUseLimitation, [
    ['present', `1.1 ${SERIOUS_CRIME}\n\n1.2 ${TERRORISM}\n\n2. The Customer shall pay the Fees within 30 days of invoice.\n\n7. The Licensee shall:\n\n- permit only the Federal Investigation Bureau of Xandria (the "End User") to use the System;\n- use the System solely for the prevention and investigation of Serious Crime and Terrorism; and\n- use the System only within the End User's own operations and not on behalf of any other body.`],
    ['present', `${SERIOUS_CRIME} ${TERRORISM}\n\nThe Customer is responsible for ensuring that the System is used by no one other than the Criminal Investigation Department of the Ministry of Interior of Ruritania, for no purpose other than the investigation of Serious Crime and Terrorism, and in no operation conducted for or on behalf of another agency.`],
    ['present', "It is a condition of this licence that the Software is operated only by the National Counter-Terrorism Unit for its own operations, and only to prevent or investigate terrorism or serious crime. In this clause \"serious crime\" means an offence carrying a maximum sentence of at least four years' imprisonment, and \"terrorism\" means violence against civilians intended to intimidate a population, which peaceful protest or criticism of the government never is."],
    ['present', `"Permitted Use" means use by the Anti-Corruption Directorate (the "Authorized End User") in its own investigations of Serious Crime, and excludes any use by or for another ministry, agency or person and any use for a purpose other than preventing or investigating Serious Crime.\n\n${SERIOUS_CRIME}\n\nThe Customer shall not use the Product other than for the Permitted Use.`],
    ['present', `## 1. Definitions\n\n${SERIOUS_CRIME}\n\n${TERRORISM}\n\n## 5. End Use\n\nThe Customer represents and warrants that the sole end user of the Products will be the Directorate of Border Security of Veldonia, which will use them only in its own operations and only for the prevention, detection and investigation of Serious Crime and Terrorism.`],
    ['present', `1.2 ${SERIOUS_CRIME} ${TERRORISM}\n\n## Schedule 2 - End Use\n\n| Requirement | Detail |\n| --- | --- |\n| Authorized End User | The National Police of Xandria, and no other body |\n| Authorized Purpose | Prevention and investigation of Serious Crime and Terrorism, as defined in clause 1.2 |\n| Operations | The End User's own operations only; no use on behalf of any third party |`],
    ['present', `Section 2. ${SERIOUS_CRIME} ${TERRORISM}\n\nSection 6. The Agency agrees that the System will be used only by the Agency's Criminal Investigations Division, only for that Division's own investigations, and only for the investigation of Serious Crime and Terrorism.`],
    ['present', "You (the State Police Service of Norland) may use the service only for your own operations and only to prevent or investigate serious crime or terrorism. \"Serious crime\" means an offence carrying a maximum sentence of at least four years in prison. \"Terrorism\" means violence against civilians intended to intimidate a population or coerce a government; it never includes peaceful protest, journalism or criticism of the government."],
    ['present', "The Buyer is obliged to ensure that the Equipment is used exclusively by the Central Bureau of Investigation of the Buyer, within its own activities, and exclusively for the purpose of preventing and prosecuting serious crimes and acts of terrorism. For this purpose, serious crimes are offences punishable by deprivation of liberty of not less than five years, and acts of terrorism are acts of violence against civilians committed to intimidate the population, excluding the peaceful expression of opinions."],
    ['present', `Use of the System is limited to the Special Investigations Unit of the Ministry of the Interior (the "End User"). The System may be used by the End User only in its own operations and only for the investigation of Serious Crime and Terrorism, as those terms are defined in Schedule 1.\n\n## Schedule 1\n\n${SERIOUS_CRIME}\n\n${TERRORISM}`],
    // Lawful purposes only, an open-ended end user, an undefined purpose, domestic-law definitions, local law.
    ['weak', "The Customer shall use the System only for lawful purposes and not in violation of any law."],
    ['weak', `${SERIOUS_CRIME} ${TERRORISM}\n\nThe Customer, its affiliates and any government body designated by the Customer may use the System for the prevention and investigation of Serious Crime and Terrorism.`],
    ['weak', "The End User is the State Security Service. The Licensee shall use the Software, within the End User's own operations, solely for the purposes of national security and public order."],
    ['weak', "The System may be used only by the National Police for its own investigations of Serious Crime. \"Serious Crime\" has the meaning given to it by the laws of the Customer's country."],
    ['weak', "The End User shall operate the Platform in accordance with applicable law."],
    ['weak', `${SERIOUS_CRIME} ${TERRORISM}\n\nThe System shall be used only by the National Police of Xandria, for its own operations, for the investigation of Serious Crime and Terrorism.\n\n## 29. Governing Law\n\nIn the event of any conflict between this Agreement and the law of the Customer's country, the law of the Customer's country shall prevail.`],
    // Compliance with laws, fees and delivery, the seller's own use of data, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Customer shall pay the Fees within 30 days of invoice. The Supplier shall deliver the System to the Customer's premises within 60 days."],
    ['missing', "The Supplier shall use the Customer's contact details only for the purpose of administering this Agreement."],
    ['missing', `## 4. End Use\n\n${SERIOUS_CRIME}\n\nThe System shall be used only by the National Police of Xandria for its own investigations of Serious Crime.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 4 (End Use) is deleted in its entirety.`],
    // The customer decides the purposes; domestic law authorises any use.
    ['contradicted', "The Customer shall in its sole discretion determine the purposes for which the System is used."],
    ['contradicted', "Any use permitted under the Customer's domestic law is an authorized use of the System."],
    ['contradicted', `${SERIOUS_CRIME}\n\n4.1 The System shall be used only by the National Police of Xandria for its own investigations of Serious Crime.\n\n27.2 Notwithstanding clause 4.1, the Customer may make the System available to any other department of its government for any purpose the Customer considers appropriate.`],
    ['contradicted', "The Licensee shall be entitled to:\n\n- install the Software on up to ten servers;\n- use the Software for any purpose that the Licensee determines; and\n- make backup copies of the Software."],
  ]);
});

describe('use-restrictions (general vocabulary, round 6a)', () => {
  gradeTable(useRestrictions, [
    ['present', "The Licensee shall not use the System:\n\n- against any person for exercising the rights of freedom of expression, peaceful assembly, association or religion, or the right to privacy;\n- to target journalists, human-rights defenders, lawyers, political opponents or members of minority groups; or\n- for mass or untargeted surveillance of any population."],
    ['present', "The Customer is responsible for ensuring that no one uses the Platform to monitor a person because of their political opinions, peaceful protest, trade-union membership or religious belief, to single out journalists, activists, dissidents or ethnic minorities, or to collect communications in bulk without a specific target."],
    ['present', "\"Permitted Use\" excludes (a) any surveillance of a person for the lawful exercise of freedom of speech, assembly or association; (b) any targeting of a journalist, human-rights defender, lawyer or political opponent; (c) any targeting on grounds of race, ethnicity, religion, gender or sexual orientation; and (d) indiscriminate or bulk interception.\n\nThe Customer shall use the Product only for the Permitted Use."],
    ['present', "The End User represents and warrants that it will not deploy the Software to surveil journalists, dissidents, lawyers or human rights defenders, or anyone for the peaceful exercise of expression, assembly or religious freedom, and that it will not use the Software for generalised, untargeted monitoring."],
    ['present', "It is a condition of this licence that the Licensed Technology is never used (i) to target any individual for exercising freedom of expression, association, assembly or privacy, (ii) against journalists, human rights defenders or political opponents, or (iii) for bulk surveillance. The licence permits no more than 25 concurrent targets."],
    ['present', "The Customer shall observe the following restrictions on use of the System:\n\n| Prohibited use | Detail |\n| --- | --- |\n| Rights-based targeting | No use against any person for exercising freedom of expression, assembly, association or religion |\n| Protected groups | No targeting of journalists, human rights defenders, lawyers, dissidents or minority groups |\n| Mass surveillance | No bulk or untargeted collection of communications |"],
    ['present', "The Buyer undertakes not to use the Equipment for the persecution of persons on account of their opinions, their participation in peaceful assemblies or associations, or their religion, nor for the surveillance of journalists, lawyers, human rights defenders or the political opposition, nor for the indiscriminate interception of communications."],
    ['present', "You must not use the service to spy on people because of what they say, what they believe or who they meet. You must not use it against journalists, activists, lawyers or political opponents, and you must not use it for mass surveillance."],
    ['present', "The Authority shall procure that the System is not used to target any individual on the basis of their political opinion, religion, ethnicity or sexual orientation, or for exercising rights of expression, assembly or association; that no journalist, human rights defender or lawyer is targeted; and that the System is not used for untargeted bulk interception."],
    ['present', "Targeting of journalists, human rights defenders, political opponents or members of minority groups, surveillance of any person by reason of the exercise of freedom of expression, assembly or association, and bulk collection of communications are prohibited uses of the System."],
    ['present', "1.7 \"Protected Persons\" means journalists, human rights defenders, lawyers, political opponents, dissidents and members of religious or ethnic minorities.\n\n2. The Supplier shall deliver the System within 90 days.\n\n3. The Customer shall pay the Fees quarterly in advance.\n\n12. The Customer shall not use the System against Protected Persons, against any person for the exercise of freedom of expression, assembly, association or privacy, or for bulk surveillance."],
    // A generic acceptable-use list, export-law end uses only, "to the extent prohibited by local law", local law prevails.
    ['weak', "The Customer shall not use the Service to send spam, distribute malware, infringe intellectual property rights or interfere with the operation of the Service."],
    ['weak', "The Customer shall not use the Products in connection with the development of weapons of mass destruction or supply them to any sanctioned party."],
    ['weak', "The Customer shall not use the System against journalists, political opponents or persons exercising freedom of expression, to the extent that such use is prohibited by local law."],
    ['weak', "The Licensee shall not:\n\n- use the Software to send unsolicited commercial communications;\n- use the Software to transmit unlawful, defamatory or obscene content; or\n- attempt to gain unauthorized access to other systems."],
    ['weak', "8. The Customer shall not use the System to target journalists, human rights defenders or political opponents, against any person for exercising freedom of expression or assembly, or for bulk surveillance.\n\n29. This Agreement shall be interpreted only in accordance with the law of the Customer's State, which prevails over any provision of this Agreement in case of conflict."],
    // Compliance with laws, the seller's own equality duties, journalists in a publicity clause.
    ['missing', "Each party shall comply with all applicable laws and regulations."],
    ['missing', "The Supplier shall ensure that its personnel do not discriminate on grounds of race, religion or sexual orientation in recruitment and promotion."],
    ['missing', "Neither party shall make any statement to journalists or the media about this Agreement without the other party's prior written consent."],
    ['missing', "## 8. Restrictions\n\nThe Customer shall not use the System to target journalists, human rights defenders or political opponents, against any person for exercising freedom of expression, or for bulk surveillance.\n\n## 31. Amendment\n\nBy Amendment No. 2 dated 1 June 2025, clause 8 (Restrictions) is deleted."],
    // National-security carve-outs and an unrestricted right to target.
    ['contradicted', "No restriction in this Agreement shall limit the Customer's use of the System for national security purposes."],
    ['contradicted', "8. The Customer shall not use the System to target journalists, human rights defenders or political opponents, or against any person for exercising freedom of expression.\n\n27. Notwithstanding clause 8, nothing in this Agreement limits the Customer's national-security or intelligence activities."],
    ['contradicted', "Nothing in these terms restricts how you use the platform for national security or intelligence purposes."],
    ['contradicted', "The Customer may use the System against any target it selects, including any individual or group, without restriction."],
  ]);
});

describe('lawful-authorization (general vocabulary, round 6a)', () => {
  gradeTable(lawfulAuthorization, [
    ['present', "Before each use of the System the Customer shall:\n\n- obtain a warrant or order from a judge or other independent judicial authority under published law;\n- ensure that the use is necessary and proportionate to a legitimate aim; and\n- keep a record of each authorization for at least five years."],
    ['present', "The Customer is responsible for ensuring that no interception is carried out with the System unless a court has authorized it in advance under a published statute, that each interception is necessary and proportionate, and that a record of every court authorization is retained."],
    ['present', "It is a condition of this licence that every deployment of the Software against a target is authorised beforehand by a judicial authority independent of the End User, under publicly available law, as necessary and proportionate to the investigation concerned. The End User shall keep copies of all such authorisations."],
    ['present', "The Agency represents and warrants that each operation using the Product will be approved in advance by an independent judicial officer in accordance with published legislation, that the judicial officer will have found the operation necessary and proportionate, and that the Agency will keep records of each approval."],
    ['present', "## Schedule 3 - Legal Process\n\n| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| Obtain a judicial warrant under published law for each target | Customer | Before each use |\n| Confirm the use is necessary and proportionate | Customer | Before each use |\n| Keep a record of every warrant | Customer | Throughout the Term and for five years after |"],
    ['present', "The Buyer is obliged to use the System only on the basis of a decision of a competent court issued under the published law of the Buyer's State, and only insofar as the measure is necessary and proportionate. The Buyer undertakes to keep a register of all such decisions."],
    ['present', "No target shall be entered into the System without prior authorization by a court or other independent authority acting under published law. Such authorization shall be granted only where the measure is necessary and proportionate to a legitimate aim, and the Customer shall retain a record of it."],
    ['present', "You must get a warrant from a judge, under published law, before you use the tool against anyone. You may use it only where that is necessary and proportionate, and you must keep a copy of each warrant."],
    ['present', "The Authority shall procure that each use of the System is authorised in advance by a Judicial Commissioner or other independent judicial authority under published legislation, is necessary and proportionate, and is recorded in a register of authorisations."],
    ['present', "The Agency agrees that it will operate the System only pursuant to a warrant or court order issued by an independent court under a published statute, will limit each operation to what is necessary and proportionate, and will maintain records of each warrant or order."],
    ['present', "The following are conditions precedent to each use of the System against a target: (a) a warrant issued by an independent judge under published law; (b) a written finding by that judge that the use is necessary and proportionate; and (c) the entry of the warrant in the Customer's register of authorizations."],
    // Self-authorisation, no necessity or proportionality, only what the law requires, only where local law requires.
    ['weak', "Each use of the System shall be authorized in writing by the head of the Customer's intelligence directorate, who shall confirm that it is necessary and proportionate, and the Customer shall keep a record of each authorization."],
    ['weak', "The Customer shall obtain a court order before each use of the System and shall keep records of all court orders."],
    ['weak', "The Customer shall obtain any authorization required under applicable law before using the System against a target."],
    ['weak', "Where required by local law, the Customer shall obtain a judicial warrant before each use of the System, limited to what is necessary and proportionate, and shall keep a record of each warrant."],
    ['weak', "Before any operation, the Licensee shall:\n\n- obtain the written approval of a senior officer of the Licensee; and\n- record the legal basis of the operation."],
    // Compliance with laws, the seller's export licences, corporate authority, authorised users.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Supplier shall obtain all export licences and other authorizations needed to deliver the System to the Customer."],
    ['missing', "Each party warrants that it has full power and authority to enter into this Agreement and that its execution has been duly authorized."],
    ['missing', "The Customer shall ensure that only Authorized Users access the System, each with unique log-in credentials."],
    // No warrant needed; the customer alone decides.
    ['contradicted', "The Customer shall not be required to obtain any warrant, court order or other authorization for any use of the System."],
    ['contradicted', "You don't need a warrant, a court order or anyone's approval to use the platform."],
    ['contradicted', "6. The Customer shall obtain a warrant from an independent judge under published law before each use of the System, limited to what is necessary and proportionate, and shall keep a record of each warrant.\n\n27. Notwithstanding clause 6, the Customer need not obtain any warrant, court order or other authorization for operations that it designates as national-security operations."],
  ]);
});

describe('data-protection (general vocabulary, round 6a)', () => {
  gradeTable(dataProtection, [
    ['present', "In relation to data collected with the System (\"Collected Data\"), the Customer shall:\n\n- collect only the data necessary for the authorized investigation;\n- restrict access to Collected Data to cleared personnel of the End User and store it securely;\n- delete Collected Data when it is no longer needed and in any event within 12 months; and\n- not share Collected Data with any third party or foreign government without the Supplier's prior written authorization."],
    ['present', "The Customer is responsible for ensuring that data gathered through the Platform is limited to what the investigation requires, is analysed only by its authorized analysts, is held on secured servers for no more than two years and then destroyed, and is not disclosed to any other agency, third party or foreign government unless a court has authorized the disclosure."],
    ['present', "It is a condition of this licence that Intercepted Material is (a) minimised to what is necessary, (b) stored encrypted and accessible only to vetted officers of the End User, (c) erased after 180 days unless needed for an ongoing prosecution, and (d) never passed to a third party or foreign authority without prior authorization."],
    ['present', "\"Permitted Processing\" of Collected Data means processing by the End User's authorized personnel, on secure systems, for the investigation for which the data was collected, and excludes any collection beyond what that investigation needs, any retention beyond 12 months, and any disclosure to a third party or a foreign government without judicial authorization.\n\nThe Customer shall not process Collected Data other than by Permitted Processing."],
    ['present', "The Customer shall meet the following requirements for data collected with the System:\n\n| Requirement | Detail |\n| --- | --- |\n| Minimisation | Collect only data necessary for the authorised purpose |\n| Access | Only authorised analysts of the End User may analyse Collected Data, on secured systems |\n| Retention | Delete Collected Data after 12 months |\n| Sharing | No disclosure to third parties or foreign governments without the Supplier's written consent |"],
    ['present', "The Buyer undertakes to limit the collection of personal data by means of the System to the minimum necessary, to store such data in protected systems accessible only to authorised staff, to erase it as soon as it is no longer required for the purpose of collection, and not to transmit it to third parties or to authorities of other states without prior authorisation."],
    ['present', "You must collect only the data you need, keep it secure and let only your authorized investigators see it. You must delete it once the case closes. You must not share it with anyone else, including another country's government, unless a judge approves."],
    ['present', "The Authority shall procure that Product Data is minimised, held securely with access restricted to security-cleared staff, destroyed at the end of a retention period not exceeding two years, and not transferred to any third party or overseas government without prior authorisation."],
    ['present', "Personal data obtained by means of the System shall be limited to what is strictly necessary and shall be processed only by authorized personnel of the End User in a secure environment. It shall be deleted within 90 days after the investigation ends and shall not be shared with any third party or foreign government without prior authorization."],
    ['present', "The Customer represents and warrants that all data collected through the Product will be minimised, protected against unauthorised access, analysed only by its authorised staff, retained no longer than 12 months and then deleted, and not disclosed to any third party or foreign state without authorization."],
    // Confidentiality only, security only, retention only, sharing limited only as local law requires.
    ['weak', "The Customer shall keep all Customer Data confidential."],
    ['weak', "The Customer shall protect data collected with the System using industry-standard encryption and access controls."],
    ['weak', "The Licensee shall:\n\n- store data collected with the Software on encrypted servers; and\n- apply multi-factor authentication to every account."],
    ['weak', "The Customer shall delete data collected with the System after 12 months."],
    ['weak', "Except as required or permitted by local law, the Customer shall not share data collected with the System with third parties."],
    // Compliance with laws, the seller's own handling of contact details, passwords, backups, a deleted clause.
    ['missing', "Each party shall comply with all applicable laws and regulations."],
    ['missing', "The Supplier shall keep the Customer's billing and contact details confidential and use them only to administer this Agreement."],
    ['missing', "The Customer shall keep its passwords confidential and shall back up its own files regularly; the Supplier is not liable for any loss of files."],
    ['missing', "## 9. Collected Data\n\nThe Customer shall collect only the data necessary, restrict access to authorized staff, delete collected data within 12 months and not share it with any third party or foreign government without authorization.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 9 (Collected Data) is deleted in its entirety."],
    // Free sharing; the seller's own use of collected data.
    ['contradicted', "The Customer may share any data obtained through the System with any government authority."],
    ['contradicted', "The Vendor may use data collected or processed with the Software, in de-identified or aggregated form, to train its models and improve its products."],
    ['contradicted', "9. The Customer shall collect only the data necessary, restrict access to authorized staff, delete collected data within 12 months and not share it with any third party or foreign government without authorization.\n\n27. Notwithstanding clause 9, the Customer may disclose collected data to any foreign intelligence service with which it has a cooperation arrangement."],
    ['contradicted', "We may keep and use the data you collect through the service for our own purposes, including developing new products."],
    ['contradicted', "Data obtained by means of the System may be shared by the Customer with any domestic or foreign authority at its discretion."],
  ]);
});

describe('no-transfer (general vocabulary, round 6a)', () => {
  gradeTable(noTransfer, [
    ['present', "The Licensee shall not:\n\n- sell, sublicense, lend, transfer or otherwise make the Software or access to it available to any other person, including any other government agency;\n- allow any contractor to operate the Software without the Licensor's prior written consent; or\n- modify, decompile or reverse engineer the Software.\n\nAny diversion of the Software to an unauthorized end user is a material breach."],
    ['present', "The Customer is responsible for ensuring that no other agency, department, contractor or third party obtains the System or access to it, by sale, loan, sublicence or otherwise, without the Supplier's prior written consent, and that the System is not modified, adapted or reverse-engineered."],
    ['present', "It is a condition of this licence that the Licensed Technology is not resold, sublicensed, lent, shared or transferred to any other entity, including other ministries and private contractors, and is not modified or reverse engineered. Any diversion to an unauthorized end user is a breach of this condition."],
    ['present', "The End User represents and warrants that it will not transfer, resell, lend or share the Products or access to them with any other agency or any contractor, will not allow any non-governmental entity to operate them without the Seller's consent, and will not modify or reverse engineer them."],
    ['present', "## Schedule 5 - Control of the System\n\n| Obligation | Responsible party | Timing |\n| --- | --- | --- |\n| No sale, sublicence, loan, transfer or sharing of the System with any other entity, including other agencies | Customer | Throughout the Term |\n| No operation by contractors without the Supplier's written consent | Customer | Throughout the Term |\n| No modification or reverse engineering | Customer | Throughout the Term |"],
    ['present', "The Buyer is obliged not to resell, lend, rent or otherwise transfer the Equipment to third parties, including other state bodies, not to entrust its operation to private contractors without the Seller's consent, and not to modify or disassemble it."],
    ['present', "You must not sell, lend, share or give the software, or access to it, to anyone else, including other government agencies. You must not let contractors run it without our written permission, and you must not change it or reverse engineer it."],
    ['present', "The Authority shall procure that the System is not sold, sub-licensed, transferred or made available to any other public body or third party, that no contractor operates it without the Supplier's prior written consent, and that it is not modified or reverse engineered."],
    ['present', "The Licensor reserves all rights not expressly granted. The licence is personal to the End User and excludes any right to sublicense, assign, lend, share or transfer the Software or access to it, to have it operated by a contractor without the Licensor's consent, or to modify, adapt or reverse engineer it."],
    ['present', "Transfer, resale, sublicensing or sharing of the Platform or of access to it with any other agency or entity, operation by non-governmental contractors without the Vendor's prior consent, and modification or reverse engineering of the Platform are each prohibited."],
    // Affiliates and government bodies free, assignment only, employees and contractors, reverse engineering only.
    ['weak', "The Customer shall not sell, lend or transfer the System, except to its affiliates and to other governmental entities, and shall not modify or reverse engineer it."],
    ['weak', "Neither party may assign this Agreement without the prior written consent of the other party."],
    ['weak', "The Software may be used only by the Customer's employees and contractors. The Customer shall not sell or sublicense the Software."],
    ['weak', "The Licensee shall not:\n\n- decompile, disassemble or reverse engineer the Software; or\n- remove any proprietary notices from the Software."],
    // Compliance with laws, the seller's subcontracting, title and risk, data transfers, a deleted clause.
    ['missing', "Each party shall comply with all laws and regulations that apply to it in performing this Agreement."],
    ['missing', "The Supplier shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent."],
    ['missing', "Title to the Equipment passes to the Customer on payment in full; risk passes on delivery."],
    ['missing', "The Supplier may transfer personal data outside the European Economic Area only with appropriate safeguards."],
    ['missing', "## 8. No Transfer\n\nThe Customer shall not sell, lend, transfer or share the System with any other agency or contractor and shall not modify it.\n\n## 30. Amendment\n\nBy Amendment No. 1, clause 8 (No Transfer) is deleted in its entirety."],
    // Free transfer to government bodies or successors.
    ['contradicted', "The Customer may freely transfer or make the System available to any agency of its government."],
    ['contradicted', "The Customer may assign this Agreement and transfer the licence to any government body or successor without the Supplier's consent."],
    ['contradicted', "8. The Customer shall not sell, lend, transfer or share the System with any other agency or contractor, and shall not modify or reverse engineer it.\n\n27. Notwithstanding clause 8, the Customer may share the System with any other agency of its government."],
    ['contradicted', "You can give access to the platform to any other department of your government whenever you like."],
  ]);
});
