// Messages: each section has one status line (role="alert" for errors, polite for progress),
// and validation issues are placed beside the control their path names.
import { ApiError } from './api.ts';
import { h } from './dom.ts';
import type { Issue } from './types.ts';

export type Tone = 'info' | 'ok' | 'error';

export class StatusArea {
  readonly el: HTMLElement;
  constructor(el: HTMLElement) {
    this.el = el;
  }
  show(message: string, tone: Tone = 'info'): void {
    this.el.replaceChildren();
    this.el.className = `status status-${tone}`;
    // Errors interrupt (role="alert"); progress and success are announced politely.
    this.el.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    this.el.append(message);
    this.el.hidden = false;
  }
  /** An error with its field issues: each placed at its field, the rest listed here. */
  error(error: unknown, form?: HTMLElement): void {
    const message = messageOf(error);
    const issues = error instanceof ApiError ? error.issues : [];
    const unplaced = form ? placeIssues(form, issues) : issues;
    const placed = issues.length - unplaced.length;
    if (placed && !unplaced.length) {
      // Each problem is explained at its field: say how many, not the server's technical list.
      this.show(placed === 1 ? 'One field needs attention: see the message beside it (marked ⚠).' : `${placed} fields need attention: see the messages beside them (marked ⚠).`, 'error');
      return;
    }
    this.show(message, 'error');
    if (placed) this.el.append(' ', `${placed === 1 ? 'The field marked ⚠ needs' : 'The fields marked ⚠ need'} attention too.`);
    if (unplaced.length) this.el.append(h('ul', {}, unplaced.map((i) => h('li', {}, i.path && i.path !== '(body)' ? `${i.path}: ${i.message}` : i.message))));
  }
  clear(): void {
    this.el.replaceChildren();
    this.el.hidden = true;
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong in the page: ${error.message}`;
  return 'Something went wrong in the page.';
}

/** Removes every field error in the form. */
export function clearFieldErrors(form: HTMLElement): void {
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('error-')).join(' ');
    if (described) el.setAttribute('aria-describedby', described); else el.removeAttribute('aria-describedby');
  }
}

/** Puts each issue beside the control (or fieldset) named by its path; returns those with no place. */
export function placeIssues(form: HTMLElement, issues: Issue[]): Issue[] {
  clearFieldErrors(form);
  const unplaced: Issue[] = [];
  let first: HTMLElement | undefined;
  for (const issue of issues) {
    const target = targetOf(form, issue.path);
    if (!target) { unplaced.push(issue); continue; }
    const id = `error-${issue.path.replace(/[^\w-]/g, '-')}-${form.querySelectorAll('.field-error').length}`;
    const note = h('p', { class: 'field-error', id }, issue.message);
    const control = target.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') : target;
    if (target.matches('fieldset')) target.querySelector('legend')?.after(note);
    else (target.closest('.field') ?? target).append(note);
    for (const el of [target, control]) {
      if (!el) continue;
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', [el.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    }
    first ??= control ?? target;
  }
  first?.focus();
  return unplaced;
}

/** The element whose data-path is the issue's path, or the nearest ancestor path that has one. */
function targetOf(form: HTMLElement, path: string): HTMLElement | null {
  const parts = path.split(/[.[\]]+/).filter(Boolean);
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    const el = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
    if (el && !el.closest('[hidden]')) return el;
  }
  return null;
}
