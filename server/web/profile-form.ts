// The questionnaire: its choices built from the vocabulary, and the two-way mapping between the
// form and a profile object (the same shape as a profile file; the server validates it).
import { h } from './dom.ts';
import type { Choice, ProfileData, Vocabulary } from './types.ts';

type ChoiceKey = Exclude<keyof Vocabulary, 'countries'>;

const GROUP_TITLES: Record<string, string> = {
  endUser: 'The end user',
  'end-user': 'The end user',
  country: "The country's legal framework",
  stakeholder: 'Stakeholders and diversion',
  stakeholders: 'Stakeholders and diversion',
};

export class ProfileForm {
  readonly form: HTMLFormElement;
  private vocabulary: Vocabulary | undefined;
  /** The order of each list in the last loaded file, so saving it back keeps its order. */
  private loadedOrder = new Map<string, number>();

  constructor(form: HTMLFormElement) {
    this.form = form;
    form.addEventListener('change', (event) => this.onChange(event.target));
    form.addEventListener('reset', () => setTimeout(() => this.refresh()));
    this.refresh();
  }

  /** Builds every choice list from the vocabulary. */
  build(vocabulary: Vocabulary): void {
    this.vocabulary = vocabulary;
    for (const select of this.form.querySelectorAll<HTMLSelectElement>('select[data-choices]')) {
      const choices = vocabulary[select.dataset.choices as ChoiceKey] ?? [];
      select.replaceChildren(
        h('option', { value: '' }, select.dataset.empty ?? 'Choose…'),
        ...choices.map((c) => h('option', { value: c.id }, c.label)),
      );
    }
    for (const box of this.form.querySelectorAll<HTMLElement>('div[data-choices]')) {
      const choices = vocabulary[box.dataset.choices as ChoiceKey] ?? [];
      const name = box.dataset.name!;
      const type = box.dataset.type === 'radio' ? 'radio' : 'checkbox';
      if (name === 'redFlags') box.replaceChildren(...this.redFlagGroups(choices));
      else box.replaceChildren(...choices.map((c) => this.option(c, name, type)));
    }
    const datalist = this.form.querySelector('datalist#countries') ?? document.getElementById('countries');
    datalist?.replaceChildren(...vocabulary.countries.map((c) => h('option', { value: c.code, label: c.name }, c.name)));
    this.setDefaults();
    this.refresh();
  }

  private option(choice: Choice, name: string, type: 'radio' | 'checkbox'): HTMLElement {
    const id = `${name.replace(/\W/g, '-')}-${choice.id}`;
    const explainId = `${id}-explain`;
    const weight = choice.weight === undefined ? '' : ` (${choice.weight > 0 ? '+' : ''}${choice.weight})`;
    return h('div', { class: choice.explanation ? 'choice explained' : 'choice' },
      h('input', { type, id, name, value: choice.id, 'aria-describedby': choice.explanation ? explainId : undefined }),
      h('label', { for: id }, h('span', { class: 'choice-label' }, choice.label), weight ? h('span', { class: 'weight', title: 'Weight in the risk score' }, weight) : null),
      choice.explanation ? h('p', { class: 'explain', id: explainId }, choice.explanation) : null,
    );
  }

  /** Red flags, grouped as the guidance groups them, each with a note and source once ticked. */
  private redFlagGroups(flags: Choice[]): HTMLElement[] {
    const groups = new Map<string, Choice[]>();
    for (const f of flags) groups.set(f.group ?? '', [...(groups.get(f.group ?? '') ?? []), f]);
    return [...groups].map(([group, choices]) => {
      const items = choices.map((c) => {
        const item = this.option(c, 'redFlags', 'checkbox');
        item.classList.add('red-flag');
        const base = `redFlags-${c.id}`;
        item.append(h('div', { class: 'flag-details', hidden: true, 'data-flag': c.id },
          h('div', { class: 'field' },
            h('label', { for: `${base}-note` }, 'What you found', h('span', { class: 'visually-hidden' }, ` (${c.label.toLowerCase()})`)),
            h('input', { id: `${base}-note`, 'data-flag-note': c.id })),
          h('div', { class: 'field' },
            h('label', { for: `${base}-source` }, 'Source', h('span', { class: 'visually-hidden' }, ` (${c.label.toLowerCase()})`)),
            h('input', { id: `${base}-source`, 'data-flag-source': c.id, placeholder: 'a report, an article, a due-diligence file' })),
        ));
        return item;
      });
      if (!group) return h('div', { class: 'choices' }, items);
      const title = GROUP_TITLES[group] ?? group.charAt(0).toUpperCase() + group.slice(1).replace(/-/g, ' ');
      return h('fieldset', { class: 'flag-group' }, h('legend', {}, title), h('div', { class: 'choices' }, items));
    });
  }

  /** The schema's defaults for a new deal: direct sale, medium leverage. */
  private setDefaults(): void {
    this.check('channel', 'direct', true, true);
    this.check('weighing.leverage', 'medium', true, true);
  }

  private check(name: string, value: string, on: boolean, asDefault = false): boolean {
    const input = this.inputs(name).find((i) => i.value === value);
    if (!input) return false;
    input.checked = on;
    if (asDefault) input.defaultChecked = on;
    return true;
  }

