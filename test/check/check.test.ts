// The checker as a whole: one finding per safeguard, what is required, and customer terms that
// prevail over the annexes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import type { Profile } from '../../src/profile/schema.ts';
import { SAFEGUARD_IDS } from '../../src/profile/vocabulary.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readDraft } from '../../src/read/index.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { readPlainText } from '../../src/read/text.ts';
import { profileWith } from '../helpers/fixtures.ts';

const check = (markdown: string, profile?: Profile) =>
  checkDraft(buildDraft('draft.md', 'markdown', readMarkdown(markdown)), { profile });
const statusOf = (markdown: string, id: string) => check(markdown).findings.find((f) => f.safeguard === id)!.status;

const ANNEX = `# Annex 2: Human Rights Terms

1. The Supplier may terminate this Agreement with immediate effect if it determines, in its sole discretion, that there is evidence of Misuse.

"Misuse" means any use of the System against journalists or in breach of human rights.`;

describe('checkDraft', () => {
  it('gives exactly one finding per safeguard, in the spec order', () => {
    expect(check('# Terms\n\nThe Customer shall pay the fees.').findings.map((f) => f.safeguard)).toEqual([...SAFEGUARD_IDS]);
  });

  it('takes what is required from the profile, else from the high tier', () => {
    const low = check('# Terms\n\nThe Customer shall pay.', profileWith({ product: { name: 'X', types: ['sensors'], capabilities: ['widely-available'] }, customer: { name: 'C', kind: 'private', country: 'FR' } }));
    expect(low.requiredBy).toBe('profile');
    expect(low.findings.find((f) => f.safeguard === 'training')!.required).toBe(false);
    expect(check('# Terms\n\nThe Customer shall pay.').findings.find((f) => f.safeguard === 'training')!.required).toBe(true);
  });

  it("weakens a safeguard that lives only in an annex when the customer's terms prevail over the annexes", () => {
    expect(statusOf(`# Agreement\n\n## 1. General\n\n1.1 The Customer shall pay.\n\n${ANNEX}`, 'termination-for-misuse')).toBe('present');
    const prevails = `# Agreement\n\n## 1. General\n\n1.1 The Customer's standard terms and conditions shall prevail over this Agreement and its annexes.\n\n${ANNEX}`;
    expect(statusOf(prevails, 'termination-for-misuse')).toBe('weak');
    const preserved = prevails.replace('and its annexes.', 'and its annexes, except Annex 2.');
    expect(statusOf(preserved, 'termination-for-misuse')).toBe('present');
  });

  it('weakens it too when an order-of-precedence list ranks the orders the customer issues above the annex, unless the order keeps it', () => {
    const precedence = (rank: string) => `# Framework Contract

## Article 14 Order of precedence

In the event of any conflict, the following order of precedence applies: ${rank}.

${ANNEX}`;
    expect(statusOf(precedence('(a) these Articles; (b) each Call-Off Order, including its special conditions; (c) Annex 2'), 'termination-for-misuse')).toBe('weak');
    expect(statusOf(precedence('(a) these Articles; (b) Annex 2; (c) any Purchase Order'), 'termination-for-misuse')).toBe('present');
    expect(statusOf(precedence('(a) these Articles; (b) Annex 2; (c) the Technical Specification'), 'termination-for-misuse')).toBe('present');
    const kept = precedence('(a) these Articles; (b) each Call-Off Order; (c) Annex 2') + '\n\n# Annex 3: Form of Call-Off Order\n\n1. Paragraph 1 of Annex 2 applies to this Call-Off Order without modification.';
    expect(statusOf(kept, 'termination-for-misuse')).toBe('present');
  });

  it("weakens it when the list ranks the customer's own standard terms above the schedule, in the list's items", () => {
    const form = (ranked: string[]) => ['CALL-OFF ORDER FORM', '', 'If the documents conflict, the following order of precedence applies:', '', ...ranked.flatMap((r, k) => [`${k + 1}. ${r}`, '']),
      'CALL-OFF SCHEDULE 2 (RESPONSIBLE USE)', '', '1. The Supplier may terminate this Call-Off Contract with immediate effect on written notice if it reasonably suspects Misuse.', '',
      '2. "Misuse" means any use of the Services against journalists, human-rights defenders or political opponents.'].join('\n');
    const status = (ranked: string[]) => checkDraft(buildDraft('form.txt', 'text', readPlainText(form(ranked)))).findings.find((f) => f.safeguard === 'termination-for-misuse')!.status;
    expect(status(['This Order Form.', "The Buyer's Standard Terms and Conditions for Services.", 'The following Call-Off Schedules:', 'Call-Off Schedule 2 (Responsible Use)'])).toBe('weak');
    expect(status(['This Order Form.', 'The following Call-Off Schedules:', 'Call-Off Schedule 2 (Responsible Use)', "The Buyer's Standard Terms and Conditions for Services."])).toBe('present');
    // (A paragraph of the schedule disapplied leaves the rest of it: "Paragraphs 6 and 7 of Call-Off Schedule 2 shall not apply".)
    const cut = form(['This Order Form.', 'Call-Off Schedule 2 (Responsible Use)']).replace('CALL-OFF SCHEDULE 2', 'Paragraphs 6 and 7 of Call-Off Schedule 2 shall not apply to this Call-Off Contract.\n\nCALL-OFF SCHEDULE 2');
    expect(checkDraft(buildDraft('form.txt', 'text', readPlainText(cut))).findings.find((f) => f.safeguard === 'termination-for-misuse')!.status).toBe('present');
  });

  it('reads a paragraph of a named annex disapplied ("shall not apply") as struck, even under a numbered heading', () => {
    const annex = '# Annex 3: Responsible Use\n\n## 6. Suspension\n\nUpon a credible complaint or suspected Misuse, the Contractor may immediately suspend the Licences until its investigation is complete.\n\n"Misuse" means any use of the Products against journalists or in breach of human rights.';
    const other = '# Contract\n\n## 6. Delivery\n\nThe Contractor shall deliver the Kits within 45 days.';
    expect(statusOf(`${other}\n\n${annex}`, 'suspension-remote-disable')).toBe('present');
    const order = '# Annex 4: Call-Off Order\n\n1. Paragraph 6 of Annex 3 shall not apply to the Licences delivered under this Call-Off Order.';
    expect(statusOf(`${other}\n\n${annex}\n\n${order}`, 'suspension-remote-disable')).not.toBe('present');
    // Clause 6 of the contract itself is another clause: the delivery duty stands.
    const delivered = checkDraft(buildDraft('draft.md', 'markdown', readMarkdown(`${other}\n\n${annex}\n\n${order}`)));
    expect(delivered.findings.length).toBe(SAFEGUARD_IDS.length);
  });
});

