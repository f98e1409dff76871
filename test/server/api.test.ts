// The HTTP API over a real listening server: each endpoint's answers and its refusals.
import { unzipSync, strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFEGUARD_IDS } from '../../src/profile/vocabulary.ts';
import { exampleData, form, postForm, postJson, testServer } from './helpers.ts';

let server: Awaited<ReturnType<typeof testServer>>;
let url: string;
let generatedDocx: Uint8Array;
let expansionBomb: Uint8Array;

beforeAll(async () => {
  // Built before any connection opens: compressing it blocks this thread for seconds, and a
  // keep-alive connection left idle meanwhile may be closed under the next request.
  expansionBomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(210 * 1024 * 1024).fill(32) }, { level: 9 });
  server = await testServer();
  url = server.url;
  const res = await postJson(`${url}/api/generate`, { profile: exampleData('high-risk-intrusion'), document: 'licence' });
  generatedDocx = new Uint8Array(await res.arrayBuffer());
});
afterAll(() => server.close());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MARKDOWN_DRAFT = '# Licence\n\n## 1. Termination\n\n1.1 The Licensor may terminate this Agreement immediately upon any misuse of the Software.\n';

describe('health, vocabulary, clauses, openapi', () => {
  it('answers health with the version and the checks in flight', async () => {
    const res = await fetch(`${url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', version: '0.1.0', checksInFlight: 0 });
  });

  it('gives the questionnaire its choices from the engine\'s lists', async () => {
    const words = await (await fetch(`${url}/api/vocabulary`)).json();
    expect(words.safeguards.map((s: { id: string }) => s.id)).toEqual([...SAFEGUARD_IDS]);
    expect(words.countries).toContainEqual({ code: 'KE', name: 'Kenya' });
    expect(words.countries.some((c: { code: string }) => c.code === 'UK' || c.code === 'EU')).toBe(false);
    expect(words.redFlags.find((f: { id: string }) => f.id === 'ongoing-conflict')).toMatchObject({ group: 'end-user', explanation: expect.stringMatching(/civilians/) });
    expect(words.customerKinds).toContain('government-agency');
  });

  it('lists the clause library with versions', async () => {
    const { clauses, definitions } = await (await fetch(`${url}/api/clauses`)).json();
    expect(clauses.length).toBeGreaterThan(SAFEGUARD_IDS.length - 1);
    expect(clauses[0]).toMatchObject({ id: expect.any(String), safeguard: expect.any(String), version: expect.any(Number), sources: expect.any(Array) });
    expect(definitions.length).toBeGreaterThan(0);
  });

  it('describes itself in OpenAPI 3.1 with the schemas it validates with', async () => {
    const doc = await (await fetch(`${url}/api/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/assess', '/api/generate', '/api/check', '/api/clauses', '/api/history', '/api/health']));
    expect(doc.components.schemas.Profile.properties.customer.properties.kind.enum).toContain('government-agency');
    expect(doc.paths['/api/check'].post.requestBody.content['multipart/form-data']).toBeDefined();
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await fetch(`${url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/No such API endpoint/);
  });
});

describe('assess and generate', () => {
  it('assesses a profile as the CLI does', async () => {
    const res = await postJson(`${url}/api/assess`, { profile: exampleData('high-risk-intrusion') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ schema: 'safeguards.assess/1', tier: 'high', gate: false });
  });

  it('names the field of a bad profile', async () => {
    const profile = { ...exampleData('high-risk-intrusion'), customer: { ...exampleData('high-risk-intrusion').customer, country: 'Narnia' } };
    const res = await postJson(`${url}/api/assess`, { profile });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.issues).toEqual([{ path: 'profile.customer.country', message: expect.stringMatching(/not an ISO 3166-1/) }]);
    expect(body.error).toMatch(/profile\.customer\.country/);
  });

  it('refuses a body that is not JSON, naming the problem', async () => {
    const res = await fetch(`${url}/api/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile": ' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/not valid JSON/);
  });

  it('generates a Word document with its tier and file name', async () => {
    const res = await postJson(`${url}/api/generate`, { profile: exampleData('high-risk-intrusion'), document: 'licence' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('x-safeguards-tier')).toBe('high');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="national-directorate-of-internal-security\.licence\.docx"/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(new TextDecoder().decode(files['word/document.xml'])).toMatch(/terminat/i);
  });

  it('generates Markdown when asked', async () => {
    const res = await postJson(`${url}/api/generate`, { profile: exampleData('reseller-unknown-end-users'), document: 'eula', format: 'md' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await res.text()).toMatch(/^# End User Licence Agreement/m);
  });

  it('refuses a severe deal without acceptRisk (422) and generates it with one', async () => {
    const profile = exampleData('severe-biometric-registry');
    const refused = await postJson(`${url}/api/generate`, { profile, document: 'memo' });
    expect(refused.status).toBe(422);
    const refusal = await refused.json();
    expect(refusal.error).toMatch(/risk tier is severe.*acceptRisk/);
    expect(refusal.error).not.toMatch(/--accept-risk/);
    expect(refusal.issues[0].path).toBe('acceptRisk');
    const accepted = await postJson(`${url}/api/generate`, { profile, document: 'memo', acceptRisk: 'Board mitigation plan of 3 Dec 2026' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('x-safeguards-tier')).toBe('severe');
  });

  it('names profile.reseller when a reseller agreement has no reseller', async () => {
    const res = await postJson(`${url}/api/generate`, { profile: exampleData('high-risk-intrusion'), document: 'reseller' });
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].path).toBe('profile.reseller');
  });

  it('names a missing or unknown document kind', async () => {
    const res = await postJson(`${url}/api/generate`, { profile: exampleData('high-risk-intrusion'), document: 'novel' });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toBe('document');
  });
});

describe('check', () => {
  it('checks a DOCX draft and returns the findings as the CLI prints them', async () => {
    const res = await postForm(`${url}/api/check`, form([{ name: 'deal.docx', bytes: generatedDocx }]));
    expect(res.status).toBe(200);
    const findings = await res.json();
    expect(findings).toMatchObject({ schema: 'safeguards.check/1', file: 'deal.docx', format: 'docx', requiredBy: 'high-risk default' });
    expect(findings.findings.map((f: { safeguard: string }) => f.safeguard)).toEqual([...SAFEGUARD_IDS]);
    expect(findings.findings.find((f: { safeguard: string }) => f.safeguard === 'termination-for-misuse').status).toBe('present');
  });

  it('checks Markdown and text drafts, with the profile deciding what is required', async () => {
    const profile = JSON.stringify(exampleData('low-risk-analytics-cloud'));
    const md = await (await postForm(`${url}/api/check`, form([{ name: 'draft.md', bytes: MARKDOWN_DRAFT }], { profile }))).json();
    expect(md).toMatchObject({ format: 'markdown', requiredBy: 'profile' });
    const txt = await postForm(`${url}/api/check`, form([{ name: 'draft.txt', bytes: 'The Licensor may terminate this Agreement upon any misuse.' }]));
    expect(txt.status).toBe(200);
    expect((await txt.json()).format).toBe('text');
  });

  it('hands back the DOCX annotated', async () => {
    const gappy = await (await postJson(`${url}/api/generate`, { profile: exampleData('low-risk-analytics-cloud'), document: 'licence' })).arrayBuffer();
    const res = await postForm(`${url}/api/check`, form([{ name: 'theirs.docx', bytes: new Uint8Array(gappy) }], { output: 'annotated' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toMatch(/filename="theirs\.reviewed\.docx"/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(files['word/document.xml']).toBeDefined();
  });

  it('refuses annotated output for a draft that is not a DOCX, naming output', async () => {
    const res = await postForm(`${url}/api/check`, form([{ name: 'draft.md', bytes: MARKDOWN_DRAFT }], { output: 'annotated' }));
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toBe('output');
  });

  it('names the profile field that is wrong', async () => {
    const profile = JSON.stringify({ ...exampleData('high-risk-intrusion'), deployment: 'basement' });
    const res = await postForm(`${url}/api/check`, form([{ name: 'draft.md', bytes: MARKDOWN_DRAFT }], { profile }));
    expect(res.status).toBe(400);
    expect((await res.json()).issues.map((i: { path: string }) => i.path)).toEqual(['profile.deployment']);
  });

  it('names an unknown output and an unknown field', async () => {
    const res = await postForm(`${url}/api/check`, form([{ name: 'draft.md', bytes: MARKDOWN_DRAFT }], { output: 'pdf' }));
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toBe('output');
    const extra = await postForm(`${url}/api/check`, form([{ name: 'draft.md', bytes: MARKDOWN_DRAFT }], { colour: 'red' }));
    expect(extra.status).toBe(400);
    expect((await extra.json()).error).toMatch(/colour/);
  });

  it('asks for the draft when the file field is missing, and refuses two files', async () => {
    const none = await postForm(`${url}/api/check`, form([], { output: 'findings' }));
    expect(none.status).toBe(400);
    expect((await none.json()).issues[0].path).toBe('draft');
    const two = await postForm(`${url}/api/check`, form([{ name: 'a.md', bytes: MARKDOWN_DRAFT }, { name: 'b.md', bytes: MARKDOWN_DRAFT }]));
    expect(two.status).toBe(400);
    expect((await two.json()).error).toMatch(/exactly one draft/);
    const wrongField = await postForm(`${url}/api/check`, form([{ field: 'file', name: 'a.md', bytes: MARKDOWN_DRAFT }]));
    expect(wrongField.status).toBe(400);
    expect((await wrongField.json()).error).toMatch(/field "draft"/);
  });

  it('refuses a request that is not multipart (415)', async () => {
    const res = await postJson(`${url}/api/check`, { draft: 'text' });
    expect(res.status).toBe(415);
  });

  it('refuses a file of another kind by its name (415), whatever its bytes', async () => {
    for (const name of ['setup.exe', 'figures.XLSX']) {
      const res = await postForm(`${url}/api/check`, form([{ name, bytes: MARKDOWN_DRAFT }]));
      expect(res.status).toBe(415);
      expect((await res.json()).issues[0].path).toBe('draft');
    }
    const plain = await postForm(`${url}/api/check`, form([{ name: 'Draft v3.TXT', bytes: MARKDOWN_DRAFT }]));
    expect(plain.status).toBe(200);
  });
});

describe('hostile uploads over HTTP', () => {
  const refusal = async (name: string, bytes: Uint8Array) => {
    const res = await postForm(`${url}/api/check`, form([{ name, bytes }]));
    return { status: res.status, body: await res.json() };
  };

  it('refuses a file that is not a DOCX, with the engine\'s message', async () => {
    expect(await refusal('draft.docx', strToU8('just text pretending'))).toEqual({ status: 400, body: { error: expect.stringMatching(/^draft\.docx: named \.docx but not a DOCX/) } });
    expect((await refusal('blob', new Uint8Array([0, 1, 2, 0, 0, 255, 254, 0]))).body.error).toMatch(/not a DOCX, PDF, Markdown or text file/);
  });

  it('refuses zip bombs: entity expansion, too many entries, too much expansion', async () => {
    const doc = (body: string, prolog = '') => strToU8(`<?xml version="1.0"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const laughs = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': doc('<w:p><w:r><w:t>&b;</w:t></w:r></w:p>', '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>') });
    expect((await refusal('laughs.docx', laughs)).body.error).toMatch(/DTD or entities; refused/);
    const many: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': doc('') };
    for (let i = 0; i < 5001; i++) many[`junk/${i}.xml`] = strToU8('x');
    expect((await refusal('many.docx', zipSync(many, { level: 0 }))).body.error).toMatch(/more than \d+ entries/);
    const bomb = expansionBomb;
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const refused = await refusal('bomb.docx', bomb);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/zip bomb/);
  });

  it('refuses a draft over 25 MiB with 413, and still answers afterwards', async () => {
    const res = await postForm(`${url}/api/check`, form([{ name: 'huge.txt', bytes: new Uint8Array(25 * 1024 * 1024 + 1).fill(97) }]));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/25 MiB/);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });

  it('refuses a malformed multipart body with 400', async () => {
    const res = await fetch(`${url}/api/check`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XYZ' }, body: '--XYZ\r\nContent-Disposition: form-data; name="draft"; filename="a.md"\r\n\r\nunterminated' });
    expect(res.status).toBe(400);
  });
});

describe('content types', () => {
  it('refuses assess and generate bodies that are not JSON (415)', async () => {
    const res = await fetch(`${url}/api/assess`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'profile' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/JSON/);
  });
});
