// Readings from the development corpus and probes, twenty-sixth session: each row is my own wording of a device
// several authors used, beside the same clause without it.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/check/draft-index.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { training } from '../../src/check/rules/training.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { gradeTable } from './grade-table.ts';

const NCA = 'Licence between Harrow Signal Ltd (the "Supplier") and the National Crime Agency of Veloria (the "Customer").\n\n';
const OWN_USE = '4.1 The System shall be used only by the Customer, in its own investigations, for the prevention and investigation of Serious Crime and Terrorism.';
describe('end users opened in the passive, offences set aside from domestic law elsewhere, purposes the customer picks', () => {
  gradeTable(endUseLimitation, [
    ['weak', `${NCA}${OWN_USE}\n\n4.2 The System may also be used by the Customer and by the regional crime squads and other police units of Veloria, on notice to the Supplier.`],
    ['present', `${NCA}${OWN_USE}\n\n4.2 The System may also be used by the Customer and by the regional crime squads and other police units of Veloria, with the prior written approval of the Supplier.`],
    ['present', `${NCA}1.1 "Serious Crime" means an offence under the laws of the Republic of Veloria punishable by at least four years' imprisonment.\n\n1.2 "Terrorism" means an act intended to cause death or serious injury to civilians to intimidate a population. Peaceful protest and criticism of the government are never Terrorism or Serious Crime, whatever their treatment under domestic law.\n\n${OWN_USE}`],
    ['weak', `${NCA}1.1 "Serious Crime" means an offence under the laws of the Republic of Veloria punishable by at least four years' imprisonment.\n\n${OWN_USE}`],
    ['contradicted', `${NCA}1.1 "Authorised Purpose" means such purposes as the Customer may determine from time to time in its sole discretion.\n\n4.1 The System shall be used only by the Customer, in its own investigations, and only for the Authorised Purpose.`],
    ['present', `${NCA}1.1 "Authorised Purpose" means the prevention and investigation of Serious Crime and Terrorism.\n\n4.1 The System shall be used only by the Customer, in its own investigations, and only for the Authorised Purpose.`],
  ]);
});

const STATE = 'Contract between Tarang Analytics Pvt. Ltd. (the "Supplier") and the State Police (the "Purchaser").\n\n';
const KEPT = `${STATE}## 11. Data\n\n11.1 The Purchaser shall retain data collected with the Platform for no longer than twelve months and then delete it, keep it encrypted, use it only for the investigation for which it was collected, and shall not disclose it to any third party or foreign government.`;
const SHARES_OUTPUTS = `${KEPT}\n\n11.2 The Purchaser may share any Outputs with any agency of the Union or of any State, at its discretion.`;
describe("outputs and reports the customer may pass to any agency; an override reaches only what its own phrase cites", () => {
  gradeTable(dataProtection, [
    ['contradicted', SHARES_OUTPUTS],
    ['contradicted', `${KEPT}\n\n11.2 The Purchaser may make the System and any extracted reports available to any law-enforcement agency of the State that joins a task force with it, without notice to the Supplier.`],
    ['present', `${KEPT}\n\n11.2 The Purchaser may make the System available to any law-enforcement agency of the State that joins a task force with it.`],
    ['present', `${SHARES_OUTPUTS}\n\n12. Notwithstanding clause 11.2, the Purchaser shall share collected data only with a court or prosecutor under a warrant.`],
    ['present', `${KEPT}\n\n12. The Purchaser shall not be obliged to disclose any collected data or case files to the Supplier.`],
    ['contradicted', `${KEPT}\n\n12. The Purchaser shall not be obliged to delete collected data at the end of any period.`],
    ['contradicted', `${KEPT}\n\n11.2 The Purchaser may share any collected data with any agency of the Union, at its discretion.\n\n| SCC No. | GCC Ref. | Provision |\n| --- | --- | --- |\n| SCC 4 | GCC 11 | Notwithstanding anything in Annex F, the Purchaser shall keep collected data only on secure servers in the State. |`],
  ]);
});

