// The command line: thin over the engine. Exit codes: 0 done, 1 bad input, 2 usage.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { z } from 'zod';
import { InputError } from './errors.ts';
import { generate } from './generate.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './library/clause-schema.ts';
import { loadLibrary } from './library/load.ts';
import { parseProfile } from './profile/load.ts';
import { Profile } from './profile/schema.ts';
import { SAFEGUARD_IDS, SAFEGUARD_TITLES } from './profile/vocabulary.ts';
import { OUTPUT_FORMATS, type OutputFormat } from './render/pipeline.ts';
import { assessmentJson, assessmentText } from './report/assessment.ts';
import { assess } from './risk/assess.ts';
import { writeFileAtomic } from './write-file.ts';
import { draftFiles } from './check/files.ts';
import { checkFiles, progressBar, renderReport, type ReportFormat } from './check/batch.ts';
import { loadSavedNeeds, saveNeeds } from './check/saved-needs.ts';
import { requiredGaps } from './report/findings.ts';
import { annotateFile } from './annotate/index.ts';
import { AuditTrail, defaultDatabasePath } from './audit/store.ts';
import { HISTORY_FORMATS, renderHistory, type HistoryFormat } from './audit/report.ts';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const color = (code: number, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);

function readProfile(file: string) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the profile (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseProfile(source, file);
}

