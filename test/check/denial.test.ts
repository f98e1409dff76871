// A safeguard denied outright in words the rules' own counter-clauses do not foresee (src/check/denial.ts),
// and the denials that must leave a safeguard alone: partial, confined to some cases, commercial, or
// about something else.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { DraftIndex } from '../../src/check/draft-index.ts';
import { BARRED, FRAME_WORDS, LET_OFF, NONE_OR_WHETHER, REFUSED } from '../../src/check/denial.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readMarkdown } from '../../src/read/markdown.ts';

const base = readFileSync(new URL('./fixtures/denial-base.md', import.meta.url), 'utf8');
const statusOf = (sentence: string, id: string) =>
  checkDraft(buildDraft('draft.md', 'markdown', readMarkdown(base.replace('XXX', sentence)))).findings.find((f) => f.safeguard === id)!.status;

function grades(cases: Array<[string, string, string]>): void {
  for (const [id, sentence, status] of cases) {
    it(`${id} ${status}: ${sentence}`, () => {
      expect(statusOf(sentence, id)).toBe(status);
    });
  }
}

describe('the base draft', () => {
  it('grades the safeguards its clauses state', () => {
    const plain = 'The Customer shall pay each invoice within 30 days.';
    expect(['export-control-compliance', 'audit-and-records', 'misuse-notification', 'suspension-remote-disable', 'termination-for-misuse'].map((id) => statusOf(plain, id))).toEqual(Array(5).fill('present'));
    expect(statusOf(plain, 'lawful-authorization')).toBe('weak');
  });
});

describe('a denial in other words negates the safeguard, however strong its own clause', () => {
  grades([
    ['lawful-authorization', 'There is no obligation on the Customer to seek or obtain any warrant or judicial order before using the System, and none shall be read into this Agreement.', 'contradicted'],
    ['export-control-compliance', 'Once the System has been delivered, the Customer is under no obligation to observe the export-control or sanctions laws of any State other than its own.', 'contradicted'],
    ['misuse-notification', 'No duty shall arise on the part of the Customer to inform the Supplier of any actual or suspected misuse of the System.', 'contradicted'],
    ['audit-and-records', "The Supplier renounces any right, whether arising under this Agreement or otherwise, to audit or inspect the Customer's use of the System.", 'contradicted'],
    ['suspension-remote-disable', 'At no time and on no ground whatsoever shall the Supplier interrupt, lock or render the System inoperable.', 'contradicted'],
    ['termination-for-misuse', "The Supplier abandons all rights it may have to terminate this Agreement on account of the Customer's use of the System.", 'contradicted'],
    ['human-rights-compliance', 'The Customer gives no representation or undertaking of any kind concerning human rights.', 'contradicted'],
    ['use-restrictions', 'This Agreement is not to be construed as placing any limitation upon the persons, groups or communications that the Customer may intercept or analyse by means of the System.', 'contradicted'],
    // (A provision named by what it is about, then undone.)
    ['misuse-notification', "The Agreement's provisions on reporting suspected misuse to the Supplier shall be read as imposing no obligation on the Customer.", 'contradicted'],
    ['export-control-compliance', 'The undertakings concerning export-control and sanctions laws are of no further effect.', 'contradicted'],
    ['end-use-limitation', 'This Agreement is not to be construed as conferring on the Supplier any right to limit the end users of the System or the purposes for which it is operated.', 'contradicted'],
    ['end-use-limitation', 'No limitation as to end user or end use shall arise by implication or otherwise.', 'contradicted'],
    ['data-protection', 'No restriction on the retention, use or disclosure of Collected Data by the Customer shall arise under this Agreement.', 'contradicted'],
    ['compliance-certification', 'The Customer shall in no case be required to furnish any certificate or declaration as to its compliance with this Agreement.', 'contradicted'],
    ['export-control-compliance', 'Nothing in this Agreement obliges the Customer to observe the export-control laws of the United States.', 'contradicted'],
    ['misuse-notification', 'The Customer shall not be subject to any obligation to report to the Supplier, or to any person, on the manner in which the System is used, including any allegation or suspicion relating to such use.', 'contradicted'],
    ['termination-for-misuse', "Notwithstanding clause 11, the Supplier irrevocably renounces and waives, for the whole term of this Agreement, any right it may have to terminate this Agreement by reason of the manner in which the Customer uses the System.", 'contradicted'],
    ['compliance-certification', 'The Customer shall not be asked for, and gives, no certificate, declaration or attestation concerning its own use of the System.', 'contradicted'],
    ['compliance-certification', 'The Customer shall provide no compliance certification of any kind under this Agreement.', 'contradicted'],
    ['grievance-mechanism', 'No hotline, web form or other channel for reporting concerns about the use of the System shall be established or publicised.', 'contradicted'],
    ['suspension-remote-disable', "At no time and on no ground connected with the Customer's use may the Supplier suspend, lock or disable the System.", 'contradicted'],
    ['eula-flow-down', 'At no time will any user of the System be bound by, or asked to accept, any end-user licence terms of the Supplier.', 'contradicted'],
    ['update-support-withholding', 'Whether any update, upgrade or support is to be withheld on account of an allegation of misuse shall be determined by the Customer alone.', 'contradicted'],
    ['misuse-notification', 'The Customer does not assume any obligation to inform the Supplier of any misuse or suspected misuse of the System.', 'contradicted'],
    ['training', 'The Customer undertakes no obligation to provide human-rights training to its operators.', 'contradicted'],
    ['misuse-notification', 'This Agreement imposes no obligation on the Customer to notify the Supplier of any misuse of the System, actual or suspected.', 'contradicted'],
    ['audit-and-records', 'The Order Form shall be read as placing no duty upon the Licensee to keep usage logs or to submit to any audit of the System.', 'contradicted'],
    ['safeguard-action-protection', 'Nothing in this Agreement is to be construed as conferring on the Supplier any right to be excused from liability for a suspension or termination.', 'contradicted'],
  ]);
});

