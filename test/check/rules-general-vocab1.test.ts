// Generalisation tables for eight rules: each element, weakener and counter-clause in several
// legal styles (US, UK, civil-law translation, procurement, plain "we/you" terms, passive voice,
// nominalisations, lists with lead-ins), with near-misses that must not count. Written for these
// tests, not taken from the evaluation corpus.
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { training } from '../../src/check/rules/training.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('end-use-limitation (general vocabulary)', () => {
  gradeTable(endUseLimitation, [
    ['present', 'The Software is licensed solely for use by the Counter-Terrorism Directorate of the Ministry of Interior, for its own internal operations, and only for the prevention, detection and investigation of Serious Crime and Terrorism.\n\n"Serious Crime" means an offence involving violence punishable by at least four years\' imprisonment; the peaceful expression of an opinion is never Serious Crime.'],
    ['present', 'The Authority shall procure that the System is operated only by the National Crime Unit, exclusively for its own investigations into terrorism and serious organised crime, and for no other purpose.'],
    ['present', 'The END USER, namely the Judicial Police Directorate, undertakes to employ the SOLUTION exclusively within its own investigations for the repression of terrorism and serious crime.'],
    ['present', 'Use of the Platform is restricted to the Drug Enforcement Bureau, within the Bureau\'s own operations, and to the investigation of serious crime.'],
    ['weak', 'The Customer and its Affiliates may use the Software for the investigation of serious crime within their own operations.'],
    ['weak', 'The Licensee shall use the System only for lawful purposes.'],
    ['weak', 'The Customer shall not use the Product in any manner that contravenes applicable law.'],
    ['weak', 'The System shall be used by the State Security Service solely for its own operations in the interest of national security.'],
    ['weak', 'The Purchaser may deploy the Equipment only for the investigation of serious crimes, as those offences are defined under the Criminal Code of the Republic, solely within its own operations.'],
    ['weak', 'The Product may be used by the Agency or by any other government body for public safety purposes.'],
    ['missing', 'Each party shall comply with all laws applicable to it.'],
    ['missing', 'The Supplier shall use Customer personal data only to provide the Services.'],
    ['missing', 'Confidential Information shall be used solely for the purposes of this Agreement.'],
    ['missing', 'The Supplier shall deliver the Units to the Agency\'s warehouse within sixty (60) days.'],
    ['contradicted', 'The purposes for which the System is deployed shall be determined by the Customer in its sole discretion.'],
    ['contradicted', 'Any use of the System that is lawful under the domestic law of the Customer shall be deemed an authorized use.'],
    ['contradicted', 'The Licensee alone shall determine the uses to which the Software is put.'],
    ['contradicted', 'The Client is free to use the Platform for any purpose it considers appropriate.'],
    ['contradicted', 'The System shall be used only by the Police Directorate for serious crime.\n\nNothing in this Agreement shall restrict the Customer\'s use of the System for national security purposes.'],
  ]);
});

