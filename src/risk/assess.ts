// Risk assessment: a profile in, a tier with its reasons and the required safeguards out.
// Deterministic and additive so a lawyer can redo the sum by hand (README, "How the tier is computed").
import type { Profile } from '../profile/schema.ts';
import { SAFEGUARD_IDS, type SafeguardId } from '../profile/vocabulary.ts';
import type { Tier } from '../library/clause-schema.ts';
import { CAPABILITY_FACTORS_WEIGHTS, PRODUCT_TYPE_FACTORS, RED_FLAG_FACTORS } from './factors.ts';

export interface ContributingFactor {
  id: string;
  label: string;
  weight: number;
  reason: string;
}

export interface RequiredSafeguard {
  id: SafeguardId;
  why: string[];
}

export interface Assessment {
  tier: Tier;
  score: number;
  /** True when the guidance's "do not proceed unless mitigated" gate applies (tier severe). */
  gate: boolean;
  factors: ContributingFactor[];
  tierReasons: string[];
  required: RequiredSafeguard[];
}

/** Score thresholds: a score at or above the bound reaches the tier. */
export const TIER_THRESHOLDS: ReadonlyArray<[Tier, number]> = [['severe', 25], ['high', 14], ['elevated', 6], ['low', -Infinity]];
const TIER_ORDER: Tier[] = ['low', 'elevated', 'high', 'severe'];
export const atLeast = (tier: Tier, floor: Tier) => TIER_ORDER.indexOf(tier) >= TIER_ORDER.indexOf(floor);

function factorsOf(profile: Profile): ContributingFactor[] {
  const factors: ContributingFactor[] = [];
  const add = (id: string, label: string, weight: number, reason: string) => factors.push({ id, label, weight, reason });

  // The most dangerous product type counts in full; each further type adds one, since a
  // combined product is more capable but not twice as dangerous.
  const types = [...profile.product.types].sort((a, b) => PRODUCT_TYPE_FACTORS[b].weight - PRODUCT_TYPE_FACTORS[a].weight);
  types.forEach((type, i) => {
    const f = PRODUCT_TYPE_FACTORS[type];
    const also = i > 0 ? ' (a further capability of the same product)' : '';
    add(`product:${type}`, f.label, i === 0 ? f.weight : 1, `The product is ${f.label.toLowerCase()}${also}: it ${f.explanation}.`);
  });
  for (const capability of profile.product.capabilities) {
    const f = CAPABILITY_FACTORS_WEIGHTS[capability];
    add(capability, f.label, f.weight, `${f.label}: ${f.explanation}.`);
  }
  const { customer } = profile;
  if (customer.kind === 'government-agency') {
    add('customer:government-agency', 'Foreign government end user', 2, 'The customer is a government agency: the guidance applies to transactions linked to foreign-government end users.');
    if (customer.agencyType === 'security-service' || customer.agencyType === 'intelligence') {
      add(`agency:${customer.agencyType}`, `Agency type: ${customer.agencyType.replace('-', ' ')}`, 2, 'Intelligence and security services operate with the least transparency and outside ordinary criminal procedure.');
    } else if (customer.agencyType === 'law-enforcement' || customer.agencyType === 'military') {
      add(`agency:${customer.agencyType}`, `Agency type: ${customer.agencyType.replace('-', ' ')}`, 1, 'The agency uses coercive powers against individuals.');
    }
  } else if (customer.kind === 'government-affiliated') {
    add('customer:government-affiliated', 'Government-affiliated customer', 1, 'A government-affiliated entity may act for the state.');
  }
  if (profile.channel === 'reseller') {
    add('channel:reseller', 'Sale through a reseller', 2, 'The seller knows the end user only through an intermediary.');
  } else if (profile.channel === 'unknown') {
    add('channel:unknown', 'End use unknown', 3, 'Nobody has told the seller who will use the product, or for what.');
  }
  if (profile.deployment === 'on-premises') {
    add('deployment:on-premises', 'On-premises deployment', 2, 'The product runs on the customer\'s premises, outside the seller\'s custody.');
  } else if (profile.deployment === 'hybrid') {
    add('deployment:hybrid', 'Hybrid deployment', 1, 'Part of the product runs outside the seller\'s custody.');
  }
  if (profile.licensing === 'perpetual') {
    add('licensing:perpetual', 'Perpetual licence', 2, 'A perpetual licence leaves the seller no renewal at which to re-assess.');
  }
  for (const flag of profile.redFlags) {
    const f = RED_FLAG_FACTORS[flag.id];
    const noted = flag.note ? ` Noted: ${flag.note}` : '';
    add(flag.id, f.label, f.weight, `${f.label}: ${f.explanation}.${noted}`);
  }
  const { leverage } = profile.weighing;
  if (leverage === 'low') add('weighing:leverage-low', 'Little leverage over the end user', 2, 'The seller has little ability to change the end user\'s conduct, so contract terms weigh less.');
  if (leverage === 'high') add('weighing:leverage-high', 'Strong leverage over the end user', -1, 'The seller can influence the end user\'s conduct, for example through updates and support it alone provides.');
  return factors;
}

