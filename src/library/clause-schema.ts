// The front matter of a clause file in clauses/. Lawyers edit these files; this schema is what
// `safeguards library check` holds them to.
import { z } from 'zod';
import { SAFEGUARD_IDS, SOURCE_KEYS, PRODUCT_TYPES, RED_FLAG_IDS } from '../profile/vocabulary.ts';
import { AGENCY_TYPES, CHANNELS, CUSTOMER_KINDS, DEPLOYMENTS, LICENSING_MODELS } from '../profile/schema.ts';

export const TIERS = ['low', 'elevated', 'high', 'severe'] as const;
export type Tier = (typeof TIERS)[number];

export const DOCUMENT_KINDS = ['licence', 'rider', 'reseller', 'eula', 'memo'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Declarative conditions: every key must hold; a list holds when the profile has any listed value. */
export const AppliesWhen = z.strictObject({
  tier: z.array(z.enum(TIERS)).min(1).optional(),
  channel: z.array(z.enum(CHANNELS)).min(1).optional(),
  deployment: z.array(z.enum(DEPLOYMENTS)).min(1).optional(),
  licensing: z.array(z.enum(LICENSING_MODELS)).min(1).optional(),
  'customer-kind': z.array(z.enum(CUSTOMER_KINDS)).min(1).optional(),
  'agency-type': z.array(z.enum(AGENCY_TYPES)).min(1).optional(),
  'product-types': z.array(z.enum(PRODUCT_TYPES)).min(1).optional(),
  'red-flags': z.array(z.enum(RED_FLAG_IDS)).min(1).optional(),
  'exit-would-harm': z.boolean().optional(),
  document: z.array(z.enum(DOCUMENT_KINDS)).min(1).optional(),
});
export type AppliesWhen = z.infer<typeof AppliesWhen>;

const common = {
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { error: 'use lower-case words joined by "-" or ".", e.g. "termination-for-misuse.strict"' }),
  title: z.string().trim().min(1),
  'applies-when': AppliesWhen.default({}),
  variables: z.array(z.string()).default([]),
  sources: z.array(z.enum(SOURCE_KEYS)).min(1, { error: 'cite at least one source by its key in the spec (SD, NSO-20, ...)' }),
  version: z.number().int().min(1).default(1),
};

export const SafeguardClauseMeta = z.strictObject({
  ...common,
  kind: z.literal('safeguard').default('safeguard'),
  safeguard: z.enum(SAFEGUARD_IDS),
  variant: z.enum(['standard', 'strict']),
});

export const DefinitionMeta = z.strictObject({
  ...common,
  kind: z.literal('definition'),
  defines: z.string().trim().regex(/^[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)*$/, { error: 'a defined term starts with a capital letter, e.g. "Serious Crime"' }),
});

export const ClauseMeta = z.discriminatedUnion('kind', [
  DefinitionMeta,
  SafeguardClauseMeta,
]);