describe('use-restrictions (general vocabulary)', () => {
  gradeTable(useRestrictions, [
    ['present', 'The Customer shall not use the System to monitor or target any person for the peaceful exercise of freedom of expression, assembly, association or religion, to target journalists, lawyers, human-rights defenders or political opponents, or for mass or untargeted surveillance.'],
    ['present', 'The Licensee undertakes that the Software will never be deployed against a person by reason of that person\'s religious belief, political opinion or membership of a trade union, nor against members of the press, and that it will not be used for the indiscriminate interception of communications.'],
    ['present', 'You must not use the Service to spy on reporters, protesters or political critics, or to watch people because of what they say or believe; and you must not point it at everyone in an area rather than at specific suspects.'],
    ['present', 'The END USER shall refrain from employing the SOLUTION for the persecution of persons by reason of their opinions or beliefs, or of members of the opposition, and from carrying out massive, generalised interception of communications.'],
    ['present', 'The Agency shall not engage in any Prohibited Use.\n\n"Prohibited Use" means any use of the System for surveillance of persons on account of their participation in lawful demonstrations, for the targeting of journalists or activists, or for blanket collection of communications data.'],
    ['weak', 'The Customer shall not use the Service to send spam, distribute malware or infringe intellectual property rights.'],
    ['weak', 'The Licensee shall not use the Product to target journalists or political opponents, to the extent such use is prohibited by local law.'],
    ['weak', 'The Items shall not be used in connection with chemical, biological or nuclear weapons or missiles, nor supplied to any sanctioned person.'],
    ['weak', 'You agree not to use the Platform to harass, stalk or defame anyone.'],
    ['weak', 'The Customer shall not use the System against journalists or human-rights defenders.'],
    ['missing', 'Each party shall comply with applicable laws.'],
    ['missing', 'The Supplier shall not use the Customer\'s name in any publicity without consent.'],
    ['missing', 'The Licensee may use the Software at the Site.'],
    ['missing', 'Journalists may contact the Supplier\'s press office at the address below.'],
    ['contradicted', '6. The Customer shall not use the System against journalists or for mass surveillance.\n\n7. The restrictions in Clause 6 do not apply to any operation carried out for the protection of State security.'],
    ['contradicted', 'Nothing in this Licence restricts the Ministry\'s intelligence operations.'],
    ['contradicted', 'The Customer shall not target political opponents.\n\nWhere the Authority acts for the purposes of national defence or public order, the prohibited uses in Schedule 3 are disapplied.'],
    ['contradicted', 'The use restrictions shall not prevent the Client from using the System in the interests of national security.'],
  ]);
});

describe('human-rights-compliance (general vocabulary)', () => {
  gradeTable(humanRightsCompliance, [
    ['present', 'The Licensee represents, warrants and undertakes that it will use the Software only in a manner consistent with internationally recognised human rights, including the rights to privacy and freedom of expression under Articles 17 and 19 of the ICCPR.'],
    ['present', 'Customer covenants that the Products will be operated in conformity with the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.'],
    ['present', 'THE CONTRACTING PARTY undertakes to respect, in any use of the SOLUTION, the fundamental rights recognised by the International Covenant on Civil and Political Rights.'],
    ['present', 'You promise that whenever you use the Service you will respect human rights as set out in the Universal Declaration of Human Rights.'],
    ['present', '"Rights Standards" means the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.\n\nThe Purchaser\'s use of the Equipment shall at all times conform to the Rights Standards.'],
    ['weak', 'The Customer shall respect human rights as required by applicable law.'],
    ['weak', 'The Licensee undertakes to respect human rights as recognised under the laws of the Kingdom.'],
    ['weak', 'The Supplier is committed to respecting human rights throughout its business, in line with the UN Guiding Principles.'],
    ['weak', 'The Customer shall use the System in a manner that respects human rights.'],
    ['weak', 'The Authority shall observe human rights to the extent given effect in its national legislation.'],
    ['weak', 'The Customer shall ensure that its use of the System respects fundamental rights as guaranteed by the Constitution of the Republic.'],
    ['weak', 'The Customer undertakes to respect internationally recognised human rights to the extent given effect in its national legislation.'],
    ['weak', 'The Licensee undertakes to use the System consistently with human rights under the ICCPR, as those rights are interpreted by the Licensee\'s national courts.'],
    ['weak', 'Customer represents that it will use the Products in accordance with human rights as defined in Customer\'s national law, including the rights set out in the Universal Declaration.'],
    ['missing', 'The Licensee shall use the Software only for lawful purposes and in compliance with all applicable laws.'],
    ['missing', '"Misuse" means use of the System in violation of human rights.'],
    ['missing', 'All operators shall complete a course on human rights before access.'],
    ['missing', 'The Parties shall comply with all laws and regulations on anti-bribery and human trafficking.'],
    ['missing', 'The Customer shall not use the System to monitor journalists or human-rights defenders.'],
    ['weak', 'Compliance by the Licensee with the laws of the Republic does not, by itself, amount to compliance with its human-rights obligations.'],
    ['contradicted', 'The Licensee\'s human-rights obligations shall be deemed fully discharged by its compliance with the laws of the Republic.'],
    ['contradicted', 'Adherence by the Authority to its national legislation shall be regarded as satisfying in full any obligation relating to human rights.'],
    ['contradicted', 'For the purposes of this Agreement, the Customer shall be deemed to respect human rights whenever it acts in accordance with its national law.'],
  ]);
});

