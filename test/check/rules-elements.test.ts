// Strong elements a drafter may leave unsaid, and the line between strong and weak. Data protection
// is strong on its use and sharing limits with most of the protective measures (minimisation,
// retention, security): one of those may go unsaid. Beside it, weak versions that must stay weak: two
// measures lacking, no sharing limit; and for lawful authorization, an urgency bypass and a warrant only
// where local law asks for one.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { complianceCertification } from '../../src/check/rules/compliance-certification.ts';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { eulaFlowDown } from '../../src/check/rules/eula-flow-down.ts';
import { exportControlCompliance } from '../../src/check/rules/export-control-compliance.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { humanRightsCompliance } from '../../src/check/rules/human-rights-compliance.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { remediation } from '../../src/check/rules/remediation.ts';
import { renewalReassessment } from '../../src/check/rules/renewal-reassessment.ts';
import { resellerDueDiligence } from '../../src/check/rules/reseller-due-diligence.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { training } from '../../src/check/rules/training.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

const PARTIES = 'This Licence is made between Corrigan Sensor Systems Ltd (the "Licensor") and the Directorate of Criminal Investigation of the Republic of Valdora (the "Licensee").';

describe('data-protection: one protective measure may go unsaid', () => {
  gradeTable(dataProtection, [
    // No minimisation stated: use, sharing, retention and security are.
    ['present', `${PARTIES}\n\n9.1 Data collected through the System may be accessed only by investigating officers assigned to the case and used solely for the investigation for which it was collected.\n\n9.2 The Licensee shall hold such data on encrypted servers within Valdora and shall delete it no later than twelve (12) months after the investigation closes.\n\n9.3 The Licensee shall not disclose such data to any third party or foreign government except under an order of a court of Valdora.`],
    // No security of storage stated, in a public-sector style with the data term defined.
    ['present', `${PARTIES}\n\n1.1 "Collected Information" means any information obtained by means of the Platform.\n\n7. Collected Information shall be processed only by the Licensee's authorised analysts for the purpose of the warrant under which it was obtained; only information relevant to that warrant shall be retained, and the remainder shall be destroyed within thirty days. Collected Information shall in no case be kept longer than two years. The Licensee shall not pass Collected Information to any other agency or to any foreign authority without judicial authorisation.`],
    // Retention unsaid: minimisation and security are.
    ['present', `${PARTIES}\n\n8.1 Intercepted content shall be collected only to the extent necessary for the authorised operation and shall be available only to the officers named in the operation order.\n\n8.2 Intercepted content shall be stored in a secured environment under the Licensee's sole control, and it shall not be shared with any third party or any other state without the written authorisation of the issuing judge.`],
    // Two of the three measures unsaid: weak.
    ['weak', `${PARTIES}\n\n9.1 Data collected through the System may be accessed only by investigating officers assigned to the case and used solely for the investigation for which it was collected.\n\n9.2 The Licensee shall not disclose such data to any third party or foreign government except under an order of a court of Valdora.`],
    // Every measure, but nothing on onward sharing: weak.
    ['weak', `${PARTIES}\n\n9.1 Data collected through the System may be accessed only by investigating officers assigned to the case and used solely for the investigation for which it was collected; only data strictly necessary for that investigation shall be collected.\n\n9.2 The Licensee shall hold such data on encrypted servers within Valdora and shall delete it no later than twelve (12) months after the investigation closes.`],
  ]);
});

describe('lawful-authorization: use only under a warrant; the bypasses weaken it', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${PARTIES}\n\n6. The System shall be used only under a warrant issued by a judge of the High Court under the published Interception of Communications Act, and only where the judge is satisfied that the interception is necessary and proportionate to the investigation of a serious crime. The Licensee shall keep a record of every warrant relied on.`],
    ['weak', `${PARTIES}\n\n6.1 The Licensee shall not deploy the System against any device unless a judge, independent of the Licensee, has first issued a warrant authorising that deployment, being satisfied that it is necessary and proportionate.\n\n6.2 In any case which the Director of the Licensee certifies as urgent, the Director may authorise deployment without a warrant for up to seven days.`],
    ['weak', `${PARTIES}\n\n6.1 Before each operation the Licensee shall obtain an order from an independent court if, and only to the extent that, the local law applicable to the Licensee requires one for that kind of operation, and shall keep every operation necessary and proportionate to its aim.`],
    // A judge confirming an urgent authorisation keeps it strong.
    ['present', `${PARTIES}\n\n6.1 The Licensee shall not deploy the System against any device unless a judge, independent of the Licensee, has first issued a warrant authorising that deployment, being satisfied that it is necessary and proportionate.\n\n6.2 In an emergency a deployment may begin before the warrant is issued only if the judge confirms it within twenty-four hours, failing which it shall cease.`],
  ]);
});

// Elements in words the rules had not foreseen, from the development half of the element probes (l, m, n).
const AGENCY = 'This Contract is made between Tessaline Audio Systems SARL (the "Contractor") and the Judicial Police Directorate of the Republic of Corvale (the "Entity").';

describe('end-use-limitation: a table of end-use conditions; use by serving or by searches', () => {
  gradeTable(endUseLimitation, [
    ['present', `${AGENCY}\n\n7.1 The Entity shall observe the conditions below.\n\n| Condition | Requirement |\n| --- | --- |\n| Authorised user | The Homicide and Kidnapping Unit of the Entity, and no other unit or authority |\n| Authorised purpose | Investigation of murder, kidnapping and the financing of terrorism, as those offences are defined in Annex 2 |\n| Scope of operation | The System shall serve exclusively the Unit's own investigations and shall not be operated for any other authority |`],
    ['present', `${AGENCY}\n\n3.1 Only the Entity may use the System, and only to investigate terrorism, meaning violence against civilians intended to intimidate the public.\n\n3.2 The Entity may run searches only for investigations that it is conducting itself, and shall not pass results to any other agency.`],
    ['weak', `${AGENCY}\n\n| Condition | Requirement |\n| --- | --- |\n| Authorised user | The Homicide and Kidnapping Unit of the Entity, and no other unit or authority |\n| Authorised purpose | Any lawful purpose of the Entity |`],
  ]);
});

describe('lawful-authorization: the warrant before that interception, each individual case, the civil-law test; authorization by rank', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${AGENCY}\n\n11.1 The Entity shall not intercept, or cause or allow anyone to intercept, the communications of any person by means of the System unless, before that interception begins, a judge independent of the Entity has issued a warrant under a published statute, being satisfied that the interception is necessary and proportionate.`],
    ['present', `${AGENCY}\n\nArticle 8\n\n(1) The Entity is obliged to use the System in each individual case only on the basis of a prior order of the competent court.\n\n(2) The measure is admissible only if it is indispensable and not out of proportion to the gravity of the offence: its aim cannot be reached by a milder means.`],
    ['weak', `${AGENCY}\n\n6.1 No target shall be entered in the System except with the written authorisation of the Commander of the Entity's Technical Operations Branch, recording why the entry is necessary and proportionate.`],
  ]);
});

describe('no-transfer: the product ending up with someone else is a breach', () => {
  gradeTable(noTransfer, [
    ['present', `${AGENCY}\n\n4.1 The Entity shall not sell, lend, sub-license or give the System or its credentials to any other body, including other agencies of its government.\n\n4.2 No contractor may operate the System for the Entity without the Contractor's prior written consent.\n\n4.3 The Entity shall not modify, decompile or reverse engineer the System.\n\n4.4 If the System, or access to it, ends up with anyone other than the Entity or a contractor approved under 4.2, the Entity is in breach of this Contract.`],
  ]);
});

describe('suspension-remote-disable: the right with a phrase before its verb; a breach of a clause cited by its title', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', `${AGENCY}\n\n14.1 Where the Contractor receives a complaint which it considers credible, or has reasonable grounds to suspect, that the System has been used in breach of Clause 9 (Human Rights), the Contractor shall be entitled, without prior notice and with effect from the moment it so elects, to suspend the Entity's access to the System until its investigation of the matter has been concluded.`],
    ['present', `${AGENCY}\n\n9.1 If anyone tells us that the System is being used in a way section 5 (What you must not do) forbids, and we think the report is believable, or if we suspect it ourselves, we can switch off your access straight away, and it stays off while we look into it.`],
    ['present', `${AGENCY}\n\n22.3 On receipt of an allegation that appears credible that the System has been operated otherwise than as Article 6 (Permitted Use) allows, the Contractor may forthwith and without notice deactivate the licence keys, and they shall remain deactivated while its review of the allegation continues.`],
    ['weak', `${AGENCY}\n\n22.3 On receipt of an allegation that appears credible that the System has been operated otherwise than as Article 6 (Delivery Schedule) allows, the Contractor may forthwith and without notice deactivate the licence keys, and they shall remain deactivated while its review of the allegation continues.`],
  ]);
});

describe('update-support-withholding: the services named in a term defined "together"', () => {
  gradeTable(updateSupportWithholding, [
    ['present', `${AGENCY}\n\n6.1 The Contractor shall provide version updates and upgrades of the software, maintenance, support and the training of examiners (together, the "Services").\n\n15.1 The Contractor is entitled to refuse performance of any or all of the Services from the moment it has established that the Entity has used the software in violation of Article 9 (Respect for fundamental rights).`],
    ['weak', `${AGENCY}\n\n6.1 The Contractor shall provide maintenance, support and the training of examiners (together, the "Services").\n\n15.1 The Contractor is entitled to refuse performance of any or all of the Services from the moment it has established that the Entity has used the software in violation of Article 9 (Respect for fundamental rights).`],
  ]);
});

const VENDOR = 'These terms are between Harrowfield Analytics Ltd ("we", "us") and the government agency named in the Order Form ("you").';

describe('grievance-mechanism: anonymity and awareness in other words', () => {
  gradeTable(grievanceMechanism, [
    ['present', `${VENDOR}\n\n**9. Reporting of concerns**\n\n9.1 Anyone, inside or outside your agency, may report suspected misuse of the platform through our secure concerns line, which accepts reports without requiring the reporter to give a name.\n\n9.2 You must tell every user about the concerns line when you give them an account.\n\n9.3 You must not discipline, demote or otherwise disadvantage anyone for making a report in good faith.`],
    ['present', `${VENDOR}\n\n**9. Speaking up about misuse**\n\n9.1 Anyone can tell us about suspected misuse of the platform through our speak-up site, a secure service run by an independent provider. People don't have to say who they are.\n\n9.2 You must make the site known, in writing and in your official language, to all staff with access to the platform, and you must not punish anyone for using it.`],
    ['weak', `${VENDOR}\n\n**9. Speaking up about misuse**\n\n9.1 Anyone can tell us about suspected misuse of the platform through our speak-up site, a secure service run by an independent provider.\n\n9.2 You must make the site known, in writing and in your official language, to all staff with access to the platform, and you must not punish anyone for using it.`],
  ]);
});

describe('training: the course finished before the seat is activated, retaken in the next paragraph', () => {
  gradeTable(training, [
    ['present', `${VENDOR}\n\n6.1 Each person you want to give a seat must first finish our Rights-Respecting Investigations course, covering privacy and free expression. We activate the seat only when the course is marked complete.\n\n6.2 The course has to be retaken every year.`],
    ['weak', `${VENDOR}\n\n6.1 Each person you want to give a seat must first finish our Rights-Respecting Investigations course, covering privacy and free expression. We activate the seat only when the course is marked complete.\n\n6.2 You can see each person's course status in the admin console.`],
  ]);
});

describe('remediation: civil-law duties to make good the consequences; a protocol under its own heading', () => {
  gradeTable(remediation, [
    ['present', `${AGENCY}\n\n**Article 18 – Elimination of the consequences of misuse**\n\n1. If a use of the System contrary to Article 16 (Prohibited Uses) has been established, the Entity is obliged without delay to cease the unlawful measure and to initiate disciplinary proceedings against the officials responsible.\n\n2. The Entity is further obliged to make good the consequences for the persons concerned, in particular by informing them and enabling them to obtain compensation.\n\n3. The Entity sets out these measures in a programme of remedial measures, which it submits to the Contractor, and the Contractor is entitled to comment on the programme.`],
    ['present', `${VENDOR}\n\n11.1 If misuse of the platform is found, you must follow the Remediation Protocol in Annex D.\n\n**Annex D – Remediation Protocol**\n\n1. You must end the misuse straight away and take away the access of those involved.\n\n2. You must give the people affected an effective remedy, such as notification or compensation.\n\n3. Within 20 days you must send us a written plan covering steps 1 and 2. We will review it and may ask for changes.`],
  ]);
});

describe('misuse-disclosure: "is further entitled to make public"; "we may tell the regulators"', () => {
  gradeTable(misuseDisclosure, [
    ['present', `${AGENCY}\n\n(1) The obligation of secrecy under Article 26 does not extend to facts which give the Contractor reason to suspect that the System has been used contrary to Article 19 (Prohibited Uses).\n\n(2) The Contractor is entitled to communicate such facts to the competent authorities, including the public prosecutor.\n\n(3) The Contractor is further entitled to make public each year a summary statement of the complaints of misuse received and their results.`],
    ['present', `${VENDOR}\n\n14.1 Our promise in section 13 to keep your information confidential has one exception: if we have grounds to suspect misuse, we may tell the regulators and law-enforcement bodies we think are competent.\n\n14.2 Each year we publish a transparency report giving the number of misuse complaints received and how each was resolved.`],
  ]);
});

describe('safeguard-action-protection: the protection in the next sentence; a civil-law guarantee against claims', () => {
  gradeTable(safeguardActionProtection, [
    ['present', `${AGENCY}\n\n1. The Contractor incurs no responsibility towards the Entity by reason of the suspension of the System or the interruption of updates under Article 31 (Human rights). Such measures do not constitute a non-performance.\n\n2. No reduction of price or credit is due by reason of these measures.\n\n3. The Entity is obliged to guarantee the Contractor against any action or claim brought by third persons by reason of a use of the System contrary to Article 31.`],
    ['weak', `${VENDOR}\n\n12.1 If we pause your access or hold back updates under section 11 (Human Rights Commitments), we are using a right these terms give us. That is not a breach of these terms on our part.`],
  ]);
});

// From the odd half of the second round (o, p, q: elements in words away from the spec).
describe('lawful-authorization and termination in civil-law words', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${AGENCY}\n\n8.1 The Entity is obliged not to activate any measure of geolocation by means of the Service without a prior reasoned order of the competent investigating judge.\n\n8.2 Such order must rest on a published statute and state that the measure is indispensable because no less burdensome measure is available, and that the interference is measured to the gravity of the facts.`],
  ]);
  gradeTable(terminationForMisuse, [
    ['present', `${AGENCY}\n\n24.1 The Contractor is entitled to resolve this Contract unilaterally, with immediate effect and without prior judicial declaration, when in its own assessment there are serious indications that any conduct listed in Article 25 has occurred.\n\n25. The following constitute conduct for the purposes of Article 24: (a) use of the System contrary to the obligations of the Entity in Annex E (Fundamental Rights); (b) refusal to take part in a verification under Article 20.`],
  ]);
});

describe('suspension-remote-disable: a column of the seller\'s entitlements', () => {
  gradeTable(suspensionRemoteDisable, [
    ['weak', `${AGENCY}\n\n19.1 The entitlements and obligations in the following table form part of this Contract.\n\n| Matter | Entitlement of the Contractor | Obligation of the Entity |\n| --- | --- | --- |\n| Halt | To halt all or any part of the System through the remote licence server, with immediate effect | Not to obstruct the halt |\n| Duration | To maintain the halt until its review is closed | To perform its other obligations |`],
  ]);
});

describe('investigation-cooperation: a long condition before the duty; the civil-law duty of participation', () => {
  gradeTable(investigationCooperation, [
    ['present', `${AGENCY}\n\n22.1 Where the Contractor is looking into any allegation or indication that the System has been used contrary to clause 19 (Human Rights), or where any court, regulator or other public body with jurisdiction is examining such a matter, the Entity shall assist fully and in good faith and shall within ten (10) business days supply the documents and audit-trail extracts requested and make its operators available for interview.\n\n22.2 If the Entity fails to comply with clause 22.1, the Contractor may suspend the System or terminate this Contract.`],
    ['weak', `${AGENCY}\n\n(1) The Entity is obliged to participate in the clarification of any facts suggesting a use of the System contrary to Article 7, by handing over records of use and presenting its staff for questioning.\n\n(2) If the Entity does not fulfil its duty of participation, the Contractor may block the System or terminate the Contract without notice.`],
  ]);
});

describe('audit-and-records: records kept item by item, in a protocol, in journals; an audit the other way round', () => {
  gradeTable(auditAndRecords, [
    ['present', `${AGENCY}\n\n16.1 The System shall automatically create and keep, in respect of each interception, a record of:\n\n(a) the unique user identity of the operator;\n\n(b) the date and time of the operation; and\n\n(c) the reference of the warrant relied on.\n\n16.2 The Entity shall not switch off, alter or purge the records described in clause 16.1.\n\n16.3 The Contractor, or an independent auditor it appoints, may on ten days' notice examine those records to verify the Entity's compliance with clause 15 (Human Rights).`],
    ['present', `${AGENCY}\n\n(1) The System records in a protocol, which cannot be deactivated, every query: the identification of the user, the time and the file reference of the underlying order.\n\n(2) The Entity is prohibited from deleting or modifying protocol entries.\n\n(3) The Contractor is entitled to have the observance of Article 8 (Permissible Use) verified by an independent expert after two weeks' announcement.`],
    ['present', `${AGENCY}\n\n1. The System shall maintain tamper-protected journals containing, for each task, the operator account, the time, the target identifier and the approval reference.\n\n2. The Entity shall not disable, truncate or erase the journals.\n\n3. The Contractor or an independent auditor may, on prior written notice, audit the Entity's compliance with Clause 12 (Restrictions on Use).`],
  ]);
});

describe('compliance-certification and seller-control in other words', () => {
  gradeTable(complianceCertification, [
    ['present', `${AGENCY}\n\n(1) The Entity shall submit to the Contractor every six months a written declaration, signed by the head of the authority or his permanent deputy, confirming that the obligations under Article 9 (Respect for Fundamental Rights) have been observed in the use of the System.\n\n(2) A declaration under paragraph 1 shall also be submitted before each extension of the maintenance contract.`],
    ['missing', `${AGENCY}\n\n3.1 The Contractor shall deliver the Complex with a certificate of conformity issued by the authorised body, confirming that it complies with the technical regulations in force.`],
  ]);
  gradeTable(sellerControl, [
    ['present', `${AGENCY}\n\n(1) The right of use is granted for periods of six months each.\n\n(2) Each usage period requires an activation file issued by the Contractor. On expiry of a period without a new activation file, the System shall cease to function.\n\n(3) There is no claim to the issuance of a new activation file. A permanent activation is excluded.\n\n(4) The Contractor determines in each activation file the functional scope of the System, including which analysis functions are enabled.`],
  ]);
});

describe('reseller-due-diligence: the partner checks before it sells; an enquiry into the buyer\'s record', () => {
  gradeTable(resellerDueDiligence, [
    ['present', `${VENDOR}\n\n6.1 Before you sell our monitoring service to any police force or ministry, you must check for yourself whether that body is likely to use it to harm people's rights, tell us which body it is and what it wants the service for, wait for our written yes, and keep your checks and our approvals on file for five years.`],
    ['present', `This Agreement is made between Korvane Analytics Limited (the "Supplier") and Halden Gate Distribution FZE (the "Distributor").\n\n7.1 Before the Distributor quotes for or delivers the Products to any public-sector body, the Distributor shall carry out an enquiry into that body's record of respecting privacy and freedom of expression, send the Supplier a form naming the agency that will operate the Products and their purpose, and not proceed until the Supplier has confirmed in writing that it clears the transaction.\n\n7.2 The Distributor shall retain the forms and the Supplier's clearances for six (6) years.`],
  ]);
});

describe('eula-flow-down: a term that means the end-user terms; an End Customer Licence; plain words', () => {
  gradeTable(eulaFlowDown, [
    ['present', `This Agreement is made between Tessellate Voice Ltd ("Licensor") and Brindle Secure Distribution Ltd ("Reseller").\n\n1.1 "Pass-Through Terms" means the end-user terms set out in Schedule 3, which include the prohibitions on using the Software against journalists and the Licensor's right to suspend the end user's licence for misuse.\n\n8.1 The Reseller shall not activate the Software for any end user until that end user has signed the Pass-Through Terms.\n\n8.2 The Pass-Through Terms shall name the Licensor as a person entitled to enforce them under the Contracts (Rights of Third Parties) Act 1999.\n\n8.3 The Reseller shall hold each end user to the Pass-Through Terms and take such steps against any breach as the Licensor directs.`],
    ['present', `This Agreement is made between Heliotrope Biometrics Pte. Ltd. (the "Company") and Sentosa Integrated Projects Pte. Ltd. (the "Integrator").\n\n12.1 Every end customer shall be licensed solely on the terms of the End Customer Licence in Annex D, which carries the human-rights restrictions on use set out in clause 9.\n\n12.2 The Company is expressly entitled to enforce Annex D directly against the end customer.\n\n12.3 Breaches of Annex D shall be pursued by the Integrator diligently and in coordination with the Company.`],
    ['present', `These terms are between Brightwater Vision Labs Ltd ("we", "us") and you, the authorised reseller ("you").\n\n4.1 Every agency you sell to must accept our End User Licence before any of its operators can log in.\n\n4.2 Our End User Licence includes our human-rights terms, including that we can suspend the agency's account if we find misuse.\n\n4.3 We are a party to the End User Licence, so we can enforce it ourselves.\n\n4.4 You must also hold your customers to it.`],
    ['missing', `This Contract is made between Calumet Analytics LLC (the "Contractor") and the Department of Public Safety (the "State").\n\nST-2(a) No terms or conditions of Contractor, including any shrink-wrap, click-wrap or end user license agreement, shall bind the State.`],
  ]);
});

