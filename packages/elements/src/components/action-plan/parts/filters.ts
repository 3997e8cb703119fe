// SPDX-License-Identifier: MIT
// Narrowing the plan down: by area, owner, status, or only what is overdue. Plain selects and a
// checkbox; they choose which actions are shown, never their order (the plan keeps the
// framework's order and the order actions were added).
import { type TemplateResult, html, nothing } from 'lit';
import type { Action } from '../../../internal/core.js';
import { ACTION_STATUSES, type ActionStatus } from './editing.js';

export interface PlanFilters {
  area: string;
  /** An owner as written, `''` for all, or NO_OWNER. */
  owner: string;
  status: ActionStatus | '';
  overdue: boolean;
}

export const NO_FILTERS: PlanFilters = { area: '', owner: '', status: '', overdue: false };
/** The owner filter's value for actions with no owner (not a possible trimmed owner). */
export const NO_OWNER = ' none';

export const filtersActive = (f: PlanFilters) => f.area !== '' || f.owner !== '' || f.status !== '' || f.overdue;

export function matches(f: PlanFilters, action: Action, overdue: (a: Action) => boolean): boolean {
  if (f.area && action.area !== f.area) return false;
  if (f.owner && (f.owner === NO_OWNER ? (action.who?.trim() ?? '') !== '' : action.who?.trim() !== f.owner)) return false;
  if (f.status && action.status !== f.status) return false;
  return !f.overdue || overdue(action);
}

/** The owners named in the plan, each once, in alphabetical order (a list to choose from, not a ranking). */
export function ownersOf(actions: readonly Action[], lang: string): string[] {
  const owners = new Set<string>();
  for (const a of actions) {
    const who = a.who?.trim();
    if (who) owners.add(who);
  }
  return [...owners].sort(new Intl.Collator(lang).compare);
}

interface SelectOption {
  value: string;
  label: string;
}

function select(id: string, label: string, value: string, options: readonly SelectOption[], onChange: (value: string) => void): TemplateResult {
  return html`<div class="form-group filters__item">
    <label class="label label--s" for=${id}>${label}</label>
    <select class="select" part="select" id=${id} name=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

export interface FiltersOptions {
  heading: string;
  filters: PlanFilters;
  areas: readonly SelectOption[];
  owners: readonly SelectOption[];
  statuses: Record<ActionStatus, string>;
  labels: { area: string; owner: string; status: string; overdue: string; statusAll: string; clear: string };
  /** "Showing 3 of 12 actions." */
  showing: string;
  onChange: (filters: PlanFilters) => void;
}

export function filtersPanel(o: FiltersOptions): TemplateResult {
  const f = o.filters;
  const set = (patch: Partial<PlanFilters>) => o.onChange({ ...f, ...patch });
  return html`<div class="filters no-print" part="filters" role="search" aria-labelledby="filters-heading">
    <h3 class="heading-s" id="filters-heading">${o.heading}</h3>
    <div class="filters__row">
      ${select('filter-area', o.labels.area, f.area, o.areas, (area) => set({ area }))}
      ${select('filter-owner', o.labels.owner, f.owner, o.owners, (owner) => set({ owner }))}
      ${select(
        'filter-status',
        o.labels.status,
        f.status,
        [{ value: '', label: o.labels.statusAll }, ...ACTION_STATUSES.map((s) => ({ value: s, label: o.statuses[s] }))],
        (status) => set({ status: status as ActionStatus | '' }),
      )}
      <div class="form-group filters__item checkbox">
        <input class="checkbox__input" type="checkbox" id="filter-overdue" .checked=${f.overdue} @change=${(e: Event) => set({ overdue: (e.target as HTMLInputElement).checked })} />
        <label class="label checkbox__label" for="filter-overdue">${o.labels.overdue}</label>
      </div>
    </div>
    <p class="body filters__showing" data-showing>
      ${o.showing}
      ${filtersActive(f) ? html`<button type="button" class="link-button" part="link" id="filters-clear" @click=${() => o.onChange({ area: '', owner: '', status: '', overdue: false })}>${o.labels.clear}</button>` : nothing}
    </p>
  </div>`;
}