describe('a draft that amends itself', () => {
  const general = [
    '# Contract', '', '## Part A: General Conditions', '', '### GC 7 Suspension', '',
    '7.1 The Supplier may, immediately and without notice, suspend the System on a credible complaint or suspected Misuse, until its investigation is complete.', '',
    '### GC 8 Authorisation', '',
    '8.1 Each use of the System shall be authorised beforehand by a warrant issued by an independent judge under published law, on a finding that the use is necessary and proportionate.', '',
    '"Misuse" means any use of the System against journalists or in breach of human rights.', '', '## Part B: Special Conditions', '',
  ].join('\n');
  const amended = (special: string) => `${general}\n${special}\n`;

  it('strikes a clause that a later condition deletes or replaces by its number', () => {
    expect(statusOf(amended('SC 1. The payment period is 45 days.'), 'suspension-remote-disable')).toBe('present');
    for (const deletion of ['SC 1. GC 7 is deleted.', 'SC 1. Clause 7.1 shall cease to have effect.', 'SC 1. Replace GC 7.1 with: "The Supplier may suspend the System for non-payment."', 'SC 1. Section 7 is hereby deleted in its entirety.',
      // Indian and Commonwealth drafting: "stands deleted", "shall stand substituted".
      'SC 1. GCC 7.1 stands deleted.', 'SC 1. Clause 7 shall stand deleted.', 'SC 1. GC 7.1 shall stand substituted by the following: "The Supplier may suspend the System for non-payment."']) {
      expect(statusOf(amended(deletion), 'suspension-remote-disable'), deletion).not.toBe('present');
    }
  });

  it('strikes only the sentence of a clause that a later condition replaces by its place', () => {
    const suspension = (special: string) => statusOf([
      '# Contract', '', '### GC 9 Access', '',
      '9.1 The Purchaser shall keep the System on its own premises. The Supplier may, immediately and without notice, suspend the System on a credible complaint or suspected Misuse until its investigation is complete.', '',
      '"Misuse" means any use of the System against journalists or in breach of human rights.', '', '## Special Conditions', '', special,
    ].join('\n'), 'suspension-remote-disable');
    expect(suspension('SC 5 (GC 9.1). Replace the first sentence with: "The System is hosted by the Supplier."')).toBe('present');
    expect(suspension('SC 5 (GC 9.1). Replace the second sentence with: "The Supplier may suspend the System for non-payment."')).not.toBe('present');
    expect(suspension('SC 5. Delete the last sentence of clause 9.1.')).not.toBe('present');
  });

  it('reads words replaced by quotation as changed, and leaves the rest of the clause standing', () => {
    expect(statusOf(amended('SC 2. The Purchaser shall pay within 45 days.'), 'lawful-authorization')).toBe('present');
    const replaced = amended('SC 2. In GC 8.1, replace "a warrant issued by an independent judge under published law" with "a written authorisation of the head of the Purchaser\'s operations unit".');
    expect(statusOf(replaced, 'lawful-authorization')).toBe('weak');
    // A replacement that only restates the safeguard, and a quotation that occurs nowhere earlier, change nothing.
    expect(statusOf(amended('SC 2. Replace "the payment period of thirty days" with "forty-five days".'), 'lawful-authorization')).toBe('present');
  });

  it("strikes an exhibit's paragraphs that an order-of-precedence clause before them disapplies, and no more", () => {
    const exhibit = (precedence: string) => [
      '# Purchase Agreement', '', `2.2 ${precedence}`, '', '## Exhibit B: Vendor Addendum', '',
      '**B-4 Suspension.** Where the Vendor receives a credible complaint or suspects Misuse, the Vendor may suspend the Products immediately until its investigation is complete.', '',
      '"Misuse" means any use of the Products against journalists or in breach of human rights.',
    ].join('\n');
    expect(statusOf(exhibit('The Agency shall pay within 30 days.'), 'suspension-remote-disable')).toBe('present');
    for (const disapplied of ['Paragraphs B-4 (Suspension) and B-6 (Inspection) of the Vendor Addendum shall have no force or effect against the Agency.', 'Paragraph B-4 of Exhibit B is void.', 'Exhibit B is excluded from this Agreement.']) {
      expect(statusOf(exhibit(disapplied), 'suspension-remote-disable'), disapplied).not.toBe('present');
    }
    // What conflicts with the cited clauses is void, not the clauses themselves.
    expect(statusOf(exhibit('Any term of the Vendor Addendum that conflicts with Sections 1 to 15 is void and of no effect.'), 'suspension-remote-disable')).toBe('present');
  });

  it('reads a clause disapplied in other words as gone: no effect, disapplied, not binding, not enforced', () => {
    const draft = (special: string) => [
      '# Licence Agreement', '', 'This Agreement is made between Northgate Systems Ltd (the "Supplier") and the Ministry of Interior (the "Customer").', '',
      '## 13. Audit', '', '13.1 The Customer shall keep complete usage logs of every search run on the System and shall permit the Supplier or an independent auditor appointed by it, on 10 days\' notice, to inspect those logs at least once a year to verify compliance with the Human Rights Terms.', '',
      '## 14. Notification', '', '14.1 The Customer shall notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected Misuse of the System.', '',
      '## 20. Special Conditions', '', `20.1 ${special}`,
    ].join('\n');
    expect(statusOf(draft('The Customer shall pay within 30 days.'), 'misuse-notification')).toBe('present');
    for (const disapplied of ['Clause 14.1 is hereby disapplied for the duration of this Agreement.', 'The provisions of clause 14 shall have no force or effect.',
      'Sections 13 and 14 do not bind the Customer.', 'The parties agree that clause 14.1 shall not be enforced against the Customer.']) {
      expect(statusOf(draft(disapplied), 'misuse-notification'), disapplied).not.toBe('present');
    }
    // A paragraph after the heading's own items is still that clause: cited by the heading's number, and quoted as it.
    const underHeading = (special: string) => [
      '# Licence Agreement', '', 'This Agreement is made between Northgate Systems Ltd (the "Supplier") and the Ministry of Interior (the "Customer").', '',
      '### 9.3 Notification of Misuse', '', 'The Customer shall:', '', '1. keep a register of complaints; and', '2. share it with the Supplier each quarter.', '',
      'The Customer shall notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected Misuse of the System.', '',
      '## 20. Special Conditions', '', `20.1 ${special}`,
    ].join('\n');
    const notice = check(underHeading('The Customer shall pay within 30 days.')).findings.find((f) => f.safeguard === 'misuse-notification')!;
    expect(notice.status).toBe('present');
    expect(notice.evidence[0].section).toBe('9.3');
    expect(statusOf(underHeading('Clause 9.3 shall have no force or effect.'), 'misuse-notification')).not.toBe('present');
    // A clause that does not apply to some information keeps the rest: a scope, not a disapplication.
    expect(statusOf(draft('Clause 14.1 does not apply to information that is already public.'), 'misuse-notification')).toBe('present');
  });

  it('reads a later condition that frees the customer from disclosing what a cited clause asks for as a counter-clause', () => {
    const cooperation = '## GC 11 Investigations\n\n11.1 The Purchaser shall cooperate with any investigation of suspected Misuse and shall give the Supplier its usage logs and access to its personnel within 10 days of a request.\n\n11.2 If the Purchaser fails to cooperate with such an investigation, the Supplier may suspend the System.';
    expect(statusOf(amended(`${cooperation}\n\nSC 4. The Purchaser shall pay within 45 days.`), 'investigation-cooperation')).toBe('present');
    expect(statusOf(amended(`${cooperation}\n\nSC 4. Nothing in GC 11.1 obliges the Purchaser to disclose to the Supplier any operational information, target or log.`), 'investigation-cooperation')).toBe('contradicted');
  });

  it('does not strike a new clause that a deletion introduces under the same number', () => {
    const replacedAndRestated = amended('SC 3. GC 7 is deleted and replaced by the following:\n\n7.1 The Supplier may suspend the System immediately, without notice, on any credible complaint or suspected Misuse, until its investigation is complete.');
    expect(statusOf(replacedAndRestated, 'suspension-remote-disable')).toBe('present');
  });
});