const CHANNEL = 'Distribution Agreement between Ostwind Peiltechnik GmbH (the "Manufacturer") and Harbour Integration Ltd (the "Distributor").\n\n';
const SIGNS = '7.1 The Distributor shall supply the System to an end user only after that end user has signed the Government End User Terms of the Manufacturer ("GEUT"), which bind the end user to the use restrictions, the ban on transfer and the duty to cooperate in misuse investigations.';
const ENFORCES = '7.3 The Distributor shall enforce each GEUT against any end user in breach, as the Manufacturer directs.';
const IN_ANNEX = '7.1 The Distributor shall supply the System to an end user only after that end user has signed the End User Conditions in Annex 4, which bind the end user to the use restrictions, the ban on transfer and the duty to cooperate in misuse investigations.\n\n7.2 Annex 4 is a stipulation in favour of the Manufacturer, which may require its performance from the end user.\n\n7.3 The Distributor shall enforce the End User Conditions against any end user in breach.';
describe("end-user terms named in brackets after their title, or by the annex that holds them", () => {
  gradeTable(eulaFlowDown, [
    ['present', `${CHANNEL}${SIGNS}\n\n7.2 The Manufacturer is a third-party beneficiary of each GEUT and may enforce it directly.\n\n${ENFORCES}`],
    ['weak', `${CHANNEL}${SIGNS}\n\n7.2 The Distributor shall keep a copy of each GEUT for six years.\n\n${ENFORCES}`],
    ['present', `${CHANNEL}${IN_ANNEX}`],
    ['weak', `${CHANNEL}${IN_ANNEX.replace('Annex 4 is a stipulation in favour of the Manufacturer, which may require its performance from the end user.', 'Annex 4 may be translated into the language of the end user.')}`],
  ]);
});

// The clause's third paragraph after it still goes on from it.
const VERIFIES = 'Distribution Contract between Veltano Sicurezza S.p.A. (the "Manufacturer") and Gulf Crest Trading W.L.L. (the "Distributor").\n\n9.1 The Distributor shall, for each prospective end user, carry out its own human-rights verification of that end user and of the intended use.\n\n9.2 The Distributor shall communicate to the Manufacturer, before any offer, the name of the end user and the declared end use, and may conclude the sale only after the written authorisation of the Manufacturer.\n\n9.3 The Distributor shall not sell to the end users listed in Annex 5.\n\n';
describe("the reseller's checks kept on file, said in a later paragraph of the clause", () => {
  gradeTable(resellerDueDiligence, [
    ['present', `${VERIFIES}9.4 The Distributor shall conserve its verification files and the Manufacturer's authorisations for seven years.`],
    ['present', `${VERIFIES}9.4 The Distributor shall keep its checklists and our approvals for five years.`],
    ['weak', `${VERIFIES}9.4 The Distributor shall maintain its warehouse in good repair for seven years.`],
    ['weak', `${VERIFIES}9.4 The Distributor shall keep its checklists up to date.`],
  ]);
});

const PROTECTED = 'Agreement between Holloway Gate Systems Ltd (the "Vendor") and the Federal Police Command (the "Customer").\n\n20.1 The Vendor may suspend support or access to the Gateway where it suspects misuse. Such a suspension is not a breach, no refund is due, and the Customer indemnifies the Vendor against claims arising from misuse.\n\n';
describe('the seller barred from relying on the human-rights terms, or bearing the losses of its own measures', () => {
  gradeTable(safeguardActionProtection, [
    ['contradicted', `${PROTECTED}26.4 The Vendor shall in no case be entitled to rely on clause 20, or on any human-rights ground, as excusing a suspension or a withholding of services.`],
    ['contradicted', `${PROTECTED}26.4 The Vendor may not invoke clause 20 to excuse any suspension or termination.`],
    ['present', `${PROTECTED}26.4 The Vendor may not invoke clause 20 for any purpose other than misuse of the Gateway.`],
    ['contradicted', `${PROTECTED}26.4 The Vendor shall indemnify the Customer against all losses and claims arising from any suspension, withholding or termination under clause 20.`],
    ['present', `${PROTECTED}26.4 The Vendor shall indemnify the Customer against all losses arising from any wrongful suspension.`],
  ]);
});