describe('from the odd half of o: the sole user by definition or apposition, civil-law and plain-English elements', () => {
  gradeTable(endUseLimitation, [
    ['present', `${AGENCY}\n\n"Authorised User" means the Criminal Investigations Division of the Entity, and no other department, body or person.\n\n"Permitted Purpose" means the investigation of terrorism, meaning violence against civilians intended to intimidate a population; protest and journalism are never terrorism.\n\n3.1 The Authorised User may operate the System solely for the Permitted Purpose, and only in the course of its own investigations.`],
    ['present', `${VENDOR}\n\n2.1 Only you, the Transnational Crime Unit, may log in, and only to work your own cases.\n\n2.2 You may use the Service only to investigate terrorism, meaning violence against civilians to frighten a population; criticising a government is never terrorism.`],
    ['present', `${AGENCY}\n\n6.1 The Entity is obliged to employ the System exclusively within the National Police Directorate and for the latter's own operations.\n\n6.2 The System serves solely to prevent acts of terrorism, meaning violent acts against persons intended to terrorise the population; political opinion shall never be so qualified.`],
  ]);
  gradeTable(humanRightsCompliance, [
    ['present', `${VENDOR}\n\n6.1 When we say human rights, we mean the rights in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, whatever your local law says.\n\n6.2 You promise that you'll use the service only in line with human rights.`],
    ['present', `${AGENCY}\n\n15.1 The Entity declares that the use it will make of the System is compatible with the international obligations listed in Annex D.\n\n**Annex D – International Obligations**\n\n1. The obligations arising from the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, in particular Articles 17 and 19.`],
    ['missing', `${AGENCY}\n\n1.1 The following documents constitute the Contract and shall be read as one: this Contract, Annex D and the Entity's tender.\n\n**Annex D – Technical Standards**\n\n1. The System complies with the international standards of the ITU.`],
  ]);
  gradeTable(useRestrictions, [
    ['present', `${AGENCY}\n\n## Chapter III – Limits of Use\n\n11. The Entity shall refrain from deploying the System against any person by reason of that person having expressed an opinion, taken part in a demonstration or professed a faith.\n\n12. The Entity undertakes not to select as a target journalists, defenders of human rights, lawyers, members of opposition parties or members of minorities.\n\n13. Each infection shall concern an individually designated terminal; the Entity shall not carry out infections in series or by geographic zone.`],
  ]);
  gradeTable(lawfulAuthorization, [
    ['present', `${VENDOR}\n\n4.1 Before you run a trace on any vehicle or person, you must have a warrant from a judge issued under a published law.\n\n4.2 The warrant must say that the trace is needed for the case and that it is no more intrusive than the case justifies.`],
  ]);
  gradeTable(exportControlCompliance, [
    ['present', `${VENDOR}\n\n**12. Export and sanctions**\n\n12.1 You must follow every export-control and sanctions rule of the European Union and the United States that governs the software.\n\n12.2 You must not move the software or a licence key to another country, or give access to it to anyone else, unless every licence those rules require is in place first.`],
  ]);
  gradeTable(dataProtection, [
    ['present', `${AGENCY}\n\n16. The Entity shall ensure that the information collected by means of the Service ("Collected Information") is analysed exclusively by officers designated in the judicial order, and solely for the purposes of that proceeding; the Entity shall limit the collection to what is indispensable for the proceeding.\n\n18. The Collected Information shall be destroyed six (6) months after its acquisition.\n\n19. Communication of the Collected Information to other administrations, to private persons or to foreign states is prohibited, except with the prior authorisation of the competent judicial authority.`],
  ]);
});

describe('from the odd half of p: triggers, periods and services in other words; an incorporated protocol', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', `${AGENCY}\n\n14.1 If the Contractor receives a report which in its reasonable opinion is not manifestly unfounded, or otherwise comes to suspect that the System has been used otherwise than in accordance with Schedule 4 (Permitted Use), the Contractor may, without prior notice, forthwith deactivate the System, and the deactivation shall continue for so long as the Contractor's enquiry into the matter remains open.`],
  ]);
  gradeTable(updateSupportWithholding, [
    ['present', `${AGENCY}\n\n15.1 In the event of a violation by the Entity of its obligations under Article 9 (Protection of Fundamental Rights), the Contractor is entitled to withhold, with immediate effect, in particular: (a) the delivery of new software versions and signature databases; (b) maintenance and repair; and (c) the hotline and remote assistance.`],
  ]);
  gradeTable(investigationCooperation, [
    ['present', `${AGENCY}\n\nGCC 35.1 The Entity shall co-operate with any inquiry into alleged misuse of the System in accordance with Appendix G (Inquiry Co-operation Protocol).\n\nGCC 35.2 Refusal or delay by the Entity in performing any item of Appendix G shall entitle the Contractor to suspend the System or to terminate the Contract.\n\n## Appendix G – Inquiry Co-operation Protocol\n\n| Item | Entity's obligation | Time limit |\n| --- | --- | --- |\n| 1 | Produce operator logs and the warrants relating to the matter | 10 working days |\n| 2 | Make the operators concerned available for interview | 15 working days |`],
    ['present', `${VENDOR}\n\n8.1 If we look into a report that the platform has been misused, you must help. In particular you must: (a) answer our questions within 10 working days; (b) send us the activity logs within 5 working days; and (c) let us speak to the staff who used the platform within 15 working days.\n\n8.2 If you don't do any of these things on time, we can suspend your licence keys or end these terms straight away.`],
  ]);
  gradeTable(renewalReassessment, [
    ['present', `${AGENCY}\n\n(1) The Contract is concluded for a fixed period of eighteen months.\n\n(2) An extension of the Contract requires a renewed examination by the Contractor of the effects of the continued cooperation on the fundamental rights of the persons affected. The Contractor is free to refuse the extension on the basis of the outcome of that examination.`],
  ]);
});

describe('from the odd half of q: channels, instruction, plans and confined rights in other words', () => {
  gradeTable(grievanceMechanism, [
    ['present', `${AGENCY}\n\n## SCC 22 Concerns Procedure\n\n| Item | Requirement |\n| --- | --- |\n| Who may use it | Any individual may raise a concern about misuse of the System through the Contractor's encrypted concerns service |\n| Identity | The concerns service does not require the person raising a concern to identify himself or herself |\n| Awareness | The Entity shall display details of the concerns service in every laboratory and include them in every operator briefing |\n| Protection | The Entity shall ensure that no person suffers any detriment for raising a concern |`],
    ['present', `${VENDOR}\n\n## 14. Reporting misuse\n\nAnyone can tell us about misuse of the platform through our secure reporting page, which doesn't ask for a name, so people can report without saying who they are.\n\nYou must tell everyone who uses the platform that the reporting page exists, and you must not punish anyone for using it.`],
  ]);
  gradeTable(training, [
    ['present', `${AGENCY}\n\n## Article (14): Qualification of Operating Personnel\n\n1. The Contractor shall provide instruction to the Entity's personnel on the rights protected under the international covenants on human rights.\n\n2. The Entity undertakes that no member of its personnel shall operate the System unless he or she has first attended such instruction.\n\n3. Such instruction shall be renewed for all operating personnel at intervals not exceeding eighteen (18) months.`],
    ['present', `${VENDOR}\n\n7.1 Before anyone on your team gets a login, they must finish our online human rights course.\n\n7.2 They must retake the course every year to keep their login.`],
  ]);
  gradeTable(remediation, [
    ['present', `${AGENCY}\n\n## 24. Putting Matters Right\n\n24.1 Where the Contractor concludes that the System has been used in breach of clause 18 (Prohibited Uses), the Entity shall deliver a written action plan setting out the steps it will take to bring the breach to an end, and how it will compensate each individual affected.\n\n24.2 The Contractor may require amendments to the action plan.`],
    ['present', `${VENDOR}\n\n## 12. When things go wrong\n\nIf we find that the service has been misused, you must:\n\n- fix what went wrong and stop it happening again;\n- make things right with the people who were harmed; and\n- do both by steps you set down in writing and show us before you start.`],
  ]);
  gradeTable(misuseDisclosure, [
    ['weak', `${VENDOR}\n\n18.6 Notwithstanding the confidentiality obligations in Section 18.1: (a) we may disclose information concerning suspected misuse of the platform to a governmental authority to the extent we are required to do so by applicable law or compelled to do so by a court order; and (b) we may publish an annual transparency report with aggregated information on misuse complaints and their outcome.`],
  ]);
  gradeTable(noTransfer, [
    ['weak', `${AGENCY}\n\n"Authorised Personnel" means the Entity's employees and contractors who have been trained on the System.\n\n5.1 The System may be operated only by Authorised Personnel.\n\n5.2 The Entity shall not sell, sub-license, lend, transfer or share the System or access to it with any other person, including any other agency of its government.\n\n5.3 The Entity shall not modify or reverse engineer the System.\n\n5.4 Any use of the System by a person other than Authorised Personnel is a breach of this Contract.`],
  ]);
});

describe('misuse-disclosure and safeguard-action-protection: secrecy that does not stop the seller; a section on the actions\' effects', () => {
  gradeTable(misuseDisclosure, [
    ['present', `${AGENCY}\n\n34.1 Confidential Information shall not be disclosed to any third party.\n\n34.5 The obligations in GCC 34.1 do not apply to: (a) communications made by the Contractor to any law-enforcement or human rights oversight body concerning conduct of the Entity that the Contractor reasonably suspects to be a breach of SCC 9 (Human Rights Undertakings); and (b) a yearly account, made public by the Contractor, of the concerns raised with it and of what was done about them.`],
    ['present', `${VENDOR}\n\n10.5 Our confidentiality promises in this section 10 don't stop us from: telling regulators or law enforcement if we think you may be misusing the service; or putting out yearly figures on the misuse reports we get and how we dealt with them.`],
  ]);
  gradeTable(safeguardActionProtection, [
    ['present', `${AGENCY}\n\n## 27. Consequences of Protective Measures\n\n27.1 In this clause, a "Protective Measure" means any suspension of access, withholding of updates or termination by the Contractor under clause 24 (Human Rights Measures).\n\n27.2 A Protective Measure shall not amount to a breach of this Contract by the Contractor.\n\n27.3 No Charges paid shall be repayable, and no service credit shall accrue, in respect of any period affected by a Protective Measure.\n\n27.4 The Entity shall protect the Contractor against all claims arising out of any use of the System in breach of clause 23 (Prohibited Uses).`],
    ['present', `${AGENCY}\n\n## SCC 31 Effect of Safeguard Actions\n\n| Matter | Effect |\n| --- | --- |\n| Performance | The action is not a failure by the Contractor to perform the Contract and is not a Contractor default |\n| Price | The Contract Price is not reduced, rebated or refunded |\n| Third-party claims | The Entity shall make good to the Contractor all loss arising from any claim that arises from misuse of the System |`],
    ['present', `${VENDOR}\n\n9.6 If we pause your account, hold back updates or end your subscription under section 9 (Human rights), that's us using a right these terms give us, not us breaking them, and we owe you nothing for it: no damages, no money back and no credits against your bill.\n\nYou'll cover us for any claims that anyone brings against us because of how you misused the service.`],
    ['missing', `${AGENCY}\n\n## 12. Effect of suspension for non-payment\n\n12.1 Where the Contractor suspends the Services for non-payment, the fees remain payable.`],
  ]);
});

describe('from the odd half of r, s, t: renewal by continuation; a distributor named after its buyer; an integrator\'s operator terms', () => {
  gradeTable(renewalReassessment, [
    ['present', `${AGENCY}\n\n4.1 This Contract shall continue for twelve (12) months and may thereafter be continued for further periods of twelve (12) months each, but no further period shall take effect unless the Contractor has first carried out a fresh assessment of the risks to human rights, which the Contractor may decline to do in the light of that assessment.`],
  ]);
  gradeTable(resellerDueDiligence, [
    ['present', `This Agreement is made between Halden Norrow Communications Ltd (the "Supplier") and Castellan Gulf Trading LLC (the "Distributor").\n\n7.1 Before it supplies the Platform to any prospective government purchaser, the Distributor shall carry out a documented enquiry into the purchaser's record on the arrest of journalists, send the Supplier a request naming the purchaser and the unit that will operate the Platform, and obtain the Supplier's written clearance.\n\n7.2 The Distributor shall keep complete files of every enquiry and clearance for six (6) years.`],
  ]);
  gradeTable(eulaFlowDown, [
    ['present', `This Subcontract is made between Sable Meridian Networks Ltd (the "Vendor") and Gulf Horizon Integrated Solutions W.L.L. (the "Integrator").\n\n12.1 Each government body for which the Integrator installs the Platform shall execute the Operator Terms in the form of Appendix F, which bind it to the Use Restrictions and human-rights terms in Appendix E. The Vendor is a signatory to the Operator Terms and may take proceedings on them in its own name.\n\n12.2 The Integrator shall monitor observance of the Operator Terms and take such action against the operating body as the Vendor directs.`],
    ['missing', `This End User License Agreement ("EULA") is accepted by the organisation named on the License Certificate ("Licensee") when the Software is installed. Our reseller partner delivers the Software.\n\n1. The Licensee may use the Software for its internal business purposes.`],
  ]);
});

// Counters from the development negation probes: secrecy that admits no exception for misuse; a gag on the customer's
// personnel that reaches the seller's reporting channel. (Near misses: an exception clause that names no misuse.)
describe('counters: secrecy with no exception for misuse; personnel barred from the seller\'s channel', () => {
  const RIGHT = `${AGENCY}\n\n28.1 Notwithstanding Clause 27 (Confidentiality), the Contractor may report suspected misuse of the System to competent authorities and may publish annual aggregate information about complaints received and their resolution.`;
  gradeTable(misuseDisclosure, [
    ['contradicted', `${RIGHT}\n\nS.4 The Contractor shall not disclose to any person any information concerning the Entity or its use of the System.\n\nS.5 Paragraph S.4 admits no exception, including for any report of suspected misuse.`],
    ['present', `${RIGHT}\n\n27.1 Each party shall keep the other's Confidential Information secret.\n\n27.2 Clause 27.1 admits no exception for commercial information such as prices.`],
  ]);
  const CHANNEL = `${AGENCY}\n\n**Schedule 8 - Grievance Mechanism**\n\n1. The Contractor operates a secure reporting channel, including an anonymous web portal, through which any person may report suspected misuse of the System.\n\n2. The Entity shall inform all personnel with access to the System of the channel and shall not retaliate against any person for making a report in good faith.`;
  gradeTable(grievanceMechanism, [
    ['contradicted', `${CHANNEL}\n\n40.1 Personnel of the Entity shall not communicate any information concerning the System, its use, its targets or the Entity's operations to any person outside the Entity, including the Contractor and any reporting channel it operates.`],
    ['present', `${CHANNEL}\n\n40.1 The Contractor shall not communicate any information concerning the Entity's operations to any person outside its project team.`],
  ]);
});

describe('safeguard-action-protection: the actions named by a term the draft defines', () => {
  const defined = '2.4 "Integrity Step" means a suspension of access, a hold on Updates or support, or an early termination, in each case taken by the Contractor under clause 17 (Responsible Use).';
  gradeTable(safeguardActionProtection, [
    ['present', `${AGENCY}\n\n${defined}\n\n17.6 An Integrity Step shall not place the Contractor in breach of this Agreement, and the Contractor shall bear no liability to the Entity for any loss it causes.\n\n17.7 No fee shall be refunded, reduced or credited by reason of an Integrity Step, and time during which one is in force is left out of the availability figures in Schedule 3 (Service Levels), under which service credits are otherwise paid for downtime.\n\n17.8 The Entity shall indemnify the Contractor against third-party claims arising from any misuse of the System.`],
    // (A term meaning something else leaves the protection unnamed.)
    ['weak', `${AGENCY}\n\n2.4 "Integrity Step" means a change to the Entity's password policy approved by its security officer.\n\n17.6 An Integrity Step shall not place the Contractor in breach of this Agreement, and the Contractor shall bear no liability to the Entity for any loss it causes.\n\n17.7 No fee shall be refunded, reduced or credited by reason of an Integrity Step.\n\n17.8 The Entity shall indemnify the Contractor against third-party claims arising from any misuse of the System.`],
  ]);
});

describe('use-restrictions: a bar on bulk surveillance as an area, a population or a query confined to one target', () => {
  const bans = '7.1 The Entity shall not use the System against any person for exercising freedom of expression, assembly, association or religion, and shall not use it to target journalists, lawyers, human-rights defenders or political opponents.';
  gradeTable(useRestrictions, [
    ['present', `${AGENCY}\n\n${bans}\n\n7.2 The Entity shall not use the System to collect the movements of an entire district or the attendees of a whole event.`],
    ['present', `${AGENCY}\n\n${bans}\n\n7.2 The Entity shall not use the System for city-wide or network-wide capture of communications.`],
    ['present', `${AGENCY}\n\n${bans} The System shall not be used in any other way: each tasking must identify a single named suspect under investigation.`],
    ['weak', `${AGENCY}\n\n${bans}\n\n7.2 Each invoice must identify the purchase order number.`],
  ]);
});

describe('no-transfer: the product reaching anyone not authorised is itself a breach', () => {
  const bans = '4.1 The Entity shall not sell, lend, lease or sub-license the System or its credentials, and shall not share access to it with other agencies of its government.\n\n4.2 No contractor may operate the System for the Entity without the Contractor\'s prior written consent.\n\n4.3 The Entity shall not modify, decompile or reverse engineer the System.';
  gradeTable(noTransfer, [
    ['present', `${AGENCY}\n\n${bans}\n\n4.4 Any making available of the System, or of access to it, to a person other than the Entity's own vetted officers constitutes a fundamental breach of this Contract.`],
    ['present', `${AGENCY}\n\n${bans}\n\n4.4 Possession of the System or of any credential by an unauthorised person, however it came about, shall be a breach by the Entity.`],
    ['present', `${AGENCY}\n\n${bans}\n\n4.4 The transfer of the System into the custody of any third party amounts to a breach of this Contract, regardless of fault.`],
    // (A breach about something else stays out: late payment by a person other than the Entity.)
    ['weak', `${AGENCY}\n\n${bans}\n\n4.4 Payment by a person other than the Entity does not discharge the Entity, and late payment is a breach.`],
  ]);
});

describe("end-use-limitation: the end user as the sole beneficiary, and its own operations in other words", () => {
  const purpose = '"Serious Offence" means murder, kidnapping, trafficking in persons, arms or drugs, or an act of terrorism, in each case punishable by at least four years\' imprisonment.';
  gradeTable(endUseLimitation, [
    ['present', `${AGENCY}\n\n${purpose}\n\n5.1 The Entity shall be the sole beneficiary of the System and shall use it only to investigate Serious Offences, and only for its in-house casework.`],
    ['present', `${AGENCY}\n\n${purpose}\n\n5.1 Only the Entity may use the System, and only for investigations it conducts itself into Serious Offences.`],
    ['present', `${AGENCY}\n\n${purpose}\n\n5.1 The System shall be used only by the Entity and only to investigate Serious Offences; the Entity shall not operate it for the benefit of, or at the request of, any other authority.`],
    ['present', `${AGENCY}\n\n${purpose}\n\n5.1 The System shall be used only by the Entity and only to investigate Serious Offences, and the Entity shall not carry out searches for any other agency.`],
    // (Without the own-operations limit the clause stays weak.)
    ['weak', `${AGENCY}\n\n${purpose}\n\n5.1 The Entity shall be the sole beneficiary of the System and shall use it only to investigate Serious Offences.`],
  ]);
});

describe('training: before access in other words, and a curriculum for a course', () => {
  gradeTable(training, [
    ['present', `${AGENCY}\n\n8.1 Each analyst must have finished the human-rights syllabus in Annex T, covering privacy, expression and non-discrimination, before being issued credentials, and must repeat it every twelve months.`],
    ['present', `${AGENCY}\n\n8.1 The Contractor shall train every operator in international human-rights law, privacy and the prohibited uses of the System. Officers receive a user name only after they have passed it, and it is refreshed annually.`],
    ['weak', `${AGENCY}\n\n8.1 Each analyst must finish the human-rights curriculum in Annex T, covering privacy, expression and non-discrimination, and must repeat it every twelve months.`],
  ]);
});

