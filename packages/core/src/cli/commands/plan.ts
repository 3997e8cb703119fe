// SPDX-License-Identifier: MIT
import { dayOf, isFullCalendarDate } from '../../engine/dates.js';
import { type PlanProgress, isOverdue, planByArea, planProgress } from '../../engine/plan.js';
import { planCsv } from '../../engine/plan-csv.js';
import type { Action, Evaluation } from '../../schema/evaluation.js';
import type { Framework } from '../../schema/framework.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { capitalise, loadEvaluation, onlyFile, reportProblems } from '../shared.js';

export const planCommand: Command = {
  name: 'plan',
  usage: 'apq plan <evaluation.json> [--json | --csv] [--on YYYY-MM-DD]',
  summary: 'the improvement plan by area and priority, overdue actions marked (as of today, or --on a day)',
  options: { ...JSON_OPTION, csv: { type: 'boolean' }, on: { type: 'string' } },
  run(context) {
    const { values } = context;
    if (values.json && values.csv) throw new UsageError('choose --json or --csv, not both');
    const on = dayOption(values.on);
    const file = onlyFile(context.positionals);
    const loaded = loadEvaluation(file, context);
    if (!loaded.ok) return reportProblems(context, loaded.problems.map((p) => ({ file, ...p })));
    const { framework, evaluation } = loaded.value;
    if (values.csv) context.data(planCsv(framework, evaluation, on));
    else if (values.json) context.data(jsonText(planDocument(framework, evaluation, on)));
    else context.out(renderPlan(framework, evaluation, on));
    return 0;
  },
};

/** `--on`: a date that exists, YYYY-MM-DD; default today (where apq runs). */
function dayOption(value: unknown): string {
  if (value === undefined) return dayOf(new Date());
  if (typeof value !== 'string' || !isFullCalendarDate(value)) throw new UsageError(`--on must be a date that exists, YYYY-MM-DD, got "${String(value)}"`);
  return value;
}

type MarkedAction = Action & { overdue: boolean };

/** The plan for machines: the framework and setting it belongs to, the day, its progress, and every area with its actions, each marked overdue or not. */
export function planDocument(framework: Framework, evaluation: Evaluation, on: string) {
  const plan = planByArea(framework, evaluation);
  const mark = (a: Action): MarkedAction => ({ ...a, overdue: isOverdue(a, on) });
  return {
    evaluation: { id: evaluation.id, status: evaluation.status, setting: evaluation.setting, framework: evaluation.framework },
    on,
    progress: planProgress(evaluation, { on }),
    areas: plan.areas.map((area) => ({
      ...area,
      priorities: area.priorities.map((p) => ({ ...p, actions: p.actions.map(mark) })),
      otherActions: area.otherActions.map(mark),
    })),
    unplaced: plan.unplaced.map(mark),
  };
}

const STATUS_TEXT: Record<Action['status'], string> = { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' };

export function renderPlan(framework: Framework, evaluation: Evaluation, on: string): string[] {
  const plan = planByArea(framework, evaluation);
  const progress = planProgress(evaluation, { on });
  const setting = evaluation.setting.name?.trim() || 'Unnamed setting';
  const lines = [`${setting} · improvement plan · ${framework.title} (${framework.id}@${framework.version}) · as of ${on}`, progressLine(progress)];
  if (progress.total === 0 && !plan.areas.some((a) => a.priorities.length > 0)) return [...lines, '', 'No priorities or actions yet.'];
  const areaWord = capitalise(framework.terminology?.area ?? 'area');
  for (const area of plan.areas) {
    if (area.priorities.length === 0 && area.otherActions.length === 0) continue;
    lines.push('', `${areaWord} ${area.number}. ${area.title}`);
    for (const p of area.priorities) {
      lines.push(`  Priority: ${p.text.trim() || '(no text)'}`);
      if (p.actions.length === 0) lines.push('    (no actions yet)');
      for (const a of p.actions) lines.push(...actionLines(a, on));
    }
    if (area.otherActions.length > 0) {
      lines.push(area.priorities.length > 0 ? '  Other actions' : '  Actions');
      for (const a of area.otherActions) lines.push(...actionLines(a, on));
    }
  }
  if (plan.unplaced.length > 0) {
    lines.push('', `Actions for ${framework.terminology?.areas ?? 'areas'} this framework version does not have`);
    for (const a of plan.unplaced) lines.push(...actionLines(a, on).map((l, i) => (i === 0 ? `${l} · area "${a.area}"` : l)));
  }
  return lines;
}

function progressLine(p: PlanProgress): string {
  const parts = [
    `${p.total} action${p.total === 1 ? '' : 's'}`,
    ...(['not-started', 'in-progress', 'done', 'dropped'] as const).map((s) => `${STATUS_TEXT[s]} ${p.byStatus[s]}`),
    `overdue ${p.overdue}`,
    `reviewed in the last 90 days ${p.reviewedRecently}`,
    `never reviewed ${p.withoutReview}`,
  ];
  if (p.carriedForward > 0) parts.push(`carried forward, to confirm ${p.carriedForward}`);
  return parts.join(' · ');
}

function actionLines(a: Action, on: string): string[] {
  const facts = [a.who ? `owner: ${a.who}` : '', a.due ? `due ${a.due}` : '', a.carriedForward ? 'carried forward, to confirm' : ''].filter((x) => x !== '');
  const flag = isOverdue(a, on) ? 'OVERDUE ' : '';
  const lines = [`    - ${flag}[${STATUS_TEXT[a.status]}] ${a.what.trim() || '(what is not said)'}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`];
  if (a.successMeasure) lines.push(`        success measure: ${a.successMeasure}`);
  for (const r of a.reviews) {
    lines.push(`        review ${r.on}${r.by ? ` by ${r.by}` : ''} → ${STATUS_TEXT[r.status]}: ${r.note}${r.evidence ? ` · evidence: ${r.evidence}` : ''}`);
  }
  return lines;
}

