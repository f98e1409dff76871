// Section 3: one button per document kind; each drafts the document for the deal in the form
// and downloads it. A severe deal needs a recorded reason first (the server answers 422 without).
import { ApiError, fileNameOf, postJson } from './api.ts';
import { byId, h, saveBlob } from './dom.ts';
import { StatusArea } from './status.ts';
import type { ProfileData, Vocabulary } from './types.ts';

// The server names the document kinds; these are the page's words for the ones it knows (a new
// kind still gets a button, under its id).
const DESCRIPTIONS: Record<string, string> = {
  licence: 'the licence and services agreement',
  rider: 'the human-rights rider',
  reseller: 'the reseller agreement',
  eula: 'the end-user licence agreement (EULA)',
  memo: 'the rationale memo',
};
const describe = (id: string, label: string) => DESCRIPTIONS[id] ?? label;

export interface DocumentsDeps {
  vocabulary: Vocabulary;
  /** The deal's profile, or an error placed at the deal's fields. */
  profile: () => ProfileData;
  /** Shows validation issues at the deal form's fields. */
  dealIssues: (error: ApiError) => void;
}

export class Documents {
  private readonly status = new StatusArea(byId('documents-status'));
  private readonly reasonField = byId('accept-risk-field');
  private readonly reason = byId<HTMLTextAreaElement>('accept-risk');
  private readonly deps: DocumentsDeps;

  constructor(deps: DocumentsDeps) {
    this.deps = deps;
    const buttons = byId('document-buttons');
    buttons.replaceChildren(...deps.vocabulary.documents.map((d) => {
      const button = h('button', { type: 'button', 'data-document': d.id, class: 'document' }, `Download ${describe(d.id, d.label)}`);
      button.addEventListener('click', () => void this.download(d.id, d.label, button));
      return button;
    }));
    byId<HTMLFormElement>('documents-form').addEventListener('submit', (e) => e.preventDefault());
  }

  /** Asks for the reason up front when the assessment says the gate applies. */
  setGate(gate: boolean): void {
    if (gate) this.reasonField.hidden = false;
    else if (!this.reason.value.trim()) this.reasonField.hidden = true;
  }

  async download(document: string, label: string, button: HTMLButtonElement): Promise<void> {
    const what = describe(document, label);
    const acceptRisk = this.reason.value.trim() || undefined;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    this.status.show(`Drafting ${what}…`);
    try {
      const response = await postJson('/api/generate', { profile: this.deps.profile(), document, acceptRisk });
      const name = fileNameOf(response, `${document}.docx`);
      saveBlob(await response.blob(), name);
      this.status.show(`Downloaded ${name} (${what}).`, 'ok');
    } catch (error) {
      // The severe tier's gate: the server wants the lawyer's reason (its issue names acceptRisk).
      if (error instanceof ApiError && error.status === 422 && error.issues.every((i) => i.path === 'acceptRisk')) {
        this.reasonField.hidden = false;
        this.status.show(acceptRisk
          ? `The reason was not accepted: ${error.issues[0]?.message ?? error.message} Correct it in the box above, then choose the document again.`
          : 'The risk tier is severe: the guidance says not to proceed unless the risk is mitigated. To draft anyway, give your reason in the box above (the memo records it), then choose the document again.', 'error');
        this.reason.setAttribute('aria-invalid', 'true');
        this.reason.focus();
        return;
      }
      if (error instanceof ApiError && error.issues.length) {
        this.deps.dealIssues(error);
        this.status.show(`${error.issues.length === 1 ? error.issues[0].message : 'The deal has problems.'} Correct the deal in section 1 (the fields marked ⚠), then choose the document again.`, 'error');
        return;
      }
      this.status.error(error);
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      if (this.reason.value.trim()) this.reason.removeAttribute('aria-invalid');
    }
  }
}
