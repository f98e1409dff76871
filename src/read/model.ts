// The draft model: a counterparty's document as the checker reads it, whatever the file format.
// Every block keeps its place (the label a lawyer cites, its heading, character offsets) so each
// finding can quote it and point to it.

export interface Block {
  /** Position in the draft, 0-based. */
  index: number;
  /** The words of the paragraph, without its clause number. */
  text: string;
  /** Offsets of `text` in `Draft.text`. */
  start: number;
  end: number;
  /** The number a lawyer cites: "12.3(b)", "Schedule 2, paragraph 4"; absent for unnumbered text. */
  label?: string;
  /** For an unnumbered paragraph under a numbered heading ("### 9.1 Usage Logs"), that heading's number: the lawyer cites it as clause 9.1. */
  under?: string;
  /** The heading of the section this block is in (or its own words, for a heading). */
  heading?: string;
  isHeading: boolean;
  /** The schedule, annex or exhibit the block is in, if any. */
  part?: string;
  /** For DOCX: the index of the `w:p` element in the body, for annotation. */
  paragraph?: number;
  /** An unnumbered list item (a bullet): it goes on from the lead-in above it, as a lettered item does. */
  bullet?: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  block: number;
}

export interface DefinedTerm {
  term: string;
  /** What the draft says it means (the rest of the defining sentence). */
  meaning: string;
  block: number;
  /** The blocks that use the term, other than its definition. */
  usedIn: number[];
  /** Named in brackets after what it names ('Acme Ltd ... (the "Supplier")'): the "meaning" is that text, no definition. */
  inline?: boolean;
}

export type DraftFormat = 'docx' | 'pdf' | 'markdown' | 'text';

export interface Draft {
  file: string;
  format: DraftFormat;
  /** All block texts joined by newlines; offsets refer to this. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  definitions: DefinedTerm[];
  /** The draft's defined terms for the seller and the customer, when it defines them. */
  parties: { seller?: string; customer?: string };
  /** Every name the draft gives each party besides role words ("Corvane", "NIB"). */
  partyNames: { seller: string[]; customer: string[] };
}

/** What a reader produces before sentences and definitions are derived. */
export interface RawBlock {
  text: string;
  /** A label the format itself carries (typed "12.3" stripped from the text, or Word's numbering). */
  label?: string;
  /** Outline depth for headings (1 = top); undefined for body text. */
  headingLevel?: number;
  paragraph?: number;
  bullet?: boolean;
}
