// The page: wires the questionnaire, the risk result, the documents and the draft check to the
// API. Each concept lives in its own module; this file only connects them.
import { ApiError, onTokenNeeded, postJson } from './api.ts';
import { renderAssessment, summary } from './assessment-view.ts';
import { byId, h } from './dom.ts';
import { Documents } from './documents.ts';
import { DraftCheck } from './draft-check.ts';
import { readProfileFile, saveProfile } from './profile-file.ts';
import { ProfileForm } from './profile-form.ts';
import { StatusArea, clearFieldErrors, messageOf } from './status.ts';
import { tokenPrompt } from './token-prompt.ts';
import type { Assessment, Vocabulary } from './types.ts';
import { loadVocabulary } from './vocabulary.ts';

async function main(): Promise<void> {
  onTokenNeeded(tokenPrompt());
  const pageStatus = new StatusArea(byId('page-status'));
  const dealForm = byId<HTMLFormElement>('deal-form');
  const form = new ProfileForm(dealForm);

  let vocabulary: Vocabulary;
  try {
    vocabulary = await loadVocabulary();
  } catch (error) {
    pageStatus.show(`The questionnaire could not be built: ${messageOf(error)} Reload the page once the server is running.`, 'error');
    for (const control of document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('main button, main input')) control.disabled = true;
    return;
  }
  form.build(vocabulary);

  const dealStatus = new StatusArea(byId('deal-status'));
  const fileStatus = new StatusArea(byId('file-status'));
  const riskStatus = new StatusArea(byId('risk-status'));
  const riskResult = byId('risk-result');

  /** Validation issues from any request about the deal go to the deal's fields. */
  const dealIssues = (error: ApiError) => {
    const issues = error.issues.map((i) => ({ ...i, path: i.path.replace(/^profile\.?/, '') }));
    dealStatus.error(new ApiError(error.status, error.message, issues), dealForm);
  };

  const documents = new Documents({ vocabulary, profile: () => form.read(), dealIssues });
  new DraftCheck({ vocabulary, profile: () => form.read(), dealBlank: () => form.isBlank(), dealIssues });

  let assessedProfile = '';
  async function assess(options: { showResult?: boolean } = {}): Promise<void> {
    const profile = form.read();
    clearFieldErrors(dealForm);
    dealStatus.clear();
    riskStatus.show('Assessing the risk…');
    const button = byId<HTMLButtonElement>('assess');
    button.disabled = true;
    try {
      const assessment = await (await postJson('/api/assess', { profile })).json() as Assessment;
      renderAssessment(riskResult, assessment, vocabulary);
      documents.setGate(assessment.gate);
      assessedProfile = JSON.stringify(profile);
      riskStatus.show(summary(assessment), 'ok');
      dealStatus.show(`Assessed: ${summary(assessment)} See section 2.`, 'ok');
      // Asked for by the button: take the reader to the result.
      if (options.showResult) byId('risk-title').focus();
    } catch (error) {
      riskStatus.show('No assessment: the deal has problems (see section 1).', 'error');
      riskResult.replaceChildren(h('p', { class: 'placeholder' }, 'Correct the deal in section 1 and assess it again.'));
      assessedProfile = '';
      if (error instanceof ApiError && error.issues.length) dealIssues(error);
      else { riskStatus.error(error); dealStatus.error(error); }
    } finally {
      button.disabled = false;
    }
  }

  dealForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void assess({ showResult: true });
  });
  dealForm.addEventListener('change', () => {
    if (assessedProfile && JSON.stringify(form.read()) !== assessedProfile) {
      riskStatus.show('The deal has changed since this assessment: choose “Assess the risk” again.', 'info');
    }
  });

  const fileInput = byId<HTMLInputElement>('profile-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      const profile = await readProfileFile(file);
      const problems = form.write(profile);
      clearFieldErrors(dealForm);
      if (problems.length) {
        fileStatus.show(`Loaded ${file.name}, but the form could not show everything in it:`, 'error');
        fileStatus.el.append(h('ul', {}, problems.map((p) => h('li', {}, p))));
      } else {
        fileStatus.show(`Loaded ${file.name}.`, 'ok');
      }
      await assess();
    } catch (error) {
      fileStatus.show(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      fileInput.value = '';
    }
  });

  byId('save-profile').addEventListener('click', () => {
    const name = saveProfile(form.read());
    fileStatus.show(`Saved the profile as ${name} (in your downloads).`, 'ok');
  });
}

void main().catch((error: unknown) => {
  const status = document.getElementById('page-status');
  if (status) {
    status.hidden = false;
    status.className = 'status status-error';
    status.setAttribute('role', 'alert');
    status.textContent = messageOf(error);
  }
});
