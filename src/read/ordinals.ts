// Clauses numbered in words, as translated Latin-American and Iberian contracts number them:
// "CLAUSE SEVENTH – SUSPENSION", "Clauses Third to Sixth". Read as the numbers they stand for.
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS: Array<[string, string, number]> = [['twentieth', 'twenty', 20], ['thirtieth', 'thirty', 30], ['fortieth', 'forty', 40]];

const VALUE = new Map<string, number>();
UNITS.forEach((w, i) => VALUE.set(w, i + 1));
TEENS.forEach((w, i) => VALUE.set(w, i + 10));
for (const [whole, stem, n] of TENS) {
  VALUE.set(whole, n);
  UNITS.forEach((w, i) => VALUE.set(`${stem}-${w}`, n + i + 1));
}

/** An ordinal word as a pattern source, longest first ("twenty-first" before "first"). */
export const ORDINAL_WORD = `(?:${[...VALUE.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** "Seventh" -> 7, "TWENTY-FIRST" -> 21; undefined for anything else. */
export function ordinalValue(word: string): number | undefined {
  return VALUE.get(word.toLowerCase().replace(/\s+/g, '-'));
}

const CITED = new RegExp(String.raw`\b(clauses?|articles?|sections?) (${ORDINAL_WORD}(?:(?:,| and| or| to| through) ${ORDINAL_WORD})*)\b`, 'g');
const ONE = new RegExp(ORDINAL_WORD, 'g');

/** In lower-case text: "clauses third to sixth" -> "clauses 3 to 6", so citations resolve as numbers do. */
export function citedOrdinalsAsNumbers(text: string): string {
  return text.replace(CITED, (_, word: string, list: string) => `${word} ${list.replace(ONE, (w) => String(ordinalValue(w)))}`);
}
