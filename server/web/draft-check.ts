// Section 4: the draft upload (file input or drop), the check, and the annotated DOCX.
import { ApiError, fileNameOf, request } from './api.ts';
import { byId, saveBlob } from './dom.ts';
import { renderFindings } from './findings-view.ts';
import { StatusArea } from './status.ts';
import type { CheckResult, ProfileData, Vocabulary } from './types.ts';

const ACCEPTED = /\.(docx|pdf|md|markdown|txt)$/i;
// The server's limit (src/read/index.ts MAX_DRAFT_BYTES); the page cannot import the engine.
const MAX_DRAFT_BYTES = 25 * 1024 * 1024;

export interface DraftCheckDeps {
  vocabulary: Vocabulary;
  profile: () => ProfileData;
  /** True while the questionnaire is empty. */
  dealBlank: () => boolean;
  dealIssues: (error: ApiError) => void;
}

export class DraftCheck {
  private readonly form = byId<HTMLFormElement>('check-form');
  private readonly input = byId<HTMLInputElement>('draft-file');
  private readonly dropzone = byId('dropzone');
  private readonly useProfile = byId<HTMLInputElement>('use-profile');
  private readonly annotate = byId<HTMLButtonElement>('annotate-draft');
  private readonly check = byId<HTMLButtonElement>('check-draft');
  private readonly status = new StatusArea(byId('check-status'));
  private readonly findings = byId('findings');
  private readonly deps: DraftCheckDeps;
  private dropped: File | undefined;

  constructor(deps: DraftCheckDeps) {
    this.deps = deps;
    this.form.addEventListener('submit', (e) => { e.preventDefault(); void this.run('findings'); });
    this.annotate.addEventListener('click', () => void this.run('annotated'));
    this.input.addEventListener('change', () => { this.dropped = undefined; this.onFile(); });
    for (const type of ['dragenter', 'dragover'] as const) {
      this.dropzone.addEventListener(type, (e) => { e.preventDefault(); this.dropzone.classList.add('dragging'); });
    }
    this.dropzone.addEventListener('dragleave', () => this.dropzone.classList.remove('dragging'));
    this.dropzone.addEventListener('drop', (e) => {
      e.preventDefault();
      this.dropzone.classList.remove('dragging');
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      this.dropped = file;
      this.input.value = '';
      this.onFile();
    });
  }

  private file(): File | undefined {
    return this.dropped ?? this.input.files?.[0];
  }

  private refuse(file: File): boolean {
    if (!ACCEPTED.test(file.name)) {
      this.status.show(`${file.name} is not a draft the checker reads: choose a Word (.docx), PDF, Markdown (.md) or text (.txt) file.`, 'error');
      return true;
    }
    // The server would refuse it (413) only after the whole upload; say so before sending.
    if (file.size > MAX_DRAFT_BYTES) {
      this.status.show(`${file.name} is ${(file.size / 1048576).toFixed(1)} MiB: over the 25 MiB limit for a draft. Split it, or remove embedded images, and try again.`, 'error');
      return true;
    }
    return false;
  }

  private onFile(): void {
    const file = this.file();
    this.annotate.disabled = !file || !/\.docx$/i.test(file.name);
    if (!file) { this.status.clear(); return; }
    if (this.refuse(file)) return;
    this.status.show(`${file.name} chosen (${Math.max(1, Math.round(file.size / 1024))} KB). Choose “Check the draft”.`);
  }

  async run(output: 'findings' | 'annotated'): Promise<void> {
    const file = this.file();
    if (!file) {
      this.status.show('Choose the draft to check first (or drop it on the box).', 'error');
      this.input.focus();
      return;
    }
    if (this.refuse(file)) { this.input.focus(); return; }
    const body = new FormData();
    body.append('draft', file, file.name);
    body.append('output', output);
    if (this.useProfile.checked && !this.deps.dealBlank()) {
      try {
        body.append('profile', JSON.stringify(this.deps.profile()));
      } catch (error) {
        this.status.error(error);
        return;
      }
    }
    const busy = output === 'findings' ? this.check : this.annotate;
    busy.disabled = true;
    busy.setAttribute('aria-busy', 'true');
    this.status.show(output === 'findings' ? `Checking ${file.name} against every safeguard…` : `Annotating ${file.name}…`);
    try {
      const response = await request('/api/check', { method: 'POST', body });
      if (output === 'annotated') {
        const name = fileNameOf(response, file.name.replace(/\.docx$/i, '.reviewed.docx'));
        saveBlob(await response.blob(), name);
        this.status.show(`Downloaded ${name}: open it in Word to see the comments and the proposed clauses.`, 'ok');
        return;
      }
      const result = await response.json() as CheckResult;
      renderFindings(this.findings, result, this.deps.vocabulary);
      const gaps = result.findings.filter((f) => f.required && f.status !== 'present').length;
      this.status.show(`Checked ${result.file}: ${gaps ? `${gaps} required safeguard${gaps === 1 ? '' : 's'} missing, weak or contradicted` : 'every required safeguard is present'}.`, 'ok');
      this.findings.querySelector<HTMLElement>('#findings-title')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.issues.some((i) => /^profile\b|^(seller|customer|product|channel|reseller|deployment|licensing|redFlags|weighing)/.test(i.path))) {
        this.deps.dealIssues(error);
        this.status.show("The deal's profile has problems: correct the fields marked ⚠ in section 1, or untick “Use this deal's profile”.", 'error');
        return;
      }
      this.status.error(error);
    } finally {
      busy.disabled = output === 'annotated' ? !/\.docx$/i.test(file.name) : false;
      busy.removeAttribute('aria-busy');
    }
  }
}