describe('a memorandum with parts that are not binding', () => {
  const mou = (declaration: string) => [
    '# Memorandum of Understanding', '', `A. ${declaration}`, '', '## Section 1. Intentions', '',
    '1.1 The Vendor may terminate the pilot with immediate effect if it determines, in its sole discretion, that there is evidence of Misuse.', '',
    '## Section 2. Pilot Access', '', '2.1 "Misuse" means any use of the Platform against journalists or in breach of human rights.', '', '2.2 The Police Service shall pay the pilot fee.',
  ].join('\n');
  it('grades a safeguard found only in a part declared not binding as weak', () => {
    expect(statusOf(mou('This Memorandum is signed on 1 May.'), 'termination-for-misuse')).toBe('present');
    for (const declaration of ['Section 1 of this Memorandum records intentions only and is not legally binding.', 'Nothing in Section 1 is binding; Section 1 does not create legal relations.', 'This Memorandum is not legally binding, except Section 2.']) {
      expect(statusOf(mou(declaration), 'termination-for-misuse'), declaration).toBe('weak');
    }
    // Binding parts, and parts not binding on others only, stay as they are.
    for (const declaration of ['Sections 1 and 2 are legally binding.', 'Section 1 is not binding on third parties.', 'This Memorandum is not legally binding, except Section 1.']) {
      expect(statusOf(mou(declaration), 'termination-for-misuse'), declaration).toBe('present');
    }
  });
});