export function buildProgram(): Command {
  // exitOverride before the subcommands are added, so they inherit it: usage errors exit 2.
  const program = new Command('safeguards')
    .exitOverride()
    .description('Human-rights safeguards for surveillance-technology deals: assess a transaction, generate the contract, check drafts.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program.command('assess')
    .description('Compute the risk tier of a transaction profile, with every contributing factor and the required safeguards')
    .argument('<profile>', 'transaction profile (YAML or JSON)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((file: string, opts: { format: 'text' | 'json' }) => {
      const assessment = assess(readProfile(file));
      console.log(opts.format === 'json' ? assessmentJson(assessment, file) : assessmentText(assessment, color));
    });

  program.command('generate')
    .description('Generate a contract, rider, reseller agreement, EULA or rationale memo from a transaction profile')
    .argument('<profile>', 'transaction profile (YAML or JSON)')
    .addOption(new Option('-d, --document <kind>', 'which document').choices(DOCUMENT_KINDS).default('licence'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from --out\'s extension, else docx)').choices(OUTPUT_FORMATS))
    .option('-o, --out <file>', 'where to write it (default: <profile>.<document>.<format> in the current folder)')
    .option('--accept-risk <reason>', 'generate even though the tier is severe; the memo records the reason')
    .addHelpText('after', `
Examples:
  safeguards generate deal.yaml --out deal.docx                  the licence, as Word
  safeguards generate deal.yaml --document memo --out memo.md    why each clause is there
  safeguards generate deal.yaml --document eula --format html`)
    .action(async (file: string, opts: { document: DocumentKind; format?: OutputFormat; out?: string; acceptRisk?: string }) => {
      const fromExt = opts.out ? extname(opts.out).slice(1).toLowerCase() : '';
      const format = opts.format ?? ((OUTPUT_FORMATS as readonly string[]).includes(fromExt) ? (fromExt as OutputFormat) : 'docx');
      const out = opts.out ?? `${basename(file, extname(file))}.${opts.document}.${format}`;
      const profile = readProfile(file);
      const result = await generate(profile, { document: opts.document, format, acceptRisk: opts.acceptRisk });
      writeFileAtomic(out, result.bytes);
      const clauses = result.document.selection.length;
      console.log(`Wrote ${out}: ${result.document.title}, tier ${result.assessment.tier}, ${clauses} safeguard clause${clauses === 1 ? '' : 's'}, ${result.document.definitions.length} definitions.`);
      if (opts.acceptRisk) console.log(color(35, `Severe tier overridden: "${opts.acceptRisk}" (recorded in the memo).`));
    });

  program.command('check')
    .description('Grade counterparty drafts (DOCX, PDF, Markdown, text) against every safeguard, with the quoted evidence')
    .argument('<drafts...>', 'draft files, or folders to search for drafts')
    .option('-p, --profile <file>', "the deal's profile: its risk assessment decides which safeguards are required")
    .addOption(new Option('-f, --format <format>', 'report format (default: text, or csv for several drafts)').choices(['text', 'json', 'md', 'html', 'csv']))
    .option('-o, --out <file>', 'write the report to a file instead of the terminal')
    .option('-a, --annotate <out.docx>', 'also write the DOCX draft back with comments on weak or contradicting clauses and the missing required clauses as tracked insertions')
    .addHelpText('after', `
Examples:
  safeguards check draft.docx --profile deal.yaml          gaps first, with quoted evidence
  safeguards check draft.pdf --format json --out findings.json
  safeguards check draft.docx --annotate reviewed.docx     comments and tracked insertions
  safeguards check ./data-room/ --format csv --out gaps.csv

Exit codes: 0 no required gap, 3 required gaps found, 1 bad input, 2 usage.
JSON output follows the schema "safeguards.check/1" described in the README.`)
    .action(async (inputs: string[], opts: { profile?: string; format?: ReportFormat; out?: string; annotate?: string }) => {
      const profile = opts.profile ? readProfile(opts.profile) : undefined;
      const { files, skipped } = draftFiles(inputs);
      if (skipped.length) {
        const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ` and ${skipped.length - 5} more` : '');
        console.error(`Not checked: ${skipped.length} file${skipped.length === 1 ? '' : 's'} that ${skipped.length === 1 ? 'is' : 'are'} not a DOCX, PDF, Markdown or text draft (${shown}); save drafts among them as .docx or .pdf.`);
      }
      // (One or two drafts, and the annotated one, are checked in this process: see saved-needs.ts.)
      loadSavedNeeds();
      if (opts.annotate) {
        if (files.length !== 1 || !/\.docx$/i.test(files[0])) throw new InputError('--annotate needs exactly one DOCX draft');
        const { bytes } = await annotateFile(files[0], { profile });
        writeFileAtomic(opts.annotate, bytes);
        console.error(`Wrote ${opts.annotate}: comments and proposed clauses as tracked changes.`);
      }
      const format = opts.format ?? (files.length > 1 ? 'csv' : 'text');
      const outcome = await checkFiles(files, { profile, onProgress: progressBar(files.length) });
      saveNeeds();
      if (!outcome.results.length) throw new InputError(outcome.failures);
      const report = await renderReport(outcome, format, opts.out ? (_, s) => s : color);
      if (opts.out) writeFileAtomic(opts.out, report);
      else process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
      for (const failure of outcome.failures) console.error(color(31, '✖ ') + failure);
      process.exitCode = outcome.results.some((r) => requiredGaps(r).length) ? 3 : outcome.failures.length ? 1 : 0;
    });

  program.command('clauses')
    .description('List the clause library')
    .addOption(new Option('--safeguard <id>', 'only clauses for this safeguard').choices(SAFEGUARD_IDS))
    .option('--definitions', 'list the definitions instead')
    .action((opts: { safeguard?: string; definitions?: boolean }) => {
      const library = loadLibrary();
      if (opts.definitions) {
        for (const d of library.definitions) console.log(`${d.defines.padEnd(28)} ${d.id}  (${d.file})`);
        return;
      }
      for (const id of SAFEGUARD_IDS) {
        if (opts.safeguard && opts.safeguard !== id) continue;
        console.log(`${color(1, id)}  ${SAFEGUARD_TITLES[id]}`);
        for (const c of library.clauses.filter((x) => x.safeguard === id)) {
          const when = Object.keys(c.appliesWhen).length ? `  when ${JSON.stringify(c.appliesWhen)}` : '';
          console.log(`  ${c.id.padEnd(44)} ${c.variant.padEnd(8)} v${c.version}  [${c.sources.join(', ')}]${when}`);
        }
      }
    });

  const library = program.command('library').description('Maintain the clause library');
  library.command('check')
    .description('Validate every clause file, definition and the article order')
    .action(() => {
      const lib = loadLibrary();
      console.log(`Library OK: ${lib.clauses.length} clauses for ${SAFEGUARD_IDS.length} safeguards, ${lib.definitions.length} definitions.`);
    });

  program.command('serve')
    .description('Serve the web page and the HTTP API (see server/README.md); stop with Ctrl-C')
    .option('--port <n>', 'port to listen on (default: $PORT, else 8080)', (v) => parsePort(v))
    .option('--host <address>', 'address to listen on; anything but 127.0.0.1/::1/localhost needs SAFEGUARDS_TOKEN', '127.0.0.1')
    .option('--db <file>', 'audit database (default: $SAFEGUARDS_DB, else ~/.local/share/safeguards/audit.sqlite)')
    .action(async (opts: { port?: number; host: string; db?: string }) => {
      // Loaded only here: the other commands never start express or esbuild.
      const { startServer, closeOnSignals, RefusedToStart } = await import('../server/start.ts');
      const log = (line: string) => console.error(line);
      try {
        const running = await startServer({ port: opts.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 8080), host: opts.host, db: opts.db ?? defaultDatabasePath(), token: process.env.SAFEGUARDS_TOKEN || undefined, log });
        console.log(`Safeguards is serving ${running.url}/ (API description: ${running.url}/api/openapi.json; audit: ${running.audit.path})`);
        closeOnSignals(running, log);
      } catch (error) {
        if (error instanceof RefusedToStart) program.error(error.message, { exitCode: 2 });
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new InputError(`Port ${opts.port ?? process.env.PORT ?? 8080} is in use: pass --port or set PORT.`);
        throw error;
      }
    });

  program.command('history')
    .description('The audit trail: every generation and check recorded by the server, newest first')
    .addOption(new Option('--format <format>', 'output format').choices(HISTORY_FORMATS).default('text'))
    .option('--limit <n>', 'how many entries', (v) => parseCount(v), 100)
    .option('--db <file>', 'audit database (default: $SAFEGUARDS_DB, else ~/.local/share/safeguards/audit.sqlite)')
    .action((opts: { format: HistoryFormat; limit: number; db?: string }) => {
      const audit = new AuditTrail(opts.db ?? defaultDatabasePath());
      try {
        process.stdout.write(renderHistory(audit.history(opts.limit), opts.format));
      } finally {
        audit.close();
      }
    });

  program.command('schema')
    .description('Print the JSON Schema of the transaction profile (for editors)')
    .action(() => console.log(JSON.stringify(profileJsonSchema(), null, 2)));

  return program;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return port;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

export function profileJsonSchema() {
  return { $id: 'https://safeguards.invalid/profile.schema.json', title: 'Safeguards transaction profile', ...z.toJSONSchema(Profile, { io: 'input', unrepresentable: 'any' }) };
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    if (error instanceof InputError) {
      for (const problem of error.problems) console.error(color(31, '✖ ') + problem);
      return 1;
    }
    throw error;
  }
}
