// General fixes made after corpus batch w arrived (who owes what to whom). Each has a near miss.
import { describe } from 'vitest';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { updateSupportWithholding } from '../../src/check/rules/update-support-withholding.ts';
import { gradeTable } from './grade-table.ts';

// A table whose header says who acts, with a verb: "If | Then the Licensor may".
const actionTable = (header: string, second: string) => `"Misuse" means any use of the System contrary to Part 2.

## Measures

| If | ${header} |
| --- | --- |
| the Licensor receives a credible report of Misuse, or suspects it | stop issuing licence keys and block access, at once and without notice, until its review ends |
| ${second} | withhold all updates, patches, support and training |
`;

describe('tables: a header that names the party with a verb, and a cell that repeats the one above', () => {
  gradeTable(suspensionRemoteDisable, [
    ['present', actionTable('Then the Licensor may', 'the same')],
    ['present', actionTable('The Vendor may', 'as above')],
  ]);
  gradeTable(updateSupportWithholding, [
    ['present', actionTable('Then the Licensor may', 'the same')],
    ['present', actionTable('Then Licensor can', 'ditto')],
    // Without "the same", the second row names no trigger.
    ['weak', actionTable('Then the Licensor may', 'at the end of each licence year')],
  ]);
});