describe('the same draft in two formats', () => {
  // A counterparty sends Word, not Markdown: corpus drafts converted by pandoc must grade alike.
  const drafts = ['a01-intrusion-platform-licence', 'b09-anpr-order-form', 'c03-osint-analytics-cloud-terms', 'd07-amendment-letter-termination-clause'];
  it.each(drafts)('%s grades the same from DOCX as from Markdown', async (name) => {
    const md = fileURLToPath(new URL(`../corpus/dev/${name}.md`, import.meta.url));
    const docx = join(mkdtempSync(join(tmpdir(), 'pandoc-')), `${name}.docx`);
    execFileSync('pandoc', [md, '-o', docx]);
    const statuses = async (file: string) => checkDraft(await readDraft(readFileSync(file), file)).findings.map((f) => `${f.safeguard}: ${f.status}`);
    expect(await statuses(docx)).toEqual(await statuses(md));
  });
});

describe('a draft mid-negotiation', () => {
  const TERMINATION_STRONG = 'The Supplier may terminate this Agreement with immediate effect by notice if it finds, in its sole discretion, evidence of Misuse.';
  const MISUSE = '"Misuse" means any use of the System against journalists or in breach of human rights.';

  it('holds a safeguard found only in brackets to weak: the text may yet be struck', () => {
    expect(statusOf(`# Licence\n\n${MISUSE}\n\n[14.1 ${TERMINATION_STRONG}]`, 'termination-for-misuse')).toBe('weak');
    expect(statusOf(`# Licence\n\n${MISUSE}\n\n[ALT 1 (Supplier): 14.1 ${TERMINATION_STRONG}]\n\n[ALT 2 (Customer): 14.1 Either party may terminate for material breach not remedied within sixty (60) days of notice.]`, 'termination-for-misuse')).toBe('weak');
    // The same clause agreed, with a blank and a margin comment beside it, stands.
    expect(statusOf(`# Licence\n\nThis Agreement is dated [date].\n\n${MISUSE}\n\n14.1 ${TERMINATION_STRONG}\n\n[Customer comment: we will revert on clause 14.]`, 'termination-for-misuse')).toBe('present');
  });

  it('lets no bracketed exception disarm an agreed counter-clause', () => {
    const secrecy = '16.1 The Supplier shall not disclose any information concerning the Customer, its operations or the use of the System to any person or authority whatsoever.';
    const exception = '16.2 (Supplier insert): Notwithstanding Clause 16.1, the Supplier may report suspected Misuse to any competent authority and may publish aggregate information about complaints received and their resolution.';
    expect(statusOf(`# Licence\n\n${MISUSE}\n\n${secrecy}\n\n${exception.replace(' (Supplier insert):', '')}`, 'misuse-disclosure')).toBe('present');
    expect(statusOf(`# Licence\n\n${MISUSE}\n\n${secrecy}\n\n[${exception}] [*Customer comment: not acceptable – delete.*]`, 'misuse-disclosure')).toBe('contradicted');
  });

  it('lets a bracketed counter-clause lower the grade', () => {
    expect(statusOf(`# Licence\n\n${MISUSE}\n\n14.1 ${TERMINATION_STRONG}\n\n[14.2 (Customer insert): The licence granted under this Agreement is perpetual and irrevocable.]`, 'termination-for-misuse')).not.toBe('present');
  });
});