  private inputs(name: string): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)];
  }

  private field(name: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
    const el = this.form.elements.namedItem(name);
    if (!el || el instanceof RadioNodeList) throw new Error(`The form lacks the field ${name}`);
    return el as HTMLInputElement;
  }

  private onChange(target: EventTarget | null): void {
    if (target instanceof HTMLInputElement && target.name === 'redFlags') this.showFlagDetails(target.value, target.checked);
    if (target instanceof HTMLInputElement && /country$/.test(target.name)) target.value = this.countryCode(target.value);
    this.refresh();
  }

  private showFlagDetails(id: string, on: boolean): void {
    const details = this.form.querySelector<HTMLElement>(`[data-flag="${CSS.escape(id)}"]`);
    if (details) details.hidden = !on;
  }

  /** Shows the fields that apply: the agency type for an agency, the reseller for a resale. */
  refresh(): void {
    const kind = this.field('customer.kind').value;
    const agency = this.form.querySelector<HTMLElement>('#agency-type-field');
    if (agency) agency.hidden = kind !== 'government-agency';
    const channel = this.radio('channel');
    const reseller = this.form.querySelector<HTMLElement>('#reseller-fields');
    if (reseller) reseller.hidden = channel === 'direct' || channel === '';
    for (const box of this.inputs('redFlags')) this.showFlagDetails(box.value, box.checked);
    const country = this.field('customer.country').value.trim().toUpperCase();
    const hint = this.form.querySelector('#customer-country-hint');
    const name = this.vocabulary?.countries.find((c) => c.code === country)?.name;
    if (hint) hint.textContent = name ? `${country}: ${name}.` : 'Two-letter ISO code or country name, e.g. KE or Kenya.';
  }

  private radio(name: string): string {
    return this.inputs(name).find((i) => i.checked)?.value ?? '';
  }

  /** Ticked values: those from a loaded file in the file's order, then the others in the form's. */
  private checked(name: string): string[] {
    const rank = (v: string) => this.loadedOrder.get(`${name}:${v}`) ?? Number.MAX_SAFE_INTEGER;
    return this.inputs(name).filter((i) => i.checked).map((i) => i.value).sort((a, b) => rank(a) - rank(b));
  }

  /** A country name typed in full becomes its code; anything else is left for the server to judge. */
  private countryCode(value: string): string {
    const v = value.trim();
    const byName = this.vocabulary?.countries.find((c) => c.name.toLowerCase() === v.toLowerCase());
    if (byName) return byName.code;
    return /^[a-z]{2}$/i.test(v) ? v.toUpperCase() : v;
  }

  /** True while nothing about the deal has been stated (a draft is then checked with the default). */
  isBlank(): boolean {
    const names = ['seller.name', 'seller.jurisdiction', 'customer.name', 'customer.country', 'product.name'];
    return names.every((n) => !this.field(n).value.trim()) && !this.checked('product.types').length && !this.checked('redFlags').length;
  }

  /** The profile the form states. Required text goes as typed (the server says if it is empty); optional text only when given. */
  read(): ProfileData {
    const text = (name: string) => this.field(name).value.trim();
    const optional = (name: string) => text(name) || undefined;
    const kind = text('customer.kind');
    const channel = this.radio('channel');
    const profile: ProfileData = {
      seller: { name: text('seller.name'), jurisdiction: text('seller.jurisdiction'), address: optional('seller.address') },
      customer: {
        name: text('customer.name'),
        kind: kind || undefined,
        agencyType: kind === 'government-agency' ? optional('customer.agencyType') : undefined,
        country: this.countryCode(text('customer.country')),
        address: optional('customer.address'),
      },
      endUser: optional('endUser'),
      channel: channel || undefined,
    };
    const resellerFilled = ['reseller.name', 'reseller.country', 'reseller.knownEndUsers'].some((n) => text(n));
    if (channel === 'reseller' || (channel === 'unknown' && resellerFilled)) {
      profile.reseller = {
        name: text('reseller.name'),
        country: this.countryCode(text('reseller.country')),
        knownEndUsers: text('reseller.knownEndUsers').split('\n').map((l) => l.trim()).filter(Boolean),
      };
    }
    profile.product = {
      name: text('product.name'),
      types: this.checked('product.types'),
      capabilities: this.checked('product.capabilities'),
      description: optional('product.description'),
    };
    profile.purpose = optional('purpose');
    profile.deployment = this.radio('deployment') || undefined;
    profile.licensing = this.radio('licensing') || undefined;
    const term = text('termMonths');
    profile.termMonths = term === '' ? undefined : Number.isFinite(Number(term)) ? Number(term) : term;
    profile.services = {
      updates: this.inputs('services.updates')[0].checked,
      support: this.inputs('services.support')[0].checked,
      training: this.inputs('services.training')[0].checked,
    };
    profile.redFlags = this.checked('redFlags').map((id) => {
      const note = this.form.querySelector<HTMLInputElement>(`[data-flag-note="${CSS.escape(id)}"]`)?.value.trim();
      const source = this.form.querySelector<HTMLInputElement>(`[data-flag-source="${CSS.escape(id)}"]`)?.value.trim();
      return note || source ? { id, note: note || undefined, source: source || undefined } : id;
    });
    profile.weighing = {
      leverage: this.radio('weighing.leverage') || undefined,
      relationshipCrucial: this.inputs('weighing.relationshipCrucial')[0].checked,
      exitWouldHarm: this.inputs('weighing.exitWouldHarm')[0].checked,
    };
    profile.governingLaw = optional('governingLaw');
    profile.date = optional('date');
    return prune(profile) as ProfileData;
  }

  /**
   * Fills the form from a profile (a loaded file). Returns what the form could not show: fields
   * it does not know and choices the vocabulary lacks, so the caller can say so.
   */
  write(profile: ProfileData): string[] {
    const problems: string[] = [];
    this.form.reset();
    this.setDefaults();
    for (const box of this.inputs('redFlags')) box.checked = false;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('[data-flag-note], [data-flag-source]')) input.value = '';
    this.loadedOrder.clear();
    const product0 = profile.product && typeof profile.product === 'object' ? profile.product as Record<string, unknown> : {};
    for (const [name, values] of [['product.types', product0.types], ['product.capabilities', product0.capabilities], ['redFlags', profile.redFlags]] as const) {
      if (!Array.isArray(values)) continue;
      values.forEach((v, i) => this.loadedOrder.set(`${name}:${typeof v === 'string' ? v : String((v as { id?: unknown })?.id)}`, i));
    }
    const known = ['seller', 'customer', 'endUser', 'channel', 'reseller', 'product', 'purpose', 'deployment', 'licensing', 'termMonths', 'services', 'redFlags', 'weighing', 'governingLaw', 'date'];
    for (const key of Object.keys(profile)) if (!known.includes(key)) problems.push(`unknown field "${key}" left out`);

    const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : {});
    const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const set = (name: string, value: unknown) => { this.field(name).value = str(value); };
    const pickRadio = (name: string, value: unknown) => {
      if (value === undefined) return;
      if (!this.check(name, str(value), true)) problems.push(`${name}: "${str(value)}" is not one of the choices`);
    };
    const tick = (name: string, values: unknown) => {
      for (const v of Array.isArray(values) ? values : []) if (!this.check(name, str(v), true)) problems.push(`${name}: "${str(v)}" is not one of the choices`);
    };

    const seller = obj(profile.seller);
    set('seller.name', seller.name); set('seller.jurisdiction', seller.jurisdiction); set('seller.address', seller.address);
    const customer = obj(profile.customer);
    set('customer.name', customer.name); set('customer.kind', customer.kind); set('customer.agencyType', customer.agencyType);
    set('customer.country', customer.country); set('customer.address', customer.address);
    if (customer.kind !== undefined && this.field('customer.kind').value !== str(customer.kind)) problems.push(`customer.kind: "${str(customer.kind)}" is not one of the choices`);
    set('endUser', profile.endUser);
    pickRadio('channel', profile.channel);
    const reseller = obj(profile.reseller);
    set('reseller.name', reseller.name); set('reseller.country', reseller.country);
    set('reseller.knownEndUsers', Array.isArray(reseller.knownEndUsers) ? reseller.knownEndUsers.join('\n') : reseller.knownEndUsers);
    const product = obj(profile.product);
    set('product.name', product.name); set('product.description', product.description);
    tick('product.types', product.types);
    tick('product.capabilities', product.capabilities);
    set('purpose', profile.purpose);
    pickRadio('deployment', profile.deployment);
    pickRadio('licensing', profile.licensing);
    set('termMonths', profile.termMonths);
    const services = obj(profile.services);
    for (const s of ['updates', 'support', 'training']) this.inputs(`services.${s}`)[0].checked = services[s] !== false;
    for (const flag of Array.isArray(profile.redFlags) ? profile.redFlags : []) {
      const f = typeof flag === 'string' ? { id: flag } : obj(flag);
      const id = str(f.id);
      if (!this.check('redFlags', id, true)) { problems.push(`redFlags: "${id}" is not one of the red flags`); continue; }
      const note = this.form.querySelector<HTMLInputElement>(`[data-flag-note="${CSS.escape(id)}"]`);
      const source = this.form.querySelector<HTMLInputElement>(`[data-flag-source="${CSS.escape(id)}"]`);
      if (note) note.value = str(f.note);
      if (source) source.value = str(f.source);
    }
    const weighing = obj(profile.weighing);
    pickRadio('weighing.leverage', weighing.leverage);
    this.inputs('weighing.relationshipCrucial')[0].checked = weighing.relationshipCrucial === true;
    this.inputs('weighing.exitWouldHarm')[0].checked = weighing.exitWouldHarm === true;
    set('governingLaw', profile.governingLaw);
    set('date', profile.date instanceof Date ? profile.date.toISOString().slice(0, 10) : profile.date);
    this.refresh();
    return problems;
  }
}

/** Drops undefined values, so the saved file and the request carry only what was stated. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, prune(v)]));
  }
  return value;
}
