// The counterparty's own DOCX handed back: a Word comment on each weak or contradicting clause,
// and each missing required safeguard's library clause proposed as a tracked insertion. The
// document is edited as XML in place (comment markers and inserted paragraphs only), so its
// formatting, numbering and styles stay exactly as the counterparty left them.
import { strFromU8, strToU8, zipSync } from 'fflate';
import type { CheckResult } from '../check/check.ts';
import type { Finding } from '../check/finding.ts';
import { InputError } from '../errors.ts';
import { SAFEGUARD_TITLES } from '../profile/vocabulary.ts';
import { PARAGRAPH } from '../read/docx.ts';
import type { Draft } from '../read/model.ts';
import { unzipBounded } from '../read/zip.ts';
import type { ProposedClause } from './proposal.ts';

const AUTHOR = 'Safeguards';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;

export function commentText(f: Finding): string {
  const what = f.status === 'contradicted' ? 'negates' : 'weakens';
  return `Safeguards: this clause ${what} "${SAFEGUARD_TITLES[f.safeguard]}" (${f.safeguard}), graded ${f.status}${f.required ? ', required for this deal' : ''}. ${f.reasons.join(' ')} Sources: ${f.sources.join(', ')}.`;
}

/** Where a proposed clause belongs: after the draft's human-rights article if it has one, else before the signatures, else at the end. */
export function insertionPoint(draft: Draft): { paragraph: number; after: boolean } | undefined {
  const blocks = draft.blocks.filter((b) => b.paragraph !== undefined);
  const article = blocks.findIndex((b) => b.isHeading && /human rights|misuse|responsible use|ethical use|safeguard/i.test(b.text));
  if (article >= 0) {
    let last = article;
    while (last + 1 < blocks.length && !(blocks[last + 1].isHeading && !blocks[last + 1].label?.includes('.'))) last++;
    return { paragraph: blocks[last].paragraph!, after: true };
  }
  const signatures = blocks.find((b) => /^(?:in witness whereof|signed (?:by|for and on behalf)|signatures?$|executed by|as witness)/i.test(b.text) || (b.isHeading && /signature|execution/i.test(b.text)));
  return signatures ? { paragraph: signatures.paragraph!, after: false } : undefined;
}

export function annotateDocx(original: Uint8Array, draft: Draft, result: CheckResult, proposal: { clauses: ProposedClause[]; definitions: string[] }, date: string): Uint8Array {
  if (draft.format !== 'docx') throw new InputError(`${draft.file}: --annotate needs a DOCX draft`);
  const files = unzipBounded(original, () => true, draft.file);
  const documentXml = strFromU8(files['word/document.xml']);
  // New annotation ids start above every id the document already uses.
  let nextId = Math.max(0, ...[...documentXml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const comments: Array<{ id: number; paragraph: number; text: string }> = [];
  for (const f of result.findings) {
    if (f.status !== 'weak' && f.status !== 'contradicted') continue;
    const paragraph = f.evidence.find((e) => e.paragraph !== undefined)?.paragraph;
    if (paragraph !== undefined) comments.push({ id: nextId++, paragraph, text: commentText(f) });
  }

  const where = insertionPoint(draft);
  const revision = () => `w:id="${nextId++}" w:author="${AUTHOR}" w:date="${date}"`;
  const insertedParagraph = (text: string, bold = false) =>
    `<w:p><w:pPr><w:rPr><w:ins ${revision()}/></w:rPr></w:pPr><w:ins ${revision()}>${run(text, bold)}</w:ins></w:p>`;
  const inserted = proposal.clauses.length === 0 ? '' : [
    insertedParagraph('Human-rights safeguards proposed by Safeguards', true),
    ...proposal.clauses.flatMap((c) => [insertedParagraph(`${c.title} (${c.safeguard})`, true), ...c.paragraphs.map((p) => insertedParagraph(p))]),
    ...(proposal.definitions.length ? [insertedParagraph('Definitions used by the proposed clauses', true), ...proposal.definitions.map((d) => insertedParagraph(d))] : []),
  ].join('');

  let index = 0;
  const body = documentXml.replace(/<w:body>([\s\S]*)<\/w:body>/, (_, inner: string) => {
    let out = inner.replace(PARAGRAPH, (p: string) => {
      const i = index++;
      let marked = p;
      for (const c of comments.filter((x) => x.paragraph === i)) {
        const open = marked.endsWith('/>') ? marked.replace(/\/>$/, '>') : marked.replace(/<\/w:p>$/, '');
        const afterPPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(open);
        const at = afterPPr ? afterPPr.index + afterPPr[0].length : open.indexOf('>') + 1;
        marked = `${open.slice(0, at)}<w:commentRangeStart w:id="${c.id}"/>${open.slice(at)}<w:commentRangeEnd w:id="${c.id}"/><w:r><w:commentReference w:id="${c.id}"/></w:r></w:p>`;
      }
      if (where && where.paragraph === i) return where.after ? marked + inserted : inserted + marked;
      return marked;
    });
    // No human-rights article and no signature block: the proposals go at the end, before the section properties.
    if (!where && inserted) out = out.replace(/(<w:sectPr\b[\s\S]*<\/w:sectPr>\s*)?$/, (sect) => inserted + sect);
    return `<w:body>${out}</w:body>`;
  });
  if (!body.includes(`xmlns:w="${W_NS}"`)) throw new InputError(`${draft.file}: the document does not use the WordprocessingML namespace; cannot annotate it`);
  files['word/document.xml'] = strToU8(body);

  if (comments.length) {
    const commentXml = comments.map((c) => `<w:comment w:id="${c.id}" w:author="${AUTHOR}" w:initials="SG" w:date="${date}"><w:p>${run(c.text)}</w:p></w:comment>`).join('');
    const existing = files['word/comments.xml'] ? strFromU8(files['word/comments.xml']) : undefined;
    files['word/comments.xml'] = strToU8(existing
      ? existing.replace(/<\/w:comments>\s*$/, `${commentXml}</w:comments>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}">${commentXml}</w:comments>`);
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = strFromU8(files[relsPath]);
    if (!rels.includes(COMMENTS_TYPE)) files[relsPath] = strToU8(rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdSafeguardsComments" Type="${COMMENTS_TYPE}" Target="comments.xml"/></Relationships>`));
    const types = strFromU8(files['[Content_Types].xml']);
    if (!types.includes('/word/comments.xml')) files['[Content_Types].xml'] = strToU8(types.replace(/<\/Types>\s*$/, `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CONTENT}"/></Types>`));
  }
  return zipSync(files);
}