describe('lawful-authorization (general vocabulary)', () => {
  gradeTable(lawfulAuthorization, [
    ['present', 'No interception shall be carried out under this Agreement except on the basis of a warrant issued by an independent judge under published law, and only where the interception is necessary and proportionate to a legitimate aim.'],
    ['present', 'Each deployment of the Tool must be authorised in advance by a Judicial Commissioner, who must be satisfied that the deployment is necessary and proportionate.'],
    ['present', 'Licensee shall not use the Software against any Target unless a court of competent jurisdiction has issued an order authorizing such use upon a finding that it is necessary and proportionate.'],
    ['present', 'The installation of the SOLUTION on a terminal requires the prior authorisation of the investigating judge, given by reasoned decision verifying the necessity and proportionality of the measure.'],
    ['present', 'Activation of the Platform against a person shall be subject to a judicial warrant, which may be granted only where the measure is strictly necessary and proportionate.'],
    ['weak', 'Each operation shall be approved in writing by a senior officer of the Agency.'],
    ['weak', 'The Customer shall obtain a court order before each deployment.'],
    ['weak', 'Any use of the System must be authorised by the Director of the Authority\'s Intelligence Division, who shall consider whether it is necessary and proportionate.'],
    ['weak', 'Targets shall be selected in accordance with the Client\'s internal authorisation procedures and shall be proportionate.'],
    ['missing', 'The Supplier may disclose Confidential Information if required by a court order.'],
    ['missing', 'Each party warrants that it has obtained all corporate authorisations needed to enter into this Agreement.'],
    ['missing', 'The Customer shall indemnify the Supplier against any claim, including any court order to pay damages.'],
    ['missing', 'If the Licence is terminated early, the Licensor shall refund a proportionate share of the prepaid fees.'],
    ['missing', 'The Customer may use the System without the Supplier\'s prior approval.'],
    ['present', 'The Licensee shall not deploy the Product without a warrant issued by a court, and then only where the deployment is necessary and proportionate.'],
    ['weak', 'Every search of the database shall be authorised by a prosecutor.'],
    ['contradicted', 'No judicial authorisation is needed for the Agency to deploy the System.'],
    ['contradicted', 'The Licensee may deploy the Product without any warrant or prior approval from a court.'],
    ['contradicted', 'Deployment of the System shall not be conditional on any warrant or order of a court.'],
    ['contradicted', 'The Agency is under no obligation to seek the authorisation of any judge or other external body before using the System.'],
  ]);
});

describe('export-control-compliance (general vocabulary)', () => {
  gradeTable(exportControlCompliance, [
    ['present', 'The Customer shall comply with the U.S. Export Administration Regulations and all OFAC sanctions programmes, and shall not export, re-export or transfer the Product without any licence those laws require.'],
    ['present', 'The Purchaser shall observe the Export Control Order 2008 and UK sanctions regulations and shall not re-export the Goods save under a licence granted by the Secretary of State.'],
    ['present', 'The Licensee undertakes to comply with the EU Dual-Use Regulation and not to export or transfer the Software outside the Union without the authorisation that Regulation requires.'],
    ['present', 'You must follow US export control and sanctions laws, and you may not send the Software to any embargoed country or blocked person unless the US government allows it.'],
    ['present', 'The Beneficiary undertakes to respect the export control regime of the Supplier\'s country and not to re-export the Equipment without the prior authorisation of its competent authorities.'],
    ['weak', 'The Customer shall use reasonable efforts to comply with US export control laws and shall not re-export the Product without a licence.'],
    ['weak', 'The Licensee shall comply with the import and export laws of its own country.'],
    ['weak', 'The Authority shall comply with the customs and export legislation of the Republic.'],
    ['weak', 'Customer will comply with export laws.'],
    ['missing', 'Each party shall comply with all laws applicable to it.'],
    ['missing', 'The Supplier shall obtain any export licence it needs to deliver the Goods.'],
    ['weak', 'The Supplier shall obtain the export licence for delivery, and the Purchaser shall not re-export the Goods without the Supplier\'s consent.'],
    ['present', 'The Customer shall not ship the Product to any sanctioned destination or end user and shall comply with the Export Administration Regulations.'],
    ['missing', 'Prices are quoted ex works, exclusive of import duties and customs fees.'],
    ['contradicted', 'Any re-export of the System shall be governed exclusively by the laws of the Republic.'],
    ['contradicted', 'The Customer\'s domestic law alone shall determine whether any transfer of the Product outside its territory is permitted.'],
    ['contradicted', 'No export control law of any country other than the Republic shall apply to the Licensee\'s onward transfer of the Software.'],
    ['contradicted', 'The Buyer shall not be bound by the export control laws of the Seller\'s country.'],
  ]);
});