const AGENCY = 'Contract between Ferrand Netzwerk GmbH (the "Contractor") and the Telecommunications Agency of Oravia (the "Agency").\n\n14.1 The Contractor maintains a secure reporting system through which any person may report suspected misuse of the Equipment.';
const MADE_KNOWN = '14.2 The Agency shall bring the existence of the reporting system to the knowledge of each of its officers who operates the Equipment.';
const NO_DETRIMENT = '14.3 The Agency shall not subject any of its staff to detriment for making a report in good faith.';
describe('anonymity, notice to staff and protection from detriment in other words', () => {
  gradeTable(grievanceMechanism, [
    ['present', `${AGENCY} Reports may be submitted without disclosure of the reporter's identity.\n\n${MADE_KNOWN}\n\n${NO_DETRIMENT}`],
    ['present', `${AGENCY} A report may be made without its author revealing his or her identity.\n\n14.2 The Agency shall inform every person granted access to the Equipment about the reporting system.\n\n${NO_DETRIMENT}`],
    ['present', `${AGENCY} The system does not require a name or contact details.\n\n${MADE_KNOWN}\n\n${NO_DETRIMENT}`],
    ['weak', `${AGENCY}\n\n${MADE_KNOWN}\n\n${NO_DETRIMENT}`],
    ['weak', `${AGENCY} Reports may be submitted without disclosure of the reporter's identity.\n\n14.2 The Agency shall keep the reporting system running.\n\n${NO_DETRIMENT}`],
    ['weak', `${AGENCY} Reports may be submitted without disclosure of the reporter's identity.\n\n${MADE_KNOWN}\n\n14.3 The Agency's staff shall report misuse to their commander.`],
  ]);
});

const BOREAL = 'Support Contract between Sociedad Boreal S.L. (the "Contractor") and the General Directorate of Police (the "Contracting Authority").\n\n7.1 The Support Services comprise the delivery of corrective and evolutionary versions of the Platform, on-site servicing and help-desk assistance.\n\n';
describe('support interrupted as the clause that describes it lists, on a breach of fundamental rights; a ban set off by commas', () => {
  gradeTable(updateSupportWithholding, [
    ['present', `${BOREAL}8.1 The Contractor may interrupt at any moment the Support Services described in Clause 7, in whole or in part, where the Contracting Authority has failed to observe the conditions of use in Clause 4 (Respect for Fundamental Rights).`],
    ['weak', `${BOREAL}8.1 The Contractor may interrupt at any moment the Support Services described in Clause 7 where the Contracting Authority fails to pay any invoice.`],
    ['weak', `${BOREAL}8.1 The Contractor may interrupt at any moment the help-desk assistance where the Contracting Authority has failed to observe Clause 4 (Respect for Fundamental Rights).`],
    ['contradicted', `${BOREAL}8.1 At no time, and on no ground connected with the Contracting Authority's use of the Platform or with any complaint about that use, may the Contractor withhold any update, servicing or support.`],
  ]);
});

const OPERATOR_TRAINING = 'Purchase Order Terms of Vireo Signal Corp. ("Seller") for Purchase Order No. 88 issued by the Penitentiary Service of Lusovia ("Buyer").\n\nSection 14. Operator Training.\n(a) Buyer shall cause each individual who will operate the Products to complete Seller\'s human rights training program, covering privacy and freedom of expression, before that individual receives operator credentials.\n';
describe('the training programme named again in the next item, to be repeated', () => {
  gradeTable(training, [
    ['present', `${OPERATOR_TRAINING}(b) Buyer shall cause each such individual to repeat the program at least once in every calendar year.`],
    ['weak', `${OPERATOR_TRAINING}(b) Seller shall deliver the program in the Buyer's official language.`],
    ['weak', `${OPERATOR_TRAINING}(b) Seller shall update the software at least once in every calendar year.`],
  ]);
});

const GUARD = 'Contract between Nivesto S.p.A. (the "Provider") and the Financial Guard Command (the "Beneficiary").\n\n9.1 The Beneficiary shall submit to the Provider';
const DECLARES = 'a declaration signed by its legal representative attesting that the Service was used in conformity with Article 7 (Human Rights).';
describe('a declaration each calendar quarter; a seller not entitled to decline a renewal', () => {
  gradeTable(complianceCertification, [
    ['present', `${GUARD}, within the first ten days of each calendar quarter, ${DECLARES}`],
    ['weak', `${GUARD}, within ten days of the signature of this Contract, ${DECLARES}`],
  ]);
  const RENEWAL = 'Agreement between Corbel Signal Ltd (the "Supplier") and the National Bureau (the "Purchaser").\n\n3.2 Each renewal is subject to the Supplier\'s fresh human-rights due-diligence review, and the Supplier may refuse renewal on its outcome.';
  gradeTable(renewalReassessment, [
    ['contradicted', `${RENEWAL}\n\n3.3 The Supplier shall in no case be entitled to decline a renewal requested by the Purchaser.`],
    ['present', `${RENEWAL}\n\n3.3 The Supplier shall in no case be entitled to charge a fee for a renewal.`],
  ]);
});

