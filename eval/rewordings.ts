// Rewordings that keep a draft's meaning, for eval/robust.ts: each is a pure function of the
// draft's text (and the party names the reader found), returning the text unchanged where it
// does not apply.
import type { Draft } from '../src/read/model.ts';

export interface Rewording {
  name: string;
  apply(text: string, parties: Draft['parties']): string;
  /** The rewording gives plain text (as pasted from a PDF or an e-mail), not Markdown. */
  plain?: boolean;
}

/** Markdown as it reads once pasted as plain text: no heading marks, emphasis or escapes. */
const asPlainText = (text: string) => text
  .replace(/^#{1,6}\s+(.*)$/gm, (_, heading: string) => heading.toUpperCase())
  .replace(/\*\*|__|(?<=\s|^)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:)])/gm, '')
  .replace(/^\s*[*+]\s+/gm, '- ')
  // (A table comes out of a PDF as columns apart by spaces.)
  .replace(/^\s*\|?\s*:?-{3,}.*$\n?/gm, '')
  .replace(/^\s*\|(.*)\|\s*$/gm, (_, cells: string) => cells.split('|').map((c) => c.trim()).join('    '))
  .replace(/\\([\\`*_{}[\]()#+.!-])/g, '$1');

/** Lines broken at about 70 characters, as text copied out of a PDF. */
function hardWrapped(text: string): string {
  return text.split('\n').map((line) => {
    if (line.length <= 72 || / {4}/.test(line)) return line;
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + word.length + 1 > 70) { out.push(current); current = word; } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current].join('\n');
  }).join('\n');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every use of a party's name, in its own case and in capitals, called by the first unused other
 * name; a proper name drops the article ("the Supplier" becomes "Kestrel"). */
function rename(text: string, name: string | undefined, others: string[], proper = false): string {
  const own = name?.replace(/^the /i, '');
  if (!own || own.length < 3) return text;
  const other = others.find((o) => !new RegExp(`\\b${o}\\b`, 'i').test(text));
  if (!other) return text;
  const article = new RegExp(String.raw`\b[Tt]he (?=[*_"\u201c]*${escape(own)}\b)`, 'g');
  return (proper ? text.replace(article, '') : text)
    .replace(new RegExp(`\\b${escape(own)}\\b`, 'g'), other)
    .replace(new RegExp(`\\b${escape(own.toUpperCase())}\\b`, 'g'), other.toUpperCase())
    // (A name the party block gives in capitals, "LUMORA", is written "Lumora" in the clauses.)
    .replace(new RegExp(`\\b${escape(own[0] + own.slice(1).toLowerCase())}\\b`, 'g'), other);
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 1 to 999 in words, as drafters write them ("forty-five", "one hundred and twenty"). */
export function inWords(n: number): string {
  if (n >= 100) return `${UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${inWords(n % 100)}` : ''}`;
  if (n >= 20) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${UNITS[n % 10]}` : ''}`;
  return UNITS[n];
}
const PERIOD = String.raw`(?=(?:calendar |business |working |clear )?(?:days?|hours?|weeks?|months?|years?)\b)`;

const keepCase = (word: string, like: string) =>
  like === like.toUpperCase() ? word.toUpperCase() : like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;

// Words drafters use for one another, each way round in some drafts: "forthwith" for "immediately".
const SYNONYMS: [RegExp, string][] = [
  [/\bimmediately\b/gi, 'forthwith'],
  [/\bpromptly\b/gi, 'without undue delay'],
  [/\bnotify\b/gi, 'inform'],
  [/\bensure\b/gi, 'procure'],
  [/\bterminate\b/gi, 'bring to an end'],
  [/\bprior written consent\b/gi, 'written consent given in advance'],
  [/\bin its sole discretion\b/gi, 'in its absolute discretion'],
  [/\bcooperate\b/gi, 'co-operate'],
  [/\bpersonal data\b/gi, 'personal information'],
  [/\bupdates\b/gi, 'software updates'],
  [/\bshall not\b/gi, 'shall in no event'],
];

// "The Supplier shall not suspend" as "In no event shall the Supplier suspend".
const INVERTED = /(^|[.;:]\s+|\(\w{1,4}\)\s+)(?:([Tt]he) )?([A-Z][\w-]+(?: [A-Z][\w-]+)?) shall not\b/gm;
const invert = (_: string, before: string, the: string | undefined, party: string) => `${before}${/\S$/.test(before) || before === '' ? 'In' : 'in'} no event shall ${the ? 'the ' : ''}${party}`;

const INTERMEDIARY = /\b(?:reseller|distributor|dealer|integrator|partner)\b/i;

export const REWORDINGS: Rewording[] = [
  { name: 'seller renamed', apply: (text, p) => rename(text, p.seller, ['Vendor', 'Contractor', 'Provider', 'Licensor']) },
  { name: 'seller given a proper name', apply: (text, p) => rename(text, p.seller, ['Kestrel', 'Marrow'], true) },
  // (An intermediary keeps its word: a distributor renamed "the Agency" would be another deal.)
  { name: 'customer renamed', apply: (text, p) => (INTERMEDIARY.test(p.customer ?? '') ? text : rename(text, p.customer, ['Agency', 'Purchaser', 'Client', 'Department'])) },
  { name: 'customer given a proper name', apply: (text, p) => (INTERMEDIARY.test(p.customer ?? '') ? text : rename(text, p.customer, ['Bureau', 'Directorate'])) },
  { name: '"will" for "shall"', apply: (text) => text.replace(/\bshall\b/gi, (m) => keepCase('will', m)) },
  // (Not where "shall" grants a right: "shall be entitled to" is no duty.)
  { name: '"must" for "shall"', apply: (text) => text.replace(/\bshall\b(?! (?:be entitled|have the right|be free|be permitted|have no|be under no|not be (?:obliged|required|liable)))/gi, (m) => keepCase('must', m)) },
  { name: '"30 days" for "thirty (30) days"', apply: (text) => text.replace(/\b([a-z]+(?:[- ][a-z]+){0,3}) \((\d{1,3})\)/gi, (m, words: string, digits: string) => {
    // (The words before the brackets end with the number: "within thirty (30)".)
    const spelled = inWords(Number(digits));
    return words.toLowerCase().endsWith(spelled) && /^(?:|.*[ -])$/.test(words.slice(0, words.length - spelled.length)) ? `${words.slice(0, words.length - spelled.length)}${digits}` : m;
  }) },
  { name: '"thirty (30) days" for "30 days"', apply: (text) => text.replace(new RegExp(String.raw`(?<![(\d.,])\b(\d{1,3}) ${PERIOD}`, 'g'), (m, digits: string) => (Number(digits) > 0 ? `${inWords(Number(digits))} (${digits}) ` : m)) },
  { name: '"human-rights terms"', apply: (text) => text.replace(/\b([Hh]uman) [Rr]ights (?=(?:terms|obligations|polic(?:y|ies)|due diligence|clauses?|provisions|undertakings?|standards|impact|safeguards|requirements|commitments|training|violations?|abuses?|defenders)\b)/g, '$1-rights ') },
  { name: '"human rights terms"', apply: (text) => text.replace(/\b([Hh]uman)-([Rr]ights)\b/g, '$1 $2') },
  { name: '"end user" for "end-user"', apply: (text) => text.replace(/\b([Ee]nd)-([Uu]sers?)\b/g, '$1 $2') },
  { name: '"end-user" for "end user"', apply: (text) => text.replace(/\b([Ee]nd) ([Uu]sers?)\b/g, '$1-$2') },
  { name: 'pasted as plain text', plain: true, apply: (text) => asPlainText(text) },
  { name: 'plain text, hard-wrapped', plain: true, apply: (text) => hardWrapped(asPlainText(text)) },
  { name: '"in no event shall"', apply: (text) => text.replace(INVERTED, invert) },
  { name: 'legal synonyms', apply: (text) => SYNONYMS.reduce((t, [from, to]) => t.replace(from, (m) => keepCase(to, m)), text) },
  { name: '"Section" for "clause"', apply: (text) => text.replace(/\b([Cc])lause(s?) (?=\d)/g, (_, c: string, s: string) => `${c === 'C' ? 'S' : 's'}ection${s} `) },
];