describe('data-protection (general vocabulary)', () => {
  gradeTable(dataProtection, [
    ['present', 'Collected Data shall be accessed only by authorised personnel of the Agency on a need-to-know basis, limited to what is strictly necessary for the investigation, stored encrypted, deleted after 12 months, and shall not be disclosed to any third party or foreign government without a court order.'],
    ['present', 'Intercepted material:\n\n(a) may be examined only by vetted officers and only for the Authorised Purpose;\n\n(b) shall be minimised so that no more is retained than is necessary;\n\n(c) shall be held securely and destroyed no later than six months after collection; and\n\n(d) shall not be passed to any other agency or overseas authority save under a warrant.'],
    ['present', 'The personal data processed by means of the SOLUTION are processed exclusively for the purposes of the judicial investigation, limited to what is adequate and relevant, protected against unauthorised access, kept no longer than the duration of the proceedings and erased thereafter, and are not communicated to third States.'],
    ['present', 'You may only look at data the Tool collects for the case it was collected for. Collect only what you need, keep it safe, and delete it within 90 days. Never hand it to anyone else, including foreign governments, unless a judge orders it.'],
    ['present', 'Access to Case Data is restricted to named analysts. Retention of Case Data beyond 180 days is prohibited, after which it shall be purged. Onward disclosure of Case Data to third parties requires a court order. Case Data shall be pseudonymised and encrypted at rest.'],
    ['weak', 'The Supplier shall keep all Customer Data confidential.'],
    ['weak', 'Collected data shall be protected by appropriate technical and organisational security measures.'],
    ['weak', 'The Agency shall store intercept data on encrypted servers and delete it when no longer needed.'],
    ['weak', 'Data collected by the System shall be retained for no more than 30 days.'],
    ['weak', 'Footage the Cameras record shall be deleted within 30 days and shall never be handed to anyone else.'],
    ['contradicted', 'The Customer may share collected data with any third party, but shall delete it within 30 days.'],
    ['weak', 'The Licensee shall process personal data gathered with the Software in accordance with applicable data protection law.'],
    ['missing', 'Each party shall keep the terms of this Agreement confidential.'],
    ['missing', 'The Supplier shall maintain records of its personnel\'s working hours for billing purposes.'],
    ['missing', 'Customer shall ensure that its account credentials are kept secure.'],
    ['contradicted', 'Information gathered using the Platform may be disclosed by the Authority to any foreign partner agency without restriction.'],
    ['contradicted', 'The Licensor may use anonymised Customer Data to improve its products and train its machine-learning models.'],
    ['contradicted', 'The Customer grants the Vendor a perpetual licence to analyse footage captured by the Cameras for product development.'],
    ['contradicted', 'The Ministry is free to transmit collected data to other States at its discretion.'],
  ]);
});