describe('a denial that is partial, confined, commercial or about something else leaves it as it was', () => {
  grades([
    ['export-control-compliance', 'No limitation of liability shall apply to any breach of the export-control obligations in clause 8.', 'present'],
    ['audit-and-records', 'The Customer is not required to pay any fee for an audit.', 'present'],
    ['audit-and-records', 'The Customer shall not be required to bear the cost of any audit that finds no breach.', 'present'],
    ['audit-and-records', 'The Supplier shall have no right to use the usage logs for marketing.', 'present'],
    ['audit-and-records', 'The Customer accepts no responsibility for the travel costs of any audit.', 'present'],
    ['misuse-notification', 'If a court has already told the Supplier of the misuse, the Customer need not notify it again.', 'present'],
    ['compliance-certification', 'The Customer need not pay any fee for the certificate of conformity issued at delivery.', 'missing'],
    ['update-support-withholding', "Whether the Customer's officers attend the Supplier's annual user conference shall be decided by the Customer alone.", 'missing'],
    ['eula-flow-down', 'At no time will the Customer be required to pay for additional copies of the end-user licence.', 'missing'],
    // "Authority" as power in a possessive is no party, and a reseller named is no resale let off: the base draft's grade stands.
    ['no-transfer', 'A statement signed by any director of the Supplier, whose authority need not be proved, is conclusive evidence of the sums owed by the Reseller.', 'weak'],
    ['suspension-remote-disable', "No separate suspension procedure shall be established for the Customer's test environment.", 'present'],
    ['misuse-notification', 'The Customer shall not be subject to any obligation to report to the Supplier on its use of the System, except as clause 9.3 provides for suspected misuse.', 'present'],
    ['termination-for-misuse', 'The Supplier waives any right to terminate this Agreement for convenience during the first year.', 'present'],
    ['suspension-remote-disable', 'The Supplier shall have no right to suspend the System for scheduled maintenance during business hours.', 'present'],
    ['export-control-compliance', 'The Customer shall not be required to export the System to any other country.', 'present'],
    // (A condition on each warrant is not a warrant dispensed with.)
    ['lawful-authorization', 'No warrant shall be relied on unless the issuing judge has recorded that the measure is necessary and proportionate.', 'weak'],
    ['misuse-notification', 'The Customer need not notify the Supplier of routine changes of operator, save that it shall report any suspected misuse under clause 9.3.', 'present'],
    ['export-control-compliance', 'The provisions on export-control licences shall cease to apply to any item the Supplier itself re-exports, except where clause 8.1 applies.', 'present'],
    ['audit-and-records', 'The provisions on audit fees are of no further effect.', 'present'],
    ['use-restrictions', 'This Agreement is not to be construed as placing any limitation upon the number of sites at which the Customer may install the System.', 'weak'],
  ]);
});

