// Rule tables for drafting patterns met in the newer batches (civil-law Articles, translated
// government contracts, certificates, UK schedules), in our own words, not the corpus's.
import { describe } from 'vitest';
import { endUseLimitation } from '../../src/check/rules/end-use-limitation.ts';
import { gradeTable } from './grade-table.ts';

describe('end-use-limitation (named bodies, defined crimes, civil-law tense)', () => {
  gradeTable(endUseLimitation, [
    ['present', '"Financial Crime" means money laundering, bribery and fraud exceeding USD 1 million; no act of journalism or peaceful protest is Financial Crime.\n\nThe Software shall be used only by examiners of the Asset Recovery Office, in the Office\'s own investigations, for the investigation of Financial Crime.'],
    ['present', 'The authorised user of the Toolkit is the Cyber Crime Unit of the National Police, which uses it solely within its own investigations of the Listed Offences set out in Schedule 2.'],
    ['weak', 'The Toolkit will be used solely by the Narcotics Bureau, within its own operations, to investigate serious offences as those offences are defined in the Criminal Code of the Republic.'],
    ['weak', 'The Distributor may supply the Units only to police forces in the Territory for use in the investigation of crime.'],
    ['weak', 'The Receivers are used by the Inspectorate for the detection of crime.'],
    ['missing', 'The Contractor shall give the Ministry access to its personnel and records only during business hours.'],
    ['contradicted', 'The choice of the operations in which the Equipment is deployed rests within the exclusive discretion of the Purchaser.'],
    ['contradicted', 'Which investigations and targets the Platform supports is a matter at the Contracting Party\'s sole discretion.'],
    ['weak', '"Serious Crime" means an offence punishable by five years\' imprisonment or more.\n\nThe System shall be operated solely by the Border Intelligence Unit within its own operations for the investigation of Serious Crime.\n\nThe prohibitions in Schedule 3 do not apply to operations for the protection of national security.'],
  ]);
});
