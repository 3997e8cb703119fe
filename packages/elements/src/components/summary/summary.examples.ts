// SPDX-License-Identifier: MIT
// <apq-summary> in every state, on the real frameworks and their worked examples: the stories,
// the shared accessibility loop and the docs all draw from this list. The builders are exported
// for the element's own tests.
import { WORKED_EXAMPLES } from '@ap-quality/core/frameworks';
import { html } from 'lit';
import '../../frameworks.js';
import type { Evaluation, Framework } from '../../internal/core.js';
import type { ElementExamples } from '../../internal/examples.js';
import { findFramework } from '../../internal/registry.js';
import './apq-summary.js';

/** A fresh copy of a worked example's evaluation, such as `self-evaluation-complete`. */
export function workedEvaluation(id: string): Evaluation {
  const found = WORKED_EXAMPLES.find((e) => e.id === id);
  if (!found) throw new Error(`no worked example "${id}"`);
  return structuredClone(found.evaluation);
}

/** The same date-time a year earlier (2027-06-18T14:20:00Z → 2026-06-18T14:20:00Z). */
function yearEarlier(iso: string): string {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * An earlier evaluation of the same setting, made from `current`: a year earlier, submitted (a
 * draft when an area is left unjudged), with the judgements in `levels` (area id → level, or null
 * for not judged) in place of the current ones.
 */
export function previousOf(current: Evaluation, levels: Record<string, string | null>): Evaluation {
  const previous = structuredClone(current);
  previous.id = `${current.id}-previous`;
  previous.status = 'submitted';
  previous.createdAt = yearEarlier(current.createdAt);
  previous.updatedAt = yearEarlier(current.updatedAt);
  previous.submittedAt = yearEarlier(current.submittedAt ?? current.updatedAt);
  for (const [area, level] of Object.entries(levels)) {
    const record = (previous.areas[area] ??= {});
    if (level === null) delete record.judgement;
    else record.judgement = { level, rationale: 'The reviewers judged this area as the evidence stood last year.' };
  }
  // A submitted evaluation has every written area judged; one left unjudged was still a draft.
  if (Object.values(levels).includes(null)) {
    previous.status = 'draft';
    delete previous.submittedAt;
  }
  return previous;
}

/**
 * A Leicestershire review and the one a year before it, made so that each kind of change shows:
 * attendance better, quality of provision the same, outcomes worse, leadership new (not judged
 * before). The outcomes priority was there before too, so it is carried forward.
 */
export function leicestershirePair(): { previous: Evaluation; current: Evaluation } {
  const current = workedEvaluation('mixed-with-rationale');
  const previous = previousOf(current, {
    attendance: 'requires-improvement',
    'quality-of-provision': 'outstanding',
    'outcomes-for-pupils': 'outstanding',
    'leadership-and-management': null,
  });
  return { previous, current };
}

/** The same review, of another behaviour partnership. */
export function otherSetting(evaluation: Evaluation): Evaluation {
  const other = structuredClone(evaluation);
  other.id = `${evaluation.id}-other-setting`;
  other.setting = { name: 'Fernhill Behaviour Partnership', localAuthority: 'Leicestershire' };
  return other;
}

/** Not a valid evaluation: an unknown status, a judgement off the scale and no setting. */
export function invalidEvaluation(): unknown {
  const bad = workedEvaluation('mixed-with-rationale') as unknown as Record<string, unknown>;
  bad.status = 'finished';
  delete bad.setting;
  (bad.areas as Record<string, { judgement: { level: unknown } }>).attendance!.judgement.level = 'Superb!';
  return bad;
}

/** A draft made against a framework no page registers. */
export function unregisteredFrameworkEvaluation(): Evaluation {
  const evaluation = workedEvaluation('self-evaluation-in-progress');
  evaluation.framework = { id: 'northshire-ap-standards', version: '3.1.0' };
  delete evaluation.use;
  return evaluation;
}

/** A draft made against the toolkit's 1.0.0, whose use has no place in 2.0.0. */
export function olderVersionEvaluation(): Evaluation {
  return {
    format: 'apq-evaluation',
    formatVersion: 2,
    id: 'oak-tree-2026',
    framework: { id: 'ap-quality-toolkit', version: '1.0.0' },
    status: 'draft',
    use: 'self-review',
    setting: { name: 'Oak Tree Alternative Provision', type: 'AP academy', localAuthority: 'Northshire' },
    evaluators: [{ name: 'S. Okafor', role: 'Head of centre' }],
    createdAt: '2026-06-01T09:00:00Z',
    updatedAt: '2026-06-12T15:30:00Z',
    answers: {},
    checks: {},
    areas: {
      'pupil-induction': { evidence: 'An induction plan for every pupil, agreed with the family.', strengths: ['Home visits before the first day'] },
    },
    actions: [],
    carriedOver: [],
  };
}

export function toolkit(version: string): Framework {
  const framework = findFramework('ap-quality-toolkit', version);
  if (!framework) throw new Error(`ap-quality-toolkit ${version} is not registered`);
  return framework;
}

const pair = leicestershirePair();

export const examples: ElementExamples = {
  tag: 'apq-summary',
  examples: [
    {
      name: 'AP Quality Toolkit: a complete self-evaluation',
      description: 'A submitted self-evaluation with every quality area judged on the developmental scale, with strengths, priorities and actions.',
      render: () => html`<apq-summary .evaluation=${workedEvaluation('self-evaluation-complete')}></apq-summary>`,
    },
    {
      name: 'Leicestershire: a judgement that differs from its suggestion',
      description: 'Outcomes judged good against a suggested requires improvement, with the reviewers’ rationale; strand 2 is not written yet.',
      render: () => html`<apq-summary .evaluation=${workedEvaluation('mixed-with-rationale')}></apq-summary>`,
    },
    {
      name: 'Leicestershire: an outstanding partnership',
      render: () => html`<apq-summary .evaluation=${workedEvaluation('outstanding-partnership')}></apq-summary>`,
    },
    {
      name: 'Leicestershire: compared with the previous review',
      description: 'One strand better, one the same, one worse and one judged for the first time; a priority carried forward.',
      render: () => html`<apq-summary .evaluation=${pair.current} .previous=${pair.previous}></apq-summary>`,
    },
    {
      name: 'AP Quality Toolkit: a draft in progress',
      render: () => html`<apq-summary .evaluation=${workedEvaluation('self-evaluation-in-progress')}></apq-summary>`,
    },
    {
      name: 'Made against an older framework version',
      description: 'A 1.0.0 draft shown in version 2.0.0 of the toolkit; its use has no place there and is listed at the end.',
      render: () => html`<apq-summary .evaluation=${olderVersionEvaluation()} .framework=${toolkit('2.0.0')}></apq-summary>`,
    },
    {
      name: 'An evaluation that is not valid',
      description: 'The element shows what is wrong, path by path, instead of a summary.',
      render: () => html`<apq-summary .evaluation=${invalidEvaluation() as Evaluation}></apq-summary>`,
    },
    {
      name: 'A framework that is not on the page',
      render: () => html`<apq-summary .evaluation=${unregisteredFrameworkEvaluation()}></apq-summary>`,
    },
    {
      name: 'A previous evaluation of another setting',
      description: 'The summary is shown, with a warning that the previous evaluation is not compared.',
      render: () => html`<apq-summary .evaluation=${pair.current} .previous=${otherSetting(pair.previous)}></apq-summary>`,
    },
    {
      name: 'Nothing given yet',
      hidden: true,
      render: () => html`<apq-summary></apq-summary>`,
    },
    {
      name: 'Narrow screen (320 px), compared with the previous review',
      width: 320,
      render: () => html`<apq-summary .evaluation=${pair.current} .previous=${pair.previous}></apq-summary>`,
    },
  ],
};
