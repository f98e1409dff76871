// The values templates and clauses may print. Every string that comes from the profile is
// escaped for Markdown here, once, so a party called "*Acme* {{x}}" prints literally.
import type { Profile } from '../profile/schema.ts';
import { countryName } from '../profile/countries.ts';
import { SAFEGUARD_TITLES } from '../profile/vocabulary.ts';
import { PRODUCT_TYPE_FACTORS, RED_FLAG_FACTORS } from '../risk/factors.ts';
import type { Assessment } from '../risk/assess.ts';
import type { SelectedClause } from './select.ts';

/** Backslash-escapes every ASCII punctuation character, which CommonMark then prints as itself. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

function escapeAll<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(escapeAll) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeAll(v)])) as T;
  }
  return value;
}

const KIND_LABELS = {
  'government-agency': 'government agency',
  'government-affiliated': 'government-affiliated entity',
  private: 'private entity',
  reseller: 'reseller',
} as const;

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export interface Override { accepted: boolean; reason?: string }

export function documentContext(
  profile: Profile,
  assessment: Assessment,
  selection: SelectedClause[],
  terms: { Seller: string; Customer: string },
  override: Override,
  today: string,
) {
  const values = {
    ...terms,
    seller: profile.seller,
    customer: {
      ...profile.customer,
      kindLabel: KIND_LABELS[profile.customer.kind],
      countryName: countryName(profile.customer.country),
    },
    endUser: profile.endUser ?? profile.customer.name,
    country: countryName(profile.customer.country),
    reseller: profile.reseller && { ...profile.reseller, countryName: countryName(profile.reseller.country) },
    product: {
      ...profile.product,
      typesLabel: joinWords(profile.product.types.map((t) => PRODUCT_TYPE_FACTORS[t].label.toLowerCase())),
    },
    purpose: profile.purpose,
    deploymentLabel: { cloud: 'hosted by the Supplier (cloud)', 'on-premises': 'on the Customer\'s premises', hybrid: 'partly hosted, partly on the Customer\'s premises' }[profile.deployment],
    licensingLabel: { subscription: 'a subscription with licence keys that expire', perpetual: 'a single up-front licence fee' }[profile.licensing],
    termMonths: profile.termMonths,
    services: profile.services,
    governingLaw: profile.governingLaw,
    date: formatDate(profile.date ?? today),
    assessment: {
      ...assessment,
      factors: assessment.factors.map((f) => ({ label: f.label, weight: f.weight, reason: f.reason })),
      required: assessment.required.map((r) => ({ id: r.id, title: SAFEGUARD_TITLES[r.id], why: r.why.join(' ') })),
    },
    selection: selection.map((s) => ({
      safeguard: s.safeguard,
      title: SAFEGUARD_TITLES[s.safeguard],
      clauseId: s.clause.id,
      variant: s.clause.variant,
      version: s.clause.version,
      why: s.why.join(' '),
      sources: s.clause.sources.join(', '),
    })),
    redFlags: profile.redFlags.map((f) => ({ id: f.id, label: RED_FLAG_FACTORS[f.id].label, note: f.note, source: f.source })),
    override,
  };
  return escapeAll(values);
}
export type DocumentContext = ReturnType<typeof documentContext>;
