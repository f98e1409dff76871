// The form's choices come from GET /api/vocabulary, never from lists kept in the page. The
// server may send a choice as a bare id or as an object; both become a Choice here.
import { getJson } from './api.ts';
import type { Choice, Vocabulary } from './types.ts';

const humanize = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

function choice(raw: unknown, titles?: Record<string, string>): Choice | undefined {
  if (typeof raw === 'string') return { id: raw, label: titles?.[raw] ?? humanize(raw) };
  if (!raw || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  const id = [o.id, o.value, o.code].find((v) => typeof v === 'string') as string | undefined;
  if (!id) return undefined;
  const label = [o.label, o.title, o.name].find((v) => typeof v === 'string') as string | undefined;
  const explanation = [o.explanation, o.description, o.plain, o.help].find((v) => typeof v === 'string') as string | undefined;
  const group = [o.group, o.category, o.kind].find((v) => typeof v === 'string') as string | undefined;
  return { id, label: label ?? titles?.[id] ?? humanize(id), explanation, weight: typeof o.weight === 'number' ? o.weight : undefined, group };
}

function list(raw: unknown, titles?: Record<string, string>): Choice[] {
  if (Array.isArray(raw)) return raw.map((r) => choice(r, titles)).filter((c): c is Choice => !!c);
  // A map of id to label or to an object.
  if (raw && typeof raw === 'object') {
    return Object.entries(raw as Record<string, unknown>).map(([id, v]) => choice(typeof v === 'string' ? { id, label: v } : { id, ...(v as object) }, titles)).filter((c): c is Choice => !!c);
  }
  return [];
}

// The server sends some lists as bare ids; these are the page's words for the ids it knows. The
// choices themselves still come from the server (a new id appears, under its own name).
const WORDS: Partial<Record<keyof Vocabulary, Record<string, string>>> = {
  customerKinds: { 'government-agency': 'Government agency', 'government-affiliated': 'Government-affiliated entity', private: 'Private company', reseller: 'Reseller or distributor' },
  agencyTypes: { 'law-enforcement': 'Law enforcement (police)', intelligence: 'Intelligence service', 'security-service': 'Security service', military: 'Military', other: 'Other' },
  channels: { direct: 'Sold directly to the customer', reseller: 'Through a reseller or distributor', unknown: 'End user or end use not known' },
  deployments: { cloud: "Cloud (runs in the seller's service)", 'on-premises': "On premises (runs at the customer's site)", hybrid: 'Hybrid' },
  licensing: { subscription: 'Subscription for a term', perpetual: 'Perpetual licence' },
  levels: { low: 'Low', medium: 'Medium', high: 'High' },
  documents: { licence: 'Licence and services agreement', rider: 'Human-rights rider', reseller: 'Reseller agreement', eula: 'End-user licence agreement (EULA)', memo: 'Rationale memo' },
};

/** The first of several names the server might use for a list. */
const pick = (o: Record<string, unknown>, ...names: string[]) => names.map((n) => o[n]).find((v) => v !== undefined);

export function normalizeVocabulary(raw: unknown): Vocabulary {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const redFlags = pick(o, 'redFlags', 'red-flags', 'redFlagIds');
  const countries = pick(o, 'countries');
  return {
    customerKinds: list(pick(o, 'customerKinds', 'customerKind', 'kinds'), WORDS.customerKinds),
    agencyTypes: list(pick(o, 'agencyTypes', 'agencyType'), WORDS.agencyTypes),
    channels: list(pick(o, 'channels', 'channel'), WORDS.channels),
    deployments: list(pick(o, 'deployments', 'deployment'), WORDS.deployments),
    licensing: list(pick(o, 'licensing', 'licensingModels', 'licensingModel'), WORDS.licensing),
    levels: list(pick(o, 'levels', 'leverage', 'leverageLevels'), WORDS.levels),
    productTypes: list(pick(o, 'productTypes', 'productType')),
    capabilityFactors: list(pick(o, 'capabilityFactors', 'capabilities')),
    redFlags: redFlagList(redFlags),
    documents: list(pick(o, 'documents', 'documentKinds', 'documentTypes'), WORDS.documents),
    safeguards: list(pick(o, 'safeguards', 'safeguardIds')),
    countries: list(countries).map((c) => ({ code: c.id, name: c.label })),
  };
}

/** Red flags may come as one list (each with its group) or grouped: { endUser: [...], country: [...] }. */
function redFlagList(raw: unknown): Choice[] {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw as Record<string, unknown>);
    if (entries.every(([, v]) => Array.isArray(v))) {
      return entries.flatMap(([group, v]) => list(v).map((c) => ({ ...c, group: c.group ?? group })));
    }
  }
  return list(raw);
}

export async function loadVocabulary(): Promise<Vocabulary> {
  return normalizeVocabulary(await getJson<unknown>('/api/vocabulary'));
}

/** Title of a safeguard id, from the vocabulary. */
export function safeguardTitle(vocabulary: Vocabulary, id: string): string {
  return vocabulary.safeguards.find((s) => s.id === id)?.label ?? humanize(id);
}
