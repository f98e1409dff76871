// Country codes are checked against the ICU region names that ship with Node, so no code list
// is kept by hand. ICU also knows groupings and aliases that are not countries: exclude them.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'UK']);

/** English name of an ISO 3166-1 alpha-2 code, or undefined if it is not one. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return undefined;
  return regionNames.of(code);
}