describe('lawful-authorization: each use, with the operations listed', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${AGENCY}\n\n6.1 No interception, location request or device extraction shall be carried out through the System except under a warrant issued by an independent judge, who has found the measure necessary and proportionate.`],
    ['weak', `${AGENCY}\n\n6.1 The Entity shall use the System in accordance with warrants issued by an independent judge, who has found the measures necessary and proportionate.`],
  ]);
});

describe('data-protection: minimisation, retention and onward sharing in civil-law wording', () => {
  const defined = '12.1 "Seized Data" means all data copied from a device by means of the System.';
  gradeTable(dataProtection, [
    ['present', `${AGENCY}\n\n${defined}\n\n12.2 The Entity shall restrict each acquisition to the types of data named in the court order, and material falling outside the order shall be sealed unread. Seized Data may be examined only by the investigators assigned to the case, and only for that case.\n\n12.3 Seized Data are held encrypted on an isolated evidence server and are destroyed upon the final closure of the case.\n\n12.4 The transmission of Seized Data to any other body, whether of the Republic or of a foreign State, and whether by request or otherwise, requires the written approval of the investigating judge.`],
    ['weak', `${AGENCY}\n\n${defined}\n\n12.2 Seized Data may be examined only by the investigators assigned to the case, and only for that case.\n\n12.3 Seized Data are held encrypted on an isolated evidence server.`],
  ]);
});

describe('audit-and-records: a journal in which each operation is recorded, kept untouched', () => {
  const audit = '16.1 The Contractor, or an independent auditor it appoints, may audit the Entity\'s compliance with clause 6 (Use Conditions) on ten Business Days\' notice.';
  gradeTable(auditAndRecords, [
    ['present', `${AGENCY}\n\n15.1 The System keeps an access journal in which every search is entered with the analyst's login, the time, the subject searched and the case authorisation relied on.\n\n15.2 The Entity shall keep the access journal running and shall not erase, overwrite or shorten any entry in it.\n\n${audit}`],
    ['weak', `${AGENCY}\n\n15.1 The System keeps an access journal in which every search is entered with the analyst's login, the time, the subject searched and the case authorisation relied on.\n\n${audit}`],
  ]);
});

// Plain-English contractions read as the negations they are: "don't send" is "do not send".
describe("plain-English contractions: don't, can't, won't", () => {
  const VENDOR_TERMS = 'These terms are between Harrowfield Analytics Ltd ("we", "us") and the government agency named in the Order Form ("you").';
  gradeTable(exportControlCompliance, [
    ['present', `${VENDOR_TERMS}\n\n## 11. Export rules\n\nThe software is export-controlled by the United Kingdom. You must follow the UK export-control and sanctions rules that apply to it. Don't ship, carry or give remote access to the software to anyone outside your country unless any licence those rules require has been granted first.`],
  ]);
  gradeTable(noTransfer, [
    ['present', `${VENDOR_TERMS}\n\n6. You can't sell, rent, lend or share the software or your logins with anyone, and other agencies or contractors can't use it unless we agree in writing first. You mustn't change, decompile or reverse engineer it. If the software ends up with anyone we haven't approved, you're in breach of these terms.`],
  ]);
});

describe('misuse-disclosure: secrecy that does not extend to communications made by the seller to an authority', () => {
  const secrecy = '26.1 Each party shall keep secret all information concerning the other and the System.';
  const publish = '27.2 The Contractor may also publish, once a year, statistics on the complaints it has received about the use of its systems and on how each was resolved, without naming the Entity.';
  gradeTable(misuseDisclosure, [
    ['present', `${AGENCY}\n\n${secrecy}\n\n27.1 The duty of secrecy in clause 26.1 does not extend to communications made by the Contractor to the public prosecutor, to its national export-control office or to any other competent authority, of facts which give rise to a suspicion that the System has been used in breach of clause 9 (Human Rights).\n\n${publish}`],
    ['weak', `${AGENCY}\n\n${secrecy}\n\n${publish}`],
  ]);
});

describe('grievance-mechanism: reports from people who give no name, and no detriment because someone reported', () => {
  const channel = '14.1 The Contractor shall run an encrypted reporting portal, open to any person, including the Entity\'s staff and members of the public, through which suspected misuse of the System may be reported.';
  const known = '14.3 The Entity shall bring the portal to the attention of every officer with access to the System.';
  gradeTable(grievanceMechanism, [
    ['present', `${AGENCY}\n\n## 14. Reporting concerns\n\n${channel} The portal shall accept reports from individuals who do not give their names.\n\n${known}\n\n14.4 The Entity shall not demote, transfer or otherwise subject to detriment any officer because he or she made a report through the portal.`],
    ['weak', `${AGENCY}\n\n## 14. Reporting concerns\n\n${channel}\n\n${known}\n\n14.4 The Entity shall not demote, transfer or otherwise subject to detriment any officer because he or she made a report through the portal.`],
  ]);
});

describe('safeguard-action-protection: no right opened to a refund, and an indemnity for use of the equipment', () => {
  const protection = '31.1 The suspension of the licences, the interruption of updates and the termination of the Contract by the Contractor under clause 29 (Human Rights) do not constitute a non-performance by the Contractor';
  gradeTable(safeguardActionProtection, [
    ['present', `${AGENCY}\n\n${protection} and do not open any right to damages, reimbursement of the price or delay penalties.\n\n31.2 The Entity shall hold the Contractor harmless from every claim brought by third persons that arises from a use of the equipment contrary to clause 29.`],
    ['weak', `${AGENCY}\n\n${protection}.\n\n31.2 The Entity shall hold the Contractor harmless from every claim brought by third persons that arises from a use of the equipment contrary to clause 29.`],
  ]);
});

describe('termination-for-misuse: effect on receipt, and the acceptable use rules as the trigger', () => {
  gradeTable(terminationForMisuse, [
    ['present', `${AGENCY}\n\n27.1 The Contractor may rescind the Contract by written declaration, with effect from its receipt by the Entity and without the need for formal notice, where it has serious reason to consider that the System has been used in violation of clause 15 (Fundamental Rights).`],
    ['present', 'These terms are between Harrowfield Analytics Ltd ("we") and the government agency named in the Order Form ("you").\n\n15. If we believe you have used the service against anyone our acceptable use rules protect, we can end these terms right away by emailing you.'],
    ['weak', `${AGENCY}\n\n27.1 The Contractor may rescind the Contract by written declaration, with effect sixty days after its receipt by the Entity, where it has serious reason to consider that the System has been used in violation of clause 15 (Fundamental Rights).`],
  ]);
});

describe('investigation-cooperation: the sanction closing the section after the list of duties', () => {
  const VENDOR_TERMS = 'These terms are between Harrowfield Analytics Ltd ("we") and the government agency named in the Order Form ("you").';
  const duties = '## 9. Helping us look into misuse\n\nIf we are looking into a concern that the service was used against anyone in breach of section 3, you must help. Within 10 business days of our asking, you must:\n\n- send us the search history, logs and records we ask for;\n- let us log in to your workspace; and\n- make the staff involved available to talk to us.';
  gradeTable(investigationCooperation, [
    ['present', `${VENDOR_TERMS}\n\n${duties}\n\nIf you do not, we can block your account or end these terms.`],
    ['weak', `${VENDOR_TERMS}\n\n${duties}\n\nIf you do not pay an invoice within 30 days, we will charge interest.`],
  ]);
});

describe('investigation-cooperation: non-cooperation as a listed ground after a long lead-in; a "failing which" on another duty', () => {
  const duty = '16.1 The Entity shall cooperate fully with any investigation by the Contractor of suspected Misuse and shall, within ten (10) days of a request, provide the usage logs, records and access the Contractor reasonably requests.';
  gradeTable(investigationCooperation, [
    ['present', `${AGENCY}\n\n${duty}\n\n## 22. Termination for Misuse\n\n22.1 The Contractor may bring to an end this Contract, in whole or in part (including as to any module, site or licence), with immediate effect by written notice to the Entity if it determines, in its absolute discretion, that there is evidence of:\n\n(a) Misuse;\n\n(b) any refusal or failure by the Entity or any of its authorised users to co-operate fully with an investigation.`],
    ['present', `${AGENCY}\n\n${duty}\n\n## 22. Termination\n\n22.1 The Contractor may terminate this Contract on written notice where, in its reasonable opinion, any of the following has occurred:\n\n(a) the System has been used for Misuse; or\n\n(b) any refusal by the Entity, or by any officer, agent or contractor acting on its behalf, to cooperate with an investigation.`],
    // (The seller's right to terminate in a section whose cure notice closes "failing which": that sanction is for another lapse.)
    ['weak', `${AGENCY}\n\n## 16. Investigations\n\n${duty}\n\n16.2 Where the Entity is late in delivering a compliance certificate, the Contractor shall give written notice and the Entity shall deliver it within thirty (30) days, failing which the Contractor may terminate this Contract.`],
  ]);
});

describe('misuse-disclosure: a right to report that names the clause it overrides; misuse named among what may not be said', () => {
  const right = '18.1 Notwithstanding clause 17 (Confidentiality), the Contractor may inform any competent public authority of any suspected Misuse of the System and of the facts on which the suspicion rests.\n\n18.2 The Contractor may publish each year, in aggregated form, the number and nature of the complaints of Misuse it has received and how they were dealt with.';
  gradeTable(misuseDisclosure, [
    // (A promise of silence in another article binds still: the right overrides clause 17 only.)
    ['contradicted', `${AGENCY}\n\n${right}\n\n## 31. Public statements\n\n31.1 The Contractor shall not make or communicate to any person, body or authority any statement about the Entity's operations or its use of the System, including any statement that the System has been or may have been misused.`],
    // (... unless the right overrides that promise too.)
    ['present', `${AGENCY}\n\n${right.replace('Notwithstanding clause 17 (Confidentiality),', 'Notwithstanding clause 17 (Confidentiality) or any other undertaking of confidence,')}\n\n## 31. Public statements\n\n31.1 The Contractor shall not make or communicate to any person, body or authority any statement about the Entity's operations or its use of the System, including any statement that the System has been or may have been misused.`],
    // (A later undertaking of silence that says it admits no exception beats a right "notwithstanding ... any other provision".)
    ['contradicted', `${AGENCY}\n\n${right.replace('Notwithstanding clause 17 (Confidentiality),', 'Notwithstanding clause 17 (Confidentiality) or any other provision,')}\n\n## Side letter\n\nThe Contractor undertakes that it will not disclose any information about the Entity or its use of the System to any person or authority, in a report or in aggregate form. This undertaking admits no exception.`],
    // (Silence with an exception for misuse leaves the right standing.)
    ['present', `${AGENCY}\n\n${right}\n\n## 31. Public statements\n\n31.1 The Contractor shall not make or communicate to any person, body or authority any statement about the Entity's operations, except a report of suspected Misuse under clause 18.`],
  ]);
});

describe('audit-and-records: audit left to the customer\'s own officers', () => {
  const strong = '24.1 The System shall keep a tamper-proof journal of every interception, recording the operator, the date and time, the target and the reference of the authorising warrant; the Entity shall not disable, alter or erase it.\n\n24.2 The Contractor, or an independent auditor it appoints, may audit the Entity\'s compliance with clause 15 (Fundamental Rights), including the journal, on thirty (30) days\' notice.';
  gradeTable(auditAndRecords, [
    ['present', `${AGENCY}\n\n${strong}`],
    ['contradicted', `${AGENCY}\n\n${strong}\n\n24.3 Notwithstanding clause 24.2, no inspection, audit or review of any interception platform or journal shall be made by any person other than officers of the Entity.`],
    ['contradicted', `${AGENCY}\n\n${strong}\n\n## Annex 1: Definitions\n\n"Audit": a review by the Entity's own inspectorate of such documents as it selects. Neither the Contractor nor any auditor it designates shall have access to the System, the journal or the Entity's premises.`],
    // (Kept out of the collected data only: that protects the data, the audit stands.)
    ['present', `${AGENCY}\n\n${strong}\n\n24.5 Neither the Contractor nor its auditor shall have access to the intercepted content or to any other data collected through the System.`],
    // (An audit of the seller's invoices kept to the customer's own auditor is another audit.)
    ['present', `${AGENCY}\n\n${strong}\n\n31.4 No audit of the Contractor's invoices or charges shall be carried out by any person other than the internal auditor of the Entity.`],
  ]);
});

describe('eula-flow-down: end users let off signing the licence or any other', () => {
  const RESALE = 'This Contract is made between Tessaline Audio Systems SARL (the "Contractor") and the National Procurement Office (the "Purchaser"), which buys the System for the end-user agencies listed in Annex F.';
  const flowDown = '31.1 The Purchaser shall ensure that each end-user agency, before it receives access, signs the End-User Licence in Annex E, which binds it to the human-rights use restrictions, the ban on transfer, cooperation with investigations and the Contractor\'s rights to suspend and terminate.\n\n31.2 The Contractor may enforce the End-User Licence directly against each end-user agency, and the Purchaser shall enforce it whenever the Contractor asks.';
  gradeTable(eulaFlowDown, [
    ['present', `${RESALE}\n\n${flowDown}`],
    ['contradicted', `${RESALE}\n\n${flowDown}\n\n## Special Conditions\n\nSC-4 End-user agencies shall not be obliged to sign the End-User Licence or any other licence in favour of the Contractor.`],
    ['contradicted', `${RESALE}\n\n${flowDown}\n\n## Special Conditions\n\nSC-4 No end user shall be required to enter into any licence agreement with the Contractor.`],
    // (Let off a second signature on renewal, the licence standing.)
    ['present', `${RESALE}\n\n${flowDown}\n\n31.3 An end-user agency that has signed the End-User Licence shall not be required to sign it again when its access is renewed.`],
  ]);
});

describe('grievance-mechanism: the reporting line excluded, or any outside report barred to every member of staff', () => {
  const line = '12.1 The Contractor operates an encrypted reporting line, open to anyone, through which suspected misuse of the System may be reported without giving a name.\n\n12.2 The Entity shall make the reporting line known to every operator before access is granted, and shall not retaliate against any person who reports in good faith.';
  gradeTable(grievanceMechanism, [
    ['present', `${AGENCY}\n\n${line}`],
    ['contradicted', `${AGENCY}\n\n${line}\n\n## Annex S: Security Instructions\n\nS.4 Staff of the Entity shall raise concerns only through their line management. The Contractor's reporting line and any other external reporting channel are excluded for matters concerning the System.`],
    ['contradicted', `${AGENCY}\n\n${line}\n\n## Annex S: Security Instructions\n\nS.2 No member of the Entity's staff may disclose anything concerning the System to anyone outside the Entity, whether under their name, anonymously or through any hotline.`],
    // (Kept out of a definition's scope is no exclusion of the line.)
    ['present', `${AGENCY}\n\n${line}\n\n12.3 Reports through the reporting line are excluded from the scope of the Entity's internal complaints procedure.`],
  ]);
});

describe("training: those to be trained defined to leave out the customer's own personnel", () => {
  const duty = '## 9. Operator training\n\n9.1 No Analyst shall be given access to the System until he or she has completed the Contractor\'s course on human rights, privacy and proportionality, and every Analyst shall repeat it each year.';
  gradeTable(training, [
    ['present', `${AGENCY}\n\n## 1. Definitions\n\n"Analyst" means any officer of the Entity or other person authorised by the Entity to operate the System.\n\n${duty}`],
    ['contradicted', `${AGENCY}\n\n${duty}\n\n## Schedule 1: Interpretation\n\n"Analyst" means a specialist engaged by the Contractor to configure the System during installation. Officers of the Entity are not Analysts.`],
    ['contradicted', `${AGENCY}\n\n${duty}\n\n## Schedule 1: Interpretation\n\n"Analyst" means a person who operates the System, and excludes the Entity's own officers and employees.`],
  ]);
});

describe('safeguard-action-protection: the protected actions defined to leave out the human-rights measures', () => {
  const measures = '## 29. Fundamental rights measures\n\n29.1 The Contractor may suspend the licences, withhold updates or terminate the Contract at once if it reasonably suspects that the System has been used against journalists or political opponents.';
  const protection = '## 30. Protective Actions\n\n30.1 No Protective Action shall constitute a breach of the Contract by the Contractor or give rise to any liability, refund or service credit.\n\n30.2 The Entity shall indemnify the Contractor against all third-party claims arising from any use of the System in breach of clause 29.';
  gradeTable(safeguardActionProtection, [
    ['present', `${AGENCY}\n\n"Protective Action" means any suspension, withholding or termination by the Contractor under clause 29.\n\n${measures}\n\n${protection}`],
    ['contradicted', `${AGENCY}\n\n"Protective Action" means an interruption of service that the Entity asks for in writing for its own operational reasons. A suspension, withholding or termination under clause 29 is not a Protective Action.\n\n${measures}\n\n${protection}`],
    ['contradicted', `${AGENCY}\n\n"Protective Action" means an interruption of service at the Entity's request, and does not include any suspension or termination under clause 29.\n\n${measures}\n\n${protection}`],
  ]);
});

describe("misuse-disclosure: the authority to report to defined as the customer's own body", () => {
  const right = '## 18. Reporting misuse\n\n18.1 Notwithstanding clause 17 (Confidentiality), the Contractor may report any suspected Misuse of the System to a Supervisory Body.\n\n18.2 The Contractor may publish each year aggregated figures on the complaints of Misuse it has received and how they were resolved.';
  gradeTable(misuseDisclosure, [
    // (A body defined broadly is no such limit.)
    ['present', `${AGENCY}\n\n"Supervisory Body" means any court, prosecutor, data-protection authority or other public body with competence over the use of the System, in the Contractor's home state or elsewhere.\n\n${right.replace('to a Supervisory Body', 'to a Supervisory Body or to any export-control authority')}`],
    ['contradicted', `${AGENCY}\n\n"Supervisory Body" means the internal audit unit of the Entity, and no other person or body.\n\n${right}`],
    ['contradicted', `${AGENCY}\n\n"Supervisory Body" means only the Inspectorate-General within the Entity.\n\n${right}`],
  ]);
});

describe('plain-English terms: "we come to believe", "in a way section 4 forbids", "you must tell us"', () => {
  const TERMS = 'These terms are between Pathwise Data LLC ("we", "us") and the government agency that signs the order form ("you").';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${TERMS}\n\n## 7. When we can switch you off\n\nIf someone tells us, or we come to believe, that the service may have been used to follow anyone in a way section 4 forbids, we can cut off your access straight away and without warning, and keep it off while we look into what happened.`],
    // (Use beyond the seat count is no misuse.)
    ['weak', `${TERMS}\n\n## 7. When we can switch you off\n\nIf we come to believe that you are using more seats than you paid for, we can cut off your access straight away and without warning, and keep it off while we look into what happened.`],
  ]);
  gradeTable(misuseNotification, [
    ['present', `${TERMS}\n\n## 6. Tell us about problems\n\nIf you learn that anyone has used the service to follow or profile someone in a way section 4 doesn't allow, you must tell us within 24 hours by email.`],
    // (Telling the seller what was done about a misuse is not notice of it.)
    ['missing', `${TERMS}\n\n## 9. Putting things right\n\nWhere use in a way section 4 forbids is established, you must take the corrective action you think fit and inform us of it.`],
  ]);
});

describe('grievance-mechanism: the line made known to every person with access', () => {
  const line = '## 14. Reporting misuse\n\n14.1 The Contractor maintains an encrypted reporting line, open to any person, through which suspected misuse may be reported anonymously.\n\n14.3 The Entity shall not dismiss, demote or otherwise retaliate against anyone for a report made in good faith.';
  gradeTable(grievanceMechanism, [
    ['present', `${AGENCY}\n\n${line}\n\n14.2 The Entity shall inform each individual who is given access to the System of the reporting line before that access begins.`],
    ['present', `${AGENCY}\n\n${line}\n\n14.2 The Entity shall make the reporting line known to every person with access to the System.`],
    // (Told to the Contractor's own helpdesk staff, not the Entity's people.)
    ['weak', `${AGENCY}\n\n${line}\n\n14.2 The Contractor shall keep a list of the persons who have used the reporting line.`],
  ]);
});

describe('investigation-cooperation: the items in the meaning of a term the duty uses; "non-compliance" with the clause as the ground', () => {
  gradeTable(investigationCooperation, [
    ['present', `${AGENCY}\n\n"Inquiry Assistance" means handing over, within ten (10) working days of a request, the usage logs and warrants concerned, and giving the Contractor's investigators access to the System and its operators.\n\n## 17. Inquiries into misuse\n\n17.1 The Entity shall give Inquiry Assistance in every investigation of suspected Misuse.\n\n17.2 If the Entity fails to give Inquiry Assistance in full, the Contractor may suspend the System at once.`],
    ['present', `${AGENCY}\n\n## 26. Cooperation in misuse investigations\n\n26.1 Where the Contractor investigates an allegation of Misuse, the Entity shall discharge the obligations below within the periods shown.\n\n| Obligation of the Entity | Period from request |\n| --- | --- |\n| Supply complete audit logs for the period concerned | 7 days |\n| Make the officers concerned available for interview | 14 days |\n\n26.2 Non-compliance with Clause 26.1 shall entitle the Contractor to suspend the System forthwith.`],
    ['weak', `${AGENCY}\n\n## 26. Cooperation in misuse investigations\n\n26.1 Where the Contractor investigates an allegation of Misuse, the Entity shall discharge the obligations below within the periods shown.\n\n| Obligation of the Entity | Period from request |\n| --- | --- |\n| Supply complete audit logs for the period concerned | 7 days |\n| Make the officers concerned available for interview | 14 days |\n\n26.2 Clause 26.1 survives the end of this Contract.`],
  ]);
});

describe('no-transfer: plain words for other units, outside firms and a product that ends up in someone else\'s hands', () => {
  const TERMS = 'These terms are between Pulse Locate Ltd ("we") and the Kidnap Unit of the National Police ("you").';
  gradeTable(noTransfer, [
    ['present', `${TERMS}\n\n4. The licence is yours alone. Don't sell, lend or share the software, or your logins, with anyone, including other police units. Outside firms may run it for you only if we have agreed in writing first. Don't change or decompile it. If it ends up in anybody else's hands, you are in breach of these terms.`],
    // (Without the other units, the outside firms and the breach: the bare ban.)
    ['weak', `${TERMS}\n\n4. Don't sell, lend or share the software with anyone. Don't change or decompile it.`],
  ]);
});

