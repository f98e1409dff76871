// Readings from the development corpus and probes, twenty-sixth session: each row is my own wording of a device
// several authors used, beside the same clause without it.
import { describe } from 'vitest';
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
