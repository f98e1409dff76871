// General fixes made after corpus batch t arrived (drafts as they come in a real deal: buried
// annexes, bundles with an order of precedence, customers' standard terms). Each fix has varied
// rows and a near miss.
import { describe } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { investigationCooperation } from '../../src/check/rules/investigation-cooperation.ts';
import { misuseNotification } from '../../src/check/rules/misuse-notification.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { useRestrictions } from '../../src/check/rules/use-restrictions.ts';
import { gradeTable } from './grade-table.ts';

const AUP = "## Acceptable Use Policy\n\n3.1 The Customer shall not use the Service (a) against any person for exercising the rights of expression, assembly, association or religion; (b) to target journalists, lawyers, human rights defenders or political opponents; or (c) for the bulk or untargeted monitoring of a population.";
describe('use-restrictions: a permission that overrides the restrictions', () => {
  gradeTable(useRestrictions, [
    ['contradicted', `${AUP}\n\n## Special Terms\n\n2. Notwithstanding the Acceptable Use Policy, the Customer may configure and run keyword and geographic monitoring across all publicly available content in the Territory, including in connection with planned strikes and demonstrations.`],
    ['contradicted', `${AUP}\n\n## Special Terms\n\n2. Despite clause 3.1, the Agency is entitled to identify the organisers of any protest that the Ministry of Interior has not authorised.`],
    // The override allows something the restrictions do not protect.
    ['present', `${AUP}\n\n## Special Terms\n\n2. Notwithstanding the Acceptable Use Policy, the Customer may use the Service to train its own analysts on synthetic test data.`],
    ['present', `${AUP}\n\n## Special Terms\n\n2. Notwithstanding clause 9 (Fees), the Customer may run searches across all public posts in the Territory for a fixed monthly fee.`],
  ]);
});

// The end user as a term the draft defines as one body, named as the only user ("by the Designated
// Unit alone ... and for no other purpose"); crime terms defined together by the customer's own law.
const UNIT = '"Designated Unit" means the Criminal Investigation Department of the Seralang Police Force, and no other department, agency or body.';
const OFFENCE = '"Specified Offence" means an offence punishable by imprisonment for four years or more that involves violence, trafficking, kidnapping or organised crime, or an act of terrorism.';
const SOLE_UNIT_USE = "3.1 The Licensee shall ensure that the Software is used solely by the Authorised Unit, only in its own operations and only for the investigation of Serious Crime and Terrorism.";
describe('end-use-limitation: a defined sole user, and crime terms defined together', () => {
  gradeTable(endUseLimitation, [
    ['present', `${UNIT}\n\n${OFFENCE}\n\n2.1 The System is licensed for use by the Designated Unit alone, in the course of its own investigation of a Specified Offence, and for no other purpose.`],
    // A defined class of bodies names no one.
    ['weak', '"Partner Agencies" means any agency of the Republic that the Ministry designates.\n\n3.1 The Software is licensed for use by the Partner Agencies alone, in their own investigations of serious crime, and for no other purpose.'],
    ['weak', `"Authorised Unit" means the Anti-Kidnapping Directorate of the National Police.\n\n"Serious Crime" and "Terrorism" have the meanings given to them in the Penal Code and the Counter-Terrorism Law of the Republic, as amended from time to time.\n\n${SOLE_UNIT_USE}`],
    // Terms sent to the draft's own schedule are defined there, not by the pointer.
    ['present', `"Authorised Unit" means the Anti-Kidnapping Directorate of the National Police.\n\n1.4 "Serious Crime" and "Terrorism" have the meanings given in Schedule 1.\n\n${SOLE_UNIT_USE}\n\n## Schedule 1\n\n| Term | Meaning |\n| --- | --- |\n| Serious Crime | an offence punishable by at least five years in prison involving violence or organised crime |\n| Terrorism | violence against civilians to intimidate a population, never peaceful protest |`],
  ]);
});

// Word-numbered paragraphs that go on, in small letters, from a lead-in ("... that the Approved End User:"
// over "7. shall notify ..."), read as its items; a paragraph after an item that ended does not.
const MISUSE = '"Misuse" means use of a Product against journalists or political opponents.';
describe('misuse-notification: numbered items after a lead-in', () => {
  gradeTable(misuseNotification, [
    ['present', `## Schedule 4 - Minimum Terms\n\nThe End User Licence shall provide, in substance, that the Approved End User:\n\n6\\. shall keep a log of every deployment;\n\n7\\. shall notify the Company, for transmission to the OEM, of any actual or suspected Misuse within forty-eight (48) hours of becoming aware of it; and\n\n8\\. accepts that support may be withheld on Misuse.\n\n${MISUSE}`],
    ['present', `${MISUSE}\n\n## Schedule 4 - Obligations\n\nThe Supplier shall:\n\n6\\. keep the System patched.\n\nparagraph 7. Notice. the Approved End User shall notify the Supplier of any actual or suspected Misuse within 48 hours of becoming aware of it.`],
    ['missing', `${MISUSE}\n\n## Schedule 4 - Obligations\n\nThe Supplier shall:\n\n6\\. keep the System patched;\n\n7\\. notify the Customer of any actual or suspected Misuse within 48 hours of becoming aware of it.`],
  ]);
});

// Keys withheld or revoked one at a time: "withhold the replacement of any licence key", "revoke a licence key".
describe('suspension-remote-disable: a licence key withheld or revoked', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', '"Misuse" means any use of the System against journalists or political opponents.\n\n8.1 If the Contractor has reasonable grounds to suspect Misuse, the Contractor may, with immediate effect and for as long as its inquiry continues, withhold the replacement of any licence key or revoke a licence key already issued.'],
    ['weak', '"Misuse" means any use of the System against journalists or political opponents.\n\n8.1 The Contractor shall issue a replacement licence key before expiry and may revoke a licence key only when the Authority asks it to.'],
  ]);
});

// A state contract whose customer is several bodies defined together ("DAS", "DPS" and the "State"): the State's duties are the customer's.
const STATE_PARTIES = 'This Contract is entered into by the State of North Calumet, acting through the Department of Administrative Services ("DAS"), on behalf of the Department of Public Safety ("DPS" and, together with DAS, the "State"), and Tallis Geodata, Inc. ("Contractor").\n\n"Prohibited Use" means any use of the Services against persons for their protected speech or assembly.';
describe('duties of a customer defined as several public bodies', () => {
  gradeTable(misuseNotification, [['present', `${STATE_PARTIES}\n\n7.2 The State shall notify Contractor in writing within five (5) business days after it learns of any actual or suspected Prohibited Use.`]]);
  gradeTable(investigationCooperation, [
    ['weak', `${STATE_PARTIES}\n\n8.1 The State shall use reasonable efforts to answer Contractor's questions about any suspected Prohibited Use.`],
    // The seller helping with the customer's own inquiry into a breach of its data is no cooperation duty of the customer.
    ['missing', `${STATE_PARTIES}\n\n9.3 Contractor shall notify the State within 24 hours of discovering any unauthorized access to State Data, and shall cooperate with the State's investigation.`],
  ]);
});
