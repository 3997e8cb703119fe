// SPDX-License-Identifier: MIT
// One area: its questions (and its sub-areas'), the evidence seen, the descriptor checklist and
// suggestion where the framework has descriptors, the judgement, strengths and priorities.
import { type TemplateResult, html, nothing } from 'lit';
import type { QualityArea } from '../../../internal/core.js';
import { areaWords } from '../../../internal/labels.js';
import { radios, textArea } from '../../../templates/controls.js';
import { inset } from '../../../templates/notices.js';
import { listEditor } from '../../../templates/list-editor.js';
import { field, own } from '../model.js';
import { descriptorChecklist } from './descriptor-checklist.js';
import { questionControl } from './question-control.js';
import { suggestionPanel } from './suggestion-panel.js';
import type { FormView } from './view.js';

export const areaHeadingId = (areaId: string) => `${areaId}--heading`;

function judgementFields(view: FormView, area: QualityArea, label: string): TemplateResult | typeof nothing {
  const scale = view.index.judgementScale;
  if (!scale) return nothing;
  const s = view.strings;
  const record = own(view.evaluation.areas, area.id) ?? {};
  const suggestion = view.suggestion(area.id);
  const suggestedLevel = suggestion.status === 'suggested' ? suggestion.level : null;
  const level = record.judgement?.level ?? null;
  const differs = suggestedLevel !== null && level !== null && level !== suggestedLevel;
  const levelId = field.judgement(area.id, 'level');
  const rationaleId = field.judgement(area.id, 'rationale');
  return html`${radios({
      id: levelId,
      error: view.error(levelId),
      legend: view.format(s.judgementLegend, { area: label }),
      legendClass: 'legend--m',
      hint: s.judgementHint,
      value: record.judgement?.level ?? undefined,
      options: scale.levels.map((l) => ({
        value: l.id,
        label: l.label,
        hint: l.description,
        tag: l.id === suggestedLevel ? s.suggestedTag : undefined,
      })),
      onSelect: (level) => view.actions.judgement(area.id, level),
    })}
    ${textArea({
      id: rationaleId,
      error: view.error(rationaleId),
      label: s.rationale,
      hint: differs ? view.format(s.rationaleRequiredHint, { level: suggestion.label ?? '' }) : s.rationaleOptionalHint,
      value: record.judgement?.rationale ?? '',
      rows: 3,
      onInput: (value) => view.actions.rationale(area.id, value),
      onChange: () => view.actions.commit(rationaleId),
    })}`;
}

function recordFields(view: FormView, area: QualityArea): TemplateResult {
  const s = view.strings;
  const record = own(view.evaluation.areas, area.id) ?? {};
  const strengthsId = field.area(area.id, 'strengths');
  const prioritiesId = field.area(area.id, 'priorities');
  return html`${listEditor<string>({
      id: strengthsId,
      error: view.error(strengthsId),
      commit: () => view.actions.commit(strengthsId),
      focusLater: view.actions.focusLater,
      legend: s.strengths,
      items: record.strengths ?? [],
      fields: (item, n) => [{ key: 'text', label: view.format(s.strengthItem, { n }), value: item, multiline: true }],
      change: (_item, _key, value) => value,
      create: () => '',
      update: (items, commit) => view.actions.strengths(area.id, items, commit),
      addLabel: s.addStrength,
      removeLabel: s.removeStrength,
      emptyText: s.noItems,
    })}
    ${listEditor<{ id?: string; text: string }>({
      id: prioritiesId,
      error: view.error(prioritiesId),
      commit: () => view.actions.commit(prioritiesId),
      focusLater: view.actions.focusLater,
      legend: s.priorities,
      items: record.priorities ?? [],
      fields: (item, n) => [{ key: 'text', label: view.format(s.priorityItem, { n }), value: item.text, multiline: true }],
      change: (item, _key, value) => ({ ...item, text: value }),
      create: () => ({ text: '' }),
      update: (items, commit) => view.actions.priorities(area.id, items, commit),
      addLabel: s.addPriority,
      removeLabel: s.removePriority,
      emptyText: s.noItems,
    })}`;
}

/** An area as a page (paged layout) or as a section of the long form (single-page layout). */
export function areaSection(view: FormView, area: QualityArea): TemplateResult {
  const s = view.strings;
  const label = view.areaLabel(area);
  const areaWord = areaWords(view.framework).area;
  const record = own(view.evaluation.areas, area.id) ?? {};
  const evidenceId = field.area(area.id, 'evidence');
  return html`<section class="area" part="area" data-area=${area.id} aria-labelledby=${areaHeadingId(area.id)}>
    <h2 class="heading-l" id=${areaHeadingId(area.id)} tabindex="-1">${label}</h2>
    ${area.summary ? html`<p class="lead">${area.summary}</p>` : nothing}
    ${area.status === 'not-yet-written'
      ? inset(view.format(s.notYetWritten, { area: areaWord }))
      : html`
          ${area.questions.map((q) => questionControl(view, q))}
          ${area.subAreas.map(
            (sub) => html`<section class="sub-area">
              <h3 class="heading-m" id=${`${sub.id}--heading`}>${view.format(s.subAreaHeading, { letter: sub.letter, title: sub.title })}</h3>
              ${sub.summary ? html`<p class="body">${sub.summary}</p>` : nothing} ${sub.questions.map((q) => questionControl(view, q))}
            </section>`,
          )}
          ${descriptorChecklist(view, area)} ${suggestionPanel(view, area)}
          <section class="section area-record">
            <h3 class="heading-m" id=${`${area.id}--record`}>${view.format(s.areaRecordHeading, { area: areaWord })}</h3>
            ${textArea({
              id: evidenceId,
              error: view.error(evidenceId),
              label: s.areaEvidence,
              labelClass: 'label--s',
              hint: s.areaEvidenceHint,
              value: record.evidence ?? '',
              onInput: (value) => view.actions.evidence(area.id, value),
              onChange: () => view.actions.commit(evidenceId),
            })}
            ${judgementFields(view, area, label)} ${recordFields(view, area)}
          </section>
        `}
  </section>`;
}
