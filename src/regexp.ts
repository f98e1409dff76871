// A piece of draft text (a defined term, a party's name) used literally inside a pattern.
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
