// The API routes, thin over the engine: each validates its request with the zod schema, calls the
// engine, records what the audit trail needs, and answers.
import express, { type Router } from 'express';
import { renderHistory } from '../src/audit/report.ts';
import type { AuditTrail } from '../src/audit/store.ts';
import type { CheckRunner } from '../src/check/pool.ts';
import { InputError } from '../src/errors.ts';
import { generate } from '../src/generate.ts';
import { loadLibrary } from '../src/library/load.ts';
import { assessmentJson } from '../src/report/assessment.ts';
import { assess } from '../src/risk/assess.ts';
import { checkRoute } from './check-route.ts';
import { HttpError, invalid } from './http-error.ts';
import { openApiDocument } from './openapi.ts';
import { CONTENT_TYPES, attachment, slug, userOf } from './respond.ts';
import { AssessRequest, GenerateRequest, HistoryQuery } from './schemas.ts';
import { vocabulary } from './vocabulary.ts';

const SEVERE_WITHOUT_REASON = 'The risk tier is severe: the guidance says not to proceed unless the risk is mitigated. To generate anyway, give your reason in acceptRisk; the memo will record it.';

export interface ApiOptions {
  pool: CheckRunner;
  audit: AuditTrail;
  version: string;
  startedAt: number;
}

export function api({ pool, audit, version, startedAt }: ApiOptions): Router {
  const router = express.Router();
  const words = vocabulary();
  const openapi = openApiDocument(version);
  // Read and validated once, when the server starts: a clause edited later needs a restart.
  const library = loadLibrary();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', version, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), checksInFlight: pool.inFlight });
  });

  router.get('/vocabulary', (_req, res) => { res.json(words); });
  router.get('/openapi.json', (_req, res) => { res.json(openapi); });

  // The JSON endpoints say so when the body is something else, rather than "profile is required".
  router.post(['/assess', '/generate'], (req, _res, next) => {
    next(req.is('application/json') ? undefined : new HttpError(415, 'Send the request as JSON (Content-Type: application/json).'));
  });

  router.post('/assess', (req, res) => {
    const body = AssessRequest.safeParse(req.body);
    if (!body.success) throw invalid(body.error, 'The request');
    res.type('application/json').send(assessmentJson(assess(body.data.profile), 'request'));
  });

  router.post('/generate', async (req, res) => {
    const body = GenerateRequest.safeParse(req.body);
    if (!body.success) throw invalid(body.error, 'The request');
    const { profile, document, format, acceptRisk } = body.data;
    let generated;
    try {
      generated = await generate(profile, { document, format, acceptRisk, library });
    } catch (error) {
      // The engine refuses a severe deal without a reason, or a reseller agreement without a reseller.
      if (error instanceof InputError) {
        // The engine's wording names the command-line flag; an API client sets acceptRisk instead.
        const message = error.field === 'acceptRisk' ? SEVERE_WITHOUT_REASON : error.problems.join(' ');
        const path = error.field === 'reseller' ? 'profile.reseller' : error.field;
        throw new HttpError(422, message, path ? { issues: [{ path, message }] } : {});
      }
      throw error;
    }
    audit.recordGeneration({ profile, generated, document, format, who: userOf(req) });
    res.set({
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': attachment(`${slug(profile.customer.name)}.${document}.${format}`),
      'X-Safeguards-Tier': generated.assessment.tier,
    });
    res.send(Buffer.from(generated.bytes.buffer, generated.bytes.byteOffset, generated.bytes.byteLength));
  });

  router.post('/check', ...checkRoute(pool, audit));

  router.get('/clauses', (_req, res) => {
    res.json({
      clauses: library.clauses.map((c) => ({ id: c.id, safeguard: c.safeguard, title: c.title, variant: c.variant, version: c.version, sources: c.sources, appliesWhen: c.appliesWhen })),
      definitions: library.definitions.map((d) => ({ id: d.id, defines: d.defines, title: d.title, version: d.version, sources: d.sources })),
    });
  });

  router.get('/history', (req, res) => {
    const query = HistoryQuery.safeParse(req.query);
    if (!query.success) throw invalid(query.error, 'The query');
    const rows = audit.history(query.data.limit);
    if (query.data.format === 'csv') res.type('text/csv; charset=utf-8').send(renderHistory(rows, 'csv'));
    else res.type('application/json').send(renderHistory(rows, 'json'));
  });

  router.use((req) => { throw new HttpError(404, `No such API endpoint: ${req.method} ${req.baseUrl}${req.path}. See /api/openapi.json.`); });
  return router;
}
