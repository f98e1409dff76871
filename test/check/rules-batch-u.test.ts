// General fixes made after corpus batch u arrived (Word documents as sent, and drafting by non-native
// English writers): duties said with "should" and "has to", a judge's "sanction" as the authorisation,
// definitions given with a dash or as 'under "serious crime" is understood ...'. Each fix has a near miss.
import { describe } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { safeguardActionProtection } from '../../src/check/rules/safeguard-action-protection.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('lawful-authorization: a preliminary sanction for every access', () => {
  gradeTable(lawfulAuthorization, [
    ['present', '7) Every access to a device of a Target has to be made only on the basis of a preliminary sanction of a judge of the Supreme Court, in which the judge states that the access is necessary and proportionate to the aim of the investigation.'],
    // Nothing says each access needs one.
    ['weak', '7) Access to devices of Targets is made on the basis of a sanction of a judge of the Supreme Court, in which the judge states that the access is necessary and proportionate.'],
  ]);
});

const MISUSE = '"Misuse" – every exploitation of the Software against journalists or political opponents.';
describe('misuse-notification: duties said with "should" and "has to"', () => {
  gradeTable(misuseNotification, [
    ['weak', `${MISUSE}\n\n12) The Licensee should inform the Licensor about every case of Misuse which became known to it.`],
    ['present', `${MISUSE}\n\n12) The Licensee has to inform the Licensor about every case of Misuse within 3 (three) days after it became known.`],
    // "Should" opening a condition binds no one.
    ['missing', `${MISUSE}\n\n12) Should the Licensee learn of any Misuse, the Licensor may terminate the Contract.`],
  ]);
});

const USE = '"Terrorism" – acts of violence against the civil population to intimidate it; peaceful protest is never terrorism.\n\n3) The Software is to be used exclusively by the Service, by its own staff, in its own operative activity, and only for the investigation of Terrorism and serious crime.';
describe('end-use-limitation: a crime term defined as "under ... is understood"', () => {
  gradeTable(endUseLimitation, [
    ['weak', `${USE}\n\n4) For the purposes of the present Contract, under "serious crime" is understood any crime qualified as grave by the Criminal Code of Vardania.`],
    ['present', `${USE}\n\n4) For the purposes of the present Contract, under "serious crime" is understood an intentional crime punishable by at least five years of deprivation of liberty and connected with violence.`],
  ]);
});

// The look-alike terms of an ordinary service contract in plain translated English grade as the spec's
// table says: a right to "stop the Service" for late payment, "not under obligation to give new
// versions", "cannot use the Service ... for spam", a credit for interruptions; a call centre is no channel.
describe('look-alike service terms in translated English', () => {
  gradeTable(suspensionRemoteDisable, [
    ['weak', '7.2 When the payment is delayed more than 30 days, the Company has the right to stop the Service without further notice until the payment is done.'],
    ['present', '"Misuse" means use of the Platform against journalists or protesters.\n\n7.2 When the Company has a credible complaint of Misuse, it has the right to stop the Service at once, until its investigation is finished.'],
    ['missing', '7.2 The Company shall stop the Service at the end of the Term and delete the Customer data.'],
  ]);
  gradeTable(updateSupportWithholding, [['weak', '5.3 The Company is not under obligation to give new versions or new functions of the Platform to the Customer.']]);
  gradeTable(useRestrictions, [['weak', '4.1 The Customer cannot use the Service in a way which is against the law, which disturbs other persons, or for sending spam or harmful software.']]);
  gradeTable(safeguardActionProtection, [['weak', "5.2 For interruptions longer than 24 hours which are not caused by the Customer, the Customer receives a credit of one day's service fee for each day."]]);
  gradeTable(grievanceMechanism, [
    ['missing', '2.1 "Service" means the Platform access, the GSM data line of the Device, the reports and the call centre support.'],
    ['weak', '13.4 Provider maintains the address abuse@stratusvault.example for reports of spam, malware, phishing or other abuse of the Services by any account holder.'],
  ]);
});
