// A compare exported to text marks changes in brackets: "[deleted: ...]" and "[inserted: ...]".
// The draft is read as it would be with every change accepted, as DOCX tracked changes are.
const DELETED = /\[\s*(?:deleted|deletion|struck(?: out)?|removed)(?: text)?\s*:[^\]]*\]/gi;
const INSERTED = /\[\s*(?:inserted|insertion|added)(?: text)?\s*:\s*([^\]]*)\]/gi;

export function acceptMarkedChanges(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(DELETED, '').replace(INSERTED, '$1');
}