describe('no-transfer (general vocabulary)', () => {
  gradeTable(noTransfer, [
    ['present', 'The Licensee shall not sell, sublicense, lend or otherwise transfer the Software or access to it to any other agency or contractor, shall not modify or reverse engineer it, and any diversion to an unauthorised end user is a material breach.'],
    ['present', 'The Authority must not part with possession of the Equipment, nor permit any other public body or any private contractor to operate it without the Supplier\'s written consent; it must not alter, adapt or decompile the Equipment\'s software; and any use of the Equipment by a person other than the Authority shall constitute a fundamental breach.'],
    ['present', 'The END USER is prohibited from assigning, renting, lending or making available the SOLUTION, free of charge or against payment, to any third party, including other State bodies or subcontractors, and from modifying it; any diversion constitutes a serious breach.'],
    ['present', 'You can\'t resell, rent out, lend or give anyone else access to the App, whether another department or a contractor, unless we say yes in writing. Don\'t modify or decompile it. If it ends up with an unauthorised user, that is a breach of these terms.'],
    ['present', 'The System shall not be resold, sublicensed, leased or shared with any other entity, including non-governmental contractors, without the Vendor\'s prior written consent; it shall not be modified, and its diversion shall be treated as a material breach.'],
    ['weak', 'The Customer may transfer the Software to any of its Affiliates.'],
    ['weak', 'Neither party may assign this Agreement without the other party\'s consent.'],
    ['weak', '"Users" means the Customer\'s employees and contractors.\n\nThe Customer shall not sell or sublicense the Software.'],
    ['weak', 'The Licensee may make the Platform available to any governmental entity of the State.'],
    ['weak', 'The Customer shall not resell the Product.'],
    ['weak', 'Nothing in this Agreement prevents the Customer from making the Software available to other agencies with the Supplier\'s prior written consent.'],
    ['weak', 'The Customer may not permit any third party to use the Software.'],
    ['missing', 'Each party shall comply with applicable law.'],
    ['missing', 'The Supplier shall not sell or disclose Customer personal data.'],
    ['missing', 'The Customer may share reports generated by the System with prosecutors.'],
    ['missing', 'The terms of this Schedule may be modified by written agreement of the parties.'],
    ['contradicted', 'The Purchaser is entitled to hand over the Units to any other law enforcement authority of the State without need for the Seller\'s approval.'],
    ['contradicted', 'Nothing in this Agreement prevents the Licensee from making the Software available to other ministries, agencies or contractors of its Government.'],
    ['contradicted', 'The Customer may assign, transfer or sub-license the Licence to any successor body or government department without the consent of the Licensor.'],
    ['contradicted', 'The Authority shall be free to lend the Equipment to any other public body, irrespective of the Contractor\'s consent.'],
  ]);
});

describe('training (general vocabulary)', () => {
  gradeTable(training, [
    ['present', 'No officer shall be given credentials for the System until he or she has completed training on human rights and the Use Restrictions, which shall be refreshed every twelve months.'],
    ['present', 'Before any operator is granted access, the Customer shall ensure that he or she completes the Supplier\'s human-rights module, and thereafter repeats it annually.'],
    ['present', 'The personnel of the BENEFICIARY assigned to the operation of the SOLUTION follow, prior to any use, an instruction on fundamental rights and the protection of privacy, renewed each year.'],
    ['present', 'Your staff must do our privacy and human rights course before they log in for the first time, and again every year.'],
    ['present', 'Completion of a course in international human rights law, proportionality and the lawful use of the Product is a precondition of access for every User, with refresher courses at intervals not exceeding twelve months.'],
    ['weak', 'The Customer shall ensure that operators receive human rights training.'],
    ['weak', 'Human rights training will be offered to the Customer\'s staff upon request.'],
    ['weak', 'The Customer shall use reasonable endeavours to ensure that all operators complete privacy training before using the System and every year thereafter.'],
    ['weak', 'Operators shall attend a one-off briefing on human rights at the start of the project.'],
    ['missing', 'The Supplier shall provide training on the installation and operation of the System.'],
    ['missing', 'The Provider may withhold training and support if the Customer breaches the Use Restrictions.'],
    ['missing', 'The Supplier may use de-identified data to train its models.'],
    ['missing', 'The Customer shall train its help-desk staff in the use of the ticketing portal.'],
    ['present', 'Operators shall complete human-rights training before they are given access and annually thereafter; no further training is required for operators who have completed the annual course.'],
    ['contradicted', 'The Customer shall not be required to provide any human rights training to its personnel.'],
    ['contradicted', 'No training in human rights or privacy is required before officers are given access to the System.'],
  ]);
});

