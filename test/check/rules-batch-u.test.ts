// General fixes made after corpus batch u arrived (Word documents as sent, and drafting by non-native
// English writers): duties said with "should" and "has to", a judge's "sanction" as the authorisation,
// definitions given with a dash or as 'under "serious crime" is understood ...'. Each fix has a near miss.
import { describe } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
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
