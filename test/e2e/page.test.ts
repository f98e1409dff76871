// The web page end to end, in headless Chromium against the real server: the questionnaire by
// keyboard and labels, loading and saving a profile file, every document downloaded and opened,
// the severe-tier reason box, a draft's gaps with evidence, the annotated DOCX, errors placed
// where they belong, the token prompt, and a screenshot for a person to look at.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generate } from '../../src/generate.ts';
import { parseProfile } from '../../src/profile/load.ts';
import { Profile } from '../../src/profile/schema.ts';
import { docxParagraphs, docxParts } from '../helpers/docx.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { startServer, type Running } from './server.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const SCREENSHOTS = join(import.meta.dirname, '../../out/screenshots');

let server: Running;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // The server's strict Content-Security-Policy: the page must need nothing it forbids.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
});

// The page's own script must never throw, nor break the CSP, whatever the test does.
const pageErrors: string[] = [];
afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<void> {
  await page.goto(server.url);
  // The questionnaire is built from the vocabulary: wait until its choices exist.
  await page.getByLabel('Intrusion or device exploitation').waitFor();
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

async function loadProfile(file: string): Promise<void> {
  await page.getByLabel('Load a profile file (JSON or YAML)').setInputFiles(join(EXAMPLES, file));
  await expect.poll(() => page.locator('#file-status').textContent()).toContain(`Loaded ${file}`);
  await page.locator('#tier').waitFor();
}

async function downloadDocument(name: RegExp): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return download;
}

