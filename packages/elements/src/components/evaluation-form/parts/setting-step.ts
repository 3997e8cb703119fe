// SPDX-License-Identifier: MIT
// The first step: what the evaluation is for, and which setting it is of.
import { type TemplateResult, html, nothing } from 'lit';
import { radios, textInput } from '../../../templates/controls.js';
import { field } from '../model.js';
import type { FormView, SettingKey } from './view.js';

export function settingFields(view: FormView): TemplateResult {
  const s = view.strings;
  const setting = view.evaluation.setting;
  const text = (key: SettingKey, label: string, options: { hint?: string; optional?: boolean; width?: 'full' | '10ch'; autocomplete?: string; numeric?: boolean } = {}) =>
    textInput({
      id: field.setting(key),
      error: view.error(field.setting(key)),
      label: options.optional ? html`${label} <span class="optional">${s.optional}</span>` : label,
      hint: options.hint,
      value: setting[key] ?? '',
      width: options.width ?? 'full',
      ...(options.autocomplete ? { autocomplete: options.autocomplete } : {}),
      ...(options.numeric ? { inputmode: 'numeric' as const, spellcheck: false } : {}),
      onInput: (value) => view.actions.setting(key, value),
      onChange: () => view.actions.commit(field.setting(key)),
    });
  const uses = view.framework.uses;
  return html`
    ${uses.length > 0
      ? radios({
          id: field.use,
          error: view.error(field.use),
          legend: s.useLegend,
          legendClass: 'legend--m',
          value: view.evaluation.use,
          options: uses.map((u) => ({ value: u.id, label: u.title, hint: u.description })),
          onSelect: (value) => view.actions.use(value),
        })
      : nothing}
    <fieldset class="fieldset form-group" part="fieldset">
      <legend class="legend legend--m">${s.settingLegend}</legend>
      ${text('name', s.settingName, { autocomplete: 'organization' })}
      ${text('urn', s.settingUrn, { hint: s.settingUrnHint, optional: true, width: '10ch', numeric: true })}
      ${text('type', s.settingType, { hint: s.settingTypeHint, optional: true })}
      ${text('localAuthority', s.settingLocalAuthority, { optional: true })}
    </fieldset>
  `;
}
