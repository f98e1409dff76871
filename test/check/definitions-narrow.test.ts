// Definitions are where a safeguard is most often cut down out of sight (spec: "Definitions are the most common hidden
// weakener"): the clause reads strongly, but the term it relies on waits for someone else's finding, or reads human
// rights through the customer's own law.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readMarkdown } from '../../src/read/markdown.ts';

const statusOf = (markdown: string, id: string) =>
  checkDraft(buildDraft('draft.md', 'markdown', readMarkdown(markdown))).findings.find((f) => f.safeguard === id)!.status;

const LICENCE = `# Licence Agreement

This Licence Agreement is made between Halberd Analytics Ltd, a company registered in England (the "Supplier"), and the National Police Directorate of the Republic of Veloria (the "Customer").

## 1. Definitions

1.1 "Misuse" means any use of the System in breach of this Agreement or of international human rights law, including any use against journalists, human-rights defenders or political opponents.

1.2 "Credible Complaint" means any report of suspected Misuse, from any source, that the Supplier considers in good faith to warrant investigation.

1.3 "Serious Crime" means conduct punishable by at least four years' imprisonment that is also recognised as serious crime under international standards.

1.4 "Human Rights" means the rights set out in the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights.

1.5 "Lawful Authorisation" means a warrant issued in advance by an independent judge, on a finding that the measure is necessary and proportionate.

## 2. Licence and Use

2.1 The Supplier grants the Customer a non-exclusive, non-transferable licence to use the System solely by the Customer's Criminal Investigations Department for the investigation of Serious Crime, in its own operations.

2.2 The Customer shall not use the System against any person for exercising freedom of expression, assembly or association, shall not target journalists, human-rights defenders, lawyers or political opponents, and shall not carry out bulk or untargeted surveillance.

2.3 The Customer shall use the System in compliance with Human Rights and represents that it respects Human Rights.

2.4 Each use of the System shall be covered by a Lawful Authorisation obtained before that use.

## 3. Misuse

3.1 The Supplier may suspend or remotely disable the System immediately, without notice, upon a Credible Complaint or where it suspects Misuse, and the suspension shall continue until its investigation is complete.

3.2 The Supplier may terminate this Agreement with immediate effect by notice if it determines, in its sole discretion, that Misuse has occurred.

3.3 The Customer shall notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected Misuse.

## 4. General

4.2 This Agreement is governed by the laws of England.

## 5. Signatures
`;
/** The licence with one definition (by its opening words) given another meaning. */
const redefined = (opening: string, meaning: string) => {
  const start = LICENCE.indexOf(opening);
  if (start < 0) throw new Error(`no definition opening "${opening}"`);
  return LICENCE.slice(0, start) + meaning + LICENCE.slice(LICENCE.indexOf('\n', start));
};