// Second round: qualifiers that hollow out a clause that otherwise reads strongly (the worst
// error is calling such a clause present).
describe('hollowed-out clauses (vocab1, second round)', () => {
  gradeTable(endUseLimitation, [
    ['weak', 'The System shall be used only by the Ministry and any other agency designated by the Ministry, solely within their own operations for the investigation of serious crime and terrorism.'],
    ['weak', 'The System shall be used solely by the Anti-Narcotics Directorate within its own operations for the investigation of serious crime and terrorism and of any other offence designated by the Customer from time to time.'],
    ['weak', 'The Licensee may use the Software for any purpose, including the investigation of serious crime by the Cybercrime Unit within its own operations.'],
    ['present', 'The Licensee shall not use the Software for any purpose other than the investigation of serious crime and terrorism, and it shall be operated only by the Cybercrime Unit within its own operations.'],
    ['missing', 'You may not use the Services for any purpose outlined in our acceptable use policy.'],
  ]);
  gradeTable(useRestrictions, [
    ['weak', 'Unless authorised by the Minister, the Customer shall not use the System against journalists or dissidents, against persons for exercising freedom of assembly, or for mass surveillance.'],
    ['weak', 'The Customer shall not use the System against journalists or dissidents, against persons for exercising freedom of assembly, or for mass surveillance, except where approved in writing by the head of the Agency.'],
    ['present', 'The Customer shall not use the System against journalists or dissidents, against persons for exercising freedom of assembly, or for mass surveillance.\n\nThe Customer shall not sell or lend the System except to an approved end user.'],
  ]);
  gradeTable(humanRightsCompliance, [
    ['weak', 'The Customer shall use reasonable efforts to use the System consistently with the human rights recognised in the ICCPR.'],
    ['weak', 'The Customer acknowledges that the Supplier has adopted a Human Rights Policy based on the Universal Declaration of Human Rights.'],
    ['weak', 'The Supplier undertakes to respect human rights as set out in the Universal Declaration of Human Rights in the design of the System.'],
  ]);
  gradeTable(lawfulAuthorization, [
    ['weak', 'Each interception requires a warrant issued by a judge on a finding that it is necessary and proportionate, save in cases of urgency, when the head of the Agency may authorise it.'],
    ['weak', 'Each interception requires a warrant issued by the Minister of the Interior, who must be satisfied that it is necessary and proportionate.'],
  ]);
  gradeTable(noTransfer, [
    ['weak', '"Authorised Users" means the employees, agents, contractors and consultants of the Customer.\n\nThe Customer shall not sell, sublicense or lend the Software to any other agency, shall not modify it, and any diversion is a material breach.'],
  ]);
  gradeTable(training, [
    ['weak', 'Operators shall receive human-rights training before access and annually thereafter, unless the Customer decides otherwise.'],
  ]);
});

