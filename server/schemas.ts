// The API's requests and responses as zod schemas: requests are validated with them, and the
// OpenAPI document (openapi.ts) is generated from them, so the two cannot drift apart.
import { z } from 'zod';
import { STATUSES } from '../src/check/finding.ts';
import { DOCUMENT_KINDS, TIERS } from '../src/library/clause-schema.ts';
import { Profile } from '../src/profile/schema.ts';
import { SAFEGUARD_IDS, SOURCE_KEYS } from '../src/profile/vocabulary.ts';
import { OUTPUT_FORMATS } from '../src/render/pipeline.ts';
import { HISTORY_FORMATS } from '../src/audit/report.ts';

/** The schemas the OpenAPI document lists as components, by name. */
export const API_SCHEMAS = z.registry<{ id: string }>();

export const ApiError = z.object({
  error: z.string().describe('One clear sentence'),
  issues: z.array(z.object({ path: z.string().describe('Dotted path of the field, e.g. profile.customer.country'), message: z.string() })).optional(),
}).register(API_SCHEMAS, { id: 'Error' });

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  uptimeSeconds: z.number(),
  checksInFlight: z.number().int().describe('Checks running or queued'),
}).register(API_SCHEMAS, { id: 'Health' });

// The profile is one component, referenced by the assess and generate requests.
API_SCHEMAS.add(Profile, { id: 'Profile' });

export const AssessRequest = z.strictObject({ profile: Profile }).register(API_SCHEMAS, { id: 'AssessRequest' });

export const GenerateRequest = z.strictObject({
  profile: Profile,
  document: z.enum(DOCUMENT_KINDS),
  acceptRisk: z.string().trim().min(1, { error: 'must not be empty' }).max(2000).optional()
    .describe('The lawyer\'s reason for going ahead with a severe-tier deal; the memo records it'),
  format: z.enum(OUTPUT_FORMATS).default('docx'),
}).register(API_SCHEMAS, { id: 'GenerateRequest' });

export const CHECK_OUTPUTS = ['findings', 'annotated'] as const;

/** The text fields of the multipart check upload (the file is the field "draft"). */
export const CheckFields = z.strictObject({
  profile: z.string().optional().describe('The deal\'s profile as JSON: its risk assessment decides which safeguards are required'),
  output: z.enum(CHECK_OUTPUTS).default('findings'),
});

export const CheckUpload = z.object({
  draft: z.string().meta({ format: 'binary' }).describe('The draft: DOCX, PDF, Markdown or text, at most 25 MiB'),
  profile: CheckFields.shape.profile,
  output: CheckFields.shape.output,
}).register(API_SCHEMAS, { id: 'CheckUpload' });

export const HistoryQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  format: z.enum(HISTORY_FORMATS).exclude(['text']).default('json'),
});

const Factor = z.object({ id: z.string(), label: z.string(), weight: z.number(), reason: z.string() });

export const Assessment = z.object({
  schema: z.literal('safeguards.assess/1'),
  file: z.string(),
  tier: z.enum(TIERS),
  score: z.number(),
  gate: z.boolean().describe('The guidance\'s "do not proceed unless mitigated" gate (severe tier)'),
  factors: z.array(Factor),
  tierReasons: z.array(z.string()),
  required: z.array(z.object({ id: z.enum(SAFEGUARD_IDS), why: z.array(z.string()) })),
}).register(API_SCHEMAS, { id: 'Assessment' });

export const Findings = z.object({
  schema: z.literal('safeguards.check/1'),
  file: z.string(),
  format: z.enum(['docx', 'pdf', 'markdown', 'text']),
  parties: z.record(z.string(), z.unknown()).describe('The draft\'s own terms for seller and customer'),
  requiredBy: z.enum(['profile', 'high-risk default']),
  findings: z.array(z.object({
    safeguard: z.enum(SAFEGUARD_IDS),
    status: z.enum(STATUSES),
    required: z.boolean(),
    evidence: z.array(z.object({ section: z.string().optional(), heading: z.string().optional(), quote: z.string(), start: z.number(), end: z.number(), block: z.number(), paragraph: z.number().optional() })),
    reasons: z.array(z.string()),
    found: z.array(z.string()),
    lacking: z.array(z.string()),
    sources: z.array(z.enum(SOURCE_KEYS)),
  })),
}).register(API_SCHEMAS, { id: 'Findings' });

const Choice = z.object({ id: z.string(), label: z.string().optional(), explanation: z.string().optional(), weight: z.number().optional() });

export const Vocabulary = z.object({
  customerKinds: z.array(z.string()),
  agencyTypes: z.array(z.string()),
  channels: z.array(z.string()),
  deployments: z.array(z.string()),
  licensing: z.array(z.string()),
  levels: z.array(z.string()),
  documentKinds: z.array(z.string()),
  outputFormats: z.array(z.string()),
  productTypes: z.array(Choice),
  capabilityFactors: z.array(Choice),
  redFlags: z.array(Choice.extend({ group: z.enum(['end-user', 'country', 'stakeholder']) })),
  safeguards: z.array(z.object({ id: z.enum(SAFEGUARD_IDS), title: z.string() })),
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
  tiers: z.array(z.enum(TIERS)),
}).register(API_SCHEMAS, { id: 'Vocabulary' });

export const Clauses = z.object({
  clauses: z.array(z.object({
    id: z.string(), safeguard: z.enum(SAFEGUARD_IDS), title: z.string(), variant: z.enum(['standard', 'strict']),
    version: z.number(), sources: z.array(z.string()), appliesWhen: z.record(z.string(), z.unknown()),
  })),
  definitions: z.array(z.object({ id: z.string(), defines: z.string(), title: z.string(), version: z.number(), sources: z.array(z.string()) })),
}).register(API_SCHEMAS, { id: 'Clauses' });

export const History = z.object({
  schema: z.literal('safeguards.history/1'),
  rows: z.array(z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('generation'), id: z.number(), at: z.string(), who: z.string().nullable(), document: z.string(), format: z.string(), tier: z.string(), profile: z.unknown(), clauses: z.array(z.object({ id: z.string(), version: z.number() })), sha256: z.string() }),
    z.object({ kind: z.literal('check'), id: z.number(), at: z.string(), who: z.string().nullable(), fileName: z.string(), sha256: z.string(), summary: z.object({ counts: z.record(z.enum(STATUSES), z.number()), requiredGaps: z.array(z.string()), verdict: z.string(), output: z.enum(CHECK_OUTPUTS) }) }),
  ])),
}).register(API_SCHEMAS, { id: 'History' });
