import { mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.ts';
import { loadLibrary, parseClause } from '../src/library/load.ts';
import { SAFEGUARD_IDS } from '../src/profile/vocabulary.ts';

const clause = (front: string, body = 'The {{Seller}} may act.') => `---\n${front}\n---\n\n${body}\n`;
const GOOD = 'id: x.standard\nsafeguard: training\ntitle: Training\nvariant: standard\nvariables: [Seller]\nsources: [NSO-20]';

function problemsOf(source: string): string[] {
  const result = parseClause(source, 'clauses/x.md');
  if (!Array.isArray(result)) throw new Error('expected problems');
  return result;
}

describe('clause library', () => {
  const library = loadLibrary();

  it('has at least one clause for every safeguard id in the spec', () => {
    for (const id of SAFEGUARD_IDS) expect(library.clauses.some((c) => c.safeguard === id), id).toBe(true);
  });

  it('has a standard and a strict variant for every safeguard whose strength the spec grades', () => {
    const gradedOnlyStrong = new Set(['training', 'remediation', 'misuse-disclosure']);
    for (const id of SAFEGUARD_IDS.filter((s) => !gradedOnlyStrong.has(s))) {
      const variants = new Set(library.clauses.filter((c) => c.safeguard === id).map((c) => c.variant));
      expect([...variants].sort(), id).toEqual(['standard', 'strict']);
    }
  });

  it('cites a source and has a title and text in every clause', () => {
    for (const c of [...library.clauses, ...library.definitions]) {
      expect(c.sources.length, c.file).toBeGreaterThan(0);
      expect(c.body.length, c.file).toBeGreaterThan(40);
    }
  });

  it('defines the terms the safeguard clauses rely on', () => {
    const terms = library.definitions.map((d) => d.defines);
    expect(terms).toEqual(expect.arrayContaining(['Misuse', 'Human Rights', 'Serious Crime', 'Authorized Purpose', 'Authorized End User']));
  });

  it('accepts a well-formed clause', () => {
    const result = parseClause(clause(GOOD), 'clauses/x.md');
    expect(Array.isArray(result)).toBe(false);
  });

  it('refuses an unknown safeguard id, naming the file and field', () => {
    expect(problemsOf(clause(GOOD.replace('safeguard: training', 'safeguard: trainning')))).toEqual([expect.stringMatching(/^clauses\/x\.md: safeguard: /)]);
  });

  it('refuses a clause without sources, and an unknown source key', () => {
    expect(problemsOf(clause(GOOD.replace('sources: [NSO-20]', 'sources: []')))[0]).toMatch(/sources: cite at least one source/);
    expect(problemsOf(clause(GOOD.replace('sources: [NSO-20]', 'sources: [Wikipedia]')))[0]).toMatch(/sources\[0\]/);
  });

  it('refuses a condition it cannot evaluate', () => {
    expect(problemsOf(clause(`${GOOD}\napplies-when: {tier: [extreme]}`))[0]).toMatch(/applies-when\.tier\[0\]/);
    expect(problemsOf(clause(`${GOOD}\napplies-when: {weather: [rain]}`))[0]).toMatch(/applies-when.*weather/);
  });

  it('refuses unknown, undeclared and unused variables', () => {
    expect(problemsOf(clause(GOOD.replace('[Seller]', '[Seller, Vendor]')))).toContainEqual(expect.stringMatching(/"Vendor" is not a known variable/));
    expect(problemsOf(clause(GOOD, 'The {{Seller}} and the {{Customer}} agree.'))).toContainEqual(expect.stringMatching(/uses \{\{Customer\}\} but "variables" does not declare it/));
    expect(problemsOf(clause(GOOD, 'The Supplier may act.'))).toContainEqual(expect.stringMatching(/"Seller" is declared but the text never uses it/));
  });

  it('refuses broken placeholder syntax and unguarded cross-references', () => {
    expect(problemsOf(clause(GOOD, 'The {{Seller} may act.'))[0]).toMatch(/placeholder syntax/);
    expect(problemsOf(clause(GOOD, 'The {{Seller}} may act under {{ref "audit-and-records"}}.'))[0]).toMatch(/must sit inside \{\{#if \(selected "audit-and-records"\)\}\}/);
    expect(problemsOf(clause(GOOD, 'The {{Seller}} {{#if (selected "audits")}}x{{/if}}.'))[0]).toMatch(/"audits" is not a safeguard id/);
  });

  it('refuses a file without front matter and a heading in the body', () => {
    expect(problemsOf('Just text')[0]).toMatch(/no front matter/);
    expect(problemsOf(clause(GOOD, '## Heading\n\nThe {{Seller}} may act.'))[0]).toMatch(/no headings/);
  });

  it('reports every bad file of a library at once, and duplicate ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'library-'));
    try {
      cpSync(new URL('../clauses/', import.meta.url).pathname, dir, { recursive: true });
      writeFileSync(join(dir, 'bad-one.md'), clause(GOOD.replace('variant: standard', 'variant: gentle')));
      writeFileSync(join(dir, 'bad-two.md'), clause(GOOD.replace('x.standard', 'end-use-limitation.standard')));
      let error: unknown;
      try { loadLibrary(dir); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(InputError);
      const problems = (error as InputError).problems;
      expect(problems).toContainEqual(expect.stringMatching(/bad-one\.md: variant:/));
      expect(problems).toContainEqual(expect.stringMatching(/id "end-use-limitation\.standard" is already used/));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