describe('more wordings (vocab1, third round)', () => {
  gradeTable(endUseLimitation, [
    ['present', 'Access to and use of the Product is reserved to the Financial Intelligence Unit, which shall employ it solely in its own investigations of money laundering and terrorist financing.'],
    ['present', 'Licensee\'s use of the Licensed Software is limited to the Department of Public Safety, Criminal Investigations Division, for its internal investigations of Serious Crimes, as defined in Exhibit A.'],
    ['contradicted', 'The Customer may determine, at its discretion, the operations in which the System is deployed.'],
  ]);
  gradeTable(useRestrictions, [
    ['present', 'Deployment of the Tool against persons on the basis of their ethnicity, religion or political opinion, against members of the press, or for population-wide monitoring is prohibited.'],
    ['contradicted', 'The Customer shall not use the System against journalists.\n\nThe use restrictions in Schedule 2 shall be suspended during any state of emergency declared by the Government.'],
    ['weak', 'Use of the Service to send spam or to distribute malware is prohibited.'],
  ]);
  gradeTable(humanRightsCompliance, [
    ['present', 'The Authority hereby confirms and undertakes that its operation of the Equipment shall comply with international human rights law, including Articles 17 and 19 of the ICCPR.'],
    ['contradicted', 'Nothing in this Agreement shall require the Customer to observe any human rights standard beyond those imposed by its national law.'],
    ['weak', 'Nothing in this Agreement requires the Customer to disclose human rights complaints other than as required by its national law.'],
  ]);
  gradeTable(lawfulAuthorization, [
    ['present', 'Prior to each tasking, the Agency must obtain a warrant from an independent judicial authority established by published law, which may issue it only where the tasking is necessary in a democratic society and proportionate to the aim pursued.'],
    ['contradicted', 'The Customer may use the System on the authority of its own officers, and no court warrant shall be required.'],
    ['present', 'Each query requires a warrant issued by a judge, who must find it necessary and proportionate; once a warrant is issued, no further authorisation is required for the queries it covers.'],
  ]);
  gradeTable(exportControlCompliance, [
    ['present', 'The Distributor shall not, directly or indirectly, export, re-export or release the Products to any destination, end user or end use prohibited under the U.S. Export Administration Regulations or the sanctions programmes administered by OFAC.'],
    ['weak', 'The Customer acknowledges that the Products may be subject to export controls.'],
  ]);
  gradeTable(dataProtection, [
    ['present', 'Processing of Intercept Product shall be confined to the Authorised Purpose and to vetted analysts; Intercept Product shall be minimised, held in an accredited secure facility, destroyed when no longer required and in any event within 12 months, and shall not be shared with any foreign authority without the approval of the Commissioner.\n\n"Intercept Product" means communications content and metadata obtained by means of the System.'],
  ]);
  gradeTable(training, [
    ['present', 'The Customer shall not allow any individual to operate the Product unless that individual has received human-rights instruction within the preceding twelve months.'],
  ]);
});

describe('more wordings (vocab1, fourth round)', () => {
  gradeTable(endUseLimitation, [
    ['present', 'The EQUIPMENT is destined exclusively for the Directorate of Judicial Police, which shall employ it in its own operations solely for the prevention and repression of terrorism and organised crime.'],
    ['weak', 'The Customer shall ensure that the Software is used only in accordance with applicable law.'],
    ['contradicted', 'Any use which the Customer\'s legislation permits shall be treated as an authorised use.'],
  ]);
  gradeTable(useRestrictions, [
    ['present', 'The Licensee shall procure that no User deploys the Software (i) to surveil any individual by reason of his or her journalism, trade-union membership or religious worship, or (ii) to conduct any sweep of all devices in a geographical area.'],
    ['contradicted', 'The Customer shall not target journalists.\n\nIn matters of national security, the Customer shall not be bound by the Prohibited Uses clause.'],
    ['missing', 'No party shall use the other party\'s trade marks without its consent.'],
  ]);
  gradeTable(humanRightsCompliance, [
    ['present', 'By accepting these Terms you agree that you will use the Service in line with internationally recognised human rights standards, including the ICCPR.'],
    ['weak', 'The Purchaser shall have regard to human rights in its use of the Equipment, as set out in the ICCPR.'],
    ['present', 'The Customer undertakes to use the System consistently with the ICCPR and other internationally recognised human rights, and shall take account of any guidance the Supplier issues.'],
  ]);
  gradeTable(lawfulAuthorization, [
    ['present', 'The Agency may task the System against a person only on the authority of a warrant granted by a judge of the High Court, who shall grant it only if satisfied that the tasking is necessary for and proportionate to the investigation.'],
    ['weak', 'The Customer shall deploy the System only where necessary and proportionate.'],
  ]);
  gradeTable(exportControlCompliance, [
    ['contradicted', 'The Customer is not required to comply with the export control laws of any country other than its own.'],
  ]);
  gradeTable(dataProtection, [
    ['weak', 'The Customer shall not disclose Customer Data to third parties except as required by law.'],
    ['contradicted', 'The Supplier shall be entitled to retain a copy of all Collected Data for its own purposes.'],
    ['contradicted', 'The Customer authorises the Provider to access and analyse plate reads to develop new features.'],
  ]);
  gradeTable(noTransfer, [
    ['present', 'The Contracting Authority shall not dispose of, pledge, lease, lend or otherwise part with the Goods or any licence relating to them, shall not allow their operation by any other body or by any private contractor without the Contractor\'s written consent, shall not alter or reverse-engineer them, and any diversion shall constitute a material breach.'],
    ['contradicted', 'The Ministry may freely assign the Licence to any successor body or other government ministry.'],
  ]);
  gradeTable(training, [
    ['weak', 'Where practicable, operators should attend human rights training before access and annually.'],
  ]);
});

