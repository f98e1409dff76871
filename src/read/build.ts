// From raw blocks (any format) to the draft model: full labels, headings, schedules,
// sentences and defined terms. Pure; the readers only find paragraphs and their numbers.
import type { Block, DefinedTerm, Draft, DraftFormat, RawBlock, Sentence } from './model.ts';
import { AMBIGUOUS_TERM, findParties, findPartyNames, isSellerWord } from './parties.ts';
import { escapeRegExp } from '../regexp.ts';
import { ORDINAL_WORD, ordinalValue, romanValue } from './ordinals.ts';

// A typed clause number at the start of a paragraph: "12.", "12.3", "12.3(b)", "(b)", "(iv)",
// "Article 5", "Section 5.2", "Clause 7", "A.".
// (General Conditions of Contract number theirs "GC 12" or "GCC 12.1", Special Conditions "SC 14.1" or "SCC 18.1".)
// (An exhibit's paragraphs are "B-5", "A-1.2".)
// (Clauses inserted later by amendment carry a letter: "6A.6", "12B.1(a)", "3.2A". List items may be typed "a)".)
// (An annex's paragraphs may carry its letter before a run-in title: "H9 Audit. The Purchaser shall ...".)
// (An article's paragraph may close with a stop: "Article 9(1). The Ministry shall ...".)
const TYPED_NUMBER = /^\s*((?:(?:Article|Section|Clause|Condition|ARTICLE|SECTION|CLAUSE|CONDITION|GCC?|SCC?)\s+)?(?:\d+(?:\.\d+)*\.?(?:\s*\((?:[a-z]{1,4}|\d{1,3})\))*(?:(?<=\))\.)?|\d+[A-Z](?:\.\d+)+\.?(?:\s*\((?:[a-z]{1,4}|\d{1,3})\))*|\d+(?:\.\d+)+[A-Z](?=\s)|[A-Z]\d{1,2}(?:\.\d+)?(?=\s+[A-Z][\w ,'-]{2,60}\.(?:\s|$))|[A-Z]{1,2}\d+(?:\.\d+)+\.?|[A-Z]{1,2}\d+\.|[A-Z]{1,2}-\d+(?:\.\d+)*\.?(?=\s+[A-Z(])|[A-Z]{1,2}\.\d+(?:\.\d+)*\.?(?=\s+[A-Z(])|\([a-z]{1,4}\)|\([A-Z]\)|[a-z]\)(?=\s)|[A-Z]\.))(?:\s+(?=\S)|(?<=^\s*(?:Article|Section|Clause|ARTICLE|SECTION|CLAUSE)\s+\d+(?:\.\d+)*)(?=[:\u2013\u2014-]\s))/;
// (An unnumbered "ANNEX – END USER UNDERTAKING" is the draft's only annex: "Annex".)
// (Commonwealth and South-Asian drafting says "Annexure", and may join its letter with a hyphen: "Annexure-F".)
// (Public procurement names its schedules by the instrument they belong to: "Call-Off Schedule 20", "Joint Schedule 1".)
export const PART_QUALIFIER = String.raw`(?:call-?off|joint|framework|order) `;
// (Gulf drafting brackets the letter: "Appendix (D): Conditions of Responsible Use".)
const PART = new RegExp(String.raw`^(?:${PART_QUALIFIER})?(schedule|annex(?:ure)?|appendix|exhibit|attachment)(?:\s+(?:No\.?\s*|Nr\.?\s*|Number\s+)?([0-9A-Z]+|[IVX]+)\b|-([0-9A-Z]{1,3})\b|\s+\(([0-9A-Z]{1,3})\)|\s*[\u2013\u2014:-]\s)`, 'i');
// The lead-in of a list of the documents incorporated (see `listed` below).
const PARTS_LIST_LEAD = /\b(?:following|schedules|annex(?:es|ures)|appendices|exhibits|attachments|documents)\b[^.]*:$/i;

/** Runs of whitespace as one space. A lone space stays as it is: replacing every space in a long draft is slow. */
// (Most texts have single spaces only: two quick looks spare the replacement.)
const NOT_A_SPACE = /[^\S ]/;
export const collapseSpaces = (text: string) => (text.includes('  ') || NOT_A_SPACE.test(text) ? text.replace(/\s{2,}|[^\S ]/g, ' ') : text);

/** Splits a typed clause number off the front of a paragraph. */
// Items numbered with a Roman numeral and a dash, as Brazilian and Portuguese drafting lists a
// clause's duties: "I – make payments ...; II – give access ...". Read as "(i)", "(ii)".
const ROMAN_DASH_ITEM = /^\s*([IVX]{1,6})\s*[\u2013\u2014-]\s+(?=\S)/;

// "CLAUSE SEVENTH – SUSPENSION", "Article Third: Object": a clause numbered in words, then a dash,
// colon or capitals title (not "Clause Seventh applies", which cites it).
const ORDINAL_CLAUSE = new RegExp(String.raw`^\s*(?:Article|Section|Clause|ARTICLE|SECTION|CLAUSE)\s+((?i:${ORDINAL_WORD}))\b(?:\s*[\u2013\u2014:.-]\s*|\s+(?=[A-Z]{2}))(?=\S)`);

// "ARTICLE VII – TERMINATION", "Section IX: Audit", "Article IV" alone, or "VII. MISCELLANEOUS": an article numbered
// in Roman numerals, read as its number (7), as citations of it are ("Article VII" -> "article 7").
const ROMAN_ARTICLE = /^\s*(?:(?:Article|Section|ARTICLE|SECTION)\s+([IVXL]{1,7})\b(?:\s*[\u2013\u2014:.-]\s*|\s+(?=[A-Z]{2})|\s*$)|([IVXL]{1,7})\.\s+(?=[A-Z][A-Z ,&'-]{2,}$))/;

// Paragraphs of a clause in Latin-American drafting: "§1.", "§ 2º", "Sole Paragraph." Read as
// "§1" and "sole paragraph", cited with their clause: "3, §1".
const PARAGRAPH_MARK = /^\s*(?:§\s*(\d+)[º°o]?|(?:sole|single|only) paragraph)\s*[.:\u2013\u2014-]?\s+(?=\S)/i;

// German and US drafting mark a numbered section with "§": "§ 8.2 The Bureau shall not ...", "§ 4(b) Use of the Software ...".
const SECTION_MARK = /^\s*§\s*(\d+(?:\.\d+)+|\d+\([a-z0-9]{1,3}\))\s*[.:\u2013\u2014-]?\s+(?=\S)/;

// "Clause 11 (Training) is deleted", "Section 7 shall cease to have effect": a paragraph that starts by citing a
// clause as its subject is an amendment, not clause 11 itself.
// (Also of a named document: "Clause 6 of the Licence Agreement shall have no force or effect".)
const CITED_AS_SUBJECT = /^\s*(?:Article|Section|Clause|Condition|ARTICLE|SECTION|CLAUSE|CONDITION)\s+\d+(?:\.\d+)*(?:\s*\([^)]{1,60}\))?(?:\s+(?:of|in|under|to)\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}(?:Agreement|Contract|Licen[cs]e|Terms|Conditions|Deed|Order|agreement|contract|licen[cs]e|terms|conditions|deed|order)\b,?)?\s+(?:is|are|shall|will|has|have|applies|apply|does|do|ceases?)\b/;

// Gulf drafting brackets the number: "Article (14): Qualification of Operating Personnel" is article 14.
const BRACKETED_ARTICLE = /^\s*(?:Article|ARTICLE|Clause|CLAUSE)\s+\((\d+)\)(?:\s*[\u2013\u2014:.-]\s*|\s+|$)/;

// ... and numbers an article's paragraphs with a slash: "8/1 The location data ..." is paragraph 1 of Article 8.
// (Not a date: at most two digits a part, and a capital after.)
const SLASH_NUMBER = /^\s*(\d{1,2}(?:\/\d{1,2}){1,2})\s+(?=[A-Z("\u201c])/;

export function splitTypedNumber(text: string): { label?: string; text: string } {
  const bracketed = BRACKETED_ARTICLE.exec(text);
  if (bracketed) return { label: bracketed[1], text: text.slice(bracketed[0].length) };
  const slashed = SLASH_NUMBER.exec(text);
  if (slashed) return { label: slashed[1], text: text.slice(slashed[0].length) };
  const section = SECTION_MARK.exec(text);
  if (section) return { label: section[1], text: text.slice(section[0].length) };
  const paragraph = PARAGRAPH_MARK.exec(text);
  if (paragraph) return { label: paragraph[1] ? `§${paragraph[1]}` : 'sole paragraph', text: text.slice(paragraph[0].length) };
  const ordinal = ORDINAL_CLAUSE.exec(text);
  if (ordinal) return { label: String(ordinalValue(ordinal[1])), text: text.slice(ordinal[0].length) };
  const roman = ROMAN_ARTICLE.exec(text);
  const romanNumber = roman && romanValue(roman[1] ?? roman[2]);
  if (romanNumber) return { label: String(romanNumber), text: text.slice(roman![0].length) };
  const item = ROMAN_DASH_ITEM.exec(text);
  if (item) return { label: `(${item[1].toLowerCase()})`, text: text.slice(item[0].length) };
  const m = TYPED_NUMBER.exec(text);
  if (!m || CITED_AS_SUBJECT.test(text)) return { text };
  // "ARTICLE 9 - DATA", "Section 4: Audit": the title after a dash or colon.
  const rest = text.slice(m[0].length);
  const titled = /^(?:Article|Section|Clause|Condition|GCC?|SCC?)\s/i.test(m[1]) ? /^\s*[\u2013\u2014:-]\s*(?=\S)/.exec(rest) : null;
  return { label: m[1].replace(/^(Article|Section|Clause|Condition|GCC?|SCC?)\s+/i, '').replace(/\.$/, '').replace(/\s+/g, ''), text: titled ? rest.slice(titled[0].length) : rest };
}

/** "(b)" under "12.3" is "12.3(b)"; "(ii)" under "12.3(b)" is "12.3(b)(ii)". */
function fullLabel(label: string, context: string[]): string {
  if (label.startsWith('§') || label === 'sole paragraph') {
    // A paragraph belongs to the whole clause, after its items: "Clause Third, §1".
    const clause = context.find((c) => !c.includes(','));
    return clause ? `${clause}, ${label}` : label;
  }
  if (!label.startsWith('(')) return label;
  const isRoman = /^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)$/.test(label);
  for (let i = context.length - 1; i >= 0; i--) {
    const parent = context[i];
    const parentRoman = /\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)$/.test(parent);
    // (An article's paragraph "13(2)" is a parent, as "13.2" is; an item "(b)" is one only to a roman "(ii)".)
    if (!/\([a-z]+\)$/i.test(parent)) return parent + label;
    if (isRoman && !parentRoman) return parent + label;
  }
  return label;
}

/** Paragraphs numbered 1, 2, 3 afresh under a numbered article heading ("Article 13 - Duty to Cooperate")
 * are that article's: "13(1)", "13(2)(a)", as a lawyer cites them and as a citation of "Article 13"
 * reaches them. Afresh means every numbered heading's paragraphs start at 1, under a heading that is
 * not 1 or under two headings; paragraphs that number on across headings (1, 2 under "1 Use", 3 under
 * "2 Amendment") are clauses of their own. Only `typed` labels are renumbered where given (a Word document shows its own). */
function numberArticleParagraphs(blocks: Block[], typed?: Set<number>): void {
  const BARE = /^\d+$/;
  const runs: { heading: string; members: Block[] }[] = [];
  let run: (typeof runs)[number] | undefined;
  for (const b of blocks) {
    if (b.isHeading) {
      run = b.label !== undefined && BARE.test(b.label) ? { heading: b.label, members: [] } : undefined;
      if (run) runs.push(run);
    } else if (run && b.label !== undefined && !b.part && (!typed || typed.has(b.index))) run.members.push(b);
  }
  // Each run's paragraphs while they go 1, 2, 3 (with their items): a "5" after "3" is the next clause.
  const counted = runs.map(({ heading, members }) => {
    const kept: { block: Block; top: string }[] = [];
    let next = 1;
    for (const block of members) {
      const top = /^\d+/.exec(block.label!)?.[0];
      if (top === undefined) break;
      if (BARE.test(block.label!)) {
        if (Number(top) !== next) break;
        next++;
      } else if (Number(top) !== next - 1) break;
      kept.push({ block, top });
    }
    return { heading, kept };
  }).filter((r) => r.kept.length > 0);
  // (Any heading whose first paragraph is not 1 shows one numbering running through the headings.)
  if (runs.some((r) => r.members.length > 0 && r.members[0].label !== '1') || (!counted.some((r) => r.heading !== '1') && counted.length < 2)) return;
  for (const { heading, kept } of counted) {
    for (const { block, top } of kept) block.label = `${heading}(${top})${block.label!.slice(top.length)}`;
  }
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|Ltd|Inc|Co|No|Nos|Art|Arts|Sec|cl|para|paras|U\.S|U\.K|S\.A|N\.V|B\.V|GmbH|Corp|vs|viz|approx|Mr|Ms|Dr|St)\.|\b[A-Z]\.|\d\.)$/;

/** Sentences of one block, with offsets. Legal text: "e.g.", "Ltd.", "12.3" do not end a sentence. */
export function splitSentences(text: string, offset: number, block: number): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.;!?]["')\]]?\s+(?=["'(]?[A-Z0-9(])|;\s+(?=\([a-z0-9]+\)|and\b|or\b)/g;
  let from = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index! + m[0].trimEnd().length;
    const candidate = text.slice(from, end);
    if (m[0].startsWith('.') && ABBREVIATIONS.test(candidate)) continue;
    if (candidate.trim()) sentences.push({ text: candidate.trim(), start: offset + from, end: offset + end, block });
    from = m.index! + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) sentences.push({ text: rest, start: offset + from, end: offset + text.length, block });
  return sentences;
}

// "Misuse" means ...; "Misuse": ...; the "Authority"; (the "Customer"); ("the Customer"); (hereinafter "Licensee").
// (Translated drafting defines with a dash: '"Target" – the person whose device is accessed ...'.)
// ('"Qualifying Offences" are:' is defined by the list below it.)
const DEFINITION = /["“]([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})["”]\s*(?:means|shall mean|has the meaning|includes|refers to|:|[–—]|-(?=\s)|(?:are|is|shall be|comprises?)(?=\s*:\s*$))\s*([\s\S]*)/;
const ALIAS_BEFORE = /^[^"“]{0,10}["“]([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})["”]\s*(?:,|or|and|\/)\s*$/;
// Translated drafting: 'under "serious crime" is understood any crime ...', 'by "Misuse" is meant ...'.
const UNDERSTOOD_DEFINITION = /\b(?:under|by)\s+["“]([^"”]{2,40})["”]\s+(?:is|are|shall be)\s+(?:understood|meant)\s+([\s\S]*)/i;
// Terms defined together: '"Serious Crime" and "Terrorism" have the meanings given to them in the Penal Code'.
const QUOTED_TERM = /["“]([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})["”]/g;
const JOINT_DEFINITION = new RegExp(String.raw`^[^"“]{0,40}((?:${QUOTED_TERM.source}(?:,\s*|\s+and\s+|\s+or\s+)){1,5}${QUOTED_TERM.source})\s*(?:each\s+)?(?:have|bear|shall have|shall bear)\s+the\s+(?:respective\s+)?meanings?\b\s*([\s\S]*)`);
// (Not terms sent to where the same draft defines them: '... have the meanings given in Schedule 1'.)
const INTERNAL_REFERENCE = /^[^.;]{0,40}\b(?:schedules?|annex(?:es)?|appendix|appendices|exhibits?|clauses?|sections?|paragraphs?|articles?|parts?)\s+[\dA-Z]/i;
// ... and without quotes, when "the" or "hereinafter" marks it as a name: "(the Permitted Purpose)".
// (Not a bare "(United Kingdom)" or "(Annex 2)".)
const INLINE_TERM_UNQUOTED = /\((?:the|here(?:in)?after(?: referred to as)?(?: the)?)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\)/g;
// (Also '(together, the "Services")', '(collectively the "Deliverables")', '(each, an "Order")'.)
const INLINE_TERM = /\((?:the\s+|(?:each|individually),?\s+(?:a|an)\s+|(?:together|collectively|jointly),?\s+(?:the\s+)?|here(?:in)?after\s+(?:the\s+)?)?["“](?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})["”]\)/g;
// ... and outside brackets after "hereinafter referred to as" ('the Ministry ..., hereinafter referred to as the "Customer",'),
// or as one of several names in one bracket ('("we", "us", "the Supplier")').
const HEREINAFTER_TERM = /\bhere(?:in)?after,?\s+(?:(?:jointly |together |collectively )?(?:called|referred to as|designated|named|defined as)\s+)?(?:the\s+)?["“](?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})["”]/g;
// Translated drafting names a party in capitals or quotes after "will be called": "who for the effects of
// the present contract will be called THE CONTRACTOR".
const CALLED_TERM = /\b(?:will|shall) (?:hereinafter )?be (?:called|designated|named|denominated|referred to as),?\s+(?:the\s+|THE\s+)?(?:([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})\b(?![a-z])|["“](?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})["”])/g;
const calledTerms = (text: string) => [...text.matchAll(CALLED_TERM)].map((m) => ({ 1: m[1] ?? m[2], index: m.index! }));
const NAMES_IN_BRACKET = /\((?:\s*["“][^"”()]{1,30}["”]\s*(?:,|;|\band\b|\bor\b)?)+\)/g;
const CAPITALISED_NAME = /["“](?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})["”]/g;
const namedInBrackets = (text: string) => [...text.matchAll(NAMES_IN_BRACKET)].flatMap((b) => [...b[0].matchAll(CAPITALISED_NAME)].map((n) => ({ 1: n[1], index: b.index! })));

// Several definitions in one paragraph: '"Serious Crime" means ...; "Terrorism" means ...', or a
// definitions clause with (a), (b), (c) run together. Each meaning ends where the next term starts.
const NEXT_DEFINITION = /(?:\(\w{1,4}\)\s*)?["“]([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})["”]\s*(?:means|shall mean|has the meaning|refers to)\b/g;
const trimMeaning = (text: string) => text.trim().replace(/[;,]?\s*(?:and|or)?\s*$/, '').trim();

// A term defined by the list that follows: "Each of the following is a Termination Event:", "The
// following events constitute an "Event of Default":". Its meaning is the items.
const LIST_DEFINITION = /\b(?:each|any|all|every one) of the following\b[^.:;]{0,40}?\b(?:is|are|shall be|constitutes?|shall constitute) (?:a |an |the )?["“]?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})["”]?\s*:\s*$|^the following\b[^.:;]{0,40}?\b(?:are|constitute|shall be|shall constitute) (?:each )?(?:a |an |the )?["“]?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})["”]?\s*:\s*$/i;
// Items run on while each ends as a list item does: "...;", "...; or", "..., and".
const ITEM_GOES_ON = /(?:[;:,]|[;,]\s*(?:and|or))\s*$/;

/** The items of a list after a lead-in block, joined: at most 20, ending with the first item that ends a sentence. */
function listAfter(blocks: Block[], lead: number): string {
  const items: string[] = [];
  for (let i = lead + 1; i < blocks.length && items.length < 20 && !blocks[i].isHeading; i++) {
    items.push(blocks[i].text);
    if (!ITEM_GOES_ON.test(blocks[i].text)) break;
  }
  return items.join(' ');
}

// A term defined without quotes, as Word drafts show it in bold: "Misuse means any use ...", "Serious
// Crime shall mean ...". Only at the start of a paragraph, in Title Case (small words between),
// and not a party's role ("The Customer means the Ministry" defines nothing the rules read as a term).
const UNQUOTED_DEFINITION = /^(?!The\b)([A-Z][\w'’-]*(?:\s+(?:(?:of|and|or|the|in|to|for|on)\s+)?[A-Z][\w'’-]*){0,5})\s+(?:means|shall mean|has the meaning)\b\s*([\s\S]*)/;

// A table of definitions: "Misuse | any use of the System against ..." rows, under a header row that
// names the columns ("Term | Meaning") or in a section headed "Definitions" or "Interpretation".
// (A meaning is more than one word: "Term | Meaning" or "Item | Price" is a header row.)
const TERM_ROW = /^["“]?([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})["”]?\s*\|\s*(?:means\s+|shall mean\s+)?([^|\s]+\s+[^|\s][^|]*)$/;
const TERM_HEADER = /^(?:defined )?(?:terms?|expressions?|words?)\s*\|\s*(?:meanings?|definitions?)\s*$/i;
const DEFINITIONS_HEADING = /definitions|interpretation|defined terms/i;
// ... and, under such a heading, a term set before a colon: "**Licence Key**: the cryptographic key ...".
const COLON_DEFINITION = /^([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5})\s*:\s+(\S[\s\S]*)$/;

function findDefinitions(blocks: Block[]): DefinedTerm[] {
  const found: DefinedTerm[] = [];
  let termTable = false;
  for (const b of blocks) {
    const header = TERM_HEADER.test(b.text);
    termTable = header || (termTable && b.text.includes(' | '));
    const inDefinitions = DEFINITIONS_HEADING.test(b.heading ?? '') && !b.isHeading;
    const row = (termTable || inDefinitions) && !header && !b.isHeading ? TERM_ROW.exec(b.text) ?? (inDefinitions ? COLON_DEFINITION.exec(b.text) : null) : null;
    if (row && !found.some((d) => d.term === row[1])) found.push({ term: row[1], meaning: trimMeaning(row[2]), block: b.index, usedIn: [] });
    const joint = b.text.includes('meaning') ? JOINT_DEFINITION.exec(b.text) : null;
    if (joint && !INTERNAL_REFERENCE.test(joint[joint.length - 1])) for (const t of joint[1].matchAll(QUOTED_TERM)) found.push({ term: t[1], meaning: trimMeaning(joint[joint.length - 1]), block: b.index, usedIn: [] });
    const understood = b.text.includes('understood') || b.text.includes('meant') ? UNDERSTOOD_DEFINITION.exec(b.text) : null;
    if (understood) found.push({ term: understood[1], meaning: trimMeaning(understood[2]), block: b.index, usedIn: [] });
    const m = DEFINITION.exec(b.text) ?? UNQUOTED_DEFINITION.exec(b.text);
    const others = /means|shall mean|has the meaning|refers to/.test(b.text) ? [...b.text.matchAll(NEXT_DEFINITION)].filter((n) => !m || m.index >= 40 || n.index! > m.index + 1) : [];
    if (m && m.index < 40) {
      const end = others.find((n) => n.index! > m.index)?.index;
      const meaning = trimMeaning(end === undefined ? m[2] : b.text.slice(b.text.length - m[2].length, end));
      // '"Misuse" means any of the following:' is defined by the items below it.
      found.push({ term: m[1], meaning: meaning.endsWith(':') ? `${meaning} ${listAfter(blocks, b.index)}`.replace(/^:\s*/, '') : meaning, block: b.index, usedIn: [] });
      // '"End User Licence Terms" or "EULT" means ...': both names, one meaning.
      const alias = ALIAS_BEFORE.exec(b.text.slice(0, m.index));
      if (alias && !found.some((d) => d.term === alias[1])) found.push({ ...found.at(-1)!, term: alias[1], usedIn: [] });
    }
    others.forEach((n, k) => {
      if (found.some((d) => d.term === n[1])) return;
      const end = others[k + 1]?.index ?? b.text.length;
      found.push({ term: n[1], meaning: trimMeaning(b.text.slice(n.index! + n[0].length, end)), block: b.index, usedIn: [] });
    });
    const list = /following/i.test(b.text) ? LIST_DEFINITION.exec(b.text) : null;
    const listTerm = list?.[1] ?? list?.[2];
    if (listTerm && !found.some((d) => d.term === listTerm)) found.push({ term: listTerm, meaning: listAfter(blocks, b.index), block: b.index, usedIn: [] });
    for (const inline of [...b.text.matchAll(INLINE_TERM), ...b.text.matchAll(INLINE_TERM_UNQUOTED), ...(/here(?:in)?after/i.test(b.text) ? b.text.matchAll(HEREINAFTER_TERM) : []), ...(/be (?:called|designated|named|denominated|referred)/.test(b.text) ? calledTerms(b.text) : []), ...(b.text.includes('(') ? namedInBrackets(b.text) : [])]) {
      if (!found.some((d) => d.term === inline[1])) found.push({ term: inline[1], meaning: b.text.slice(0, inline.index).trim(), block: b.index, usedIn: [], inline: true });
    }
  }
  // One pass over the blocks with every term at once: a long draft defines hundreds of terms.
  if (found.length) {
    const byTerm = new Map(found.map((d) => [d.term, d]));
    // (A term is used in the plural too: "Qualifying Investigations".)
    const anyTerm = new RegExp(`\\b(${[...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})s?\\b`, 'g');
    for (const b of blocks) {
      for (const m of b.text.matchAll(anyTerm)) {
        const d = byTerm.get(m[1])!;
        if (d.block !== b.index && d.usedIn.at(-1) !== b.index) d.usedIn.push(b.index);
      }
    }
  }
  return found;
}

/** A line short enough to be a title, not ending as a sentence or lead-in does (for lines set in bold). */
export const isTitle = (text: string): boolean => text.trim().length > 0 && text.trim().length <= 80 && !/[.;:,]$/.test(text.trim()) && !text.includes(' | ') && !/\s(?:shall|may|will|must)\s/.test(text);

// A title: a few words, none a verb of obligation or being ("Data", "Keys and logs",
// "INSPECTION; ACCEPTANCE": purchase-order terms join two titles).
const TITLE = String.raw`[A-Z][\w'’-]*(?:[;,&]? (?!(?:shall|may|will|must|is|are|was|were|be|has|have|can|does|do|not)\b)[\w'’-]+)`;
// A numbered title with a full stop ("8. Data."), not a short sentence ("You pay the fee.").
const TITLE_WITH_STOP = new RegExp(String.raw`^(?!(?:You|We|It|They|I|He|She|This|That|These|Each|All|No)\b)${TITLE}{0,3}\.$`);
// A title that opens a paragraph, with a sentence after it ("Suspension. Where the Contractor ...",
// "Tell us. If ..."); not a recital letter, a Roman numeral or an abbreviation ("A. Halden", "IV.", "Mr. Lind").
const RUN_IN_HEADING = new RegExp(String.raw`^(?!(?:[A-Z]|[IVXLC]+|Mr|Mrs|Ms|Dr|No|Nos|Art|Arts|Sec|Inc|Ltd|Co|St|Cl|Para|Sch)\.)(${TITLE}{0,5})\.\s+(?=["“(]?[A-Z])`);

/** A heading in capitals: "DATA PROTECTION", "PART A \u2013 OPTIONAL HUMAN RIGHTS MODULE". */
export const CAPITALS_HEADING = /^[A-Z][A-Z0-9 ,&'()\/\u2013\u2014-]{3,}$/;

export function buildDraft(file: string, format: DraftFormat, raw: RawBlock[]): Draft {
  const blocks: Block[] = [];
  const context: string[] = [];
  let heading: string | undefined;
  let headingLabel: string | undefined;
  let part: string | undefined;
  let partsListed = false;
  // (Word's own numbers are shown as Word shows them; typed ones may be read as an article's paragraphs.)
  const typedLabels = new Set<number>();
  let text = '';
  for (const r of raw) {
    const clean = collapseSpaces(r.text).trim();
    if (!clean) continue;
    const typed = r.label ? { label: r.label, text: clean } : splitTypedNumber(clean);
    const partMatch = PART.exec(typed.text);
    const shortLine = typed.text.length < 100 && !/[.;,:]$/.test(typed.text);
    // A numbered line that reads as a title: "12 Termination", "8. Data." (not "(a) ..." nor a duty).
    const numberedTitle = typed.text.length < 80 && (!/[.;:,]$/.test(typed.text) || (TITLE_WITH_STOP.test(typed.text) && /^\d/.test(typed.label ?? '')))
      && /^[A-Z0-9]/.test(typed.text) && typed.label !== undefined && !typed.label.startsWith('(') && !/\s(shall|may|will|must)\s/.test(typed.text);
    // (A table row, "1 | 24 | PS-900 camera | 4,850.00", is never a heading.)
    // (A schedule named in a list of the documents incorporated is an item, not the schedule's heading: "The following
    // Call-Off Schedules:", then "Call-Off Schedule 2 (Services)", "Call-Off Schedule 20 (Responsible Use)".)
    const listed: boolean = partMatch !== null && r.headingLevel === undefined && !CAPITALS_HEADING.test(typed.text) && (partsListed || (blocks.length > 0 && PARTS_LIST_LEAD.test(blocks[blocks.length - 1].text)));
    partsListed = listed;
    const isHeading = r.headingLevel !== undefined
      || (!/ \| /.test(typed.text) && !listed && ((partMatch !== null && shortLine) || CAPITALS_HEADING.test(typed.text) || numberedTitle));
    if (partMatch && isHeading) {
      const number = partMatch[2] ?? partMatch[3] ?? partMatch[4];
      part = `${partMatch[1][0].toUpperCase()}${partMatch[1].slice(1).toLowerCase()}${number ? ` ${number}` : ''}`;
      context.length = 0;
    }
    let label = typed.label ? fullLabel(typed.label, context) : undefined;
    if (typed.label) {
      // Keep the chain of enclosing numbers for "(b)" and "(ii)".
      while (context.length && !label!.startsWith(context[context.length - 1])) context.pop();
      context.push(label!);
    }
    if (label && part && !partMatch) label = `${part}, paragraph ${label}`;
    if (isHeading) heading = typed.text.replace(/(?<=\w)\.$/, '');
    if (isHeading) headingLabel = label;
    // "6.6 Training before access. Before we create an account ...": the paragraph's own title.
    const runIn = isHeading ? null : RUN_IN_HEADING.exec(typed.text);
    const start = text.length;
    text += typed.text + '\n';
    if (label && !r.label) typedLabels.add(blocks.length);
    blocks.push({ index: blocks.length, text: typed.text, start, end: start + typed.text.length, label, ...(!label && !isHeading && headingLabel ? { under: headingLabel } : {}), heading: runIn ? [heading, runIn[1]].filter(Boolean).join(' — ') : heading, isHeading, part, paragraph: r.paragraph, ...(r.bullet && !isHeading ? { bullet: true } : {}) });
  }
  numberArticleParagraphs(blocks, format === 'docx' ? typedLabels : undefined);
  const sentences = blocks.flatMap((b) => (b.isHeading ? [] : splitSentences(b.text, b.start, b.index)));
  const definitions = findDefinitions(blocks);
  // A role word the draft defines ("the Licensor") names a party best; else its own name ("Corvane").
  const roles = findParties(definitions);
  const names = findPartyNames(blocks);
  // ("User" defined as the customer's official names the customer less well than "the CONTRACTING ENTITY".)
  const customer = roles.customer && AMBIGUOUS_TERM.test(roles.customer) && names.customer[0] ? names.customer[0] : roles.customer ?? names.customer[0];
  const parties = { seller: roles.seller ?? names.seller[0], customer };
  // (A seller the definitions name by what it did, '"Kestrel" means the person whose bid has been accepted', is read as the seller by that name.)
  if (roles.seller && !isSellerWord(roles.seller) && !names.seller.includes(roles.seller)) names.seller.push(roles.seller);
  return { file, format, text, blocks, sentences, definitions, parties: Object.fromEntries(Object.entries(parties).filter(([, v]) => v)), partyNames: names };
}
