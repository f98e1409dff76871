// Duties laid out as bullets under a lead-in ("The Licensee shall not:" then "- use ..."): each
// bullet goes on from the lead-in, as a lettered item does; and a long bulleted list of ordinary
// terms does not lend its words to a safeguard it does not give.
import { describe } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { noTransfer } from '../../src/check/rules/no-transfer.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { terminationForMisuse } from '../../src/check/rules/termination-for-misuse.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

describe('use-restrictions: bans in bullets', () => {
  gradeTable(useRestrictions, [
    ['present', "## 6. Prohibited Uses\n\nThe Agency shall not, and shall ensure that its Authorised Users do not:\n\n- use the System against any person for exercising the rights of expression, assembly, association or religion;\n- use the System to target journalists, lawyers, human rights defenders or political opponents;\n- use the System for the bulk or untargeted interception of communications."],
    ['present', "You must not:\n\n* point the Platform at people because of what they say, write or believe, or because they protest;\n* search for or follow reporters, activists, opposition politicians or their families; or\n* run open-ended sweeps of whole neighbourhoods or populations."],
    ['weak', "The Customer shall not:\n\n- use the Software to target members of the press or civil society;\n- use the Software in breach of applicable law."],
    // A platform's content rules in bullets: spam in bulk and privacy statements are no surveillance ban.
    ['missing', "We do not allow content or activity on the Service that:\n\n- is excessive automated bulk activity, such as spamming;\n- is bulk distribution of advertising; or\n- infringes any intellectual property right.\n\nYour use of information from the Service must comply with our Privacy Statement."],
  ]);
});

describe('no-transfer, termination and suspension: duties and rights in bullets', () => {
  gradeTable(noTransfer, [
    ['present', "The Purchaser undertakes that it will not:\n\n- sell, lend, lease, sublicense or otherwise transfer the Equipment or access to it to any other person or agency, or permit any contractor to operate it, without the Supplier's prior written consent;\n- modify, decompile or reverse engineer the Software; or\n- allow the Equipment to be diverted to any end user other than the End User named in Annex A, which diversion is a material breach."],
    ['missing', "The Purchaser will:\n\n- pay each invoice within 30 days;\n- keep the Equipment insured; and\n- give the Supplier access to the Site for installation."],
  ]);
  gradeTable(terminationForMisuse, [
    ['present', "The Vendor may terminate this Agreement with immediate effect by written notice if, in its sole reasonable judgment:\n\n- the Customer has used the Product for any Prohibited Use; or\n- the Customer has breached the Human Rights Undertakings in Schedule 4."],
  ]);
  gradeTable(suspensionRemoteDisable, [
    ['present', "Pending an investigation of suspected Misuse, the Supplier may, with immediate effect and without liability, do any of the following:\n\n- suspend the Customer's licence keys and access to the Platform;\n- disable the System remotely; and\n- withhold the Services until the investigation closes."],
  ]);
});

describe('bulleted terms that only look like a safeguard', () => {
  gradeTable(misuseDisclosure, [
    // The customer promising not to disparage the seller puts no secrecy on the seller.
    ['missing', "When you use the Services you agree that you may not:\n\n- copy or resell the Services;\n- disparage, tarnish or otherwise harm us or the Services."],
  ]);
  gradeTable(endUseLimitation, [
    // The seller's own access to customer data, for listed reasons, is data handling, not end use.
    ['missing', "Our staff can access your data only for the following reasons:\n\n- to answer a support request you make;\n- where a court order compels us; or\n- to investigate a security incident."],
  ]);
});
