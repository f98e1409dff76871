// The OpenAPI 3.1 document, generated from the zod schemas the routes validate with.
import { z } from 'zod';
import { API_SCHEMAS, ApiError, Assessment, AssessRequest, CheckUpload, Clauses, Findings, GenerateRequest, Health, History, Vocabulary } from './schemas.ts';

const json = (schema: z.ZodType) => ({ 'application/json': { schema: ref(schema) } });
const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${API_SCHEMAS.get(schema)!.id}` });
const error = (description: string) => ({ description, content: json(ApiError) });
const bearer = [{ token: [] }];

export function openApiDocument(version: string) {
  // One pass over the registry: each named schema becomes a component, referenced by $ref.
  const generated = z.toJSONSchema(API_SCHEMAS, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas;
  // OpenAPI names components by their key: drop each one's own $schema and $id.
  const schemas = Object.fromEntries(Object.entries(generated).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Safeguards API',
      version,
      description: 'Assess a surveillance-technology deal, generate its contract with safeguard clauses, and check counterparty drafts. '
        + 'Every error is {"error": "...", "issues": [{"path", "message"}]}. When the server has a token, every path except health, vocabulary and this document needs "Authorization: Bearer <token>".',
    },
    components: {
      schemas,
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'The SAFEGUARDS_TOKEN the server was started with' } },
    },
    paths: {
      '/api/health': { get: { summary: 'Is the server up', responses: { 200: { description: 'Up', content: json(Health) } } } },
      '/api/vocabulary': { get: { summary: 'The choices a profile may make, with plain-words explanations', responses: { 200: { description: 'Vocabulary', content: json(Vocabulary) } } } },
      '/api/assess': {
        post: {
          summary: 'Risk tier, contributing factors and required safeguards of a deal', security: bearer,
          requestBody: { required: true, content: json(AssessRequest) },
          responses: { 200: { description: 'The assessment (as `safeguards assess --format json`)', content: json(Assessment) }, 400: error('The profile is not valid; issues name the fields'), 401: error('Token missing or wrong') },
        },
      },
      '/api/generate': {
        post: {
          summary: 'Generate a contract, rider, reseller agreement, EULA or rationale memo', security: bearer,
          requestBody: { required: true, content: json(GenerateRequest) },
          responses: {
            200: {
              description: 'The document, as an attachment; header X-Safeguards-Tier gives the risk tier',
              headers: { 'X-Safeguards-Tier': { schema: { type: 'string' } } },
              content: {
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
                'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } },
              },
            },
            400: error('The request is not valid; issues name the fields'), 401: error('Token missing or wrong'),
            422: error('The tier is severe and no acceptRisk was given, or the document needs a reseller the profile lacks'),
          },
        },
      },
      '/api/check': {
        post: {
          summary: 'Grade a counterparty draft against every safeguard', security: bearer,
          requestBody: { required: true, content: { 'multipart/form-data': { schema: ref(CheckUpload) } } },
          responses: {
            200: {
              description: 'The findings (as `safeguards check --format json`), or with output=annotated the draft back as DOCX with comments and tracked insertions',
              content: { ...json(Findings), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } },
            },
            400: error('The draft cannot be read, or a field is not valid'), 401: error('Token missing or wrong'), 413: error('The draft is over 25 MiB'),
            415: error('The request is not multipart/form-data'), 503: error('The checker is busy or the check took too long; see Retry-After'),
          },
        },
      },
      '/api/clauses': { get: { summary: 'The clause library and its definitions', security: bearer, responses: { 200: { description: 'Clauses', content: json(Clauses) }, 401: error('Token missing or wrong') } } },
      '/api/history': {
        get: {
          summary: 'The audit trail: generations and checks, newest first', security: bearer,
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 100 } },
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
          ],
          responses: { 200: { description: 'History rows', content: { ...json(History), 'text/csv': { schema: { type: 'string' } } } }, 400: error('A query parameter is not valid'), 401: error('Token missing or wrong') },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
}
