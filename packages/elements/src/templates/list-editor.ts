// SPDX-License-Identifier: MIT
// "Add another" lists (strengths, priorities, evidence): each item its own labelled field with a
// Remove button; adding focuses the new item, removing focuses its neighbour or the Add button.
import { type TemplateResult, html, nothing } from 'lit';
import { format } from '../internal/localize.js';
import { type FieldError, errorMessage, hintId } from './controls.js';

export interface ListField {
  key: string;
  label: string;
  hint?: string;
  value: string;
  multiline?: boolean;
}

export interface ListEditorOptions<T> {
  id: string;
  error?: FieldError | undefined;
  legend: string;
  hint?: string;
  items: readonly T[];
  /** The fields of one item (one for a strength, two for a piece of evidence). */
  fields: (item: T, n: number) => ListField[];
  update: (items: T[], commit: boolean) => void;
  change: (item: T, key: string, value: string) => T;
  create: () => T;
  addLabel: string;
  /** "Remove strength {n}": the visible text is the first word, the rest is for screen readers. */
  removeLabel: string;
  emptyText: string;
  /** Called when the person leaves a field of an item (the list's change is committed). */
  commit: () => void;
  /** Moves focus to an element by id after the next render. */
  focusLater: (id: string) => void;
}

export const itemFieldId = (id: string, index: number, key: string) => `${id}--${index}--${key}`;

export function listEditor<T>(o: ListEditorOptions<T>): TemplateResult {
  const addId = `${o.id}--add`;
  const remove = (index: number) => {
    const items = o.items.filter((_, i) => i !== index);
    const first = (i: number) => itemFieldId(o.id, i, o.fields(items[i]!, i + 1)[0]!.key);
    o.focusLater(items.length === 0 ? addId : first(Math.min(index, items.length - 1)));
    o.update(items, true);
  };
  const add = () => {
    const item = o.create();
    o.focusLater(itemFieldId(o.id, o.items.length, o.fields(item, o.items.length + 1)[0]!.key));
    o.update([...o.items, item], true);
  };
  return html`<div class="form-group list-editor" data-field=${o.id} id=${o.id} tabindex="-1">
    <fieldset class="fieldset" part="fieldset">
      <legend class="legend legend--s">${o.legend}</legend>
      ${o.hint ? html`<div class="hint" id=${hintId(o.id)}>${o.hint}</div>` : nothing} ${errorMessage(o.id, o.error)}
      ${o.items.length === 0 ? html`<p class="hint">${o.emptyText}</p>` : nothing}
      ${o.items.length > 0
        ? html`<ol class="list-editor__items">
            ${o.items.map((item, index) => {
              const n = index + 1;
              const [visibleRemove, ...rest] = format(o.removeLabel, { n }).split(' ');
              return html`<li class="list-editor__item">
                ${o.fields(item, n).map((f) => {
                  const id = itemFieldId(o.id, index, f.key);
                  const onInput = (e: Event) => {
                    const next = [...o.items];
                    next[index] = o.change(item, f.key, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
                    o.update(next, false);
                  };
                  const hint = f.hint ? html`<div class="hint" id=${hintId(id)}>${f.hint}</div>` : nothing;
                  return html`<div class="form-group form-group--tight">
                    <label class="label" for=${id}>${f.label}</label>${hint}
                    ${f.multiline
                      ? html`<textarea
                          class="textarea"
                          part="textarea"
                          id=${id}
                          rows="2"
                          aria-describedby=${f.hint ? hintId(id) : nothing}
                          .value=${f.value}
                          @input=${onInput}
                          @change=${o.commit}
                        ></textarea>`
                      : html`<input
                          class="input input--full"
                          part="input"
                          type="text"
                          id=${id}
                          aria-describedby=${f.hint ? hintId(id) : nothing}
                          .value=${f.value}
                          @input=${onInput}
                          @change=${o.commit}
                        />`}
                  </div>`;
                })}
                <button type="button" class="button button--secondary button--small" part="button" @click=${() => remove(index)}>
                  ${visibleRemove}<span class="visually-hidden"> ${rest.join(' ')}</span>
                </button>
              </li>`;
            })}
          </ol>`
        : nothing}
      <button type="button" class="button button--secondary" part="button" id=${addId} @click=${add}>${o.addLabel}</button>
    </fieldset>
  </div>`;
}