describe('definitions far from the clause (vocab1, fifth round)', () => {
  gradeTable(endUseLimitation, [
    ['weak', '1.4 "Serious Crime" means any offence punishable under the Criminal Code of the Republic by three years\' imprisonment or more.\n\n1.5 "Terrorism" has the meaning given in the Republic\'s Anti-Terrorism Act.\n\n7.2 The System shall be used solely by the Cyber Unit of the Customer, within its own operations, for the investigation of Serious Crime and Terrorism.'],
    ['present', '1.4 "Serious Crime" means homicide, kidnapping, trafficking in persons or in firearms, whatever their label under domestic law; the peaceful expression of opinion is never Serious Crime.\n\n7.2 The System shall be used solely by the Cyber Unit of the Customer, within its own operations, for the investigation of Serious Crime.'],
    ['contradicted', '"Authorised Purpose" means any purpose the Customer determines.\n\nThe Customer shall use the System only for the Authorised Purpose.'],
  ]);
});

describe('human-rights definitions far from the clause (vocab1, fifth round)', () => {
  gradeTable(humanRightsCompliance, [
    ['weak', '"Human Rights" means the rights set out in the ICCPR, as given effect in the national law of the Customer.\n\nThe Customer undertakes to use the System consistently with Human Rights.'],
    ['weak', '"Rights Standards" means the ICCPR as implemented by the domestic legislation of the Republic.\n\nThe Customer undertakes to use the System consistently with the Rights Standards.'],
    ['present', '"Rights Standards" means the Universal Declaration of Human Rights and the ICCPR, irrespective of how national law gives effect to them.\n\nThe Customer undertakes to use the System consistently with the Rights Standards.'],
  ]);
});

describe('defined terms carry the elements (vocab1, sixth round)', () => {
  gradeTable(dataProtection, [
    ['present', '"Case Material" means images and audio captured by the Body Cameras.\n\nCase Material shall be viewed only by investigating officers, limited to what is necessary for the case, stored encrypted, deleted after 90 days and not disclosed to any third party without a court order.'],
  ]);
  gradeTable(noTransfer, [
    ['present', '"Restricted Transfer" means any sale, loan, sublicence or other making available of the Platform to any person other than the End User, including contractors.\n\nThe Customer shall not make any Restricted Transfer and shall not modify the Platform, and any Restricted Transfer is a material breach.'],
  ]);
  gradeTable(lawfulAuthorization, [
    ['present', 'Each deployment of the System requires an Authorisation.\n\n"Authorisation" means a warrant issued by an independent judge on a finding that the deployment is necessary and proportionate.'],
    ['missing', 'Each change request requires the written approval of both parties.'],
  ]);
});

describe('more wordings (vocab1, seventh round)', () => {
  gradeTable(exportControlCompliance, [
    ['present', 'Licensee shall not, without first obtaining any licence required by the Export Administration Regulations (15 C.F.R. Parts 730-774), export, reexport or transfer the Software.'],
    ['weak', 'The Customer shall comply with export laws applicable in its territory.'],
    ['contradicted', 'Export and re-export of the Product shall be subject solely to the laws of the Customer\'s country.'],
  ]);
  gradeTable(training, [
    ['present', 'Access credentials shall be issued only to personnel certified as having completed the Supplier\'s course on human rights and lawful interception, which certification shall be renewed every two years.'],
  ]);
});
