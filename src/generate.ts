// Generate: profile -> assessment -> clause selection -> document -> bytes. The one entry point
// the CLI, the server and the benchmark share.
import { assembleDocument, type AssembledDocument } from './assemble/document.ts';
import { InputError } from './errors.ts';
import type { DocumentKind } from './library/clause-schema.ts';
import { loadLibrary, type Library } from './library/load.ts';
import { loadTemplate, type DocumentTemplate } from './library/template.ts';
import type { Profile } from './profile/schema.ts';
import { renderContract, type OutputFormat } from './render/pipeline.ts';
import { assess, type Assessment } from './risk/assess.ts';

export interface GenerateOptions {
  document: DocumentKind;
  format: OutputFormat;
  /** The lawyer's reason for going ahead with a severe-tier deal; required for severe. */
  acceptRisk?: string;
  today?: string;
  library?: Library;
  template?: DocumentTemplate;
}

export interface Generated {
  assessment: Assessment;
  document: AssembledDocument;
  bytes: Uint8Array;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

export async function generate(profile: Profile, options: GenerateOptions): Promise<Generated> {
  const assessment = assess(profile);
  if (assessment.gate && !options.acceptRisk) {
    throw new InputError(
      `The risk tier is severe: the guidance says not to proceed unless the risk is mitigated. ` +
      `Run "safeguards assess" to see why; to generate anyway, pass --accept-risk "<your reason>" and the memo will record it.`,
      { field: 'acceptRisk' },
    );
  }
  if (options.document === 'reseller' && !profile.reseller) {
    throw new InputError('A reseller agreement needs a reseller: set "channel: reseller" and "reseller: {name, country}" in the profile.', { field: 'reseller' });
  }
  const library = options.library ?? loadLibrary();
  const template = options.template ?? loadTemplate(options.document);
  const document = assembleDocument(profile, assessment, library, template, {
    today: options.today ?? todayIso(),
    override: { accepted: Boolean(options.acceptRisk), reason: options.acceptRisk },
  });
  const bytes = await renderContract(document.markdown, options.format, {
    title: document.title,
    tableOfContents: options.document !== 'memo',
  });
  return { assessment, document, bytes };
}
