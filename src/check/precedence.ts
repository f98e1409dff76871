// Which document of a bundle prevails: "These Purchaser Terms prevail over any Vendor EULA". A
// bundle puts its documents one after another under their own headings ("Part 1 — Purchaser
// Terms", "Part 2 — End User Licence Agreement"); a precedence clause in one of them ranks it above
// the documents it names. A right stated in a lower document (the EULA's "notwithstanding any
// obligation of confidence, the Vendor may report") then cannot undo a counter-clause of a higher one.
import type { Block, DefinedTerm } from '../read/model.ts';

/** A heading that starts a document of its own, not a clause of one. */
// (Also with the letter in brackets, as Gulf drafting writes it: "Appendix (D): Conditions of Responsible Use".)
const DOCUMENT_HEADING = /^(?:part|schedule|annex|appendix|exhibit|attachment|document)\s+(?:No\.?\s*)?\(?(?:\d+[A-Z]?|[A-Z]|[IVX]+)\b/i;

/** For each block, the first block of the document it sits in (0: the draft's opening, before any). */
export function documentsOf(blocks: readonly Block[]): Int32Array {
  const start = new Int32Array(blocks.length);
  let current = 0;
  for (const b of blocks) {
    if (b.isHeading && DOCUMENT_HEADING.test(b.text)) current = b.index;
    start[b.index] = current;
  }
  return start;
}

// "These Purchaser Terms prevail over any Vendor EULA"; "this Order shall take precedence over the Master Terms".
const PREVAILS_OVER = /\b(?:these|this) (?:[\w'-]+ ){0,4}?(?:terms|conditions|agreement|order|contract|policy|addendum|rider|eula|licen[cs]e)\b[^.;]{0,40}?\b(?:shall |will )?(?:prevail|take precedence|have precedence|govern|control)s?\b[^.;]{0,20}?\bover\b([^.;]*)/;
// Words every document title has: they name no document in particular.
const GENERIC = new Set(['terms', 'term', 'conditions', 'agreement', 'licence', 'license', 'part', 'schedule', 'annex', 'appendix', 'exhibit', 'attachment', 'document', 'any', 'the', 'this', 'these', 'and', 'of', 'to', 'extent', 'conflict', 'inconsistency', 'between', 'them', 'its', 'ltd', 'limited', 'inc', 'with', 'for', 'under']);
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !GENERIC.has(w)));

// The main agreement over all its attachments, said in its own opening: "In the event of conflict between this Contract Agreement
// and any of the Appendices, the provisions of this Contract Agreement shall prevail"; "This Article prevails over any provision of
// the Appendices".
const MAIN_PREVAILS = /\b(?:this|the) (?:[\w-]+ ){0,2}(?:contract|agreement|article|clause)\b[^.;]{0,60}?\b(?:shall |will )?(?:prevail|take precedence|govern|control)s?\b[^.;]{0,20}?\bover\b[^.;]{0,40}?\b(?:appendi(?:x|ces)|schedules?|annex(?:es)?|exhibits?|attachments?)\b|\bconflict between (?:this|the) (?:[\w-]+ ){0,2}(?:contract|agreement)\b[^.;]{0,40}?\b(?:appendi(?:x|ces)|schedules?|annex(?:es)?|exhibits?|attachments?)\b[^.;]{0,60}?\b(?:provisions|terms) of (?:this|the) (?:[\w-]+ ){0,2}(?:contract|agreement) (?:shall|will) prevail\b/;

/** Pairs of documents (by first block) where the first prevails over the second. */
export function precedence(blocks: readonly Block[], definitions: readonly DefinedTerm[], documents: Int32Array): Set<string> {
  const ranked = new Set<string>();
  const titles = [...new Set(documents)].filter((d) => d > 0).map((d) => ({ start: d, words: wordsOf(blocks[d].text) }));
  if (titles.length < 1) return ranked;
  for (const b of blocks) {
    if (documents[b.index] === 0 && MAIN_PREVAILS.test(b.text.toLowerCase())) for (const t of titles) ranked.add(`0>${t.start}`);
    const m = PREVAILS_OVER.exec(b.text.toLowerCase());
    if (!m) continue;
    // The documents it names, by their own words or by a defined term's meaning ("Vendor EULA" means "the Vendor's end user licence agreement").
    const named = [m[1], ...definitions.filter((d) => m[1].includes(d.term.toLowerCase())).map((d) => d.meaning)].join(' ');
    const words = wordsOf(named);
    const higher = documents[b.index];
    for (const t of titles) {
      if (t.start === higher) continue;
      // (Two words in common, or all of a short title's: "General Conditions".)
      if (t.words.size && [...t.words].filter((w) => words.has(w)).length >= Math.min(2, t.words.size)) ranked.add(`${higher}>${t.start}`);
    }
  }
  return ranked;
}