describe('rights and duties listed under a lead-in, as civil-law and CIS contracts list them', () => {
  const draft = [
    'SUPPLY CONTRACT', '',
    '3.3. The Customer is obliged:', '3.3.1. to pay for the Complex within the terms established by the Contract;',
    '3.3.2. to inform the Supplier of failures of the Complex within', '3 (three) working days from their detection;', '',
    '3.4. The Customer has the right:',
    '3.4.1. to determine at its own discretion the purposes, objects and scope of the monitoring carried out with the help of the Complex;',
    '3.4.2. to transfer the information obtained with the help of the Complex to any state bodies of the Republic;',
    '3.4.3. not to provide to the Supplier, under any circumstances, any information about the objects of monitoring, the search queries, the results obtained or the logs of the Complex.',
  ].join('\n');
  const findings = async () => checkDraft(await readDraft(new TextEncoder().encode(draft), 'contract.txt')).findings;
  const statusIn = (all: Awaited<ReturnType<typeof findings>>, id: string) => all.find((f) => f.safeguard === id)!.status;

  it('reads each item as the sentence it stands for: "may determine", "is not obliged to provide"', async () => {
    const all = await findings();
    expect(statusIn(all, 'end-use-limitation')).toBe('contradicted');
    expect(statusIn(all, 'data-protection')).toBe('contradicted');
    expect(statusIn(all, 'investigation-cooperation')).toBe('contradicted');
    expect(statusIn(all, 'audit-and-records')).toBe('contradicted');
  });

  it('keeps a wrapped line that starts with a number in its sentence', async () => {
    const read = await readDraft(new TextEncoder().encode(draft), 'contract.txt');
    expect(read.blocks.map((b) => b.label)).not.toContain('3');
    expect(read.blocks.find((b) => b.label === '3.3.2')!.text).toMatch(/within 3 \(three\) working days/);
  });
});

