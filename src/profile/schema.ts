// The transaction profile: the facts a lawyer states about a deal. This schema is the single
// source of truth for the file format, the TypeScript types and the exported JSON Schema.
import { z } from 'zod';
import { CAPABILITY_FACTORS, PRODUCT_TYPES, RED_FLAG_IDS } from './vocabulary.ts';
import { countryName } from './countries.ts';

const text = z.string().trim().min(1, { error: 'must not be empty' });

const countryCode = z
  .string()
  .refine((code) => countryName(code.trim().toUpperCase()) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. "KE", "DE")`,
  })
  .transform((code) => code.trim().toUpperCase());

export const CUSTOMER_KINDS = ['government-agency', 'government-affiliated', 'private', 'reseller'] as const;
export const AGENCY_TYPES = ['law-enforcement', 'intelligence', 'security-service', 'military', 'other'] as const;
export const CHANNELS = ['direct', 'reseller', 'unknown'] as const;
export const DEPLOYMENTS = ['cloud', 'on-premises', 'hybrid'] as const;
export const LICENSING_MODELS = ['subscription', 'perpetual'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;

export const Party = z.strictObject({
  name: text.describe('Legal name as it should appear in the contract'),
  jurisdiction: text.describe('Place of incorporation, e.g. "Delaware, United States"'),
  address: text.optional(),
});

export const Customer = z.strictObject({
  name: text,
  kind: z.enum(CUSTOMER_KINDS),
  agencyType: z.enum(AGENCY_TYPES).optional().describe('For government agencies: what the agency does'),
  country: countryCode,
  address: text.optional(),
});

export const Reseller = z.strictObject({
  name: text,
  country: countryCode,
  knownEndUsers: z.array(text).default([]),
});

export const RedFlag = z.strictObject({
  id: z.enum(RED_FLAG_IDS),
  note: text.optional(),
  source: text.optional().describe('Where the lawyer found it: a report, a news article, a due-diligence file'),
});

export const Profile = z
  .strictObject({
    seller: Party,
    customer: Customer,
    endUser: text.optional().describe('The agency that will operate the product, if not the customer itself'),
    channel: z.enum(CHANNELS).default('direct'),
    reseller: Reseller.optional(),
    product: z.strictObject({
      name: text,
      types: z.array(z.enum(PRODUCT_TYPES)).min(1, { error: 'name at least one product type' }),
      capabilities: z.array(z.enum(CAPABILITY_FACTORS)).default([]),
      description: text.optional(),
    }),
    purpose: text.default('the prevention, detection and investigation of Serious Crime and Terrorism'),
    deployment: z.enum(DEPLOYMENTS),
    licensing: z.enum(LICENSING_MODELS),
    termMonths: z.number().int().min(1).max(240).default(12),
    services: z
      .strictObject({
        updates: z.boolean().default(true),
        support: z.boolean().default(true),
        training: z.boolean().default(true),
      })
      .prefault({}),
    redFlags: z.array(z.union([z.enum(RED_FLAG_IDS), RedFlag])).default([]),
    weighing: z
      .strictObject({
        leverage: z.enum(LEVELS).default('medium').describe("The seller's ability to influence the end user's conduct"),
        relationshipCrucial: z.boolean().default(false).describe('Whether the customer depends on this product for essential services'),
        exitWouldHarm: z.boolean().default(false).describe('Whether ending the relationship would itself harm people'),
      })
      .prefault({}),
    governingLaw: text.default('the laws of England and Wales'),
    date: z.iso.date().optional().describe('Agreement date, YYYY-MM-DD; today if omitted'),
  })
  .superRefine((profile, ctx) => {
    if (profile.channel === 'reseller' && !profile.reseller) {
      ctx.addIssue({ code: 'custom', path: ['reseller'], message: 'channel is "reseller": name the reseller (name, country)' });
    }
    if (profile.customer.kind === 'government-agency' && !profile.customer.agencyType) {
      ctx.addIssue({ code: 'custom', path: ['customer', 'agencyType'], message: 'a government agency needs its agencyType (law-enforcement, intelligence, security-service, military, other)' });
    }
  })
  .transform(({ redFlags, ...profile }) => ({
    ...profile,
    // A red flag may be written as a bare id or with a note and source; downstream sees one shape.
    redFlags: redFlags.map((flag) => (typeof flag === 'string' ? { id: flag } : flag)),
  }));

export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

