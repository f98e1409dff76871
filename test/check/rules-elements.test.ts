// Strong elements a drafter may leave unsaid, and the line between strong and weak. Data protection
// is strong on its use and sharing limits with most of the protective measures (minimisation,
// retention, security): one of those may go unsaid. Beside it, weak versions that must stay weak: two
// measures lacking, no sharing limit; and for lawful authorization, an urgency bypass and a warrant only
// where local law asks for one.
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
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
  ]);
});

describe('update-support-withholding: the services named in a term defined "together"', () => {
  gradeTable(updateSupportWithholding, [
    ['present', `${AGENCY}\n\n6.1 The Contractor shall provide version updates and upgrades of the software, maintenance, support and the training of examiners (together, the "Services").\n\n15.1 The Contractor is entitled to refuse performance of any or all of the Services from the moment it has established that the Entity has used the software in violation of Article 9 (Respect for fundamental rights).`],
    ['weak', `${AGENCY}\n\n6.1 The Contractor shall provide maintenance, support and the training of examiners (together, the "Services").\n\n15.1 The Contractor is entitled to refuse performance of any or all of the Services from the moment it has established that the Entity has used the software in violation of Article 9 (Respect for fundamental rights).`],
  ]);
});