describe('General Conditions changed by a Special Conditions table', () => {
  const gcc = [
    '# Section IV. General Conditions of Contract', '',
    '16.1 The Procuring Entity undertakes to use the Platform consistently with the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights, in particular Articles 17 and 19, and the Supplier\'s Human Rights Policy.', '',
    '"Misuse" means any use of the Platform in breach of GCC 16.1.', '',
    '23.1 The Supplier may terminate the Contract with immediate effect by written notice where it has a reasonable belief that Misuse has occurred.', '',
    '24.1 Upon written request of the Supplier in connection with an allegation of Misuse, the Procuring Entity shall within ten (10) Days furnish the relevant system logs and make the responsible officers available for interview, failing which the Supplier may suspend the licence keys.', '',
    '25.1 The Procuring Entity shall notify the Supplier in writing within five (5) working Days after it becomes aware of any actual or suspected Misuse.',
  ].join('\n');
  const scc = (rows: string[]) => `${gcc}\n\n# Section V. Special Conditions of Contract\n\n| GCC Clause | |\n| --- | --- |\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;
  const grade = (markdown: string, id: string) => statusOf(markdown, id);

  it('reads the General Conditions as they stand when the table changes nothing', () => {
    const unchanged = scc(['31.1 | No change.']);
    expect(grade(unchanged, 'human-rights-compliance')).toBe('present');
    expect(grade(unchanged, 'termination-for-misuse')).toBe('present');
    expect(grade(unchanged, 'misuse-notification')).toBe('present');
    expect(grade(unchanged, 'investigation-cooperation')).toBe('present');
  });

  it('applies a row that replaces words, deems domestic law enough for a cited clause, or adds a qualifier to the clause in its first cell', () => {
    const changed = scc([
      '16 | Add new GCC 16.3: "For the purposes of this Contract, compliance by the Procuring Entity with the Constitution and laws of the Republic shall be deemed to constitute full compliance with GCC 16.1."',
      '23.1 | Replace the words "where it has a reasonable belief that Misuse has occurred" with the words "where Misuse has been established by a final decision of a court of competent jurisdiction".',
      '24.1 | Add at the end: "The obligations in this clause are subject to the national security classification rules of the Republic."',
    ]);
    expect(grade(changed, 'human-rights-compliance')).toBe('contradicted');
    expect(grade(changed, 'termination-for-misuse')).toBe('weak');
    expect(grade(changed, 'investigation-cooperation')).toBe('weak');
  });
});

describe('drafting notes', () => {
  const draft = (note: string) => `# Supply Contract\n\n## 12. Delivery\n\n12.1 The Contractor shall deliver the System on the Delivery Date.\n\n## 13. Suspension\n\n13.1 The Supplier may suspend the Services immediately, without liability, if it has reasonable grounds to suspect Misuse, until its investigation is complete.\n\n"Misuse" means any use of the System in breach of human rights.\n\n## 14. Other terms\n\n${note}`;

  it('reads a note about the terms as no term: it neither gives a safeguard nor deletes a clause of this draft', () => {
    const certified = "The Customer shall certify annually, and before each renewal, its compliance with the human-rights terms.";
    for (const marker of ["Purchaser's note:", 'Drafting note:', '[NTD:', 'Note to draft -']) {
      expect(statusOf(draft(`${marker} ${certified}`), 'compliance-certification')).toBe('missing');
      // "Contractor's clause 13 deleted" speaks of the Contractor's own draft, not of this one's clause 13.
      expect(statusOf(draft(`${marker} Contractor's clause 13 (suspension pending investigation) is deleted.`), 'suspension-remote-disable')).toBe('present');
    }
    // The same words as a term of the contract count.
    expect(statusOf(draft(`14.1 ${certified}`), 'compliance-certification')).toBe('present');
    expect(statusOf(draft('14.1 Clause 13 is deleted.'), 'suspension-remote-disable')).toBe('missing');
  });
});

