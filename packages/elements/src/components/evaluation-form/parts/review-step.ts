// SPDX-License-Identifier: MIT
// GOV.UK's "check your answers": every answer in a summary list, each with a Change link back to
// its field. Without the links and the button, it is also the read-only view of an evaluation.
import { type TemplateResult, html, nothing } from 'lit';
import type { EvaluativeQuestion, QualityArea } from '../../../internal/core.js';
import { areaWords, checkLabels } from '../../../internal/labels.js';
import { summaryList } from '../../../templates/summary-list.js';
import { START, areaStep, field, own } from '../model.js';
import type { FormView } from './view.js';

interface Row {
  key: string;
  value: TemplateResult | string | null;
  /** The field a Change link returns to; none in read-only views. */
  field?: string;
  step?: string;
}

function rows(view: FormView, list: Row[]): TemplateResult {
  const s = view.strings;
  return summaryList({
    emptyText: s.notAnswered,
    rows: list.map((row) => ({
      key: row.key,
      value: row.value,
      action:
        view.readonly || !row.field
          ? undefined
          : { label: s.change, hidden: row.key, onClick: () => view.actions.goTo(row.step ?? START, row.field, { fromReview: true }) },
    })),
  });
}

/**
 * The rows of an area with what is answered shown one by one, and what is not answered in one
 * row: listing every unanswered question of the toolkit made the page about 23,000 px tall.
 */
function groupUnanswered(view: FormView, list: Row[]): Row[] {
  const answered = list.filter((r) => r.value !== null && r.value !== '');
  const empty = list.filter((r) => (r.value === null || r.value === '') && r.field);
  if (empty.length <= 1) return list;
  const s = view.strings;
  return [
    ...answered,
    {
      key: view.format(s.unansweredGroup, { count: empty.length }),
      value: html`<details class="details">
        <summary class="details__summary">${view.format(s.unansweredShow, { count: empty.length })}</summary>
        <ul class="list list--bullet">
          ${empty.map((r) => html`<li>${r.key}</li>`)}
        </ul>
      </details>`,
      field: empty[0]!.field!,
      ...(empty[0]!.step ? { step: empty[0]!.step } : {}),
    },
  ];
}

function textBlock(text: string | undefined): TemplateResult | null {
  const value = text?.trim();
  return value ? html`<span class="pre-line">${value}</span>` : null;
}

function list(items: readonly string[]): TemplateResult | null {
  const kept = items.map((i) => i.trim()).filter((i) => i !== '');
  if (kept.length === 0) return null;
  return html`<ul class="list list--bullet">${kept.map((i) => html`<li class="pre-line">${i}</li>`)}</ul>`;
}

function answerValue(view: FormView, question: EvaluativeQuestion): TemplateResult | string | null {
  const answer = own(view.evaluation.answers, question.id);
  if (!answer) return null;
  const s = view.strings;
  switch (question.answer) {
    case 'reflection':
      return textBlock(answer.text);
    case 'yes-partly-no':
      return answer.response ? { yes: s.responseYes, partly: s.responsePartly, no: s.responseNo }[answer.response] : null;
    case 'rating': {
      const scale = view.index.scales.get(question.scale ?? view.framework.judgementScale ?? '');
      return answer.level ? (scale?.levels.find((l) => l.id === answer.level)?.label ?? answer.level) : null;
    }
    case 'evidence': {
      const items = (answer.evidence ?? []).filter((e) => e.title.trim() !== '' || (e.reference?.trim() ?? '') !== '');
      const text = textBlock(answer.text);
      if (items.length === 0) return text;
      return html`${text}<ul class="list list--bullet">
          ${items.map((e) => html`<li>${e.title}${e.reference ? html` <span class="muted">(${e.reference})</span>` : nothing}</li>`)}
        </ul>`;
    }
  }
}

