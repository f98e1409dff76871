// Clauses numbered in words, as translated Latin-American and Iberian contracts number them:
// "CLAUSE SEVENTH – SUSPENSION", "Clauses Third to Sixth"; or in Roman numerals, as US government and
// civil-law contracts number their articles: "ARTICLE VII – TERMINATION", "Article IV". Read as the numbers they stand for.
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

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
/** A Roman numeral up to 89 ("VII" -> 7, "xiv" -> 14); undefined for anything else ("IIII", "VX"). */
export function romanValue(numeral: string): number | undefined {
  const s = numeral.toLowerCase();
  if (!s || !/^(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/.test(s)) return undefined;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const d = ROMAN_DIGITS[s[i]];
    value += d < (ROMAN_DIGITS[s[i + 1]] ?? 0) ? -d : d;
  }
  return value;
}
export const ROMAN_NUMERAL = '(?:(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3}))';

const NUMBER_WORD = `(?:${ORDINAL_WORD}|${ROMAN_NUMERAL})`;
// (Articles and sections only for Roman numerals: "clause i" is as likely a lettered item.)
const CITED = new RegExp(String.raw`\b(clauses?|articles?|sections?) (${NUMBER_WORD}(?:(?:,| and| or| to| through) ${NUMBER_WORD})*)(?![\w-])`, 'g');
const ONE = new RegExp(`\\b${NUMBER_WORD}\\b`, 'g');
const STARTS_WITH_ORDINAL = new RegExp(`^${ORDINAL_WORD}\\b`);

/** In lower-case text: "clauses third to sixth" -> "clauses 3 to 6", "article vii" -> "article 7", so citations resolve as numbers do. */
export function citedOrdinalsAsNumbers(text: string): string {
  return text.replace(CITED, (whole, word: string, list: string) => {
    if (/^clause/.test(word) && !STARTS_WITH_ORDINAL.test(list)) return whole;
    return `${word} ${list.replace(ONE, (w) => String(ordinalValue(w) ?? romanValue(w) ?? w))}`;
  });
}