/** A checkbox or radio by its label (the label may end with the factor's weight, "(+4)"). */
function choice(label: string | RegExp) {
  if (label instanceof RegExp) return page.getByLabel(label);
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\([+-]?\\d+\\))?$`));
}

function documentText(bytes: Uint8Array): string {
  return docxParagraphs(docxParts(bytes)['word/document.xml']).join('\n');
}

describe('the web page', () => {
  it('builds a profile from the questionnaire, by keyboard and labels, and shows the tier with its reasons', async () => {
    await open();
    // The first Tab reaches the skip link, which moves focus to the questionnaire.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the questionnaire');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');

    const seller = page.getByRole('group', { name: 'Seller' });
    await seller.getByLabel('Legal name').fill('Meridian Cyber Systems Ltd');
    await seller.getByLabel('Jurisdiction of incorporation').fill('England and Wales');
    const customer = page.getByRole('group', { name: 'Customer', exact: true });
    await customer.getByLabel('Legal name').fill('National Directorate of Internal Security');
    await customer.getByLabel('Kind of customer').selectOption('government-agency');
    await customer.getByLabel('Type of agency').selectOption('security-service');
    // A country typed by name becomes its code.
    await customer.getByLabel('Country').fill('Kenya');
    await page.keyboard.press('Tab');
    await expect(customer.getByLabel('Country').inputValue()).resolves.toBe('KE');
    await page.getByLabel('Product name').fill('Kestrel');
    // Checkboxes and radios by keyboard: focus, then Space.
    for (const label of ['Intrusion or device exploitation', 'Collects personal data linked to individuals', 'Similar products have been misused', /^On premises/, 'Subscription for a term', 'No independent oversight']) {
      const box = choice(label);
      await box.focus();
      await page.keyboard.press('Space');
      await expect(box.isChecked()).resolves.toBe(true);
    }
    // Each red flag and capability carries its plain-words explanation.
    const flag = choice('No independent oversight');
    const explanation = await page.locator(`#${await flag.getAttribute('aria-describedby')}`).textContent();
    expect(explanation).toBe('nobody outside the agency authorises or reviews its surveillance');
    await page.getByLabel('What you found (no independent oversight)').fill('Warrants issued by the director general.');

    await page.getByRole('button', { name: 'Assess the risk' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#tier').waitFor();
    // The button takes the reader to the result.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('risk-title');
    // 4 intrusion + 2 agency + 2 security service + 2 on-premises + 2 oversight + 1 personal data + 2 misused products = 15: high.
    expect(await page.locator('#tier').textContent()).toBe('High riskscore 15');
    const factors = await page.locator('table.factors').textContent();
    expect(factors).toContain('No independent oversight');
    expect(factors).toContain('Warrants issued by the director general.');
    expect(await page.locator('.tier-reasons').textContent()).toContain('The factors add up to 15');
    expect(await page.locator('#gate').count()).toBe(0);
  });

  it("offers every choice the server's vocabulary lists, each explained, and no other", async () => {
    await open();
    const vocabulary = await (await fetch(`${server.url}/api/vocabulary`)).json() as Record<string, Array<{ id?: string; code?: string } | string>>;
    const ids = (list: string) => vocabulary[list].map((c) => (typeof c === 'string' ? c : c.id ?? c.code));
    const values = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(await values('input[name="product.types"]')).toEqual(ids('productTypes'));
    expect(await values('input[name="product.capabilities"]')).toEqual(ids('capabilityFactors'));
    expect(await values('input[name="redFlags"]')).toEqual(ids('redFlags'));
    expect(await values('input[name="channel"]')).toEqual(ids('channels'));
    expect(await values('input[name="deployment"]')).toEqual(ids('deployments'));
    expect(await values('input[name="licensing"]')).toEqual(ids('licensing'));
    expect(await values('input[name="weighing.leverage"]')).toEqual(ids('levels'));
    expect((await values('select[name="customer.kind"] option')).filter(Boolean)).toEqual(ids('customerKinds'));
    expect((await values('select[name="customer.agencyType"] option')).filter(Boolean)).toEqual(ids('agencyTypes'));
    expect(await page.locator('#countries option').count()).toBe(vocabulary.countries.length);
    expect(await page.locator('button[data-document]').evaluateAll((els) => els.map((el) => el.getAttribute('data-document')))).toEqual(ids('documentKinds'));
    // Every product type, capability factor and red flag carries its plain-words explanation.
    const unexplained = await page.locator('input[name="product.types"], input[name="product.capabilities"], input[name="redFlags"]').evaluateAll((els) =>
      els.filter((el) => !document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent?.trim()).map((el) => (el as HTMLInputElement).value));
    expect(unexplained).toEqual([]);
    // Red flags are grouped as the guidance groups them.
    expect(await page.locator('#red-flags legend').allTextContents()).toEqual(['The end user', "The country's legal framework", 'Stakeholders and diversion']);
  });

  it('loads an example profile file and saves it back unchanged', async () => {
    await open();
    await loadProfile('high-risk-intrusion.yaml');
    expect(await page.getByRole('group', { name: 'Seller' }).getByLabel('Legal name').inputValue()).toBe('Meridian Cyber Systems Ltd');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the profile as JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('national-directorate-of-internal-security.profile.json');
    const saved = JSON.parse(new TextDecoder().decode(await bytesOf(download)));
    const original = parseYaml(readFileSync(join(EXAMPLES, 'high-risk-intrusion.yaml'), 'utf8'));
    expect(Profile.parse(saved)).toEqual(Profile.parse(original));
    // The saved file says no more than the lawyer stated (no empty optional fields).
    expect(saved.endUser).toBeUndefined();
    expect(saved.date).toBeUndefined();

    // A file that is not a profile is refused with the reason, and the form is left as it was.
    await page.getByLabel('Load a profile file (JSON or YAML)').setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('seller: [unclosed\n') });
    await expect.poll(() => page.locator('#file-status').textContent()).toContain('broken.yaml is not valid YAML or JSON');
    expect(await page.locator('#file-status').getAttribute('role')).toBe('alert');
    expect(await page.getByRole('group', { name: 'Seller' }).getByLabel('Legal name').inputValue()).toBe('Meridian Cyber Systems Ltd');
    // A file with a field the form does not know says which.
    await page.getByLabel('Load a profile file (JSON or YAML)').setInputFiles({ name: 'extra.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...original, sellerr: 'x' })) });
    await expect.poll(() => page.locator('#file-status').textContent()).toContain('unknown field "sellerr" left out');
  });

  it('downloads the licence, rider, reseller agreement, EULA and memo as Word files', async () => {
    await open();
    await loadProfile('reseller-unknown-end-users.yaml');
    const titles: Record<string, RegExp> = {
      licence: /licence and services agreement/i,
      rider: /human-rights rider/i,
      reseller: /reseller agreement/i,
      eula: /end-user licence agreement/i,
      memo: /rationale memo/i,
    };
    const headings: Record<string, string> = {
      licence: 'Licence and Services Agreement', rider: 'Human Rights Rider', reseller: 'Reseller Agreement', eula: 'End User Licence Agreement', memo: 'Rationale Memorandum',
    };
    for (const [kind, button] of Object.entries(titles)) {
      const download = await downloadDocument(button);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const text = documentText(await bytesOf(download));
      expect(text, kind).toContain(headings[kind]);
      expect(text, kind).toContain('Gulfline Technology Distribution FZ-LLC');
      expect(text, kind).toContain('Northwind Locate');
      expect(await page.locator('#documents-status').textContent()).toContain(`Downloaded ${download.suggestedFilename()}`);
    }
  });

  it('a severe deal asks for a reason, then drafts the memo that records it', async () => {
    await open();
    await loadProfile('severe-biometric-registry.yaml');
    expect(await page.locator('#tier').textContent()).toContain('Severe risk');
    expect(await page.locator('#gate').textContent()).toContain('Do not proceed unless the risk is mitigated');
    const reason = page.getByLabel('Reason for proceeding despite the severe risk');
    expect(await reason.isVisible()).toBe(true);

    // Without a reason the server refuses (422) and the page says why, with focus on the box.
    await page.getByRole('button', { name: /rationale memo/i }).click();
    const status = page.locator('#documents-status');
    await expect.poll(() => status.getAttribute('role')).toBe('alert');
    expect(await status.textContent()).toMatch(/severe/i);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('accept-risk');

    await reason.fill("Proceeding under the board's mitigation plan of 3 Dec 2026");
    const download = await downloadDocument(/rationale memo/i);
    expect(documentText(await bytesOf(download))).toContain("the board's mitigation plan of 3 Dec 2026");
  });

  it('places a validation error at the field it names, with an alert for the whole', async () => {
    await open();
    await loadProfile('high-risk-intrusion.yaml');
    const country = page.getByRole('group', { name: 'Customer', exact: true }).getByLabel('Country');
    await country.fill('XX');
    await page.getByRole('button', { name: 'Assess the risk' }).click();
    const error = page.locator('[data-path="customer.country"] ~ .field-error, .field:has([data-path="customer.country"]) .field-error');
    await error.first().waitFor();
    expect(await error.first().textContent()).toContain('"XX" is not an ISO 3166-1 alpha-2 country code');
    expect(await country.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await country.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain(await error.first().getAttribute('id'));
    expect(await page.locator('#deal-status').getAttribute('role')).toBe('alert');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('customer.country');

    // Correcting it clears the error on the next assessment.
    await country.fill('KE');
    await page.getByRole('button', { name: 'Assess the risk' }).click();
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);
    expect(await country.getAttribute('aria-invalid')).toBeNull();
  });

  it('checks an uploaded draft: gaps first, each with its clause and quoted evidence; then the annotated DOCX', async () => {
    await open();
    await loadProfile('high-risk-intrusion.yaml');
    // A corpus draft in Markdown: weak clauses carry the clause number, heading and quote.
    await page.getByLabel('Draft file (DOCX, PDF, Markdown or text)').setInputFiles(join(import.meta.dirname, '../corpus/dev/a01-intrusion-platform-licence.md'));
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.locator('#verdict').waitFor();
    expect(await page.locator('#verdict').textContent()).toMatch(/required safeguards? (is|are) missing, weak or contradicted/);
    const statuses = await page.locator('#gaps > li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-status'), li.querySelector('.required-mark') !== null]));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every(([s]) => s !== 'present')).toBe(true);
    // Required gaps come before the others.
    const firstOptional = statuses.findIndex(([, required]) => !required);
    if (firstOptional >= 0) expect(statuses.slice(firstOptional).every(([, required]) => !required)).toBe(true);
    const weak = page.locator('#gaps > li[data-status="weak"]').first();
    expect(await weak.locator('figcaption').first().textContent()).toMatch(/^Clause \d+(\.\d+)*/);
    expect((await weak.locator('blockquote').first().textContent())!.length).toBeGreaterThan(20);
    // What is present is collapsed.
    expect(await page.locator('#present').getAttribute('open')).toBeNull();

    // A generated licence with the grievance clause taken out, as a counterparty might send it back.
    const generated = await generate(parseProfile(readFileSync(join(EXAMPLES, 'high-risk-intrusion.yaml'), 'utf8')), { document: 'licence', format: 'docx' });
    const files = unzipSync(generated.bytes);
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace(/<w:p[ >](?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g, (p) => (/grievance|whistle|retaliat/i.test(p.replace(/<[^>]+>/g, '')) ? '' : p)));
    const draft = { name: 'counterparty-licence.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(zipSync(files)) };
    await page.getByLabel('Draft file (DOCX, PDF, Markdown or text)').setInputFiles(draft);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await expect.poll(() => page.locator('#findings-title').textContent()).toContain('counterparty-licence.docx');
    const first = page.locator('#gaps > li').first();
    expect(await first.getAttribute('data-safeguard')).toBe('grievance-mechanism');
    expect(await first.locator('.required-mark').count()).toBe(1);

    const annotate = page.getByRole('button', { name: 'Download the annotated DOCX' });
    expect(await annotate.isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), annotate.click()]);
    const parts = docxParts(await bytesOf(download));
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(parts['word/document.xml']).toMatch(/<w:ins |<w:commentRangeStart /);
  });

  it('says clearly when an upload cannot be read', async () => {
    await open();
    const hostile = { name: 'contract.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\u0003\u0004 this is not really a zip archive') };
    await page.getByLabel('Draft file (DOCX, PDF, Markdown or text)').setInputFiles(hostile);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    const status = page.locator('#check-status');
    await expect.poll(() => status.getAttribute('role')).toBe('alert');
    const message = (await status.textContent())!;
    expect(message).toMatch(/contract\.docx|DOCX|Word|read/i);
    expect(message).not.toMatch(/stack|TypeError|at .*\.ts:\d+/);

    // A draft dropped on the box is taken like a chosen one.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['# Licence\n\n1. The Customer shall use the System lawfully.\n'], 'dropped.md', { type: 'text/markdown' }));
      return transfer;
    });
    await page.locator('#dropzone').dispatchEvent('drop', { dataTransfer });
    expect(await status.textContent()).toContain('dropped.md chosen');
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await expect.poll(() => page.locator('#findings-title').textContent()).toContain('dropped.md');

    // A file of a kind the checker does not read is refused with what it does read.
    await page.getByLabel('Draft file (DOCX, PDF, Markdown or text)').setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\u0090\u0000') });
    expect(await status.textContent()).toContain('choose a Word (.docx), PDF, Markdown (.md) or text (.txt) file');
    // ...and not sent.
    await page.getByRole('button', { name: 'Check the draft' }).click();
    expect(await status.textContent()).toContain('tool.exe is not a draft the checker reads');
    expect(await page.locator('#findings-title').textContent()).not.toContain('tool.exe');

    // A draft over the limit is refused before it is uploaded, with its size and the limit.
    // (From disk: the browser reads a local file directly, where a buffer would be copied over the wire.)
    const big = join(mkdtempSync(join(tmpdir(), 'safeguards-e2e-')), 'bundle.txt');
    writeFileSync(big, Buffer.alloc(26 * 1024 * 1024, 0x61));
    await page.getByLabel('Draft file (DOCX, PDF, Markdown or text)').setInputFiles(big);
    expect(await status.textContent()).toMatch(/bundle\.txt is 26\.0 MiB: over the 25 MiB limit/);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    expect(await page.locator('#findings-title').textContent()).not.toContain('bundle.txt');
    rmSync(join(big, '..'), { recursive: true, force: true });
  });

  it('takes a screenshot of the page with a deal assessed and a draft checked', async () => {
    await open();
    await loadProfile('high-risk-intrusion.yaml');
    await page.getByLabel('Draft file (DOCX, PDF, Markdown or text)').setInputFiles(join(import.meta.dirname, '../corpus/dev/a01-intrusion-platform-licence.md'));
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await page.locator('#verdict').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'page.png'), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'page-laptop.png') });
  });
});

