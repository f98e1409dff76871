// Small helpers the routes share: content types, attachment headers, the audit's "who".
import type { Request } from 'express';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const CONTENT_TYPES = { docx: DOCX_TYPE, md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

/** Content-Disposition for a download, with a plain ASCII name and the exact one in UTF-8. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\w.\- ]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The optional X-Safeguards-User header, as the audit trail records it. */
export function userOf(req: Request): string | undefined {
  const who = req.get('x-safeguards-user')?.trim();
  return who ? who.slice(0, 200) : undefined;
}

/** "National Directorate of Internal Security" -> "national-directorate-of-internal-security". */
export const slug = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'deal';
