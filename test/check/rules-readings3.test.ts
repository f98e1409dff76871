// Readings from the development corpus and probes, twenty-seventh session: each row is my own wording of a device
// several authors used, beside the same clause without it.
import { describe } from 'vitest';
import { auditAndRecords } from '../../src/check/rules/audit-and-records.ts';
import { gradeTable } from './grade-table.ts';

const AUDIT = 'Licence between Brask Analytics Ltd (the "Licensor") and the State Security Bureau (the "Bureau").\n\n'
  + '12.1 The System logs the operator, date and time, target and warrant reference of every query, and the Bureau shall not disable, alter or delete those logs.\n\n'
  + '12.2 The Licensor or an independent auditor it appoints may audit the Bureau\'s compliance with clause 9 (Human Rights) on fourteen days\' notice.';
describe('a waiver of the rights under a cited clause, with an aside between the verb and the rights', () => {
  gradeTable(auditAndRecords, [
    ['contradicted', `${AUDIT}\n\n20.1 The Licensor hereby waives, with effect from the date of this Amendment and for the rest of the Term, all its rights under clause 12.2.`],
    ['contradicted', `${AUDIT}\n\n20.1 The Licensor waives all its rights under clause 12.2.`],
    ['present', `${AUDIT}\n\n20.1 The Licensor waives, with effect from the date of this Amendment, its claim for the audit fees invoiced in March.`],
  ]);
});