describe("the customer's own people forbidden the act the safeguard asks of the customer", () => {
  grades([
    ['compliance-certification', 'No official of the Customer may sign, issue or deliver to any external party any certificate, declaration or attestation concerning the use of intelligence systems.', 'contradicted'],
    ['compliance-certification', "The Customer's officers shall not furnish any foreign contractor with a declaration as to the operations of the Customer.", 'contradicted'],
    ['misuse-notification', "The Customer's personnel shall not report or disclose to the Supplier any allegation or suspicion of misuse of the System.", 'contradicted'],
    // (Not a ban on something else, nor a ban with an exception, nor a safeguard that is itself a ban on the customer.)
    ['misuse-notification', 'No employee of the Customer may be penalised for reporting suspected misuse of the System to the Supplier.', 'present'],
    ['export-control-compliance', "The Customer's personnel shall not transfer or export the System to any other country without the required licence.", 'present'],
  ]);
  it('leaves a ban with an exception to the rules', () => {
    expect(statusOf('No officer of the Customer may sign a compliance certificate unless the Director has approved it.', 'compliance-certification')).not.toBe('contradicted');
  });
});

describe("misuse defined so that the customer's own use can never be it", () => {
  const excluded = 'Use of the System by or on the instructions of the Customer shall in no circumstances constitute Misuse.';
  grades([
    ['termination-for-misuse', excluded, 'contradicted'],
    ['suspension-remote-disable', excluded, 'contradicted'],
    ['misuse-notification', excluded, 'contradicted'],
    ['misuse-notification', 'Unless and until the Customer gives written notice that a use was unauthorised, no use of the System, whatever its target, shall constitute Misuse.', 'contradicted'],
    // (Someone else's use, or lawful use, kept out of it leaves the measures whole.)
    ['termination-for-misuse', "Use of the System by the Supplier's engineers for testing shall not constitute Misuse.", 'present'],
    ['termination-for-misuse', 'Use of the System by the Customer in accordance with a warrant under clause 7.1 shall not constitute Misuse.', 'present'],
  ]);
});

describe('a protective clause that names the measures is not a counter to them', () => {
  it('"no such exercise shall constitute a breach" does not make a suspension a breach', () => {
    const status = statusOf('The Supplier shall not be liable for exercising any right under clause 11.1 (Suspension) or clause 11.2 (Termination), and no such exercise shall constitute a breach of this Agreement.', 'safeguard-action-protection');
    expect(status).not.toBe('contradicted');
  });
});

// The plain list of a frame's words turns sentences away before any frame is asked: it must hold every sentence a frame
// holds, or a denial would go unread. Checked over every probe's sentences, as the checker reads them.
describe("the frames' words", () => {
  it('are in every sentence that holds a frame', () => {
    const missed: string[] = [];
    for (const file of readdirSync(new URL('../probes/', import.meta.url)).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(new URL(`../probes/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean)) {
        const index = new DraftIndex(buildDraft('probe.md', 'markdown', readMarkdown((JSON.parse(line) as { text: string }).text)));
        for (const c of index.clauses) {
          if ([LET_OFF, REFUSED, BARRED, NONE_OR_WHETHER].some((frame) => frame.test(c.text)) && !FRAME_WORDS.test(c.text)) missed.push(c.text);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