describe('seller-control: a service that runs on infrastructure the seller operates', () => {
  const TERMS = 'These terms are between Roxholme Vision Ltd ("we", "us") and the police authority named in the order form ("you").';
  gradeTable(sellerControl, [
    ['present', `${TERMS}\n\n## 3. How the service is delivered\n\n3.1 The service runs only on infrastructure that we operate or control, and nothing is installed on your systems apart from a browser.\n\n3.2 We can suspend or restrict your access, in whole or in part, where we consider it necessary to keep your use within the Responsible Use Terms.`],
    // (Infrastructure the customer operates is its own custody: nothing held by the seller.)
    ['missing', `${TERMS}\n\n## 3. How the service is delivered\n\n3.1 The software runs only on infrastructure that you operate or control.\n\n3.2 We can suspend or restrict your access to support, in whole or in part, where we consider it necessary to keep your use within the Responsible Use Terms.`],
  ]);
});

describe("reseller-due-diligence: the reseller named only in the parties line; a public agency as the buyer", () => {
  gradeTable(resellerDueDiligence, [
    ['weak', 'This Agreement is made between Meridian Vox Ltd ("Principal") and Indus Secure Networks (Private) Limited ("Sub-Distributor").\n\n14.1 The Sub-Distributor shall conduct human-rights due diligence on each procuring agency before it bids, and shall keep its records for five years.'],
    ['weak', 'This Agreement is made between Orvane Systems B.V. (the "Vendor") and Pinnacle Govtech Ltd (the "VAR").\n\n10.1 The VAR shall, for each prospective end user, carry out a human-rights due-diligence assessment and keep it on file.'],
    // (The buyer's own review of its suppliers is not a reseller's diligence.)
    ['missing', 'This Agreement is made between Orvane Systems B.V. (the "Supplier") and the Ministry of Interior (the "Ministry").\n\n10.1 The Ministry shall carry out a human-rights assessment of each agency of the Ministry that will use the System.'],
  ]);
});

describe('reseller-due-diligence: no duty of enquiry into buyers; orders accepted and delivered without notice to the seller', () => {
  const DISTRIBUTION = 'This Agreement is entered into between Korvane Acoustics GmbH (the "Vendor") and Al-Safwa Systems LLC (the "Distributor"), which resells the Products to public bodies (each a "Purchaser").';
  const diligence = '9.1 Before accepting any order, the Distributor shall carry out its own human-rights due diligence on the proposed end user, disclose the end user and intended use to the Vendor, obtain the Vendor\'s prior written approval and keep records for seven years.';
  gradeTable(resellerDueDiligence, [
    ['present', `${DISTRIBUTION}\n\n${diligence}`],
    ['contradicted', `${DISTRIBUTION}\n\n11.2 No duty of enquiry shall arise on the part of the Distributor as regards the identity or intended use of any Purchaser.`],
    ['contradicted', `${DISTRIBUTION}\n\n${diligence}\n\n## Side Letter No. 2\n\nClause 9.1 of the Agreement is deleted. The Distributor may accept orders from, and deliver the Products to, any public body without giving notice to the Vendor.`],
    // (An enquiry about invoices is not one into buyers.)
    ['present', `${DISTRIBUTION}\n\n${diligence}\n\n11.3 No duty of enquiry shall arise on the part of the Distributor as regards the Vendor's invoices.`],
  ]);
});

describe('export-control-compliance: foreign export laws declared not to bind the customer, after a clause that opens "No"', () => {
  const duty = '18.1 The Entity shall comply with the export-control and sanctions laws of France and the European Union, and shall not re-export the System without the licence those laws require.';
  gradeTable(exportControlCompliance, [
    ['present', `${AGENCY}\n\n${duty}`],
    ['contradicted', `${AGENCY}\n\n${duty}\n\n18.4 No export-control or sanctions rule is listed in Annex 3, and no such rule shall bind the Entity after delivery.`],
    // (A sentence that opens "No" still denies what follows in its own clause.)
    ['present', `${AGENCY}\n\n${duty}\n\n18.2 No fee shall be charged for any export licence application, and the Entity shall bear its own costs.`],
  ]);
});

describe('suspension-remote-disable: the next paragraph after a lead-in and its items', () => {
  const TERMS = 'These terms are agreed between Tessellate Location Inc. ("we", "us") and the Provincial Police Service ("you").';
  const right = '## 6. When we can pause your access\n\nWe may immediately do any of the following, without asking you first, if we receive a credible complaint about your use of the Service or suspect that your use breaks Section 5 (Prohibited Targeting):\n\n(a) suspend all or part of your access;\n\n(b) disable user credentials; or\n\n(c) stop the data feeds to your account.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${TERMS}\n\n${right}\n\nA suspension lasts until we finish investigating, and we will tell you the result.`],
    ['weak', `${TERMS}\n\n${right}\n\nWe will tell you the result of any review we carry out.`],
  ]);
});

describe('suspension-remote-disable: the end of the suspension said as the seller satisfied or access restored; an adverb inside the right; use outside the authorised purpose', () => {
  const USE = `${AGENCY}\n\n1. "Authorised Purpose" means the investigation of Serious Crime and terrorism.\n\n4. The Entity shall not use the System to target journalists, lawyers or political opponents.`;
  gradeTable(suspensionRemoteDisable, [
    ['present', `${USE}\n\n9.1 If the Contractor receives a credible complaint, or otherwise suspects, that the System has been used in breach of clause 4, it may with immediate effect suspend the Entity's access to the System until the Contractor is satisfied that no such breach has occurred.`],
    ['present', `${USE}\n\n9.1 In the event of a suspected breach of clause 4, the Contractor may deactivate the System forthwith.\n\n9.2 Any deactivation shall be lifted only when the Contractor, acting reasonably, is satisfied that the suspected breach did not occur or has been fully remedied.`],
    ['present', `${USE}\n\n9. We may immediately suspend your access to the Platform if we receive a credible complaint, or have reason to suspect, that the Platform has been used in breach of clause 4. We will restore access once we have finished investigating.`],
    ['present', `${USE}\n\n9.1 If the Contractor suspects that the System has been used in breach of clause 4, it may immediately cut off the Entity's access to the System.\n\n9.2 The Contractor will restore access when its investigation is over, unless it terminates this Contract under clause 10.`],
    ['present', `${USE}\n\n9. Upon becoming aware of any information indicating possible misuse of the System, the Contractor shall be entitled immediately to suspend the Licence, and to keep it suspended until the matter has been resolved.`],
    ['present', `${USE}\n\n9. The Contractor reserves the right to disable the System immediately, pending the outcome of any investigation into an allegation that the System has been used other than for the Authorised Purpose.`],
    // The same with the customer's concurrence first, or with no end to the suspension: weak.
    ['weak', `${USE}\n\n9. Where the Contractor has cause to suspect that the System is being used other than for the Authorised Purpose, it may, with the prior written concurrence of the Entity, suspend all access with immediate effect until its review is concluded.`],
    ['weak', `${USE}\n\n9. If the Contractor suspects that the System has been used in breach of clause 4, it may immediately suspend the Entity's access to the System. The Contractor will restore access when the Entity pays the reinstatement fee.`],
  ]);
});

describe('termination-for-misuse: effect from the date of the notice; the right given with a phrase between', () => {
  const USE = `${AGENCY}\n\n4. The Entity shall not use the System to target journalists, lawyers or political opponents.`;
  gradeTable(terminationForMisuse, [
    ['present', `${USE}\n\n14. Where the Contractor concludes, acting in good faith on the information available to it, that the System has been used to target journalists or political opponents, the Contractor may terminate the Licence with effect from the date of its notice.`],
    ['present', `${USE}\n\n14. Any breach of clause 4, as the Contractor may determine in its sole discretion, shall entitle the Contractor, by written notice and without liability, to terminate this Contract immediately.`],
    // A date the notice sets is no immediate effect.
    ['weak', `${USE}\n\n14. Where the Contractor concludes, acting in good faith, that the System has been used to target journalists or political opponents, the Contractor may terminate the Licence with effect from the date specified in its notice.`],
  ]);
});

describe('misuse-notification: complaints forwarded or referred to the seller', () => {
  gradeTable(misuseNotification, [
    ['present', `${AGENCY}\n\n12. The Entity shall promptly, and no later than 24 hours after receiving it, forward to the Contractor any complaint or allegation that the System has been used to violate human rights.`],
    ['present', `${AGENCY}\n\n12. The Entity shall refer every allegation of misuse of the System that reaches it to the Contractor within three (3) working days.`],
    // Referred to its own inspector, not to the seller: nothing addresses notice to the seller.
    ['missing', `${AGENCY}\n\n12. The Entity shall refer any complaint about its officers to its Inspectorate within three (3) working days.`],
  ]);
});

describe('data-protection: the seller\'s own use said with the purpose first, or as making its models better; a right to disclose to any authority kept', () => {
  const LIMITS = `${AGENCY}\n\n15.1 Collected Data may be accessed only by the Entity's authorised investigators and used only for the investigation for which it was collected.\n\n15.2 The Entity shall collect only the data necessary for that investigation, keep it encrypted, and delete it within twelve months after the investigation closes.\n\n15.3 The Entity shall not disclose Collected Data to any third party or foreign government without a court order.`;
  gradeTable(dataProtection, [
    ['present', LIMITS],
    ['contradicted', `${LIMITS}\n\n15.4 Nothing in this clause prevents the Contractor from retaining and using, for its own business purposes, de-identified copies of images processed by the System.`],
    ['contradicted', `${LIMITS}\n\n15.4 The Contractor may analyse the content processed by the System, in de-identified form, to make its models more accurate for all its customers.`],
    ['contradicted', `${LIMITS}\n\n15.4 The Contractor shall be entitled to access the Collected Data to refine the matching algorithms supplied under this Contract.`],
    ['contradicted', `${LIMITS}\n\n15.4 Nothing in this Contract limits the Entity's right to disclose information obtained through the System to any public authority.`],
  ]);
});

describe('no-transfer: users defined to take in people engaged under a contract for services', () => {
  const BAN = '4.3 The Entity shall not sell, sublicense, lend or otherwise make the System available to any person other than Authorised Users, nor any other agency or third party, and shall not modify or reverse engineer it. Any diversion of the System is a material breach.';
  gradeTable(noTransfer, [
    ['present', `${AGENCY}\n\n1. "Authorised User" means a sworn officer of the Entity who holds credentials to the System.\n\n${BAN}`],
    ['weak', `${AGENCY}\n\n1. "Authorised User" means an employee of the Entity, or a person retained by the Entity under a contract for services, who holds credentials to the System.\n\n${BAN}`],
  ]);
});

describe("safeguard-action-protection: the seller's own IP indemnity under a run-in title does not address it", () => {
  gradeTable(safeguardActionProtection, [
    ['missing', `${AGENCY}\n\n11.2 **Third-Party Rights Indemnity.** The Contractor shall defend the Entity against any claim that the System infringes a patent or copyright, and pay any damages finally awarded.`],
  ]);
});

describe('update-support-withholding: "shall also be entitled"; releases that bring new features only', () => {
  const USE = `${AGENCY}\n\n4. The Entity shall not use the System against journalists or political opponents.`;
  gradeTable(updateSupportWithholding, [
    ['present', `${USE}\n\n11. If the Contractor suspects a breach of clause 4, the Contractor shall also be entitled to withhold software updates, upgrades, maintenance and technical support.`],
    ['weak', `${USE}\n\n11. If the Contractor suspects a breach of clause 4, the Contractor shall also be entitled to withhold upgrades offering new functionality. Corrective maintenance and the helpdesk shall continue.`],
  ]);
});

describe('renewal-reassessment: keys renewed on payment do not address it', () => {
  gradeTable(renewalReassessment, [
    ['missing', `${AGENCY}\n\n2.2 Activation keys are valid for twelve months; renewal activation keys shall be issued upon payment of each annual fee.`],
    // Keys and the agreement renewed in one sentence: the agreement's renewal is still read.
    ['weak', `${AGENCY}\n\n12. The Contractor shall renew the licence keys on the expiry of each period for so long as the fees have been paid, and the Entity may renew this Contract for one further term of three years on the same terms.`],
  ]);
});

describe('lawful-authorization: every interception based on a court decision; audit-and-records: a protected journal', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${AGENCY}\n\n8. (1) Every interception carried out with the System shall be based on a reasoned decision of the competent court, issued under published law, which establishes that the measure is necessary and proportionate. (2) The Entity shall keep a register of all decisions.`],
  ]);
  gradeTable(auditAndRecords, [
    ['present', `${AGENCY}\n\n10. (1) The System records in a sealed journal every action of an operator, in particular the operator, the time, the Target and the number of the court decision. The Entity shall not switch off, delete or change the journal. (2) The Contractor, or an independent auditor it designates, may audit the journal and the installation sites once a year on 20 days' notice.`],
  ]);
});

describe("eula-flow-down: third parties' rights excluded save under the clause that lets the seller enforce", () => {
  const FLOW = `This Reseller Agreement is made between Tessaline Audio Systems SARL ("Tessaline") and Corvale Secure Trading LLC (the "Reseller").\n\n5.1 The Reseller shall ensure that each End User, before delivery, signs the End User Terms in Schedule 3, which bar use against journalists, political opponents or peaceful protesters, forbid any transfer, oblige the End User to cooperate with misuse investigations and allow Tessaline to suspend or terminate the licence on misuse.\n\n5.2 The Reseller shall enforce the End User Terms at Tessaline's request.\n\n5.3 The End User Terms are made between Tessaline and the End User, and Tessaline may enforce them directly against the End User.`;
  gradeTable(eulaFlowDown, [
    ['present', `${FLOW}\n\n14.3 Except as provided in clause 5.3, a person who is not a party to this Agreement has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce it.`],
  ]);
});

describe('seller-control: an activation said to be permanent', () => {
  gradeTable(sellerControl, [
    ['contradicted', `${AGENCY}\n\n2. The Contractor grants the Entity a non-exclusive licence to use the software in the Products. Each licence is activated once, by the dongle supplied with the Products, and the activation is permanent.`],
  ]);
});

describe("end-use-limitation: users defined as the customer's own officers; investigations conducted by the customer itself", () => {
  gradeTable(endUseLimitation, [
    ['present', `${AGENCY}\n\n1. "Serious Crime" means murder, kidnapping, trafficking in persons, terrorism and organised crime. "Authorised Purpose" means the examination of devices in a criminal investigation into Serious Crime.\n\n2. "Authorised User" means a sworn officer or forensic examiner employed directly by the Entity; an employee of any other ministry or agency is not an Authorised User.\n\n7. It is a condition of this licence that the Software is used only by Authorised Users, only for the Authorised Purpose and only within investigations conducted by the Entity itself.`],
    // Users defined to take in contractors do not name the end user.
    ['weak', `${AGENCY}\n\n1. "Serious Crime" means murder, kidnapping, trafficking in persons, terrorism and organised crime. "Authorised Purpose" means the examination of devices in a criminal investigation into Serious Crime.\n\n2. "Authorised User" means an employee or contractor of the Entity.\n\n7. It is a condition of this licence that the Software is used only by Authorised Users and only for the Authorised Purpose.`],
  ]);
});

describe('use-restrictions: recognition run on all faces, or on persons who are not the subject of an authorisation', () => {
  gradeTable(useRestrictions, [
    ['present', `${AGENCY}\n\n23.1 The Entity shall not use the System: (a) to identify or track persons on account of their participation in a peaceful assembly, their religious worship or their speech; (b) to target journalists, advocates, human rights defenders or political workers; or (c) to run facial recognition on all faces appearing in a camera feed, or to build profiles of persons who are not the subject of an authorisation under clause 24.`],
  ]);
});

describe('training: training withheld among the support a seller may stop is no training duty', () => {
  gradeTable(training, [
    ['missing', `${AGENCY}\n\n8.2 If the Contractor considers that the Entity may have committed Misuse, the Contractor may, with immediate effect by notice to the Entity, withhold or stop all or any part of the Support for the Entity, including updates, upgrades, content packs, technical support and training.`],
  ]);
});

describe('grievance-mechanism: reports without having to give a name; remediation: put right for the people affected', () => {
  gradeTable(grievanceMechanism, [
    ['present', `${AGENCY}\n\n17.1 The Entity shall operate a confidential hotline, run by an independent provider, through which any person, whether or not an officer of the Entity and without having to give a name, may report suspected misuse of the System.\n\n17.2 The Entity shall publicise the hotline to every officer who has access to the System, shall protect the identity of those who use it, and shall take no detrimental action against any person for making a report in good faith.`],
  ]);
  gradeTable(remediation, [
    ['present', `${AGENCY}\n\n## 18. Making Things Right\n\nIf misuse is confirmed, the Entity must stop it, put right what can be put right for the people affected (including by paying compensation where appropriate) and send the Contractor a written plan of the steps it will take, which the Contractor may review and ask it to change.`],
  ]);
});

describe('lawful-authorization: necessity said as no milder means; the test in the meaning of the term the clause uses; use barred except under a defined authorisation', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${AGENCY}\n\n13.1 The Entity shall not activate any interception unless (a) a warrant authorising it has been issued by a judge independent of the Entity under a published statute, and (b) the judge has been satisfied that the interception is essential to the investigation and that the information cannot reasonably be obtained by less intrusive means.\n\n13.2 The Entity shall keep a register of every warrant.`],
    ['present', `${AGENCY}\n\n6. "Warrant" means a written order from a judge who is independent of the Entity, made under a published law, that finds the search is really needed for the case and no more intrusive than the case justifies.\n\n7. The Entity may only upload or examine a device if a Warrant covers it, and shall keep a copy of every Warrant for five years.`],
    ['present', `${AGENCY}\n\n1. "Valid Authorisation" means a written warrant issued under a published statute by a judge independent of the Entity, recording the judge's finding that the deployment is necessary and proportionate.\n\n8. The Entity shall not make any Deployment except under, and within the limits of, a Valid Authorisation, and shall keep a record of each Valid Authorisation.`],
    // Need alone, with no test of milder means or proportion: weak.
    ['weak', `${AGENCY}\n\n6. "Warrant" means a written order from a judge who is independent of the Entity, made under a published law, that finds the search is needed for the case.\n\n7. The Entity may only examine a device if a Warrant covers it.`],
  ]);
});

describe("suspension-remote-disable: the customer's agreement obtained after consulting it; downtime to install upgrades", () => {
  const USE = `${AGENCY}\n\n4. The Entity shall not use the System against journalists or political opponents.`;
  gradeTable(suspensionRemoteDisable, [
    ['weak', `${USE}\n\n9. Where the Contractor receives a credible complaint of a breach of clause 4, it may, after consulting the Entity and obtaining its agreement, immediately suspend access pending its investigation.`],
    ['present', `${USE}\n\n9. Where the Contractor receives a credible complaint of a breach of clause 4, it may immediately suspend access pending its investigation, and shall inform the Entity of the suspension.`],
    ['missing', `${USE}\n\n9. The Contractor may interrupt the hosted service for up to four hours each month to install upgrades, on at least five days' notice to the Entity.`],
  ]);
});

describe('suspension-remote-disable: "the suspension takes effect at once" in the next paragraph; renewal-reassessment: keys the seller may not refuse are no reassessment', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', `${AGENCY}\n\n13. Suspension\n\n13.1 Where information coming to the attention of the Contractor gives reasonable grounds to believe that Misuse has occurred, in particular a report of a credible source, the Contractor may suspend the use of the System in whole or in part.\n\n13.2 The suspension takes effect at once upon notice to the Entity.\n\n13.3 The suspension continues until the Contractor is satisfied, on completion of its investigation, that no Misuse has occurred.`],
  ]);
  gradeTable(renewalReassessment, [
    ['missing', `${AGENCY}\n\n14. Provided that the annual fee has been paid, the Contractor shall issue the renewal Licence Key for each unit not later than thirty days before the current key expires, and shall not refuse or delay the issue of a renewal Licence Key where payment has been made.`],
  ]);
});

describe('suspension-remote-disable: until the seller has finished looking into it; credits that never apply to a suspension', () => {
  const PLAIN = 'These terms are between Skellig Signal Ltd ("we") and the Criminal Intelligence Unit of the Republic ("you").\n\n5.1 If a credible report reaches us that the Service is being misused, or we have reasonable grounds to suspect misuse ourselves, we can suspend your access to all or part of the Service, at once and without notice. The suspension lasts until we\'ve finished looking into the matter.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${PLAIN}\n\n8.1 We aim for 99.5% monthly availability. If we miss it, you get the service credits set out in the Order, which are your only remedy for unavailability. Service credits never apply to a suspension under Part 5.`],
    ['weak', `${PLAIN}\n\n8.1 We aim for 99.5% monthly availability. If we miss it, you get the service credits set out in the Order, which are your only remedy for unavailability.`],
  ]);
});

describe('end-use-limitation: the sole user named in the original language of a translated draft', () => {
  gradeTable(endUseLimitation, [
    ['present', `${AGENCY}\n\n1. "Serious Crime" means kidnapping, extortion, trafficking in persons, terrorism and organised crime.\n\n4.2 THE SYSTEM shall be used exclusively by the Centro de Monitoreo de Interceptaciones of the Entity, for its own investigations, and only for the investigation of Serious Crime.`],
  ]);
});