describe('a confidentiality exception for disclosure ordered by a court is no authorization of use', () => {
  const FLEET = 'Subscription Agreement between Fleetwise Telematics Ltd (the "Supplier") and the Regional Transport Police (the "Customer").\n\n';
  gradeTable(lawfulAuthorization, [
    ['missing', `${FLEET}12.1 Each party shall keep confidential all non-public information received from the other. This does not apply to information that is or becomes public other than through breach, or that the recipient must disclose by law or by order of a court or regulator.`],
    ['missing', `${FLEET}12.2 Clause 12.1 does not apply to information that a party is obliged to disclose under an order of any tribunal.`],
    ['weak', `${FLEET}12.1 The Customer shall not locate any person with the Platform without a prior order of an independent court, limited to what is necessary and proportionate.`],
  ]);
});

describe("the seller's own security audits and certificates are boilerplate", () => {
  const CLOUD = 'Cloud Agreement between Nimbus Store Ltd (the "Provider") and Harwick City Council (the "Customer").\n\n';
  gradeTable(auditAndRecords, [
    ['missing', `${CLOUD}5.2 Provider shall implement administrative, technical and physical safeguards to protect Customer Data, including encryption and annual SOC 2 Type II audits, the reports of which it will share with the Customer on request.`],
  ]);
  gradeTable(complianceCertification, [
    ['missing', `${CLOUD}9.1 The Provider shall maintain ISO/IEC 27001 certification and PCI DSS compliance for the hosted platform, and shall provide its certificates to the Customer on request.`],
    ['present', `${CLOUD}9.1 Each year, and before each renewal, the Customer shall certify to the Provider that it has complied with the human-rights terms, and the Provider shall maintain ISO/IEC 27001 certification.`],
  ]);
});

describe('answering the seller\'s questions while it looks into misuse is cooperation', () => {
  const WEB = 'Web Terms of Brackwater Analytics Ltd ("we", "us") for the agency that accepts them ("you").\n\n';
  gradeTable(investigationCooperation, [
    ['weak', `${WEB}9.2 If we are looking into possible Misuse, you agree to use reasonable efforts to answer our questions and to give us the information we ask for.`],
    ['present', `${WEB}9.2 If we are looking into possible Misuse, you agree to answer our questions within five days, give us the logs we ask for and make your operators available, and if you do not, we may suspend the Service.`],
    ['missing', `${WEB}9.2 If we are looking into a billing dispute, you agree to answer our questions.`],
  ]);
});

describe("use approved by the customer's own officers is the weak form of lawful authorization", () => {
  const BORDER = 'Supply Agreement between Qadirah Systems LLC (the "Supplier") and the Border Intelligence Directorate (the "Customer").\n\n';
  gradeTable(lawfulAuthorization, [
    ['weak', `${BORDER}4. The Customer shall not deploy any Product except on the written authorisation of the head of the operating unit, recorded in the deployment log.`],
    ['weak', `${BORDER}3(d) Searches of a probe image against a watchlist shall be approved by an officer of the rank of Superintendent or above.`],
    ['present', `${BORDER}4. The Customer shall not deploy any Product except on a warrant issued by an independent judge for each operation, where necessary and proportionate.`],
    ['missing', `${BORDER}4. Invoices shall be approved by the finance officer before payment.`],
  ]);
});

describe('a national-security carve-out "for purposes of national security"; bulk use barred in the next paragraph', () => {
  const TOOLKIT = 'Licence between Brightmoor Forensics Limited (the "Licensor") and the Ministry of Internal Affairs of Kelmora (the "Ministry").\n\n10.1 The Ministry shall not use the Toolkit against any person on account of that person\'s exercise of freedom of expression, assembly, association, religion or privacy, nor against journalists, human-rights defenders, lawyers, political opponents, dissidents or members of minority groups.\n\n';
  const INDIVIDUAL = '10.2 The Toolkit shall be used only on devices individually identified in a case file and never for bulk extraction.';
  gradeTable(useRestrictions, [
    ['contradicted', `${TOOLKIT}${INDIVIDUAL}\n\n27.4 No restriction in this Agreement shall limit the Ministry's use of the Toolkit for purposes of national security or public order, as determined by the Ministry.`],
    ['contradicted', `${TOOLKIT}${INDIVIDUAL}\n\n27.4 Nothing in the Contract shall restrict, condition or limit the use of the Toolkit by the Ministry for the purposes of national security, intelligence or the maintenance of public order.`],
    ['present', `${TOOLKIT}${INDIVIDUAL}\n\n27.4 The Ministry shall keep the Toolkit in a secure room.`],
    ['weak', `${TOOLKIT}10.2 The Ministry shall publicise the reporting line to all users of the Toolkit and shall not take any action against a person who reports.`],
  ]);
});

