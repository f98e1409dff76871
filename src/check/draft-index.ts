// What every rule needs to know about a draft, worked out once: sentences in a normalised form,
// who the seller and the customer are, which defined terms mean misuse, and the counter-clauses
// that hide in boilerplate. Rules ask questions of this index; they never re-read the file.
import type { Draft, Sentence } from '../read/model.ts';
import { collapseSpaces } from '../read/build.ts';
import { escapeRegExp } from '../regexp.ts';
import { citedOrdinalsAsNumbers } from '../read/ordinals.ts';
import { matches } from './prefilter.ts';

export interface Clause {
  sentence: Sentence;
  /** Lower-case, straight quotes, single spaces, "thirty (30)" read as "30". */
  text: string;
  /** The words of the whole block the sentence is in, normalised the same way. */
  block: string;
  /** The heading of the section the sentence is in, normalised: a clause under "Training" is about training. */
  heading: string;
  /** Quoted by an amendment only to delete it: it no longer counts. */
  struck: boolean;
}

export const MODAL_RIGHT = String.raw`(?:may|shall be entitled to|is entitled to|shall have the right to|has the right to|reserves? the right to|can|will be entitled to|shall be free to|is free to)`;

const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|and))*`;
const SPELLED: Record<string, number> = { one: 1, two: 2, three: 3, five: 5, seven: 7, ten: 10, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, sixty: 60, ninety: 90, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72 };

const SPELLED_WITH_DIGITS = new RegExp(String.raw`\b${NUMBER_WORD}\s*\((\d+)\)`, 'g');

const ABBREVIATION = /\b(?:e\.g|i\.e|u\.s\.a|u\.s|u\.k|u\.n|etc|nos?|arts?|cl|paras?|secs?|ss|cf|viz|inc|ltd|co|corp)\./g;

const SPELLED_PERIOD = /\b(one|two|three|five|seven|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety|twenty-four|forty-eight|seventy-two)\s+(?=(?:calendar |business |working )?(?:days?|hours?|months?|weeks?)\b)/g;

export function normalise(text: string): string {
  let t = text.toLowerCase().replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'");
  // "thirty (30) days" reads as "30 days"; a bare "thirty days" too, for the common periods.
  // Most sentences have neither a number in brackets nor a period: a quick look spares the long patterns.
  if (/\(\d/.test(t)) t = t.replace(SPELLED_WITH_DIGITS, '$1');
  if (/day|hour|month|week/.test(t)) t = t.replace(SPELLED_PERIOD, (w) => `${SPELLED[w.trim()]} `);
  // Dots that do not end a sentence ("clause 7.1", "U.S.", "e.g.") become middle dots, so that
  // patterns reading within a sentence ([^.;]) are not cut short by a clause number.
  if (t.includes('.')) t = t.replace(/(\d)\.(?=\d)/g, '$1\u00b7').replace(ABBREVIATION, (a) => a.replace(/\./g, '\u00b7'));
  if (/(?:clause|article|section)s? [a-z]/.test(t)) t = citedOrdinalsAsNumbers(t);
  return collapseSpaces(t).trim();
}

// What makes a defined term a misuse trigger: its meaning speaks of misuse, human rights, or the
// persons and activities the spec protects.
const MISUSE_MEANING = /misuse|human rights?|journalist|dissident|political opponent|human[- ]rights defender|prohibited (?:use|purpose|end use)|unlawful surveillance|in breach of (?:the )?(?:use restrictions|acceptable use|section|clause)|restricted (?:use|activit)|unauthori[sz]ed (?:use|target)|abuse/i;

const NUM = String.raw`[a-z]?\d+(?:\u00b7\d+)*(?:\([a-z0-9]+\))*`;
const CITATION = new RegExp(String.raw`\b(?:clauses?|sections?|articles?|paragraphs?)\s+(${NUM}(?:\s*(?:,|and|or|to|-|through)\s*${NUM})*)`, 'g');

// 'the words "within 48 hours" are deleted and replaced with "promptly"': the amendment keeps the
// clause and drops only the quoted words, so they must not count.
const DELETED_WORDS = /\b(?:the )?(?:words?|phrase|expression|reference to) "[^"]*"(?= (?:is|are|shall be) (?:hereby )?(?:deleted|replaced|struck))/g;
const dropDeletedWords = (text: string) => text.replace(DELETED_WORDS, 'the words');

const LOCAL_LAW_MEANING = /^(?:the )?laws? (?:and regulations )?(?:in force )?(?:of|in) the (?:kingdom|republic|state|federation|emirate|principality|sultanate|customer's|purchaser's|authority's)|^(?:the )?(?:national|domestic) laws?/i;

// Text an amendment quotes in order to delete it. An amendment deletes a clause or words, at
// once: "data shall be deleted within 30 days" or "when the warrant is revoked" strike nothing.
const STRUCK = /\b(?:clauses?|sections?|articles?|paragraphs?|schedules?|annex(?:es)?|appendix|exhibits?|words|definitions?|sentences?|provisions?|sub-?clauses?)\b[^;]{0,300}?(?:is|are|shall be) (?:hereby )?(?:deleted|revoked|struck out)\b(?!\s+(?:within|after|securely|permanently|when|once|no later|as soon|by the))|deleted (?:in (?:its|their) entirety|and replaced)|(?:cease|ceases) to have (?:any )?effect/;

export class DraftIndex {
  readonly clauses: Clause[];
  /** Alternation of the words that mean misuse in this draft, defined terms included. */
  readonly misuse: RegExp;
  readonly misuseTerms: string[];
  readonly draft: Draft;

  constructor(draft: Draft) {
    this.draft = draft;
    const { blocks } = draft;
    // The parties' own names read as their roles, so "Lanternfish may suspend" is the seller's right.
    const names = draft.partyNames;
    const alias = (role: string, list: string[]) => (list.length ? (t: string) => t.replace(new RegExp(`\\b(?:${list.map((name) => escapeRegExp(name.toLowerCase())).join('|')})\\b`, 'g'), role) : (t: string) => t);
    const asSeller = alias('supplier', names.seller);
    const asCustomer = alias('customer', names.customer);
    // A defined term for the customer's own law ("Applicable Law" means the laws of the Kingdom)
    // reads as what it is, so "governed exclusively by Applicable Law" is seen to hand over to it.
    const localLaw = draft.definitions.filter((d) => /law/i.test(d.term) && LOCAL_LAW_MEANING.test(d.meaning)).map((d) => d.term);
    const asLocalLaw = alias('domestic law', localLaw);
    const read = (t: string) => asLocalLaw(asCustomer(asSeller(normalise(t))));
    // A clause that ends with a colon continues in the list items after it: "The Supplier may
    // terminate ... if: (a) ...; (b) ...". The lead-in and its items are read as one unit.
    const isItem = (i: number) => !blocks[i].isHeading && /\([a-z0-9]{1,5}\)$/i.test(blocks[i].label ?? '');
    const leadOf = new Map<number, number>();
    const unitText = new Map<number, string>();
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i].isHeading || !/[:\u2014-]\s*$/.test(blocks[i].text) || !blocks[i + 1] || !isItem(i + 1)) continue;
      let j = i + 1;
      const parts = [blocks[i].text];
      while (j < blocks.length && isItem(j)) { leadOf.set(j, i); parts.push(blocks[j].text); j++; }
      unitText.set(i, read(parts.join(' ')));
    }
    const blockText = new Map<number, string>();
    const blockNorm = (i: number) => {
      let t = blockText.get(i);
      if (t === undefined) blockText.set(i, (t = read(blocks[i].text)));
      return t;
    };
    const norm = (i: number) => unitText.get(leadOf.get(i) ?? i) ?? blockNorm(i);
    this.clauses = draft.sentences.map((sentence) => {
      const block = sentence.block;
      const own = dropDeletedWords(read(sentence.text));
      const lead = leadOf.get(block);
      return {
        sentence,
        // A lead-in sentence carries its items; an item is read after its lead-in.
        text: unitText.has(block) && /:\s*$/.test(sentence.text) ? unitText.get(block)! : lead !== undefined ? `${blockNorm(lead)} ${own}` : own,
        block: norm(block),
        heading: read(blocks[block].heading ?? ''),
        struck: /delet|revok|struck|cease/.test(own) && STRUCK.test(own) && !/\bthe words (?:is|are|shall be) (?:hereby )?(?:deleted|replaced)/.test(own),
      };
    });
    this.misuseTerms = draft.definitions
      // Terms for other concepts (the purpose, crimes, procedures) mention rights without meaning misuse.
      .filter((d) => MISUSE_MEANING.test(d.meaning) && !/^(?:agreement|product|services?|customer|supplier)$|purpose|crime|terroris|investigation|channel|end user|policy|action|complaint|data|logs?$|authori[sz]ation|persons?$|personnel/i.test(d.term))
      .map((d) => d.term.toLowerCase());
    const words = ['misuse', 'mis-use', 'abuse of (?:the )?(?:product|system|software|service)', 'human rights? (?:terms|obligations|provisions|clauses|undertakings|violations?|abuses?)',
      'breach of (?:the )?human rights', 'violation of (?:international )?human rights', 'prohibited (?:use|uses|purpose|targeting)',
      '(?:ethical|responsible|human[- ]rights) use (?:policy|terms|addendum|annex|schedule|conditions|undertakings?)', 'unlawful (?:surveillance|targeting|use)', 'improper use',
      ...this.misuseTerms.map(escapeRegExp)];
    this.misuse = new RegExp(`\\b(?:${words.join('|')})`, 'i');
  }

  /** The sentence mentions misuse, directly or through a defined term. */
  mentionsMisuse(c: Clause): boolean {
    return matches(this.misuse, c.text);
  }

  /** The clauses a sentence refers to ("clause 12.1", "clauses 5 to 7", "Section 9"), as normalised text. */
  referencedText(c: Clause): string {
    return normalise(this.citedBlocks(c).map((b) => this.draft.blocks[b].text).join(' '));
  }

  /** Every labelled block's label as a citation reads it ("12.3(b)", "f7.4"), with its top number. */
  private labels() {
    return this.memo('labels', () => this.draft.blocks.flatMap((b, block) => {
      if (!b.label) return [];
      const label = b.label.toLowerCase().replace(/^.*paragraph /, '');
      return [{ label, top: Number(label.replace(/^[a-z]/, '').split(/[.(]/)[0]), block }];
    }));
  }

  private readonly cited = new Map<Clause, number[]>();
  /** The blocks a sentence cites by number. */
  citedBlocks(c: Clause): number[] {
    const cached = this.cited.get(c);
    if (cached) return cached;
    const found: number[] = [];
    if (!/\d/.test(c.text)) { this.cited.set(c, found); return found; }
    // "clause 12.1", "clauses 5 to 7", "Clauses 9.4 and 12.3", "sections 3, 4 or 6"
    for (const m of c.text.matchAll(CITATION)) {
      const numbers = m[1].replace(/\u00b7/g, '.');
      for (const part of numbers.split(/\s*(?:,|\band\b|\bor\b)\s*/)) {
        const [from, to] = part.split(/\s*(?:\bto\b|-|\bthrough\b)\s*/);
        if (!from) continue;
        const range = to && !from.includes('.') && !to.includes('.');
        for (const { label, top, block } of this.labels()) {
          if (range ? top >= Number(from) && top <= Number(to) : label === from || label.startsWith(`${from}.`) || label.startsWith(`${from}(`)) found.push(block);
        }
      }
    }
    this.cited.set(c, found);
    return found;
  }

  /** Sentences elsewhere that cite the clause this sentence is in: "the obligations in clause 10.2 are subject to ...". */
  citing(c: Clause): Clause[] {
    const byBlock = this.memo('citing', () => {
      const map = new Map<number, Clause[]>();
      for (const x of this.clauses) {
        for (const b of this.citedBlocks(x)) {
          const list = map.get(b);
          if (list) list.push(x);
          else map.set(b, [x]);
        }
      }
      return map;
    });
    return (byBlock.get(c.sentence.block) ?? []).filter((x) => x !== c);
  }

  private readonly memos = new Map<string, unknown>();
  /** A fact about the whole draft that rules ask for sentence by sentence, worked out once. */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  any(pattern: RegExp): Clause | undefined {
    return this.clauses.find((c) => matches(pattern, c.text));
  }
}