function tierOf(profile: Profile, score: number): { tier: Tier; reasons: string[] } {
  let tier = TIER_THRESHOLDS.find(([, bound]) => score >= bound)![0];
  const reasons = [`The factors add up to ${score}; ${describeThresholds()}.`];
  const raise = (floor: Tier, why: string) => {
    if (!atLeast(tier, floor)) { tier = floor; reasons.push(why); }
  };
  const caps = new Set(profile.product.capabilities);
  const flags = new Set(profile.redFlags.map((f) => f.id));
  if (caps.has('builds-known-abusive-system')) {
    raise('severe', 'The product would build or extend a system known to be used for abuse: severe whatever the score.');
  }
  if (flags.has('end-user-misused-similar-products') && profile.product.types.includes('intrusion')) {
    raise('high', 'An intrusion product for an end user that has misused similar products: at least high.');
  }
  if (profile.weighing.leverage === 'low' && atLeast(tier, 'high')) {
    raise('severe', 'High risk with little leverage: the risk stays unduly high even with contract safeguards, so the gate applies.');
  }
  return { tier, reasons };
}

function describeThresholds(): string {
  return TIER_THRESHOLDS.filter(([, b]) => Number.isFinite(b)).map(([t, b]) => `${t} from ${b}`).join(', ');
}

/** Which safeguards each tier requires, cumulative upwards. */
const TIER_SAFEGUARDS: Record<Tier, SafeguardId[]> = {
  low: ['end-use-limitation', 'use-restrictions', 'human-rights-compliance', 'export-control-compliance', 'no-transfer', 'data-protection', 'termination-for-misuse', 'misuse-notification'],
  elevated: ['suspension-remote-disable', 'update-support-withholding', 'investigation-cooperation', 'audit-and-records', 'grievance-mechanism', 'misuse-disclosure', 'safeguard-action-protection'],
  high: ['lawful-authorization', 'compliance-certification', 'seller-control', 'renewal-reassessment', 'training', 'remediation'],
  severe: [],
};

const TIER_WHY: Record<Tier, string> = {
  low: 'Core term for any sale of a product with surveillance capabilities (SD contract safeguards).',
  elevated: 'Required from the elevated tier: the seller needs the means to act on a complaint (SD).',
  high: 'Required from the high tier: continuing control and oversight of use (SD, NSO-20, NSO-23).',
  severe: 'Severe tier: every safeguard in the catalogue is required (the reseller terms when an intermediary sells).',
};

/** The safeguards a tier requires by itself, before the deal's facts add any. */
export function safeguardsForTier(tier: Tier): SafeguardId[] {
  return TIER_ORDER.filter((t) => atLeast(tier, t)).flatMap((t) => TIER_SAFEGUARDS[t]);
}

function requiredSafeguards(profile: Profile, tier: Tier): RequiredSafeguard[] {
  const why = new Map<SafeguardId, string[]>();
  const need = (id: SafeguardId, reason: string) => why.set(id, [...(why.get(id) ?? []), reason]);

  for (const t of TIER_ORDER) {
    if (!atLeast(tier, t)) break;
    for (const id of TIER_SAFEGUARDS[t]) need(id, TIER_WHY[t]);
  }
  // Reseller terms bind an intermediary; a direct sale has none, so even severe leaves them out.
  const resellerTerms: SafeguardId[] = ['reseller-due-diligence', 'eula-flow-down'];
  if (tier === 'severe') {
    for (const id of SAFEGUARD_IDS) if (!why.has(id) && !resellerTerms.includes(id)) need(id, TIER_WHY.severe);
  }

  if (profile.channel !== 'direct') {
    const how = profile.channel === 'reseller' ? 'sold through a reseller' : 'the end use is unknown';
    need('reseller-due-diligence', `The product is ${how}: the intermediary must vet and disclose each end user (SD).`);
    need('eula-flow-down', `The product is ${how}: each end user must be bound by a licence carrying the safeguards (SD).`);
  }
  const agency = profile.customer.agencyType;
  if (agency && agency !== 'other' && atLeast(tier, 'elevated')) {
    need('lawful-authorization', `The customer is a ${agency.replace('-', ' ')} agency: each use should rest on independent authorization (NSO-23, PMP).`);
  }
  const flags = new Set(profile.redFlags.map((f) => f.id));
  if (flags.has('lack-of-independent-oversight') || flags.has('access-without-safeguards')) {
    need('lawful-authorization', 'Domestic law provides no independent check on surveillance, so the contract must require one.');
    need('audit-and-records', 'With no domestic oversight, usage logs and audit are the only record of use.');
  }
  if (flags.has('contracting-out-to-private-entities') || flags.has('diversion-risk') || flags.has('stated-end-user-not-only-end-user')) {
    need('audit-and-records', 'A diversion risk is stated: logs show who actually uses the product.');
  }
  if ((profile.deployment !== 'cloud' || profile.licensing === 'perpetual') && atLeast(tier, 'elevated')) {
    need('seller-control', 'The product leaves the seller\'s custody: expiring licence keys keep a means of control (SD).');
  }
  if (profile.weighing.exitWouldHarm) {
    need('remediation', 'Ending the relationship would itself harm people: remediation comes before exit (ABA-MCC2).');
  }
  return SAFEGUARD_IDS.filter((id) => why.has(id)).map((id) => ({ id, why: why.get(id)! }));
}

export function assess(profile: Profile): Assessment {
  const factors = factorsOf(profile);
  const score = factors.reduce((sum, f) => sum + f.weight, 0);
  const { tier, reasons } = tierOf(profile, score);
  return { tier, score, gate: tier === 'severe', factors, tierReasons: reasons, required: requiredSafeguards(profile, tier) };
}