describe('a definition that cuts down the safeguards relying on it', () => {
  it('grades the licence as drafted present', () => {
    for (const id of ['suspension-remote-disable', 'termination-for-misuse', 'human-rights-compliance']) expect(statusOf(LICENCE, id), id).toBe('present');
  });

  const narrowed: Array<[string, string, string[]]> = [
    ['"Misuse" means', '"Misuse" means any use of the System that a court of the Republic has finally determined to be unlawful under the laws of the Republic.', ['suspension-remote-disable', 'termination-for-misuse']],
    ['"Misuse" means', '"Misuse" means any use of the System in breach of this Agreement, as established by a final arbitral award.', ['suspension-remote-disable', 'termination-for-misuse']],
    ['"Misuse" means', "\"Misuse\" means any use of the System that the Customer's Inspector General has found to be unlawful.", ['suspension-remote-disable', 'termination-for-misuse']],
    ['"Credible Complaint" means', '"Credible Complaint" means a complaint that the Customer has investigated and confirmed in writing to be well founded.', ['suspension-remote-disable']],
    ['"Human Rights" means', '"Human Rights" means the rights guaranteed to citizens by the Constitution of the Republic, as interpreted by its courts.', ['human-rights-compliance']],
  ];
  for (const [opening, meaning, ids] of narrowed) {
    it(`weak: ${meaning}`, () => {
      for (const id of ids) expect(statusOf(redefined(opening, meaning), id), id).toBe('weak');
    });
  }

  const kept: Array<[string, string, string[]]> = [
    // The seller's own finding is what the safeguard wants.
    ['"Misuse" means', '"Misuse" means any use of the System that the Supplier determines, acting in good faith, to breach this Agreement or international human rights law, including any use against journalists.', ['suspension-remote-disable', 'termination-for-misuse']],
    ['"Credible Complaint" means', '"Credible Complaint" means any report of suspected Misuse, from any source and whether or not confirmed by the Customer, that the Supplier considers worth investigating.', ['suspension-remote-disable']],
    // National law beside the international instruments does not replace them.
    ['"Human Rights" means', '"Human Rights" means the rights set out in the International Covenant on Civil and Political Rights and the Universal Declaration of Human Rights, and those guaranteed by the Constitution of the Republic.', ['human-rights-compliance']],
  ];
  for (const [opening, meaning, ids] of kept) {
    it(`present: ${meaning}`, () => {
      for (const id of ids) expect(statusOf(redefined(opening, meaning), id), id).toBe('present');
    });
  }
});

// The data a clause protects defined to leave out the data the product collects: the clause protects nothing it collects.
describe('a data term defined to leave out what the product collects', () => {
  const draft = (meaning: string) => `# Licence Agreement

This Agreement is made between Castellan Systems Inc. (the "Company") and the Metropolitan Security Command (the "Customer").

## 1. Definitions

${meaning}

## 10. Data Protection

10.1 The Customer shall process Protected Data only for the investigation for which it was obtained, by analysts assigned to it, and shall collect no more than is necessary.

10.2 The Customer shall store Protected Data encrypted and delete it no later than twelve months after collection.

10.3 The Customer shall not disclose Protected Data to any third party or foreign government without judicial authorisation.`;
  it('contradicted when the definition leaves out the collected data', () => {
    expect(statusOf(draft('"Protected Data" means personal data processed by the Customer in operating the System, but does not include intercepted communications, location records or any other data acquired through the System\'s collection functions.'), 'data-protection')).toBe('contradicted');
    expect(statusOf(draft('"Protected Data" means all data the Customer holds, excluding location data and biometric templates.'), 'data-protection')).toBe('contradicted');
  });
  it('not when what is left out is something else', () => {
    expect(statusOf(draft('"Protected Data" means all content, metadata and location data acquired by means of the System, but does not include the Customer\'s own payroll records.'), 'data-protection')).not.toBe('contradicted');
  });
});

// Users or purposes defined as whatever the customer designates empty the clause that relies on them.
describe('a user or purpose term defined as whatever the customer designates', () => {
  const terms = (definitions: string) => `# Service Terms

These terms are between Cirrane Insight Ltd ("we") and the National Cyber Directorate ("you").

**1. Definitions**

${definitions}

**4. How you may use the Service**

4.1 You may use the Service only for an Authorised Purpose and only through Authorised Users, within your own operations.

4.2 You shall not sell, sublicense, lend, transfer or share the Service or access to it, and shall not modify or reverse engineer it.`;
  it('negates the end-use limit or the bar on transfer', () => {
    expect(statusOf(terms('"Authorised Purpose" means any purpose which you, in your sole discretion, consider to be in the interest of the State.'), 'end-use-limitation')).toBe('contradicted');
    expect(statusOf(terms('"Authorised User" means any person, body or company, public or private and in any country, including any foreign government, whom you designate from time to time.'), 'no-transfer')).toBe('contradicted');
  });
  it('not where the users are the customer\'s own staff it designates', () => {
    expect(statusOf(terms('"Authorised User" means any officer of the National Cyber Directorate whom you designate in writing.'), 'no-transfer')).not.toBe('contradicted');
  });
});
