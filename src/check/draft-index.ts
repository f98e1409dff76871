// What every rule needs to know about a draft, worked out once: sentences in a normalised form,
// who the seller and the customer are, which defined terms mean misuse, and the counter-clauses
// that hide in boilerplate. Rules ask questions of this index; they never re-read the file.
import type { Draft, Sentence } from '../read/model.ts';

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

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019]/g, "'")
    // "thirty (30) days" reads as "30 days"; a bare "thirty days" too, for the common periods.
    .replace(SPELLED_WITH_DIGITS, '$1')
    .replace(/\b(one|two|three|five|seven|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety|twenty-four|forty-eight|seventy-two)\s+(?=(?:calendar |business |working )?(?:days?|hours?|months?|weeks?)\b)/g, (w) => `${SPELLED[w.trim()]} `)
    // Dots that do not end a sentence ("clause 7.1", "U.S.", "e.g.") become middle dots, so that
    // patterns reading within a sentence ([^.;]) are not cut short by a clause number.
    .replace(/(\d)\.(?=\d)/g, '$1\u00b7')
    .replace(ABBREVIATION, (a) => a.replace(/\./g, '\u00b7'))
    .replace(/\s+/g, ' ')
    .trim();
}

// What makes a defined term a misuse trigger: its meaning speaks of misuse, human rights, or the
// persons and activities the spec protects.
const MISUSE_MEANING = /misuse|human rights?|journalist|dissident|political opponent|human[- ]rights defender|prohibited (?:use|purpose|end use)|unlawful surveillance|in breach of (?:the )?(?:use restrictions|acceptable use|section|clause)|restricted (?:use|activit)|unauthori[sz]ed (?:use|target)|abuse/i;

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
      unitText.set(i, normalise(parts.join(' ')));
    }
    const blockText = new Map<number, string>();
    const blockNorm = (i: number) => {
      let t = blockText.get(i);
      if (t === undefined) blockText.set(i, (t = normalise(blocks[i].text)));
      return t;
    };
    const norm = (i: number) => unitText.get(leadOf.get(i) ?? i) ?? blockNorm(i);
    this.clauses = draft.sentences.map((sentence) => {
      const block = sentence.block;
      const own = normalise(sentence.text);
      const lead = leadOf.get(block);
      return {
        sentence,
        // A lead-in sentence carries its items; an item is read after its lead-in.
        text: unitText.has(block) && /:\s*$/.test(sentence.text) ? unitText.get(block)! : lead !== undefined ? `${blockNorm(lead)} ${own}` : own,
        block: norm(block),
        heading: normalise(blocks[block].heading ?? ''),
        struck: STRUCK.test(own),
      };
    });
    this.misuseTerms = draft.definitions
      // Terms for other concepts (the purpose, crimes, procedures) mention rights without meaning misuse.
      .filter((d) => MISUSE_MEANING.test(d.meaning) && !/^(?:agreement|product|services?|customer|supplier)$|purpose|crime|terroris|investigation|channel|end user|policy|action|complaint|data|logs?$|authori[sz]ation|persons?$|personnel/i.test(d.term))
      .map((d) => d.term.toLowerCase());
    const words = ['misuse', 'mis-use', 'abuse of (?:the )?(?:product|system|software|service)', 'human rights? (?:terms|obligations|provisions|clauses|undertakings|violations?|abuses?)',
      'breach of (?:the )?human rights', 'violation of (?:international )?human rights', 'prohibited (?:use|uses|purpose|targeting)',
      '(?:ethical|responsible|human[- ]rights) use (?:policy|terms|addendum|annex|schedule|conditions|undertakings?)', 'unlawful (?:surveillance|targeting|use)',
      ...this.misuseTerms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];
    this.misuse = new RegExp(`\\b(?:${words.join('|')})`, 'i');
  }

  /** The sentence mentions misuse, directly or through a defined term. */
  mentionsMisuse(c: Clause): boolean {
    return this.misuse.test(c.text);
  }

  /** The clauses a sentence refers to ("clause 12.1", "clauses 5 to 7", "Section 9"), as normalised text. */
  referencedText(c: Clause): string {
    const texts: string[] = [];
    for (const m of c.text.matchAll(/\b(?:clauses?|sections?|articles?|paragraphs?)\s+(\d+(?:\u00b7\d+)*)(?:\s*(?:to|-|through)\s*(\d+(?:\u00b7\d+)*))?/g)) {
      const from = m[1].replace(/\u00b7/g, '.');
      const to = m[2]?.replace(/\u00b7/g, '.');
      const inRange = (label: string) => {
        const top = Number(label.split(/[.(]/)[0]);
        return to && !from.includes('.') && !to.includes('.') ? top >= Number(from) && top <= Number(to) : label === from || label.startsWith(`${from}.`) || label.startsWith(`${from}(`);
      };
      for (const b of this.draft.blocks) if (b.label && inRange(b.label.replace(/^.*paragraph /, ''))) texts.push(b.text);
    }
    return normalise(texts.join(' '));
  }

  any(pattern: RegExp): Clause | undefined {
    return this.clauses.find((c) => pattern.test(c.text));
  }
}