describe('misuse-notification: the events to notify listed in a table under the duty', () => {
  const duty = (rows: string) => `${AGENCY}\n\n## 19. Notification\n\n19.1 The Entity shall notify the Contractor's Compliance Officer of the events below within the times stated, counted from when any officer of the Entity first knows or suspects the event.\n\n| Event | Deadline |\n| --- | --- |\n${rows}`;
  gradeTable(misuseNotification, [
    ['present', duty('| Actual or suspected use of the System against a person for exercising rights of expression or assembly | 24 hours |\n| Any complaint or allegation that the System has been used in violation of human rights | 72 hours |')],
    // A table of ordinary events: nothing about misuse.
    ['missing', duty('| Change of the Entity\'s address for notices | 10 days |\n| Relocation of any System component | 30 days |')],
  ]);
});

// An annex headed as the end-user terms speaks of itself as "this Annex"; a civil-law draft gives the seller its right
// as a stipulation for a third party's benefit.
describe('eula-flow-down: "this Annex" inside the end-user terms; a stipulation for the seller\'s benefit', () => {
  const RESALE = `This Distribution Agreement is made between Ostrava Signal Systems s.r.o. (the "Vendor") and Meridian Public Sector Solutions Ltd (the "Distributor").\n\n6.1 The Distributor shall supply the Product to each Government End User only on the terms of Annex C, shall enforce Annex C against the Government End User at the Vendor's request and shall report any breach of it to the Vendor.`;
  const ANNEX = (extra: string) => `${RESALE}\n\n## Annex C - End User Licence Terms\n\nC1. The Government End User shall not use the Product against any person for exercising the rights of expression, assembly or association, nor against journalists or lawyers, and accepts the Vendor's right to suspend the licence on suspected misuse.${extra}`;
  gradeTable(eulaFlowDown, [
    ['present', ANNEX('\n\nC2. The Vendor may enforce this Annex directly against the Government End User, as a third-party beneficiary.')],
    ['present', ANNEX('\n\nC2. These terms are made in favour of the Vendor, which has its own right to demand their performance from the Government End User.')],
    // Nothing gives the vendor a right of its own.
    ['weak', ANNEX('\n\nC2. This Annex is governed by the law of the Government End User\'s state.')],
  ]);
  gradeTable(eulaFlowDown, [
    ['present', `This Licence Agreement is made between Helvetia Intercept AG (the "Licensor") and Andes Telematics S.A. (the "Licensee").\n\nArt. 12 (1) The Licensee shall sub-license the Platform to each End User only under the End User Terms in Annex 2, which contain the human-rights restrictions of Art. 7, and shall take every measure the Licensor requests to enforce them.\n\n(2) The End User Terms are stipulated for the benefit of the Licensor, which may require the End User to perform them directly.`],
  ]);
});

// A bar on each operation that names who lifts it is an authorization requirement, whoever gives it; an officer of the
// agency (or of the end user it supplies) is the agency authorizing itself.
describe('lawful-authorization: "no examination unless authorised by ..."; an officer\'s instruction', () => {
  gradeTable(lawfulAuthorization, [
    ['weak', `${PARTIES}\n\n4.2 No extraction may be performed with the Kit unless it has first been approved in writing by an officer of the Licensee of the rank of Chief Inspector or above.`],
    ['weak', `This Distribution Agreement is made between Harrowgate Networks Ltd (the "Supplier") and Qirat Systems LLC (the "Distributor").\n\n7.4 The tracking functions of the Equipment shall be enabled by an End User only upon the written instruction of a duty officer of that End User appointed under its internal orders.`],
    ['present', `${PARTIES}\n\n5.1 No target may be entered into the System unless its entry has been authorised by a judge of the High Court, who has found it necessary for, and proportionate to, the investigation of a serious crime.`],
  ]);
});

// The allegation in one sentence, the customer's duty to answer it in the next.
describe('investigation-cooperation: the allegation said in the sentence before the duty', () => {
  gradeTable(investigationCooperation, [
    ['present', `${PARTIES}\n\n9.4 Where the Licensor receives an allegation that the System has been used against a journalist, it may ask the Licensee for an account. Within seven days of the request the Licensee shall provide the relevant audit logs, the warrant register entries and a written explanation, and shall make the officers concerned available for interview; a failure to do so entitles the Licensor to suspend the licence.`],
    // Records asked for with no allegation of misuse: not this safeguard.
    ['missing', `${PARTIES}\n\n9.4 The Licensor may ask for a copy of any invoice. Within seven days of the request the Licensee shall provide the relevant records and a written explanation.`],
  ]);
});

// The channel written into the customer's internal procedures is still the seller's channel; complaints handled only under
// those procedures are not.
describe('grievance-mechanism: "internal procedures" as where the channel is publicised, or as the only route', () => {
  gradeTable(grievanceMechanism, [
    ['present', `${PARTIES}\n\n15.1 The Licensor runs a confidential reporting line, open to any person, through which concerns about the use of its products may be raised anonymously.\n\n15.2 The Licensee shall make the reporting line known to all its officers and in its internal procedures, and shall not take any adverse action against anyone who reports through it in good faith.`],
    ['weak', `${PARTIES}\n\n15.1 The Licensor runs a confidential reporting line, open to any person, through which concerns about the use of its products may be raised anonymously.\n\n15.2 Complaints by the Licensee's officers about the use of the System shall be raised only under the Licensee's internal complaints procedure, and the Licensee shall not take any adverse action against anyone who complains in good faith.`],
  ]);
});

describe('update-support-withholding: "neither ... will be obliged" to support, once the contract has ended', () => {
  gradeTable(updateSupportWithholding, [
    ['weak', `${PARTIES}\n\n12.2 Once this Licence has been terminated, neither the Licensor nor its reseller will be obliged to provide any further software updates, maintenance or technical support.`],
    ['weak', `${PARTIES}\n\n12.2 The Licensor shall not be obliged to provide upgrades, patches or support for any version older than two years.`],
  ]);
});

describe('termination-for-misuse: misuse given time to stop before the seller may terminate', () => {
  gradeTable(terminationForMisuse, [
    ['weak', `${PARTIES}\n\n14.2 If the Licensor believes on reasonable grounds that the Licensee has committed Misuse, it shall give the Licensee notice of it. If the Misuse has not stopped within sixty (60) days of that notice, the Licensor may terminate this Licence with immediate effect.`],
    // Ten days to stop is no long cure period.
    ['present', `${PARTIES}\n\n14.2 If the Licensor believes on reasonable grounds that the Licensee has committed Misuse, it may terminate this Licence with immediate effect by notice; it need not wait, though the Licensee shall in any case stop the Misuse within ten (10) days of the notice.`],
  ]);
});

describe('update-support-withholding: only the new features withheld, the fixes kept after a semicolon', () => {
  gradeTable(updateSupportWithholding, [
    ['weak', `${PARTIES}\n\n8.3 The Licensor shall provide Updates and support during the Term. Where the Licensor reasonably suspects Misuse, it may stop supplying new releases and feature upgrades to the Licensee; corrective maintenance and security patches shall nevertheless continue to be provided.`],
    ['present', `${PARTIES}\n\n8.3 The Licensor shall provide Updates and support during the Term. Where the Licensor reasonably suspects Misuse, it may stop supplying all updates, upgrades, patches, maintenance, support and training to the Licensee; the Licensee's payment obligations shall continue.`],
  ]);
});

describe('seller-control: the activation of the software said to be permanent', () => {
  gradeTable(sellerControl, [
    ['contradicted', `${PARTIES}\n\n2.1 The Licensor grants the Licensee a licence to use the software on each unit delivered.\n\n2.2 Activation of the software on each unit is permanent.`],
  ]);
});

// "End User" names a party; it does not end anything.
describe('termination-for-misuse: a suspension of an End User is no termination', () => {
  gradeTable(terminationForMisuse, [
    ['missing', `${PARTIES}\n\n7.3 The Licensor may suspend, in whole or in part, the access of an End User to the Service with immediate effect where it has reasonable grounds to suspect misuse, until its review is complete.`],
    ['present', `${PARTIES}\n\n7.3 The Licensor may end the licence of an End User with immediate effect where it has reasonable grounds to believe that the End User has committed misuse.`],
  ]);
});

describe('export-control-compliance: the legislation on dual-use items is an export-control regime', () => {
  gradeTable(exportControlCompliance, [
    ['present', `${PARTIES}\n\n10.1 The Licensee shall comply with the legislation of the Ministry of Economy on dual-use items and with the control lists made under it, and shall not export, re-export or transfer the Products to any country or person without the licence that legislation requires.`],
    // An import formality is not.
    ['weak', `${PARTIES}\n\n10.1 The Licensee shall comply with the customs legislation of the Republic, and shall not re-export the Products to any country without the licence that legislation requires.`],
  ]);
});

// Data named in passing does not address data protection; confidentiality of it alone is the spec's weak form.
describe('data-protection: data mentioned in passing, or kept confidential only', () => {
  gradeTable(dataProtection, [
    ['missing', `${PARTIES}\n\n12.1 The Monitoring Centre software records, for each access to intercepted material, the operator, the date and time and the warrant number.\n\n12.2 Access to the audit trail, to the Licensee's premises or to intercepted content by the Licensor is excluded.`],
    ['weak', `These terms are between Brightwater Vision Labs Ltd ("we", "us") and the agency that accepts them ("you").\n\n8.1 Your data stays yours: we never copy it, and whatever we learn about your data we keep confidential.`],
  ]);
});

// The seller's own "shall not", after an opening condition and its other duties, restricts no use of the product.
describe('use-restrictions: the seller bound, after a condition and its other duties', () => {
  gradeTable(useRestrictions, [
    ['missing', `${PARTIES}\n\n10. Where support is ordered, the Licensor shall provide all updates, patches and telephone support released during the support term, and shall not withhold or delay any of them for any reason, including any allegation about the Licensee's use of the System.`],
    ['missing', `${PARTIES}\n\n11.2 The Licensor shall respect the human rights of its own workforce and of workers in its supply chain, and shall not use forced or child labour.`],
    ['present', `${PARTIES}\n\n5.1 Where the Licensor so requires, the Licensee shall not use the System against any person for exercising the rights of expression, assembly, association or religion, nor to target journalists, lawyers or political opponents, nor for bulk or untargeted surveillance.`],
  ]);
});

describe('audit-and-records: the customer auditing the records the seller keeps', () => {
  gradeTable(auditAndRecords, [
    ['missing', `${PARTIES}\n\n7.2 The Licensor shall keep full and accurate records of all support visits and hours worked. The Licensee and its internal and external auditors may inspect those records on reasonable notice.`],
    // The seller auditing the customer's records stays.
    ['weak', `${PARTIES}\n\n7.2 The Licensee shall keep full records of every use of the System. The Licensor, or an auditor appointed by it, may audit those records on reasonable notice.`],
  ]);
});

// The End User, defined as one body, as the one who uses the product: "shall cause the End User to use it solely ... within
// the End User's own organisation".
describe('end-use-limitation: the defined End User as the subject of the use', () => {
  const DISTRIBUTION = 'Koenavi Systems Co., Ltd. (hereinafter "Party A") and Marunaka Trading Corporation (hereinafter "Party B") enter into this Agreement.\n\n2. "End User" means the governmental organisation named in Appendix 1 that Party A has approved.\n\n3. "Permitted Purpose" means the investigation of terrorism and of offences punishable by at least four years\' imprisonment.';
  gradeTable(endUseLimitation, [
    ['present', `${DISTRIBUTION}\n\n6. Party B shall ensure that the End User uses the Products solely for the Permitted Purpose, at the site in Appendix 1 and within the End User's own organisation.`],
    // "End User" defined as a class: no body is named.
    ['weak', DISTRIBUTION.replace('means the governmental organisation named in Appendix 1 that Party A has approved', 'means any governmental organisation to which Party B sells') + "\n\n6. Party B shall ensure that the End User uses the Products solely for the Permitted Purpose, at the site in Appendix 1 and within the End User's own organisation."],
  ]);
});

// Uptime penalties beside a clause that the safeguard actions give rise to no penalty or credit: carved out.
describe('safeguard-action-protection: the actions said to give rise to no penalty or credit', () => {
  const UPTIME = '\n\n8.2 For each hour of unavailability below 99.5% a penalty of 1% of the monthly charge shall be deducted.';
  gradeTable(safeguardActionProtection, [
    ['present', `${PARTIES}\n\n14.5 The exercise by the Licensor of any right under clause 14 shall not constitute a breach of this Licence and shall not give rise to any liability, penalty, refund, credit or compensation. The Licensee shall indemnify the Licensor against any claim by a third party arising out of Misuse.${UPTIME}`],
    // Without it the penalties reach a suspension.
    ['weak', `${PARTIES}\n\n14.5 The exercise by the Licensor of any right under clause 14 shall not constitute a breach of this Licence. The Licensee shall indemnify the Licensor against any claim by a third party arising out of Misuse.${UPTIME}`],
    // ... or said of the period a suspension lasts.
    ['present', `${PARTIES}\n\n14.5 The exercise by the Licensor of any right under clause 14 shall not constitute a breach of this Licence, and no refund is due for it. The Licensee shall indemnify the Licensor against any claim by a third party arising out of Misuse.${UPTIME}\n\n8.3 No penalty or credit accrues for any period during which the System is suspended under clause 14.`],
  ]);
});

// A notice period before suspending for non-payment does not reach an immediate suspension for misuse.
describe('suspension-remote-disable: a notice period for another ground beside an immediate one for misuse', () => {
  const MISUSE = '\n\n8.1 The Licensor may suspend the System immediately and without notice on a credible complaint or where it suspects Misuse, until its investigation is complete.';
  gradeTable(suspensionRemoteDisable, [
    ['present', `${PARTIES}\n\n4.3 If any undisputed invoice is more than 30 days overdue, the Licensor may suspend the System after giving fourteen (14) days' notice.${MISUSE}`],
    ['weak', `${PARTIES}\n\n8.1 Where it suspects Misuse, the Licensor may suspend the System after giving fourteen (14) days' notice, until its investigation is complete.`],
  ]);
});

describe('misuse-disclosure: "nothing in these Conditions" prevents the seller from reporting', () => {
  gradeTable(misuseDisclosure, [
    ['present', `${PARTIES}\n\n20. Nothing in these Conditions or any other agreement prevents the Licensor from reporting suspected Misuse to its export-control authority or any other competent authority, or from publishing, in its annual report, aggregate information about complaints it has received and how they were resolved.`],
  ]);
});

describe('export-control-compliance: "neither of them will export ... without every authorisation"', () => {
  gradeTable(exportControlCompliance, [
    ['present', `${PARTIES}\n\n8.1 The Products are dual-use items subject to Regulation (EU) 2021/821 and the U.S. Export Administration Regulations.\n\n8.2 The Licensee will comply, and will ensure that its end user complies, with those laws, and neither of them will export, re-export or transfer any Product outside the Republic of Valdora, or to any person other than the end user, without every authorisation those laws require.`],
  ]);
});

describe('end-use-limitation: the end user named in more ways', () => {
  gradeTable(endUseLimitation, [
    // The customer, a single body, named by its role as the only user.
    ['present', 'Licence between Brightwater Data Ltd ("Brightwater") and the Economic Crimes Unit of the Interior Ministry of Salvera ("the Unit").\n\n6.1 Use of the Service is restricted to the Unit. The Unit may run queries through the Service only in support of its own investigations of money laundering and terrorist financing, as defined in Schedule 1, and for no other end.'],
    ['weak', 'Licence between Norrland Vision AB (the "Licensor") and the Ministry of Interior of Eskar (the "Customer").\n\n3.1 Use of the Software is restricted to the Customer and its affiliates, for the investigation of serious crime as defined in Schedule 2, within the Customer\'s own operations.'],
    // "You, and only you"; crimes "that you are investigating yourselves".
    ['present', 'This agreement is between Kestrel Labs LLC ("we") and the Federal Investigations Bureau of Lantria ("you").\n\n2.4 You, and only you, may use the Service. You may use it only to investigate serious crimes (meaning offences punishable by imprisonment of four years or more, or terrorism as defined in UN Security Council Resolution 1566) that you are investigating yourselves.'],
    // The customer's own unit, named; another body shut out in the passive.
    ['present', `${PARTIES}\n\n4.1 The Licensee may use the System only within its own Criminal Investigation Division, and only for the prevention, detection and investigation of Serious Crime. "Serious Crime" means an offence of violence, trafficking, organised crime or terrorism punishable by at least four years' imprisonment.`],
    ['present', 'End User Licence Agreement between Tarn Biometrics Ltd ("Tarn") and the National Identity Office of Hosk ("the Office").\n\n4. The Office may use the Matcher only in its own civil registration and passport issuing functions, and in the investigation of serious crime by its Investigations Directorate ("serious crime" meaning offences punishable by four or more years\' imprisonment). It may not be used by any other body.'],
    ['present', `${PARTIES}\n\n1.1 "Permitted Purpose" means the investigation and prosecution by the Licensee of corruption offences under the United Nations Convention against Corruption.\n\n5.2 The Licensee shall use the Software solely for the Permitted Purpose and solely in the course of its own investigations; no other agency may use it.`],
    // The customer's own staff alone; a defined End User granted the licence for a defined "Authorised Use".
    ['present', 'Contract No. 44/2026 between Varna Secure Ltd (hereinafter "the Contractor") and the State Border Service (hereinafter "the Beneficiary").\n\nArt. 5. The Beneficiary undertakes that the System will be operated by the Beneficiary\'s own staff only, within the Beneficiary\'s own structure, and exclusively for detecting and investigating human trafficking, migrant smuggling and terrorism as those are defined in the Palermo Protocols and in Annex 2.'],
    ['present', `${PARTIES}\n\n1. Definitions. "End User" means the Licensee's National Forensic Centre. "Authorised Use" means the forensic examination of devices lawfully seized in investigations of Serious Offences. "Serious Offences" means offences listed in Annex 1.\n\n2. Licence. The Licensor grants the End User a licence to use the Software for the Authorised Use only, within the End User's own casework, and not on behalf of any third party.`],
    // Use "for its own investigations" read as a use limit beside the licence that names the unit.
    ['present', 'Master Licence between Calloway Systems Ltd (the "Supplier") and the Department of Public Security (the "Department").\n\n1.1 "Designated Unit" means the Department\'s Cybercrime Investigation Command; "Purpose" means the investigation of Serious Crime; "Serious Crime" means an offence carrying a maximum penalty of at least four years\' imprisonment.\n\n2.1 The Supplier grants to the Department a non-exclusive, non-transferable licence to use the Software for the Purpose, by the Designated Unit and by no one else.\n\n2.2 The Department shall use the Software for its own investigations and not for or on behalf of any other person.'],
    ['weak', `${PARTIES}\n\n3. The Licensee may use the Platform for its own operations in the fields of law enforcement and national security.`],
  ]);
});