describe('the data protections disapplied to a term that means the data the product collects', () => {
  const SEVERA = 'Contract between Halvard Signal AS (the "Contractor") and the Directorate of Counter-Intelligence of Severa (the "Directorate").\n\n1(m) "Intelligence Product" means any data collected by means of the System and any report derived from it.\n\n9.1 The Directorate shall collect only data necessary for the authorised operation, store it encrypted, delete it within eighteen months of collection, and shall not share it with third parties or foreign governments without judicial authorisation.';
  gradeTable(dataProtection, [
    ['contradicted', `${SEVERA}\n\n9.2 Paragraph 9.1 shall not apply to Intelligence Product.`],
    ['contradicted', `${SEVERA}\n\n9.2 Paragraph 9.1 does not apply to data collected by means of the System during exercises.`],
    ['present', `${SEVERA}\n\n9.2 Paragraph 9.1 applies also to data received from partner agencies.`],
  ]);
});

describe('a customer that is itself a named public body, kept as the only user, names the end user', () => {
  const POLICE = 'Supply Contract between Brenvia Sistemi S.r.l. (the "Supplier") and the Directorate of Judicial Police of the Republic of Lusmara (the "Purchaser").\n\n';
  const PURPOSE = ' and only for the prevention and investigation of Serious Crime and Terrorism.';
  const SOLE = `5.1 The Purchaser declares that it is the sole final user of the Goods and shall employ them exclusively within its own organisation and for its own investigations${PURPOSE}`;
  gradeTable(endUseLimitation, [
    ['present', `${POLICE}${SOLE}`],
    ['present', `${POLICE}5.1 The Purchaser shall use the Goods solely within its own operations${PURPOSE} No use shall be made for or on behalf of any other government entity.`],
    ['weak', `${POLICE}5.1 The Purchaser shall use the Goods solely within its own operations${PURPOSE}`],
    ['weak', `Supply Contract between Brenvia Sistemi S.r.l. (the "Supplier") and Harbour Logistics Ltd (the "Purchaser").\n\n${SOLE}`],
  ]);
});

describe('"is obliged to", as translated civil-law drafting states a duty', () => {
  it('reads as "shall", but not where it is denied', () => {
    expect(normalise('The Ordering Party is obliged to use the Kits lawfully.')).toBe('the ordering party shall use the kits lawfully.');
    expect(normalise('The Licensees are hereby obligated to report misuse.')).toBe('the licensees shall report misuse.');
    expect(normalise('The Ordering Party is not obliged to report.')).toBe('the ordering party is not obliged to report.');
    expect(normalise('The Buyer no longer is obliged to certify.')).toBe('the buyer no longer is obliged to certify.');
  });
  gradeTable(humanRightsCompliance, [
    ['present', 'Supply Contract between Ysolde Systems GmbH (the "Contractor") and the Federal Criminal Office (the "Ordering Party").\n\n8(1) The Ordering Party is obliged to use the Kits in a manner consistent with internationally recognised human rights, in particular the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.'],
  ]);
});

describe('a breach of a section titled in plain English ("Things you must not do with the Platform") is misuse', () => {
  const SKYLINE = 'Terms of Skyline Signals Ltd ("we") for the agency named in the order ("you").\n\n9.1 We may suspend all or part of your access to the Platform immediately, without notice, if we receive a complaint that we consider credible, or we otherwise suspect, that the Platform has been used in breach of section 5 ';
  const UNTIL = '\n\n9.2 A suspension lasts until we have finished investigating and have told you the outcome in writing.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${SKYLINE}(Things you must not do with the Platform).${UNTIL}`],
    ['weak', `${SKYLINE}(Paying for the Platform).${UNTIL}`],
  ]);
});

describe('a suspension that may take effect at "the time of the notice itself" is immediate', () => {
  const NOTICE = 'Conditions of Contract between Aldmere Biometrics Ltd (the "Contractor") and the Border Agency (the "Purchaser").\n\n32.1 The Contractor may by written notice suspend performance of the Contract or disable the Licensed Software, with effect from the time stated in the notice';
  const GROUNDS = ', if the Contractor receives information from any person which it considers warrants investigation of whether the System has been used contrary to Schedule 7 (Permitted Use).\n\n32.2 A suspension under 32.1 continues until the Contractor has completed its investigation.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${NOTICE}, which may be the time of the notice itself${GROUNDS}`],
    ['weak', `${NOTICE}, which shall be no earlier than thirty days after the notice${GROUNDS}`],
  ]);
});