describe('the web page when the server goes away', () => {
  it('says the server cannot be reached', async () => {
    const gone = await startServer();
    const lonely = await browser.context.newPage();
    try {
      await lonely.goto(gone.url);
      await lonely.getByLabel('Intrusion or device exploitation').waitFor();
      await gone.close();
      await lonely.getByRole('button', { name: 'Assess the risk' }).click();
      await expect.poll(() => lonely.locator('#risk-status').textContent()).toContain('Could not reach the server');
      expect(await lonely.locator('#risk-status').getAttribute('role')).toBe('alert');
    } finally {
      await lonely.close();
    }
  });
});

describe('the web page on a server that requires a token', () => {
  let tokenServer: Running;
  let tokenPage: Page;
  beforeAll(async () => {
    tokenServer = await startServer({ token: 'correct-horse-battery-staple' });
    tokenPage = await browser.context.newPage();
  });
  afterAll(async () => {
    await tokenPage?.close();
    await tokenServer?.close();
  });

  it('asks for the token, says when it is wrong, then keeps it for the session', async () => {
    await tokenPage.goto(tokenServer.url);
    await tokenPage.getByLabel('Intrusion or device exploitation').waitFor();
    const field = tokenPage.getByLabel('API token');
    expect(await field.isVisible()).toBe(false);
    await tokenPage.getByLabel('Load a profile file (JSON or YAML)').setInputFiles(join(EXAMPLES, 'high-risk-intrusion.yaml'));

    await field.waitFor();
    expect(await field.getAttribute('type')).toBe('password');
    await expect.poll(() => tokenPage.evaluate(() => document.activeElement?.id)).toBe('token-input');
    await field.fill('wrong-token');
    await tokenPage.keyboard.press('Enter');
    await expect.poll(() => tokenPage.locator('#token-status').textContent()).toContain('did not accept that token');

    await field.fill('correct-horse-battery-staple');
    await tokenPage.getByRole('button', { name: 'Use this token' }).click();
    await tokenPage.locator('#tier').waitFor();
    expect(await tokenPage.locator('#tier').textContent()).toContain('High risk');
    expect(await tokenPage.evaluate(() => sessionStorage.getItem('safeguards.token'))).toBe('correct-horse-battery-staple');
    expect(await field.isVisible()).toBe(false);

    // Cancelling the prompt gives a clear message instead of a hang.
    await tokenPage.evaluate(() => sessionStorage.clear());
    await tokenPage.getByRole('button', { name: 'Assess the risk' }).click();
    await field.waitFor();
    await tokenPage.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => tokenPage.locator('#risk-status').textContent()).toContain('requires an API token');
  });
});
