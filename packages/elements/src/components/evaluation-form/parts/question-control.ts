// SPDX-License-Identifier: MIT
// One evaluative question, with the control its answer kind takes.
import { type TemplateResult, html } from 'lit';
import type { EvaluativeQuestion } from '../../../internal/core.js';
import { radios, textArea } from '../../../templates/controls.js';
import { listEditor } from '../../../templates/list-editor.js';
import { field, own } from '../model.js';
import type { EvidenceItem, FormView } from './view.js';

export function questionControl(view: FormView, question: EvaluativeQuestion): TemplateResult {
  const id = field.answer(question.id);
  const answer = own(view.evaluation.answers, question.id);
  const error = view.error(id);
  const s = view.strings;
  const hint = question.guidance;
  const labelClass = 'label--question';
  const wrap = (inner: TemplateResult) => html`<div class="question" part="question" data-question=${question.id}>${inner}</div>`;
  switch (question.answer) {
    case 'reflection':
      return wrap(
        textArea({
          id,
          error,
          label: question.text,
          labelClass,
          hint,
          value: answer?.text ?? '',
          onInput: (value) => view.actions.answer(question.id, { text: value === '' ? undefined : value }, false),
          onChange: () => view.actions.commit(id),
        }),
      );
    case 'yes-partly-no':
      return wrap(
        radios({
          id,
          error,
          legend: question.text,
          legendClass: labelClass,
          hint,
          inline: true,
          value: answer?.response,
          options: [
            { value: 'yes', label: s.responseYes },
            { value: 'partly', label: s.responsePartly },
            { value: 'no', label: s.responseNo },
          ],
          onSelect: (value) => view.actions.answer(question.id, { response: value as 'yes' | 'partly' | 'no' }, true),
        }),
      );
    case 'rating': {
      const scaleId = question.scale ?? view.framework.judgementScale;
      const scale = scaleId ? view.index.scales.get(scaleId) : undefined;
      return wrap(
        radios({
          id,
          error,
          legend: question.text,
          legendClass: labelClass,
          hint,
          value: answer?.level,
          options: (scale?.levels ?? []).map((l) => ({ value: l.id, label: l.label, hint: l.description })),
          onSelect: (value) => view.actions.answer(question.id, { level: value }, true),
        }),
      );
    }
    case 'evidence': {
      const items: EvidenceItem[] = answer?.evidence ?? [];
      return wrap(
        listEditor<EvidenceItem>({
          id,
          error,
          commit: () => view.actions.commit(id),
          focusLater: view.actions.focusLater,
          legend: question.text,
          ...(question.guidance ? { hint: question.guidance } : {}),
          items,
          fields: (item, n) => [
            { key: 'title', label: view.format(s.evidenceItemTitle, { n }), value: item.title },
            { key: 'reference', label: view.format(s.evidenceItemReference, { n }), hint: s.evidenceItemReferenceHint, value: item.reference ?? '' },
          ],
          change: (item, key, value) =>
            key === 'title' ? { ...item, title: value } : value === '' ? { title: item.title } : { ...item, reference: value },
          create: () => ({ title: '' }),
          update: (next, commit) => view.actions.answer(question.id, { evidence: next.length > 0 ? next : undefined }, commit),
          addLabel: s.addEvidence,
          removeLabel: s.removeEvidence,
          emptyText: s.noEvidence,
        }),
      );
    }
  }
}

