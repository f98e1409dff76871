// POST /api/check: one draft as multipart/form-data, held in memory only, checked on the pool.
// The main thread never parses the draft; it is dropped as soon as the response is sent.
import type { RequestHandler } from 'express';
import multer from 'multer';
import { AuditTrail } from '../src/audit/store.ts';
import type { CheckRunner } from '../src/check/pool.ts';
import { parseProfile } from '../src/profile/load.ts';
import type { Profile } from '../src/profile/schema.ts';
import { MAX_DRAFT_BYTES, isZip } from '../src/read/index.ts';
import { findingsJson } from '../src/report/findings.ts';
import { InputError } from '../src/errors.ts';
import { DRAFT_EXTENSIONS } from '../src/check/files.ts';
import { HttpError, invalid } from './http-error.ts';
import { CheckFields } from './schemas.ts';
import { DOCX_TYPE, attachment, userOf } from './respond.ts';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_DRAFT_BYTES, files: 1, fields: 4, fieldSize: 1024 * 1024, parts: 6, headerPairs: 50 },
}).single('draft');

/** The profile field: JSON (or YAML) of a profile, problems named as profile.<field>. */
function profileField(source: string | undefined): Profile | undefined {
  if (source === undefined || source.trim() === '') return undefined;
  try {
    return parseProfile(source, 'profile');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // parseProfile's lines read "profile[:line]: customer.country: message".
    const issues = error.problems.map((p) => {
      const m = /^profile(?::\d+(?::\d+)?)?: (?:([\w.[\]-]+|\(top level\)): )?(.*)$/.exec(p);
      const field = m?.[1] && m[1] !== '(top level)' ? `profile.${m[1]}` : 'profile';
      return { path: field, message: m?.[2] ?? p };
    });
    throw new HttpError(400, `The profile is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
  }
}

export function checkRoute(pool: CheckRunner, audit: AuditTrail): RequestHandler[] {
  const refuseWrongType: RequestHandler = (req, _res, next) => {
    if (!req.is('multipart/form-data')) return next(new HttpError(415, 'Send the draft as multipart/form-data, in the file field "draft".'));
    // Refuse an oversized body before reading it (the multipart envelope adds little).
    if (Number(req.get('content-length')) > MAX_DRAFT_BYTES + 2 * 1024 * 1024) return next(new HttpError(413, 'The draft is over the 25 MiB limit.'));
    next();
  };
  const check: RequestHandler = async (req, res, next) => {
    // Uploads live in memory only: forget the bytes once the response is out.
    res.on('finish', () => { req.file = undefined; });
    try {
      const fields = CheckFields.safeParse(req.body ?? {});
      if (!fields.success) throw invalid(fields.error, 'The form');
      if (!req.file) throw new HttpError(400, 'No draft: send the file in the multipart field "draft".', { issues: [{ path: 'draft', message: 'is required' }] });
      const profile = profileField(fields.data.profile);
      const annotate = fields.data.output === 'annotated';
      const bytes = new Uint8Array(req.file.buffer.buffer, req.file.buffer.byteOffset, req.file.buffer.byteLength);
      const fileName = req.file.originalname || 'draft';
      // A named file of another kind (.exe, .xlsx) is refused, not read as if it were text.
      const ext = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase();
      if (ext && !DRAFT_EXTENSIONS.has(ext)) throw new HttpError(415, `${fileName}: not a draft the checker reads (DOCX, PDF, Markdown or text).`, { issues: [{ path: 'draft', message: `${ext} files are not drafts` }] });
      if (annotate && !isZip(bytes)) throw new HttpError(400, 'output "annotated" needs a DOCX draft; this one is not a DOCX.', { issues: [{ path: 'output', message: 'annotated output needs a DOCX draft' }] });
      // A client that hangs up before its turn should not keep the checker busy.
      const hangUp = new AbortController();
      res.on('close', () => { if (!res.writableFinished) hangUp.abort(); });
      const outcome = await pool.run({ bytes, fileName, profile, annotate, signal: hangUp.signal });
      audit.recordCheck({ fileName, bytes, result: outcome.result, output: fields.data.output, who: userOf(req) });
      if (annotate && outcome.annotated) {
        res.set({ 'Content-Type': DOCX_TYPE, 'Content-Disposition': attachment(fileName.replace(/\.docx$/i, '') + '.reviewed.docx') });
        res.send(Buffer.from(outcome.annotated.buffer, outcome.annotated.byteOffset, outcome.annotated.byteLength));
      } else {
        res.type('application/json').send(findingsJson(outcome.result));
      }
    } catch (error) {
      next(error);
    }
  };
  return [refuseWrongType, upload, check];
}
