// The token prompt: a labelled password field shown when the server answers 401. Resolves with
// the token typed; rejects (with a clear message) when the user cancels.
import { ApiError } from './api.ts';
import { byId } from './dom.ts';

export function tokenPrompt(): (rejected: boolean) => Promise<string> {
  const form = byId<HTMLFormElement>('token-form');
  const input = byId<HTMLInputElement>('token-input');
  const status = byId('token-status');
  const cancel = byId<HTMLButtonElement>('token-cancel');
  let pending: { resolve: (t: string) => void; reject: (e: Error) => void }[] = [];
  let returnFocus: Element | null = null;

  const close = () => {
    form.hidden = true;
    input.value = '';
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) {
      status.textContent = 'Type the API token, or choose Cancel.';
      status.className = 'status status-error';
      status.setAttribute('role', 'alert');
      status.hidden = false;
      input.focus();
      return;
    }
    const waiting = pending;
    pending = [];
    close();
    for (const p of waiting) p.resolve(value);
  });
  cancel.addEventListener('click', () => {
    const waiting = pending;
    pending = [];
    close();
    for (const p of waiting) p.reject(new ApiError(401, 'This server requires an API token: nothing was sent. Try again and enter the token when asked.'));
  });

  return (rejected) => new Promise<string>((resolve, reject) => {
    pending.push({ resolve, reject });
    if (!form.hidden) return;
    returnFocus = document.activeElement;
    status.hidden = !rejected;
    status.className = 'status status-error';
    status.setAttribute('role', 'alert');
    status.textContent = rejected ? 'The server did not accept that token. Check it and try again.' : '';
    form.hidden = false;
    form.scrollIntoView({ block: 'nearest' });
    input.focus();
  });
}