describe('forms where a commitment binds only when selected', () => {
  const tickForm = (report: string, targeting: string) => [
    'END USER UNDERTAKING', '',
    'To: Varden Systems Ltd (the "Supplier"). The Bureau undertakes only the commitments ticked below.', '',
    `${targeting} The Bureau shall not use the System to target journalists, lawyers, human rights defenders or political opponents, against any person for exercising freedom of expression or assembly, or for bulk or untargeted surveillance.`, '',
    `${report} The Bureau shall notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected misuse of the System.`, '',
    '[x] The Bureau shall pay the licence fee within 30 days.',
  ].join('\n');
  const statuses = async (text: string) => {
    const findings = checkDraft(await readDraft(new TextEncoder().encode(text), 'undertaking.txt')).findings;
    return (id: string) => findings.find((f) => f.safeguard === id)!.status;
  };

  it('counts a ticked undertaking and not an empty box', async () => {
    const ticked = await statuses(tickForm('[x]', '[x]'));
    expect(ticked('use-restrictions')).toBe('present');
    expect(ticked('misuse-notification')).toBe('present');
    const unticked = await statuses(tickForm('[ ]', '☐'));
    expect(unticked('use-restrictions')).toBe('missing');
    expect(unticked('misuse-notification')).toBe('missing');
  });

  it('reads a statement answered by a pair of Yes/No boxes, or with its box at the end of the line', async () => {
    const notify = 'The Bureau shall notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected misuse of the System.';
    const form = (answer: string, layout: 'pair' | 'end' | 'table') => [
      'END USER UNDERTAKING', '', 'The Bureau answers each statement below.', '',
      layout === 'table' ? `| Statement | Answer |\n| --- | --- |\n| The Bureau shall pay the licence fee within 30 days. | ☒ |\n| ${notify} | ${answer} |` : `The Bureau shall pay the licence fee within 30 days. ${layout === 'pair' ? 'Yes [x] No [ ]' : '[x]'}`, '',
      layout === 'table' ? '' : `${notify} ${answer}`,
    ].join('\n');
    const status = async (answer: string, layout: 'pair' | 'end' | 'table') => {
      const findings = checkDraft(await readDraft(new TextEncoder().encode(form(answer, layout)), layout === 'table' ? 'undertaking.md' : 'undertaking.txt')).findings;
      return findings.find((f) => f.safeguard === 'misuse-notification')!.status;
    };
    expect(await status('Yes [x] No [ ]', 'pair')).toBe('present');
    expect(await status('Yes [ ] No [x]', 'pair')).toBe('missing');
    expect(await status('☐ Yes ☒ No', 'pair')).toBe('missing');
    expect(await status('Yes: ☒ No: ☐', 'pair')).toBe('present');
    expect(await status('[x]', 'end')).toBe('present');
    expect(await status('[ ]', 'end')).toBe('missing');
    expect(await status('☒', 'table')).toBe('present');
    expect(await status('☐', 'table')).toBe('missing');
  });

  it('leaves out the annex part an unticked option names, and keeps a ticked one', () => {
    const form = (hr: string, credits: string) => [
      '# Order Form', '', 'An Optional Clause applies only if the box against it below is ticked.', '',
      '| Optional Clause | Selection |', '| --- | --- |',
      `| Optional Human Rights Module (Annex 2, Part A) | ${hr} included |`,
      `| Optional Extended Service Credits (Annex 2, Part B) | ${credits} included |`, '',
      '# Annex 2: Optional Clauses', '', '## Part A – Human Rights Module', '',
      'A.1 The Customer shall notify Lumen within 72 hours of any actual or suspected misuse of the Platform.', '',
      '## Part B – Extended Service Credits', '', 'B.1 Service credits of 10% apply to each hour of unavailability.',
    ].join('\n');
    expect(statusOf(form('[x]', '[x]'), 'misuse-notification')).toBe('present');
    expect(statusOf(form('[ ]', '[x]'), 'misuse-notification')).toBe('missing');
  });

  it('reads a compliance matrix as its rows are marked: a requirement marked non-compliant binds nobody', async () => {
    const matrix = (mark: string) => [
      '# Statement of Compliance', '', 'Only requirements marked compliant form part of the Contract.', '',
      '| Ref | Requirement | Compliant (Y/N) | Comments |', '| --- | --- | --- | --- |',
      '| C1 | The Supplier shall deliver the Kits within 45 days. | Y | |',
      `| C11 | The Buyer shall notify the Supplier within 48 hours of any actual or suspected misuse of the System. | ${mark} | |`,
    ].join('\n');
    expect(statusOf(matrix('Y'), 'misuse-notification')).toBe('present');
    expect(statusOf(matrix('N'), 'misuse-notification')).toBe('missing');
    expect(statusOf(matrix('Not accepted'), 'misuse-notification')).toBe('missing');
    expect(statusOf(matrix('N/A'), 'misuse-notification')).toBe('missing');
    expect(statusOf(matrix('Not applicable'), 'misuse-notification')).toBe('missing');
  });

  it('reads a matrix marked with ticks and crosses', async () => {
    const matrix = (mark: string) => [
      '| Requirement | Accepted |', '| --- | --- |',
      '| The Supplier shall deliver the Kits within 45 days. | ✓ |',
      `| The Buyer shall notify the Supplier within 48 hours of any actual or suspected misuse of the System. | ${mark} |`,
    ].join('\n');
    expect(statusOf(matrix('✓'), 'misuse-notification')).toBe('present');
    expect(statusOf(matrix('✔'), 'misuse-notification')).toBe('present');
    expect(statusOf(matrix('✗'), 'misuse-notification')).toBe('missing');
    expect(statusOf(matrix('×'), 'misuse-notification')).toBe('missing');
  });

  it('reads a table of minimum terms as marked: a term only recommended beside mandatory ones binds nobody', async () => {
    const table = (mark: string) => [
      '| Row | Term | Status |', '| --- | --- | --- |',
      '| 1 | **No transfer.** Not sell or transfer the Product to any other body. | Mandatory |',
      `| 2 | **Training.** Ensure that examiners complete a course on human rights before first use and every two years. | ${mark} |`,
    ].join('\n');
    expect(statusOf(table('Mandatory'), 'training')).toBe('present');
    expect(statusOf(table('Recommended'), 'training')).toBe('missing');
  });
});