describe('immediate effect tied to the notice itself', () => {
  gradeTable(terminationForMisuse, [
    ['present', `${PARTIES}\n\n16.3 The Licensor may terminate this Agreement by written notice taking effect on the date of its delivery if the Licensor reasonably concludes that the System has been used in breach of Schedule 3 (Human Rights Conditions).`],
    ['weak', `${PARTIES}\n\n16.3 The Licensor may terminate this Agreement by written notice taking effect ninety days after its delivery if the Licensor reasonably concludes that the System has been used in breach of Schedule 3 (Human Rights Conditions).`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['present', `${PARTIES}\n\n15.1 The Licensor may suspend the Licence, with effect from the giving of notice and without any cure period, where it reasonably suspects Misuse, and the suspension shall last until the Licensor notifies the Licensee that its investigation is closed.\n\n1.1 "Misuse" means any use of the Software in breach of clause 6 (Human Rights).`],
  ]);
});

describe("reseller-due-diligence and eula-flow-down: the intermediary's duties in other words", () => {
  gradeTable(resellerDueDiligence, [
    // The reseller's own human-rights review, under a lead-in that carries the subject.
    ['present', 'Reseller Agreement between Tessaly Analytics Inc. ("Tessaly") and Coastline Systems Pte Ltd ("Reseller").\n\n4. For every proposed customer, Reseller must (a) carry out its own human rights risk review of that customer and its intended use; (b) tell Tessaly who the customer is and what it will use the Platform for, before any quote is accepted; (c) wait for Tessaly\'s written consent to the sale; (d) keep a file of the review and consent for at least five years; and (e) never sell to a customer that Tessaly has refused or that appears on the Prohibited End Users List.'],
    ['weak', 'Reseller Agreement between Tessaly Analytics Inc. ("Tessaly") and Coastline Systems Pte Ltd ("Reseller").\n\n4. Reseller shall carry out a human rights risk review of each proposed customer before any sale.'],
  ]);
  gradeTable(eulaFlowDown, [
    ['present', 'Distribution Agreement between Halvard Systems AS ("Halvard") and Meridian Integration LLC (the "Distributor").\n\n7. Every end user must accept the Halvard End User Terms (Annex C), which carry the human rights safeguards of this Agreement, including the use restrictions, the ban on transfer, cooperation with investigations and Halvard\'s suspension and termination rights. The End User Terms are concluded directly between Halvard and the end user, so that Halvard may enforce them itself. The Distributor shall take all steps needed to make the end user comply with the End User Terms, including suspending its own services on any breach.'],
    ['weak', 'Distribution Agreement between Halvard Systems AS ("Halvard") and Meridian Integration LLC (the "Distributor").\n\n7. Every end user must accept the Halvard End User Terms (Annex C), which carry the human rights safeguards of this Agreement, including the use restrictions, the ban on transfer, cooperation with investigations and Halvard\'s suspension and termination rights. The End User Terms are concluded directly between Halvard and the end user, so that Halvard may enforce them itself.'],
  ]);
});

describe("safeguard-action-protection: protection, refunds and indemnities in other words", () => {
  gradeTable(safeguardActionProtection, [
    ['present', "Platform Terms between Corvane Analytics Ltd (\"we\", \"us\") and the Regional Criminal Intelligence Unit of Tarsovia (\"you\").\n\n12. When we act to protect human rights\n\n12.1 If we suspend your access, stop providing updates, support or training, or end this agreement under clause 11 (Human Rights Commitments), we are not in breach of this agreement and we owe you nothing for it: no damages, no refund of any fees you have paid and no service credits.\n\n12.2 You will protect us from, and pay us for, any claim, loss or cost we face because you or your users misused the Platform."],
    ['present', "Equipment Purchase Agreement between Northgate Signal Systems Inc. (the \"Vendor\") and the Federal Border Protection Service of Marovia (the \"Purchaser\").\n\n15.3 No breach of this Agreement shall be deemed to have been committed by the Vendor, and no damages, refund or credit of any kind shall be payable to the Purchaser, where the Equipment is disabled, maintenance or upgrades are withheld, or this Agreement is terminated pursuant to Clause 8 (Restrictions on Use and Human Rights).\n\n15.4 Any claim brought against the Vendor arising from the use of the Equipment in contravention of Clause 8 shall be indemnified by the Purchaser in full, including the Vendor's legal costs."],
    ['present', "Hosted Services Agreement between Hollis Vector Ltd (the \"Provider\") and the Police Service of Wendmere (the \"Customer\").\n\n19.2 Where the Provider suspends the Service, withholds maintenance, updates or support, or terminates this Agreement under clause 18 (Human Rights Protections):\n\n(a) that action is a permitted action under this Agreement and not a breach of it;\n(b) the Provider is not liable to the Customer for any loss or damage resulting from it;\n(c) the Customer is not entitled to any refund of fees paid in advance;\n(d) no service credits under Schedule 2 (Service Levels) apply to any resulting unavailability; and\n(e) the Customer shall indemnify the Provider against all claims, losses and costs arising from any misuse of the Service by the Customer or its Users."],
    ['present', "Licence and Support Agreement between Tervik Secure Oy (\"Licensor\") and the National Counter-Terrorism Centre of Ostmark (\"Licensee\").\n\n14.4 The Licensee acknowledges that any suspension, withholding of support, updates or training, or termination by the Licensor under Annex C (Human Rights Undertakings) is an agreed contractual right and not a breach, and the Licensee waives any claim for damages, price reduction, refund or service credits in respect of it.\n\n14.5 The Licensee shall indemnify and keep indemnified the Licensor against all liabilities, damages, costs and expenses (including reasonable legal fees) arising out of any third-party claim relating to misuse of the Software by the Licensee, its Authorised Users or any person to whom the Licensee has given access."],
    ['present', "Framework Contract between Sentor Labs S.r.l. (\"Sentor\") and the Ministry of Justice of Aldenia (the \"Ministry\").\n\n20.1 Sentor's rights under Clause 19 (Human Rights Enforcement) to deactivate the Tools, to discontinue maintenance, upgrades and assistance, and to terminate this Contract may be exercised without cost or liability to Sentor. Their exercise shall not be treated as non-performance by Sentor, shall not entitle the Ministry to repayment of any part of the price, and shall not count as downtime for the purposes of the availability commitments and service credits in Annex 2 (Service Levels).\n\n20.2 The Ministry shall hold Sentor harmless and indemnified from any claim, proceeding or liability brought against Sentor that arises from use of the Tools in breach of Clause 18 (Human Rights Obligations)."],
    ['present', "Deed of Standing Offer between Kestrel Biometrics Pty Ltd (the \"Contractor\") and the Commonwealth of Arland represented by the Department of Home Security (the \"Customer\").\n\n1.1 \"Safeguard Action\" means a suspension of access, a withholding of Services, Updates or training, or a termination, in each case under clause 35 (Human Rights Remedies).\n\n36.1 A Safeguard Action does not constitute a breach of this Deed by the Contractor.\n36.2 The Contractor is not liable for any Loss suffered by the Customer as a result of a Safeguard Action, and the Customer is not entitled to a refund of any amount paid or to any Service Credit in respect of it.\n36.3 The Customer must indemnify the Contractor against any Loss arising out of a claim made against the Contractor by any person in connection with Misuse, where \"Misuse\" means a use of the Deliverables inconsistent with Schedule 4 (Human Rights Requirements)."],
    ['weak', "Cloud Services Agreement between Marlow Insight Ltd (the \"Provider\") and the Immigration Enforcement Directorate of Pellan (the \"Customer\").\n\n14.3 Any suspension of the Service, withholding of updates or support, or termination by the Provider under clause 13 (Human Rights Terms) shall not constitute a breach of this Agreement and the Provider shall have no liability for it, and fees paid are non-refundable; provided that Service Credits calculated in accordance with Schedule 3 (Service Levels) shall continue to accrue for each day of any suspension.\n\n14.4 The Customer shall indemnify the Provider against all third-party claims arising from misuse of the Service."],
    ['weak', "Contract between Vantor Security Solutions BV (the \"Vendor\") and the Customs and Excise Enforcement Directorate of Galdor (the \"Purchaser\").\n\n21.1 The Vendor's suspension of the Interception Platform, withholding of maintenance or updates, or termination under clause 16 (Human Rights Safeguards) shall not be a breach and shall create no liability, refund or service credit, provided that this clause 21.1 applies only where the suspected misuse on which the Vendor acted is subsequently confirmed by a final award of an arbitral tribunal; in every other case the Vendor shall compensate the Purchaser for all resulting losses and refund the fees attributable to the affected period.\n\n21.2 The Purchaser shall indemnify the Vendor against all third-party claims arising from misuse of the Interception Platform."],
    ['contradicted', "Technology Services Agreement between Ardent Cyber Ltd (the \"Provider\") and the Ministry of State Security of Dravenia (the \"Customer\").\n\nSchedule 4 (Service Levels)\n\n2.1 The Provider guarantees Availability of 99.9% in each month.\n\n2.2 Service Credits apply to every period of unavailability, whatever its cause, including any suspension, restriction or deactivation of the Service initiated by the Provider under clause 14 (Human Rights Conditions) or otherwise. Service Credits are in addition to, and do not limit, the Customer's right to damages for such unavailability."],
    ['contradicted', "Supply Contract between Lumen Track Ltd (the \"Contractor\") and the Ministry of Defence of Ferrania (the \"Ministry\").\n\n27.1 The Contractor shall be liable for, and shall indemnify the Ministry against, all losses, costs and expenses caused by any suspension of the Tracking System, any withholding of updates or support, or any termination by the Contractor, whatever ground the Contractor relies on, and shall on any such termination refund all amounts paid by the Ministry.\n\n27.2 The Ministry shall not be required to indemnify the Contractor in respect of any claim arising from the Ministry's use of the Tracking System."],
    ['weak', "Software Licence between Mirova Intelligence SA (\"Licensor\") and the General Directorate of Public Security of Caspia (\"Licensee\").\n\n16. Human Rights Safeguards. The Licensor may terminate this Licence immediately if it reasonably believes the Software has been used against journalists, activists or political opponents.\n\n17.1 The Licensor's suspension of the Software, withholding of maintenance or training, or termination under clause 16 shall not be a breach of this Licence, shall not give rise to any liability of the Licensor and shall not give rise to service credits.\n\n17.2 Upon any termination under clause 16, the Licensor shall refund to the Licensee a pro-rata portion of the licence and support fees paid in advance for the unexpired period.\n\n17.3 The Licensee shall indemnify the Licensor against all claims arising from misuse of the Software."],
  ]);
});

describe('a misuse term defined by the clauses it cites; a right or bar as the second predicate of the seller', () => {
  const USE_TERMS = `${PARTIES}\n\n1.1 "Breach of Use" means any use of the System contrary to Clauses 9 or 10.\n\n## 10. Prohibited Uses\n\n10.1 The Licensee shall not use the System to monitor any person on account of his political opinions, religious beliefs or journalistic activities.`;
  gradeTable(misuseNotification, [
    ['present', `${USE_TERMS}\n\n## 15. Reporting\n\n15.1 The Licensee shall notify the Licensor within five (5) working days of becoming aware of any actual or suspected Breach of Use.`],
  ]);
  gradeTable(terminationForMisuse, [
    ['weak', `${USE_TERMS}\n\n## 21. Termination\n\n21.2 Where the Licensee commits a Breach of Use, the Licensor may serve a notice of protest through a notary public describing the breach in detail, and, if the breach is not remedied within sixty (60) days of service of that notice, may terminate this Licence by a further written notice.`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', `${PARTIES}\n\n18.3 Except for the annual licence key, the Licensor shall have no remote connection to the System and shall not, for any reason, disable, deactivate, restrict or degrade the System or any of its functions.`],
  ]);
});

describe('translated public-contract drafting: permission, examination, personnel reports, authorities in a list', () => {
  const BREACH_OF_USE = `${PARTIES}\n\n1.1 "Breach of Use" means any use of the System contrary to Clause 10.\n\n## 10. Prohibited Uses\n\n10.1 The Licensee shall not use the System to monitor any person on account of his political opinions or journalistic activities.`;
  gradeTable(auditAndRecords, [
    ['weak', `${PARTIES}\n\n16.1 The System shall keep a log of every user session, showing the user, the date and time, the line monitored and the number of the judicial decision; operator accounts cannot delete these logs.\n\n16.2 The Licensor may inspect the logs and the use of the System at the Licensee's premises only with the prior written permission of the Licensee.`],
  ]);
  gradeTable(investigationCooperation, [
    ['weak', `${BREACH_OF_USE}\n\n15.2 Where the Licensor has information indicating a Breach of Use, the Licensee shall cooperate with the Licensor's examination by providing explanations and relevant records, subject to the requirements of national security.`],
  ]);
  gradeTable(grievanceMechanism, [
    ['weak', `${BREACH_OF_USE}\n\n15.3 Personnel of the Licensee who become aware of a Breach of Use shall report it to the Director General or to the Inspection Board.`],
  ]);
  gradeTable(misuseDisclosure, [
    ['contradicted', `${PARTIES}\n\n20.1 The Licensor and its personnel shall keep confidential all information, documents and data relating to the System, its location, its configuration, its use and the activities of the Licensee that come to their knowledge in the performance of this Licence, and shall not disclose them to any natural or legal person, public institution or organisation, or foreign state authority.`],
  ]);
});

describe('three-party supply through an integrator: units of the customer, supplies to it, the integrator\'s study and disclosure', () => {
  const THREE = 'Contract between the Ministry of Interior (the "Ministry"), Nile Gate Systems Integration S.A.E. (the "Integrator") and Helvetrack AG (the "Vendor").';
  gradeTable(noTransfer, [
    // Other units of the customer, on notice: weak, not the product handed to any body of the State.
    ['weak', `${THREE}\n\n7.1 The Ministry shall not sell, lease, lend or assign the Platform or its software to any party outside the Ministry, and shall not modify or reverse engineer it.\n\n7.2 The Ministry may make the Platform available to any directorate or sector of the Ministry as it sees fit, provided it notifies the Integrator.`],
    ['contradicted', `${THREE}\n\n7.1 The Ministry shall not sell, lease, lend or assign the Platform or its software to any party outside the Ministry, and shall not modify or reverse engineer it.\n\n7.2 The Ministry may make the Platform available to any other agency or body of the Government as it sees fit.`],
  ]);
  gradeTable(resellerDueDiligence, [
    ['present', `${THREE}\n\n11.1 Before any delivery of the Platform to a new directorate or governorate, the Integrator shall carry out its own study of the receiving body, including the risks that the Platform may be used in violation of human rights, and record it in writing.\n11.2 The Integrator shall disclose to the Vendor in writing, before the delivery, the name of the receiving body, the sites and the intended use, and shall not make the delivery until it receives the Vendor's written approval.\n11.3 The Integrator shall not supply the Platform to any body on the list of restricted bodies notified by the Vendor.`],
  ]);
  gradeTable(eulaFlowDown, [
    ['present', `${THREE}\n\n12.1 The head of each receiving body shall sign the End-User Licence Terms in Annex 3 before the Platform is operated by that body; Annex 3 reproduces the use restrictions, the ban on transfer, the duty to cooperate with investigations and the Vendor's rights to suspend and terminate.\n12.2 The Vendor is a party to the End-User Licence Terms and may enforce them directly against the body that signed them.\n12.3 The Integrator shall monitor compliance with the End-User Licence Terms in the course of its maintenance services, shall inform the Vendor of any breach of which it becomes aware, and shall take, at the Vendor's request, the measures available to it under this contract and under its agency agreement with the Vendor to enforce them.`],
  ]);
  gradeTable(safeguardActionProtection, [
    ['present', `${THREE}\n\n18.1 The exercise by the Vendor of its rights to suspend or terminate under Article 16 (Misuse) shall not be a breach of this contract, and shall not give rise to any compensation, refund of price or delay penalty.\n18.2 The Ministry shall bear, and shall hold the Vendor and the Integrator harmless against, all claims, damages and expenses arising from misuse of the Platform.`],
  ]);
});

describe('no-transfer: a partner supplying the customer is not the customer passing the product on', () => {
  gradeTable(noTransfer, [
    ['present', 'Licence between Kestrel Cyber Ltd ("Company"), the Office of the Attorney General of Norland ("Customer") and Andes Secure S.A. ("Partner").\n\n3.3 Partner may supply additional Operator Workstations to Customer under Partner\'s own terms of supply.\n\n6.1 Customer will not sell, sublicense, rent, lend, transfer, share or otherwise make available the System or access to it to any third party, including any other unit of Customer, any other public authority or any contractor, without Company\'s prior written consent.\n\n6.2 Customer will not modify, decompile or reverse engineer the System.\n\n6.3 Any diversion of the System to an end user other than Customer is a material breach of this Agreement.'],
  ]);
});

describe("lawful-authorization: a judge's order in other words, bars lifted by a court, and authorization given up", () => {
  gradeTable(lawfulAuthorization, [
    ['present', "Contract for Supply No. 14/2025 between Veltrana Technik GmbH (the \"CONTRACTOR\") and the Ministry of Interior of the Republic of Moravska (the \"MINISTRY\").\n\nArticle 9 \u2013 Legal Basis of Operations\n\n9.1 The MINISTRY is obliged to deploy the Interception Platform against a subscriber only on the basis of a written order issued for that subscriber by a competent judge pursuant to a law which has been promulgated in the Official Gazette.\n\n9.2 The order must establish that the measure is necessary for the investigation and proportionate to the gravity of the offence. An order lacking this finding shall not be executed.\n\n9.3 The MINISTRY is obliged to keep a copy of every such order, cross-referenced to the corresponding operation, for not less than five (5) years."],
    ['present', "Master Purchase Agreement between Corvane Analytics, Inc. (\"Vendor\") and the Department of Public Safety of the State of Talvera (\"Purchaser\").\n\n1.14 \"Valid Legal Authorization\" means a warrant, order or equivalent instrument that (a) is issued under a statute or regulation that is publicly available; (b) is granted by a court, or by a tribunal or commissioner that is independent of Purchaser and of every law-enforcement body; and (c) records the issuer's determination that the specific query is necessary and proportionate to a legitimate law-enforcement objective.\n\n6.3 Purchaser shall not run any query of the Location Analytics Module without a Valid Legal Authorization covering that query, and shall retain a copy of each Valid Legal Authorization, linked to the query it covers, for the Term plus three (3) years."],
    ['present', "Terms of Service between Ostrik Labs Ltd (\"we\", \"us\") and the Coastal Region Police Service (\"you\").\n\n5. Before you use the extraction kit\n\n5.1 You may open a forensic extraction on a phone only once a judge, or another authority that is just as independent of you as a judge, has signed off on that particular extraction.\n\n5.2 That sign-off must be given under a law that anyone can read, and it must cover only what is genuinely needed for the case and be no more intrusive than the case justifies.\n\n5.3 Keep a copy of every sign-off you rely on, and show it to us when we ask."],
    ['present', "Contract No. 2025/77 between Stavros Data Systems S.A. (the \"Seller\") and the State Border Guard Service of Lemnia (the \"Customer\").\n\nArticle 11. Conditions of Lawful Use\n\n11.1 The Customer undertakes to perform each collection of data by means of the Equipment exclusively upon the sanction of a court, issued on the grounds and in the procedure established by a published law of Lemnia.\n\n11.2 The Customer guarantees that each such collection is limited to what is necessary to achieve the legitimate aim stated in the sanction and is proportionate to that aim.\n\n11.3 The Customer undertakes to keep a journal of all sanctions received and to store it for not less than five years."],
    ['weak', "Supply Agreement between Nordfjell Forensics AB (\"Supplier\") and the Prosecution Service of Vardia (the \"Authority\").\n\n5.1 The Authority shall not extract data from any mobile device using the Kit unless a court has issued a search order for that device under the published Criminal Procedure Code of Vardia.\n\n5.2 The Authority shall keep a copy of each search order in the relevant case file and in a central register for five years."],
    ['weak', "Services Agreement between Dovecote Analytics Ltd (the \"Provider\") and the Revenue Enforcement Office of Calder (the \"Customer\").\n\n4.1 The Customer shall not use the Social Media Monitoring Service in respect of any identified individual unless a magistrate has issued a production order under the published Revenue Enforcement Act stating that the monitoring is relevant to an ongoing inquiry.\n\n4.2 The Customer shall keep a register of all production orders relied on under clause 4.1."],
    ['contradicted', "System Purchase Agreement between Halcyon Intercept Inc. (\"Vendor\") and the Presidential Guard Service of Turavia (\"Purchaser\").\n\n2.6 Deemed authorisation. Purchaser's acceptance of the System under clause 2.5 (Acceptance) constitutes authorisation of every operation subsequently conducted with the System, and no further authorisation, whether judicial, ministerial or otherwise, shall be a condition of any such operation."],
    ['contradicted', "Supply Contract between Marlowe Tracking Ltd (the \"Supplier\") and the Ministry of State Security of Dravenia (the \"Ministry\").\n\n10.1 The Supplier acknowledges that the decision to deploy the Tracking Suite against any person rests exclusively with the Ministry, and that no such decision is subject to review or approval by any court or other body.\n\n10.2 The Supplier shall not request, and the Ministry shall not be required to produce, any evidence of authorisation for any deployment."],
  ]);
});

describe("data-protection: collected data, its users and its onward transfer in other words", () => {
  gradeTable(dataProtection, [
    ['present', "Service Terms between Kestrel Byte Ltd (\"we\") and the Harbour City Police Department (\"you\").\n\n6. What you do with the data you collect\n\n6.1 Only take what you need: set each extraction to pull only the kinds of data relevant to the case.\n\n6.2 Only officers named on the case may look at or analyse the results, and the results stay on your own secured, access-controlled servers.\n\n6.3 When the case is closed and any appeal has ended, delete the results within 90 days and confirm to us that you have done so.\n\n6.4 Don't pass the results to anyone outside your department, whether a private company, another country or one of its agencies, unless a judge has approved it."],
    ['present', "Platform Agreement between Meridian Fusion Ltd (\"Provider\") and the Directorate of Counter-Terrorism of Halvoria (\"Customer\").\n\n1.3 \"Permitted Recipient\" means a prosecuting authority or court of Halvoria to which disclosure has been authorised by judicial order. No foreign government, foreign agency or private person is a Permitted Recipient.\n\n9.1 Customer shall ingest into the Platform only data sets limited to what a specific investigation needs.\n\n9.2 Customer shall restrict querying and analysis of ingested data to analysts it has security-cleared and assigned to that investigation, and shall keep all ingested data within the Platform's encrypted, Customer-controlled environment.\n\n9.3 Customer shall purge ingested data within eighteen months of ingestion unless a court extends the period for a named investigation.\n\n9.4 Customer shall disclose ingested data, and any analysis derived from it, only to a Permitted Recipient."],
    ['present', "Purchase Agreement between Harrowgate Intercept Inc. (\"Vendor\") and the Ministry of Justice of the Republic of Solvene (\"Purchaser\").\n\n7.1 The Purchaser shall not:\n(a) collect or keep intercept product unrelated to the warrant target beyond what is technically unavoidable, and any such product shall be filtered out at the point of collection;\n(b) permit anyone other than an authorized intercept analyst to access, listen to or analyze intercept product;\n(c) keep intercept product longer than the retention period fixed in the warrant or, if none is fixed, longer than 12 months, after which it shall be permanently deleted; or\n(d) furnish intercept product to any third party, foreign government or international body absent a court order authorizing that specific disclosure.\n\n7.2 The Purchaser shall hold intercept product only on hardened, access-logged servers in its own facilities."],
    ['present', "Contract No. 2025/102 between Kyrenia Signal Technologies Ltd (the \"Seller\") and the National Security Service of Arvestan (the \"Customer\").\n\nArticle 8. Information Obtained\n\n8.1 The Customer undertakes to gather by means of the Complex only information bearing directly on the tasks stated in the court sanction, and to destroy other information within 10 days of its identification.\n\n8.2 The Customer undertakes to admit to the information obtained only officials included in a list approved by the head of the investigative unit, and to store it in premises and systems certified for the protection of restricted information.\n\n8.3 Information obtained shall be destroyed not later than 3 years after collection, unless it is attached to a criminal case.\n\n8.4 Transfer of the information obtained to third parties, including foreign states and international organisations, is permitted only upon the decision of a court."],
    ['weak', "Supply Agreement between Pirelli Vision Srl (the \"Supplier\") and the Municipal Police of Verrona (the \"Authority\").\n\n9.1 The Authority shall configure the Cameras to record only the public areas listed in the deployment plan and shall mask private windows and doorways.\n\n9.2 Footage and analytics results shall be accessible only to control-room operators holding the Authority's video role and shall be kept on the Authority's encrypted recording servers.\n\n9.3 Footage shall be overwritten automatically after 30 days, save that footage flagged for a specific incident shall be deleted within 30 days after the incident file is closed."],
    ['weak', "Contract between Drava Sistemi d.o.o. (the \"CONTRACTOR\") and the Ministry of Defence of Lusatia (the \"MINISTRY\").\n\nArticle 12 \u2013 Collected Information\n\nSubject to operational requirements as determined by the MINISTRY, the MINISTRY shall:\n(a) limit the information collected by the System to that required for the authorised task;\n(b) restrict its analysis to designated officers and store it in secure facilities;\n(c) delete it within two years of collection; and\n(d) refrain from transferring it to third parties or foreign states without judicial authorisation."],
  ]);
});

describe('hedged duties: "to the extent that its national legislation so requires"', () => {
  gradeTable(dataProtection, [
    ['weak', `${PARTIES}\n\n12.1 To the extent that its national legislation so requires, the Licensee shall: (a) restrict access to intercepted content to analysts assigned to the case; (b) store intercepted data only within the System, encrypted; (c) collect only data relating to authorised targets; (d) delete all intercepted data within two (2) years of collection; and (e) not share intercepted data with any third party or foreign government without judicial authorisation.`],
  ]);
});

describe("use-restrictions: bans in other words, bulk collection by selector, bans given up", () => {
  gradeTable(useRestrictions, [
    ['present', "Terms of Use between Fennick Labs Ltd (\"we\") and the Southern District Police (\"you\").\n\n3. Who you must not use the tracker on\n\n3.1 You must not point the tracker at anyone because of what they say or write, the protests they join, the groups they belong to, the faith they practise, or their choice to keep their private life private.\n\n3.2 You must not use it to follow reporters, people who campaign for human rights, lawyers, opposition politicians, government critics or minority communities, and you must never pick a target because of their race, religion, gender or politics.\n\n3.3 Track only named suspect devices, one per warrant. Area-wide tracking, or sweeping up every phone in range, is not allowed, and we have switched that feature off."],
    ['present', "Equipment Supply Agreement between Quorra Networks Pte. Ltd. (\"Quorra\") and the Cyber Crime Bureau of Ravensmoor (the \"Bureau\").\n\n9.1 The Bureau undertakes that no person will be selected for collection through the Network Probe because he or she has spoken, published, protested, organised, worshipped or sought to keep his or her communications private; that no journalist, rights advocate, lawyer, political opponent, dissident or member of a minority will be selected as a target; and that no one will be selected on a discriminatory basis.\n\n9.2 The Network Probe may be tasked only with specific selectors (a telephone number, account identifier or IP address) linked to a named suspect. The Bureau shall not task it to capture all traffic on a link, or any traffic not matching such a selector."],
    ['present', "Contract No. 2025/88 between Orlov Technologies Ltd (the \"Seller\") and the Operational-Technical Service of Zarovia (the \"Customer\").\n\nArticle 5. Restrictions on Application\n\n5.1 The Customer undertakes not to apply the Complex for the persecution of citizens in connection with their realisation of the rights to freedom of speech, of assembly, of association, of conscience and religion, and to the inviolability of private life.\n\n5.2 The Customer undertakes not to apply the Complex in respect of journalists, human-rights defenders, advocates, representatives of the political opposition, dissidents and persons belonging to national or religious minorities, and not to choose objects of control on grounds of nationality, race, religion, sex or political views.\n\n5.3 The Customer undertakes not to apply the Complex for mass (non-selective) control of communications."],
    ['weak', "Licence Agreement between Greenholt Cyber Ltd (the \"Licensor\") and the Criminal Intelligence Service of Mardale (the \"Licensee\").\n\n9.1 The Licensee shall use reasonable endeavours to ensure that the Software is not used against persons exercising their rights to freedom of expression, assembly, association, religion or privacy, nor to target journalists, human rights defenders, lawyers, political opponents, dissidents or members of minority groups or on discriminatory grounds, nor for bulk or untargeted surveillance."],
    ['contradicted', "Licence Agreement between Sorrento Cyber Srl (the \"Licensor\") and the Internal Security Directorate of Vallonia (the \"Licensee\").\n\n6. Restrictions on Use\n\n6.1 The Licensee shall not use the Software against persons for exercising their rights to expression, assembly, association, religion or privacy, nor to target journalists, human rights defenders, lawyers, political opponents, dissidents or minority groups, nor for bulk or untargeted surveillance.\n\n22. National Security\n\n22.1 Nothing in clause 6 (Restrictions on Use) or elsewhere in this Agreement shall restrict the Licensee's use of the Software for purposes of national security, public order or the protection of the State, as the Licensee determines."],
    ['contradicted', "Supply Agreement between Blackmere Systems Ltd (the \"Supplier\") and the Ministry of State Protection of Ostrov (the \"Customer\").\n\n4.3 The Supplier acknowledges that the Customer may deploy the System against any person it designates, including members of the media, political parties, civil society organisations and religious groups, and at any scale, including population-wide collection, and the Supplier shall not seek to restrict the choice of targets."],
  ]);
});

describe("update-support-withholding: released from supplying, only new things withheld, support ending with the contract, bars on any other ground", () => {
  gradeTable(updateSupportWithholding, [
    ['present', "Contract between Teodor Systems S.A. (the \"CONTRACTOR\") and the Ministry of Defence and Security of Lurania (the \"MINISTRY\").\n\nArticle 9 \u2013 Consequences of Prohibited Use\n\nWhere the MINISTRY uses the System contrary to the purposes and prohibitions laid down in Article 4 (Permitted Use and Prohibitions), the CONTRACTOR is released from its obligations to supply new software versions, to maintain the System, to give technical assistance, to train operators and to render any further services, and may cease performing them at once."],
    ['weak', "Licence Agreement between Brennock Intelligence Ltd (the \"Supplier\") and the Police Service of Harrowgate (the \"Customer\").\n\n10.2 If the Customer misuses the Software in breach of Schedule 2 (Human Rights Conditions), the Supplier may decline to deliver new functional modules and feature releases to the Customer.\n\n10.3 Security patches, corrective maintenance, technical support and training shall continue to be provided in full in accordance with Schedule 4 (Support Services)."],
    ['weak', "Licence Agreement between Aurenfield Software Inc. (\"Licensor\") and the State Bureau of Investigation of Mirandel (\"Licensee\").\n\n15.3 Licensor may terminate this Agreement by written notice if Licensee breaches Schedule 3 (Human Rights Conditions).\n\n15.4 Licensor's obligations to provide Updates, maintenance, technical support and training shall end on the effective date of any termination of this Agreement, and not before."],
    ['weak', "Supply Contract between Ardent Kommunikation AG (the \"CONTRACTOR\") and the Ministry of Public Order of Selvania (the \"MINISTRY\").\n\nArticle 12 \u2013 Misuse\n\n(1) In the event of misuse of the System contrary to Annex 3 (Human Rights Clauses), the CONTRACTOR may refuse to supply new major versions of the System.\n\n(2) Maintenance, error correction, technical support and training for the version installed at the time remain unaffected and shall continue to be performed."],
    ['contradicted', "Contract between Wexmoor Surveillance Ltd (the \"Supplier\") and the Directorate of State Security of Tarvonia (the \"Authority\").\n\n16.1 The Supplier may suspend the Support Services only where an undisputed invoice remains unpaid for more than sixty (60) days after its due date.\n\n16.2 The Supplier shall not suspend, withhold, reduce or condition the Support Services, Updates or training on any other ground whatsoever."],
    ['missing', "Subscription Terms between Lumen Crossing Data Ltd (\"Provider\") and the Police Department of Port Allard (\"Customer\").\n\n5.3 The Provider may temporarily suspend access to the Portal where necessary to address a security threat to the Provider's infrastructure, to comply with an order of a court, or to carry out scheduled maintenance notified to the Customer at least 48 hours in advance. Access shall be restored as soon as the reason for suspension has ceased."],
  ]);
});

describe("audit-and-records: protocols, journals and defined records; inspection as the customer may agree; no records, or logs the customer may delete", () => {
  gradeTable(auditAndRecords, [
    ['present', "Supply Contract between Wendel Abh\u00f6rtechnik GmbH (the \"CONTRACTOR\") and the Ministry of the Interior of Kostara (the \"MINISTRY\").\n\nArticle 13 \u2013 Protocol and Control\n\n(1) The System automatically keeps a protocol of each use, recording the operator, the time, the target object and the legal order on which the use rests.\n\n(2) The MINISTRY is prohibited from deactivating, deleting or changing the protocol.\n\n(3) The CONTRACTOR, or an independent expert appointed by it, is entitled, after announcement with a period of ten working days, to inspect the MINISTRY's compliance with Annex 2 (Human Rights Obligations) and to examine the protocol for this purpose."],
    ['present', "Agreement between Norrvik Location Services AB (\"Norrvik\") and the Gendarmerie of Estrela (the \"Gendarmerie\").\n\n11.1 The Gendarmerie shall ensure that the tracking console's built-in journal remains active at all times, so that every location request is journalled with the operator's identity, the date and time, the target number and the authorisation relied on. It shall not purge or edit the journal.\n\n11.2 Norrvik may, after 10 days' notice, audit the Gendarmerie's use of the console, either itself or through an independent firm, to verify compliance with Schedule 3 (Human Rights Terms)."],
    ['present', "Contract between Dalmont Secure Networks S.A. (the \"Contractor\") and the Ministry of Security of Orenia (the \"Ministry\").\n\n1.5 \"Operational Record\" means the automatic record kept by the System of the identity of each operator, the time of each operation, the target of the operation and the authorisation reference.\n\n20.1 The Ministry shall not disable, interfere with or destroy any Operational Record, and shall retain each Operational Record for seven years.\n\n20.2 The Contractor may, by giving 15 days' notice, carry out, or commission from an independent auditor, an audit of the Ministry's compliance with clause 19 (Human Rights Undertakings), and the Ministry shall make the Operational Records available to the auditor."],
    ['present', "Licence Terms between Quayside Extraction Ltd (\"we\", \"us\") and the Serious Crime Squad of Bellmoor Constabulary (\"you\").\n\n6. Logging and review\n\nThe tool signs and stores a log line every time it is used: the officer's login, the date and time, the phone or account being examined and the court order number. Nobody at your agency can turn this logging off or remove entries, and you agree not to try. Once a year, and at any other time on 7 days' notice, we or an independent auditor can review your use of the tool and the logs to check that you are keeping to Part 4 (Human Rights Terms)."],
    ['weak', "Supply Contract between Ostrander Funktechnik GmbH (the \"CONTRACTOR\") and the Ministry of the Interior of Belgrava (the \"MINISTRY\").\n\nArticle 14 \u2013 Control\n\n(1) The System records the operator, time, target and legal order of each use. The MINISTRY shall not deactivate or delete these records.\n\n(2) The CONTRACTOR may inspect the MINISTRY's compliance with Annex 2 (Human Rights Obligations) at such times and to such extent as the MINISTRY may agree."],
    ['contradicted', "Supply Contract between Mirovan Sistemi d.o.o. (the \"CONTRACTOR\") and the Ministry of Defence of Estaria (the \"MINISTRY\").\n\nArticle 8 \u2013 Records\n\n(1) The System shall not generate or retain any record of targets, operators or authorisations.\n\n(2) The MINISTRY may, in its sole discretion, disable any diagnostic or activity logging of the System and delete any log data at any time."],
  ]);
});

describe("misuse-notification: notice in other forms and times, notice held back, notice only of established misuse, complaints kept from the seller", () => {
  gradeTable(misuseNotification, [
    ['present', "Agreement for the Provision of a Location Analytics Solution between Ravelin Geodata plc (the \"Supplier\") and the Metropolitan Transport Police Authority (the \"Authority\").\n\n21. Reporting of Adverse Human Rights Impacts\n\n21.1 The Authority shall report to the Supplier every allegation, complaint or other indication that the Solution has been used in a manner that violates human rights or breaches clause 20 (Permitted Use), whether or not the Authority considers it substantiated.\n\n21.2 A report under clause 21.1 shall be made as soon as practicable and in any event not later than five (5) Working Days after the allegation, complaint or indication first comes to the Authority's attention."],
    ['present', "Equipment Purchase Agreement between Northgate Signal Systems Inc. (the \"Vendor\") and the Federal Border Protection Service of Marovia (the \"Purchaser\").\n\n8.6 Written notice shall be given to the Vendor by the Purchaser within twenty-four (24) hours of the Purchaser becoming aware of any instance, whether confirmed or merely suspected, in which the Equipment has been or may have been operated against any person otherwise than in accordance with Clause 8.2 (Restrictions on Use) or in a manner inconsistent with that person's human rights. Notice shall identify the unit concerned and the nature of the suspected use."],
    ['present', "Licence and Support Agreement between Tervik Secure Oy (\"Licensor\") and the National Counter-Terrorism Centre of Ostmark (\"Licensee\").\n\n10.1 Each Authorised User who observes or suspects any use of the Software contrary to Annex C (Human Rights Undertakings) shall report it to the Licensee's Compliance Officer on the same working day.\n\n10.2 The Licensee shall, within forty-eight (48) hours of a report under clause 10.1 or of otherwise learning of any actual or suspected misuse of the Software or human-rights violation involving the Software, forward full particulars in writing to the Licensor."],
    ['weak', "Supply Agreement between Quorra Signals Ltd (the \"Supplier\") and the National Intelligence Agency of Belmora (the \"Agency\").\n\n9.3 The Agency shall notify the Supplier in writing within forty-eight (48) hours of becoming aware of any actual or suspected use of the System in breach of clause 9.1 (Human Rights Restrictions) or resulting in a violation of human rights, provided that the Agency may withhold, delay or limit any such notification wherever it determines, in its sole discretion, that disclosure would be inconsistent with national security or the conduct of any operation."],
    ['weak', "Licence Agreement between Fenwick Analytic Systems Ltd (\"Fenwick\") and the Criminal Police Office of Tirania (the \"Office\").\n\n12.1 The Office shall notify Fenwick within five (5) Business Days after any use of the Platform in breach of clause 11 (Human Rights Terms) has been established by a final and binding judgment of a competent court of Tirania.\n\n12.2 The notice shall include a copy of the judgment."],
    ['contradicted', "Supply Contract between Lumen Track Ltd (the \"Contractor\") and the Ministry of Defence of Ferrania (the \"Ministry\").\n\n22.5 All matters concerning the manner in which the Ministry employs the Tracking System, including any complaint, allegation or suspicion of improper or unlawful use, are reserved exclusively to the Ministry's Inspectorate. No such matter shall be reported or communicated to the Contractor, and the Contractor shall make no enquiry concerning it."],
  ]);
});

describe("investigation-cooperation: supporting every examination, cooperation as a condition of continued use, the customer's own view, the seller barred from investigating", () => {
  gradeTable(investigationCooperation, [
    ['present', "Supply Contract between Borvik Nachrichtentechnik GmbH (the \"CONTRACTOR\") and the Ministry of the Interior of Ustrava (the \"MINISTRY\").\n\nArticle 15 \u2013 Duty to Cooperate\n\n(1) The MINISTRY is obliged to support every examination of suspected misuse of the System conducted by the CONTRACTOR or by competent state or international bodies.\n\n(2) In particular, the MINISTRY shall within fifteen days of a request hand over the requested documents and data, including log files, grant access to the installation, and make the employees concerned available for questioning.\n\n(3) If the MINISTRY does not fulfil these duties, the CONTRACTOR is entitled to suspend its performance or to terminate the Contract without notice."],
    ['present', "Equipment Contract between Saltire Radio Intercept Ltd (the \"Vendor\") and the Federal Border Police of Ostmeer (the \"Purchaser\").\n\n7.1 Where the Vendor, or any authority competent to do so, investigates an allegation that the Equipment has been misused, full cooperation shall be given by the Purchaser. Relevant records and usage logs shall be produced within 72 hours of the request, access to the Equipment shall be afforded, and the operators and supervisors concerned shall be made available.\n\n7.2 Continued use of the Equipment is conditional on such cooperation. Where it is not given, the Equipment may be suspended, or the Contract terminated, by the Vendor."],
    ['weak', "Contract between Helmsworth Data Ltd (the \"Supplier\") and the Office of Public Safety of Dunmarrow (the \"Authority\").\n\n17.4 In the event of an investigation of alleged misuse by the Supplier or a competent authority, the Authority must, within 10 Business Days of a request, provide documents and logs, give access to the System and make relevant officers available, in each case to the extent the Authority considers consistent with its security classification rules and operational requirements.\n\n17.5 If the Authority does not comply with clause 17.4, the Supplier may suspend the Services or terminate the Contract."],
    ['contradicted', "Contract between Gallowmere Analytics Ltd (the \"Supplier\") and the Directorate of Police Intelligence of Sarkovia (the \"Authority\").\n\n11.1 The Supplier shall not conduct, commission or take part in any investigation into the Authority's use of the System.\n\n11.2 The Supplier shall refer any complaint it receives about the Authority's use of the System to the Authority, whose determination of the complaint is final and binding on the Supplier."],
  ]);
});

describe("no-transfer: a proviso for affiliates, assignment of the product at any time, contractors of the customer's choosing", () => {
  gradeTable(noTransfer, [
    ['weak', "Cloud Services Agreement between Hollis Vector Ltd (the \"Provider\") and the National Police Holding Directorate of Wendmere (the \"Customer\").\n\n1.2 \"Affiliate\" means any entity that controls, is controlled by or is under common control with the Customer, including any body subordinate to the Ministry of Interior of Wendmere.\n\n8.1 The Customer shall not sell, sublicense, lend, transfer or share the Service or access to it with any third party, provided that the Customer may make the Service available to its Affiliates without the Provider's consent.\n8.2 No non-governmental contractor may operate the Service without the Provider's prior written consent.\n8.3 The Customer shall not modify or reverse engineer the Service.\n8.4 Diversion to any other end user is a breach of this Agreement."],
    ['weak', "Technology Services Agreement between Ardent Cyber Ltd (the \"Provider\") and the Ministry of State Security of Dravenia (the \"Customer\").\n\n12.6 The Customer may engage any contractors of its choosing, including private companies, to host, operate, maintain and use the Service on the Customer's behalf. The Customer shall not be required to notify the Provider of, or obtain the Provider's consent to, the engagement or identity of any such contractor, and the Provider shall raise no objection to it."],
    ['contradicted', "Supply Contract between Lumen Track Ltd (the \"Contractor\") and the Ministry of Defence of Ferrania (the \"Ministry\").\n\n41. Assignment and Transfer\n\n41.1 The Ministry may at any time assign, novate or transfer this Contract, the licences granted under it and all Deliverables, in whole or in part, to any government body or to any successor of the Ministry, without the consent of the Contractor.\n\n41.2 The Contractor shall execute any document reasonably required to give effect to a transfer under clause 41.1."],
  ]);
});

describe("seller-control: annual keys and signed tokens at the seller's say, hosted services that deliver nothing on premises, renewals that cannot be refused", () => {
  gradeTable(sellerControl, [
    ['present', "Licence between Ostmark Forensik GmbH (\"Ostmark\") and the Border Guard Service of Velnia (the \"Service\").\n\n5.1 Extraction units are activated by signed tokens, which are issued by Ostmark for periods of ninety days. On expiry of a token the unit is locked and cannot be used for extraction.\n\n5.2 Tokens are issued at Ostmark's discretion and may be withheld. No token of unlimited duration will be issued.\n\n5.3 The categories of device and data that a unit may extract are fixed by Ostmark in each token and may be narrowed when a new token is issued."],
    ['present', "Equipment and Software Contract between Halberd Secure Communications Pty Ltd (the \"Vendor\") and the National Counter-Terrorism Agency of Soravia (the \"Purchaser\").\n\n12.1 The Purchaser acknowledges that the System will not run without a current Annual Key, that each Annual Key lapses 365 days after issue, and that no perpetual or permanent activation of the System is available.\n\n12.2 The Purchaser accepts that the Vendor may decline to issue any further Annual Key, and that the Vendor may, when issuing any Annual Key, restrict the functions, target capacity and geographic scope of the System."],
    ['present', "Subscription Agreement between Trackwise, Inc. (\"Company\") and the Department of Public Security of Nuevo Almar (\"Customer\").\n\n2.3 Hosted Delivery. Company hosts, operates and maintains the Subscription Service and does not deliver on-premises software. Customer's access is provided solely through Company-controlled credentials.\n\n2.4 Company Controls. Company may, in its discretion, suspend, throttle or restrict Customer's access to the Subscription Service, and configures the usage caps for Customer's tenant (including the number of concurrent trackers, permitted geofence areas and historical look-back periods)."],
    ['weak', "Subscription Contract between Orlanda Vision S.r.l. (the \"Supplier\") and the Municipal Police of Tessaro (the \"Authority\").\n\n7.1 The Recognition Engine installed at the Authority's control room operates under an activation certificate with a validity of one year.\n\n7.2 The activation certificate renews automatically on each anniversary, and the Supplier shall not interrupt, refuse or condition its renewal while the Authority's subscription remains in force.\n\n7.3 The Supplier sets the maximum watch-list size and the number of camera feeds the Recognition Engine may process."],
  ]);
});

describe('defined purposes and units, people employed by the customer, a bar on someone else', () => {
  gradeTable(endUseLimitation, [
    // A purpose term used in the plural, its meaning the legitimate purpose.
    ['present', `${PARTIES}\n\n1.1 "Qualifying Investigation" means a specific investigation by the Licensee into Serious Crime or Terrorism.\n\n9.2 The Licensee shall use the Platform only for Qualifying Investigations and only in its own operations, by its own officials.`],
    // A unit defined as one body, the product supplied solely for its own work, run only by people the customer employs.
    ['present', `${PARTIES}\n\n1.1 "Laboratory" means the Digital Forensics Laboratory of the Criminal Investigation Department of the Licensee.\n\n11.1 The Tools are provided solely for the Laboratory's own forensic examination of devices seized in the investigation of serious crime. The Tools shall be operated only by examiners employed by the Licensee and assigned to the Laboratory.`],
    // An auditor's national security clearance is no purpose.
    ['present', `${PARTIES}\n\n7.1 The System shall be used only by the Lawful Interception Centre of the Licensee, in its own operations, and only to execute interception orders in investigations of serious crime or terrorism.\n\n7.2 An independent auditor holding a national security clearance may audit the records kept under clause 7.1.`],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['present', `${PARTIES}\n\n14.1 The Licensor may suspend the Licence immediately on a credible complaint of misuse of the Tools in breach of clause 12 (Human Rights), until its investigation is complete.\n\n15.1 The Licensor shall configure the Tools so that examiners cannot disable this recording or delete the records.`],
  ]);
});

describe('a hyphenated due-diligence review, blanket examinations, responses to requests about suspected misuse', () => {
  gradeTable(resellerDueDiligence, [
    ['present', 'Partner Agreement between Arden Signal Ltd (the "Supplier") and Coastline Integration LLC (the "Partner").\n\n10.1 Before making any offer to a proposed end user, the Partner shall carry out and document a human-rights due-diligence review of that end user, covering its mandate, the oversight to which it is subject and credible reports of abuses by it.\n10.2 The Partner shall disclose to the Supplier the identity of the proposed end user and its intended use, and shall make no sale without the Supplier\'s prior written approval.\n10.3 The Partner shall keep records of each review and approval for six years and shall not sell to any end user on the Supplier\'s list of prohibited end users.'],
  ]);
  gradeTable(useRestrictions, [
    ['present', `${PARTIES}\n\n12.1 The Tools shall not be used to examine any device (a) belonging to a journalist, lawyer, human-rights defender or member of the political opposition, (b) to identify a person because of his or her political opinions, religion or participation in a peaceful assembly, or (c) taken at a checkpoint or demonstration without a case-specific link to the investigation of serious crime; routine, blanket or precautionary examination of devices is prohibited.`],
  ]);
  gradeTable(investigationCooperation, [
    ['weak', `${PARTIES}\n\n14.4 The Licensee shall use reasonable efforts to respond to requests of the Licensor and of the Independent Monitor for information relating to any suspected Misuse.`],
  ]);
});

describe('a training duty naming the standards is no human-rights covenant; keys whose issue may not be withheld', () => {
  gradeTable(humanRightsCompliance, [
    ['weak', `${PARTIES}\n\n7.7 No officer shall be given access to the System before completing training on the legal framework of lawful interception, including international human-rights standards on privacy and freedom of expression under the ICCPR.\n\n8.1 The Licensee shall use the System with respect for the fundamental rights and freedoms guaranteed by the Constitution and the laws of the Republic of Valdora.`],
  ]);
  gradeTable(sellerControl, [
    ['weak', `${PARTIES}\n\n6.1 The System software operates under licence keys valid for twelve months.\n\n6.2 The Licensor shall issue renewal licence keys for each renewal period no later than 30 days before expiry of the current keys, and shall not withhold or delay their issue.`],
  ]);
});

describe('audit-and-records: logs purged after a period are the weak form, logs deleted at will negate it', () => {
  const LOGGED = `${PARTIES}\n\n13.1 The System automatically keeps a protocol of each use, recording the operator, the time, the target and the legal order on which the use rests.\n\n13.2 The Licensor, or an independent expert appointed by it, may on ten working days' notice inspect the Licensee's compliance with Annex 2 (Human Rights Obligations) and examine the protocol for this purpose.`;
  gradeTable(auditAndRecords, [
    ['weak', `${LOGGED}\n\n13.3 The Licensee may purge the protocol records after 90 days.`],
    ['contradicted', `${LOGGED}\n\n13.3 The Licensee may delete the protocol records at any time.`],
  ]);
});

describe('"without prejudice to" denies nothing; an alleged prohibited use is no use restriction; the seller\'s own reasonable endeavours', () => {
  gradeTable(investigationCooperation, [
    ['contradicted', `${PARTIES}\n\n12.1 The System records in an unalterable log each operation and its operator.\n\n13.2 Without prejudice to Clause 12, in no case shall the Licensee be required to communicate to the Licensor, including for the purpose of any verification of alleged Prohibited Use, documents, information or the identity of persons covered by investigative secrecy.`],
    ['present', `${PARTIES}\n\n4.2 The Licensor shall use reasonable endeavours to make the Service available 99.5% of the time in each month.\n\n10.2 The Licensee shall cooperate fully and promptly with any investigation by the Licensor into suspected misuse of the Service, and shall within ten (10) working days of a request provide information, audit-trail extracts and access to its premises and make its officers available for interview.\n\n10.3 If the Licensee fails to cooperate under clause 10.2, the Licensor may suspend the Service or terminate this Licence.`],
  ]);
  gradeTable(useRestrictions, [
    ['present', `${PARTIES}\n\n6.1 The Licensee shall not use the Platform against any person for exercising freedom of expression, assembly or association, nor against journalists, defence lawyers, human-rights defenders or political opponents.\n\n6.3 The Platform may not be used for the indiscriminate or mass acquisition of data.\n\n13.2 In no case shall the Licensee be required to communicate to the Licensor, including for the purpose of any verification of alleged Prohibited Use, acts or documents covered by investigative secrecy.`],
  ]);
});

describe('intermediaries: an investigation into human-rights risks, its records, supplies to end users; keys issued as a matter of course', () => {
  const DIST = 'Distribution Agreement between Halvard Systems AS (the "Licensor") and Meridian Integration B.V. (the "Distributor").';
  gradeTable(resellerDueDiligence, [
    ['present', `${DIST}\n\n4.1 Before the Distributor makes an offer to a prospective End User, the Distributor shall carry out its own investigation into the risks that the Platform would be used by that body in a way that harms human rights.\n\n4.2 The Distributor shall submit the results of its investigation to the Licensor in writing, stating the identity of the prospective End User and the intended use, and shall conclude no agreement before the Licensor's written approval.\n\n4.3 The Distributor shall never supply the Platform to a body subject to sanctions or designated by the Licensor as excluded.\n\n4.4 The Distributor shall keep the documents relating to its investigation and each supply for at least seven (7) years.`],
  ]);
  gradeTable(noTransfer, [
    ['present', 'Supply Agreement between Nordvik Radio AS (the "Supplier") and Kestrel Integration Ltd (the "Integrator").\n\nC5 The End User shall not sell, lease, lend, sublicense or transfer any Unit to any other agency, contractor or foreign body, and no non-governmental person shall operate a Unit without the Supplier\'s written consent. The End User shall not modify or reverse engineer the software. Any diversion of a Unit is a material breach.\n\n8.3 The Integrator may supply Units and software to End Users under its own terms of sale, approved by the Supplier.'],
  ]);
  gradeTable(sellerControl, [
    ['weak', `${PARTIES}\n\n7.1 Each Unit operates under a Licence Key valid for twelve months. The Licensor shall, as a matter of course, issue a renewal Licence Key for each Unit within ten business days after receipt of the annual maintenance fee.`],
  ]);
});

describe('end-use-limitation: listed purposes, confidentiality that limits use of information, a note of deleted wording', () => {
  gradeTable(endUseLimitation, [
    ['weak', `${PARTIES}\n\n2.2 The Licensee may use the Service for (i) verification of the identity of travellers, (ii) management of the civil identity register, and (iii) national security purposes.`],
    ['present', `${PARTIES}\n\n3.1 The Licensee may use the Platform solely for the investigation of Serious Crime and solely in its own investigations, and it shall be operated only by its Counter-Terrorism Command.\n\n1.1 "Serious Crime" means an offence punishable by at least four years' imprisonment.\n\n13.1 Each party shall hold in confidence the other party's non-public business information and use it only to perform this Agreement, except to the extent required by law.`],
  ]);
});

describe("remediation: remedy denied to the customer's duty, or the seller's right to require it waived", () => {
  gradeTable(remediation, [
    ['contradicted', "Supply Contract between Draxel Monitoring GmbH (the \"Supplier\") and the State Protection Service of Orvania (the \"Customer\").\n\n22.1 The Customer's internal determination of any allegation concerning the use of the System is final and binding on the parties.\n\n22.2 The Supplier waives any right to request information on, review, or require any corrective or remedial measure following such a determination, and acknowledges that the Customer alone decides whether any measure is taken."],
    ['contradicted', "Framework Agreement between Calloway Secure Systems Inc. (\"Vendor\") and the National Guard Intelligence Command of Ferrona (\"Purchaser\").\n\n31. Third-Party Claimants. Vendor shall not communicate with, assist or compensate any person who claims to have been affected by the use of the Platform, and nothing in this Agreement shall oblige Purchaser to provide or cooperate in providing any remedy, compensation or corrective measure to or for any such person."],
  ]);
});

describe("grievance-mechanism: the channel named again in the next paragraphs, anonymity, reprisal and notice to personnel in other words", () => {
  gradeTable(grievanceMechanism, [
    ['present', "Supply Agreement between Corvane Analytics Ltd (the \"Supplier\") and the Revenue and Customs Authority of Marland (the \"Authority\").\n\n1.1 \"Speak-Up Channel\" means the end-to-end encrypted portal operated on the Supplier's behalf by an independent provider, open to members of the public, Authority staff and any other person, which accepts reports without requiring the reporter to identify themselves.\n\n22.1 Any concern that the Deliverables have been used contrary to Schedule 4 (Human Rights Conditions) may be raised through the Speak-Up Channel. Each report, and the identity of any reporter who gives it, shall be held in confidence by the Supplier.\n\n22.2 The Authority shall publicise the Speak-Up Channel to all personnel who operate or supervise the Deliverables and shall ensure that no such person suffers any detriment for having used it."],
    ['present', "Platform Terms between Lumetra Inc. (\"we\", \"us\") and the Office of Special Investigations of the Republic of Tessaly (\"you\").\n\n9. Raising concerns\n\n(a) We run a hotline, protected by encryption, where anyone can tell us they think our platform is being abused. People who contact it do not have to give their names, and if they do, we keep their names to ourselves.\n\n(b) You must tell everyone on your side who uses the platform that the hotline exists and how to reach it, and remind them at least once a year.\n\n(c) You must not punish, threaten or disadvantage anyone because they used the hotline or because you think they did."],
    ['present', "Contract for Delivery No. 2024/117 between BRENNIK Technologie GmbH (the \"CONTRACTOR\") and the Ministry of Interior of the Republic of Velden (the \"MINISTRY\").\n\nArticle 19 - Whistleblowing\n\n(1) The CONTRACTOR is obliged to maintain a protected reporting system through which any natural person may communicate, also anonymously, indications that the System is being employed in violation of Article 12 (Prohibited Uses).\n\n(2) The MINISTRY is obliged to inform its officials who operate the System of the existence of the reporting system and of the manner of accessing it.\n\n(3) The MINISTRY undertakes to refrain from every form of reprisal against a reporting person. The CONTRACTOR is obliged to treat the identity of reporting persons as strictly confidential."],
    ['present', "Deed of Standing Offer between Kestrel Forensics Pty Ltd (the \"Contractor\") and the Commonwealth of Australasia as represented by the Department of Border Integrity (the \"Department\").\n\n31 Complaints Mechanism\n\n31.1 A secure complaints mechanism is to be maintained by the Contractor for the Term. Reports of suspected misuse of the Services may be lodged through it by any person, and anonymous reports are to be accepted.\n\n31.2 The Department must ensure that the mechanism is communicated to all Departmental Personnel granted access to the Services.\n\n31.3 Reprisal against a person who lodges a report, or is believed to have lodged one, is prohibited, and the Department must not take or permit any such action. Information identifying a reporter is to be kept confidential by the Contractor."],
    ['present', "Master Subscription Agreement between Ardent Signal Corp. (\"Provider\") and the State Bureau of Investigation of Calvera (\"Customer\").\n\n12.4 Integrity Line. Provider shall make available, at no charge, a secure integrity line (telephone and web) through which any individual may report a suspected Abuse, anonymously if the individual so elects. \"Abuse\" means any use of the Subscription Services in breach of Section 11 (Human Rights Commitments).\n\n12.5 Customer Obligations. Customer shall (i) post notice of the integrity line in each facility where the Subscription Services are accessed and include it in user onboarding materials, and (ii) not take adverse employment or other retaliatory action against any individual for a good-faith report.\n\n12.6 Reporter Protection. Provider shall protect the identity of each reporter and shall not share it with Customer."],
    ['present', "Equipment and Software Purchase Agreement between Tarnwell Imaging SA (the \"Vendor\") and the Municipal Police of Sarrano (the \"Purchaser\").\n\n18. For the reporting of any suspected misuse of the biometric identification system, the parties agree that:\n\n(a) the Vendor shall provide an independent, encrypted channel open to any person, including persons outside the Purchaser's organisation;\n(b) reports may be submitted without disclosing the reporter's identity;\n(c) the Vendor shall not disclose a reporter's identity, or any detail capable of identifying the reporter, to anyone;\n(d) the Purchaser shall notify each of its users of the channel before issuing them credentials; and\n(e) the Purchaser shall not subject any reporter to dismissal, transfer, disciplinary proceedings or other detriment by reason of the report."],
    ['present', "Licence and Services Agreement between Oberlin Intercept Solutions B.V. (\"Oberlin\") and the Telecommunications Interception Centre of Kardova (the \"Centre\").\n\n16.1 Oberlin shall operate an ethics reporting service that is secure and capable of receiving reports without the reporter's name. It is open to the Centre's personnel, to persons who believe they have been targeted and their representatives, and to the public, for reports of misuse of the LI Platform. Oberlin shall keep the identity of reporters confidential.\n\n16.2 The Centre shall:\n(a) include details of the ethics reporting service in the operating procedures issued to every operator of the LI Platform; and\n(b) ensure that no operator or other person is penalised, harassed or prejudiced in their career for using it."],
  ]);
});

describe("renewal-reassessment: the seller withholding its confirmation or agreement, or entitled to refuse on an adverse review", () => {
  gradeTable(renewalReassessment, [
    ['present', "Licence Agreement between Silvercrest Intercept AB (the \"Licensor\") and the Border Guard Service of Kalmora (the \"Licensee\").\n\n6.1 The term of this Licence expires on the first anniversary of the Effective Date.\n\n6.2 No renewal shall be granted, no new Module shall be activated, and no change to the permitted end users or deployment locations shall be approved, until a fresh human-rights review has been carried out by or for the Licensor. The same review shall be carried out after any significant political or social upheaval in the Territory before supply continues.\n\n6.3 An adverse outcome of any review under clause 6.2 entitles the Licensor to refuse the renewal, activation, change or continued supply."],
    ['present', "Cloud Services Agreement between Nimbara Geo Ltd (the \"Provider\") and the Coastal Security Command of Vessaly (the \"Customer\").\n\n3.1 The Term is six (6) months and may be renewed for further periods of six months with the Provider's written agreement.\n\n3.2 The Provider shall not give its agreement to a renewal, to any new use case, or to continued service after a major change in the Customer's relationships or the country's circumstances, until it has carried out a renewed human-rights risk assessment. The Provider may withhold its agreement if, in its judgment, that assessment does not support continuing."],
  ]);
});

describe("termination-for-misuse: immediate effect said in the next paragraph or in the term the clause uses", () => {
  gradeTable(terminationForMisuse, [
    ['present', "Equipment Supply Agreement between Harrowgate Forensics plc (the \"Vendor\") and the National Police Service of Ostravel (the \"Purchaser\").\n\n17. Termination for Misuse\n\n17.1 Where information comes to the attention of the Vendor which, in the Vendor's reasonable opinion, evidences misuse of the Equipment, the Vendor shall be entitled to terminate this Agreement. For this clause, \"misuse\" means any use of the Equipment in breach of Clause 9 (Human Rights Conditions).\n\n17.2 Termination under clause 17.1 shall be effected by written notice and shall take effect on delivery of that notice. Neither the consent of the Purchaser nor any prior dispute-resolution step is required."],
    ['present', "Framework Contract between Dravik Secure Communications d.o.o. (the \"Contractor\") and the Ministry of Justice of Peloria (the \"Ministry\").\n\n22.1 In this Contract:\n\"Misuse Event\" means any use of the Product in breach of Annex 3 (Human Rights Conditions), or any refusal by the Ministry to cooperate with a misuse investigation under Annex 3;\n\"Safeguard Termination\" means termination of this Contract by the Contractor alone, effective on the date of the Contractor's notice.\n\n22.2 On the occurrence of a Misuse Event, as determined by the Contractor acting reasonably, the Contractor may effect a Safeguard Termination."],
  ]);
});

describe("compliance-certification: no renewal until certified; deemed, omissible or inconsequential certificates", () => {
  gradeTable(complianceCertification, [
    ['weak', "Licence Agreement between Pellworth Signals Ltd (the \"Licensor\") and the Signals Directorate of Casmir (the \"Licensee\").\n\n12.2 The Licensee shall certify annually, and before each renewal of Support, that it has complied with Schedule 4 (Human Rights Undertakings); provided that the Licensee may omit from any certificate, without stating that it has done so, any matter that it considers relates to national security or intelligence operations."],
    ['weak', "Master Services Agreement between Ashgrove Analytics LLC (\"Provider\") and the Homeland Security Directorate of Velmont (\"Customer\").\n\n9.6 Customer shall certify its compliance with Section 9 (Human Rights Commitments) to Provider once in each calendar year. Any late or missing certification shall not affect the renewal of the Subscription Term or of Support, which shall renew in accordance with Section 3 (Term) in any event."],
    ['weak', "Software Subscription Agreement between Tessaract Location Ltd (\"Provider\") and the Regional Police of Norrvale (\"Customer\").\n\n8.4 The Customer shall be deemed to have certified, on each anniversary of the Effective Date and before each renewal, that it has complied with Section 8 (Human Rights), unless it notifies the Provider otherwise. No written certificate is required."],
  ]);
});

describe("misuse-disclosure: 'we can tell the authorities', confidentiality that does not restrict a report, information that may be passed to an authority", () => {
  gradeTable(misuseDisclosure, [
    ['present', "Platform Terms between Lumetra Inc. (\"we\", \"us\") and the Office of Special Investigations of the Republic of Tessaly (\"you\").\n\n15. What we may say about misuse\n\nEven though we keep your information confidential under section 14, if we suspect the platform is being misused we can tell the relevant authorities about it. We can also publish, each year, overall figures on the misuse complaints we have received about our customers and how each was dealt with. Those figures will not include operational details."],
    ['present', "Framework Agreement between Sentry Geolocate Ltd (the \"Supplier\") and the Coast Guard Command of Istria Nova (the \"Customer\").\n\n35.1 Information concerning suspected misuse of the Location Services may be passed by the Supplier to any competent authority, and such a report shall not be treated as a breach of clause 34 (Confidentiality) or of any other obligation of secrecy owed to the Customer.\n\n35.2 Aggregate data on the misuse complaints received by the Supplier, and on the way in which they have been resolved, may be published by the Supplier in its yearly report."],
  ]);
});

describe("training: before anyone logs in, only after being taught", () => {
  gradeTable(training, [
    ['present', "Platform Terms between Lumetra Inc. (\"we\", \"us\") and the Office of Special Investigations of the Republic of Tessaly (\"you\").\n\n11. Training your people\n\nBefore anyone on your team logs in to the platform for the first time, they must finish our human rights training, which explains what the platform must never be used for and why. After that, every user has to take a refresher session each year. We will give you a record of who has completed each session, and you must not let anyone use the platform if their training has lapsed."],
    ['present', "End User Licence Agreement between Quillon Data Forensics Oy (\"Licensor\") and the Central Criminal Police of Vesterholm (\"Licensee\").\n\n10.1 Licensee's examiners may use the Forensic Suite only after they have been taught, in a session given or approved by Licensor, how the Forensic Suite can affect human rights and what this Agreement forbids.\n\n10.2 Licensee shall re-train each examiner in the same subjects at least every twelve (12) months and keep attendance records."],
  ]);
});

describe("training: untrained users let in after all", () => {
  gradeTable(training, [
    ['weak', "Cloud Services Agreement between Veyra Analytics LLC (\"Provider\") and the Metropolitan Police of Dorsan (\"Customer\").\n\n15.1 Training. Customer shall ensure that each user completes Provider's human rights training before first accessing the Services and annually thereafter, provided that Customer may grant access to any user before training is completed where Customer determines that operational needs so require."],
  ]);
});

describe("human-rights-compliance: domestic law as 'full and conclusive compliance'", () => {
  gradeTable(humanRightsCompliance, [
    ['contradicted', "Contract for Data Analytics Services between Marlowe Insight Ltd (the \"Supplier\") and the State Security Authority of Orlandia (the \"Authority\").\n\n21.3 The Supplier acknowledges and agrees that the Authority's compliance with the laws of Orlandia in its use of the Services shall constitute full and conclusive compliance with any obligation relating to human rights, under this Contract or otherwise, and the Supplier shall not assert any human-rights standard beyond those laws."],
  ]);
});