function areaRows(view: FormView, area: QualityArea): Row[] {
  const s = view.strings;
  const step = areaStep(area.id);
  const record = own(view.evaluation.areas, area.id) ?? {};
  const out: Row[] = [];
  const questions = [...area.questions, ...area.subAreas.flatMap((sub) => sub.questions)];
  for (const q of questions) out.push({ key: q.text, value: answerValue(view, q), field: field.answer(q.id), step });
  out.push({ key: s.areaEvidence, value: textBlock(record.evidence), field: field.area(area.id, 'evidence'), step });
  if (area.descriptors) {
    const labels = checkLabels(view.strings);
    const checkOf = (id: string) => own(view.evaluation.checks, id) ?? 'not-assessed';
    const all = area.descriptors.levels.flatMap((l) => l.descriptors);
    const counts = { met: 0, 'partly-met': 0, 'not-met': 0, 'not-assessed': 0 };
    for (const d of all) counts[checkOf(d.id)]++;
    const assessed = all.filter((d) => checkOf(d.id) !== 'not-assessed');
    out.push({
      key: area.descriptors.title ?? s.descriptorsHeading,
      value: html`<p class="body">
          ${view.format(s.descriptorSummary, { met: counts.met, partly: counts['partly-met'], notMet: counts['not-met'], notAssessed: counts['not-assessed'] })}
        </p>
        ${assessed.length > 0
          ? html`<ul class="list list--bullet">
              ${assessed.map((d) => html`<li><span class="tag tag--${checkOf(d.id)}">${labels[checkOf(d.id)]}</span> ${d.text}</li>`)}
            </ul>`
          : nothing}`,
      field: field.check(all[0]!.id),
      step,
    });
    const suggestion = view.suggestion(area.id);
    out.push({ key: s.suggestionHeading, value: suggestion.label ?? s.suggestionNone });
  }
  const scale = view.index.judgementScale;
  if (scale) {
    const level = record.judgement?.level;
    out.push({
      key: view.format(s.judgementLegend, { area: view.areaLabel(area) }),
      value: level ? (scale.levels.find((l) => l.id === level)?.label ?? level) : null,
      field: field.judgement(area.id, 'level'),
      step,
    });
    out.push({ key: s.rationale, value: textBlock(record.judgement?.rationale), field: field.judgement(area.id, 'rationale'), step });
  }
  out.push({ key: s.strengths, value: list(record.strengths ?? []), field: field.area(area.id, 'strengths'), step });
  out.push({ key: s.priorities, value: list((record.priorities ?? []).map((p) => p.text)), field: field.area(area.id, 'priorities'), step });
  return out;
}

export function reviewContent(view: FormView): TemplateResult {
  const s = view.strings;
  const e = view.evaluation;
  const use = view.framework.uses.find((u) => u.id === e.use);
  const settingRows: Row[] = [
    ...(view.framework.uses.length > 0 ? [{ key: s.useLegend, value: use?.title ?? null, field: field.use }] : []),
    { key: s.settingName, value: e.setting.name?.trim() || null, field: field.setting('name') },
    { key: s.settingUrn, value: e.setting.urn?.trim() || null, field: field.setting('urn') },
    { key: s.settingType, value: e.setting.type?.trim() || null, field: field.setting('type') },
    { key: s.settingLocalAuthority, value: e.setting.localAuthority?.trim() || null, field: field.setting('localAuthority') },
  ];
  return html`<section class="review-section">
      <h3 class="heading-m" id="review-setting">${s.settingStepNav}</h3>
      ${rows(view, settingRows)}
    </section>
    ${view.framework.categories.flatMap((c) =>
      c.areas.map(
        (area) => html`<section class="review-section" data-area=${area.id}>
          <h3 class="heading-m" id=${`review-${area.id}`}>${view.areaLabel(area)}</h3>
          ${area.status === 'not-yet-written'
            ? html`<p class="body muted">${view.format(s.notYetWritten, { area: areaWords(view.framework).area })}</p>`
            : rows(view, groupUnanswered(view, areaRows(view, area)))}
        </section>`,
      ),
    )}
    ${e.carriedOver.length > 0
      ? html`<section class="review-section">
          <h3 class="heading-m" id="review-carried-over">${s.carriedOverHeading}</h3>
          ${carriedOverList(view, e.carriedOver)}
        </section>`
      : nothing}`;
}

/** Carried-over items as text: where each came from, what it held, and why it has no home. */
export function carriedOverList(view: FormView, items: ReadonlyArray<{ from: { framework: { version: string }; path: string }; value: unknown; reason: string }>): TemplateResult {
  return html`<ul class="list list--bullet carried-over" part="carried-over">
    ${items.map(
      (item) => html`<li>
        <span class="pre-line">${displayValue(item.value)}</span>
        <span class="muted">(${view.format(view.strings.carriedOverFrom, { path: item.from.path, version: item.from.framework.version, reason: item.reason })})</span>
      </li>`,
    )}
  </ul>`;
}

function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') return record.text;
  }
  return JSON.stringify(value, null, 1);
}
