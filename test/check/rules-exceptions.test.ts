// A clause that reads like a weakener but keeps its own exception: a duty to renew the keys "unless" the seller
// has refused renewal, "but" with a discretion to decline. Each row is my own wording of a device seen in the
// development corpus by several authors; beside each, the same duty without the exception.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/check/draft-index.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { gradeTable } from './grade-table.ts';

const KEYS = 'Licence between Tarvel Systems Ltd (the "Supplier") and the National Investigations Bureau (the "Customer").\n\n';
describe('a duty to renew the keys that keeps the seller free to refuse', () => {
  gradeTable(sellerControl, [
    ['present', `${KEYS}8.1 The System runs only with an activation key issued by the Supplier, each key valid for six (6) months.\n\n8.2 The Supplier shall issue a new activation key before the current key expires, unless it has refused renewal under clause 14 (Human Rights Review) or suspended the licence under clause 15.`],
    ['present', `${KEYS}6.3 Licence files are issued by the Supplier for twelve months at a time. The Supplier will deliver replacement licence files before expiry but may decline to do so where it has reason to suspect misuse of the System.`],
    ['present', `${KEYS}"Activation Token" means the time-limited token, issued by the Supplier, without which the Software will not run.\n\n5.2 The Supplier shall re-issue each Activation Token before its expiry save where it is entitled to withhold the token under Schedule 4.`],
    // (No exception, or one that leaves misuse aside: renewal cannot be refused.)
    ['weak', `${KEYS}8.1 The System runs only with an activation key issued by the Supplier, each key valid for six (6) months.\n\n8.2 The Supplier shall issue a new activation key before the current key expires.`],
    ['weak', `${KEYS}6.3 Licence files are issued by the Supplier for twelve months at a time. The Supplier will deliver replacement licence files before expiry unless the Customer has failed to pay the annual fee.`],
  ]);
});

describe('a period in words reads as its number', () => {
  it('for every period a contract commonly spells out, with or without the figure in brackets', () => {
    for (const [words, number] of [['twelve', 12], ['six', 6], ['eighteen', 18], ['thirty-six', 36], ['four', 4], ['thirty', 30], ['nine', 9]] as const) {
      expect(normalise(`Each key is valid for ${words} months.`)).toBe(`each key is valid for ${number} months.`);
      expect(normalise(`within ${words} (${number}) business days`)).toBe(`within ${number} business days`);
    }
    // (Not a count of other things: "twelve officers", "the four corners".)
    expect(normalise('Twelve officers may use the four workstations.')).toBe('twelve officers may use the four workstations.');
  });
});
