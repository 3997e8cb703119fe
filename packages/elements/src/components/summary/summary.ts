// SPDX-License-Identifier: MIT
// <apq-summary>: one evaluation at a glance. Judgements by category and area beside the engine's
// suggestions, progress, evidence, strengths and priorities; a chart with the same figures as a
// table; the change since an earlier evaluation of the same setting; print and download.
import { Task, TaskStatus } from '@lit/task';
import { type CSSResultArray, type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing, svg } from 'lit';
import { FrameworkController, LoadFailure } from '../../controllers/framework-controller.js';
import { readDocument } from '../../controllers/fetch-json.js';
import { PracticeController } from '../../controllers/practice-controller.js';
import type { ApqErrorKind } from '../../events/apq-error.js';
import { ApqElement } from '../../internal/apq-element.js';
import {
  type AreaChange,
  type AreaSummary,
  type Evaluation,
  EvaluationSchema,
  type EvaluationComparison,
  type EvaluationSummary,
  type Framework,
  type FrameworkIndex,
  type FrameworkLookup,
  type JudgementDirection,
  type MigrationReport,
  type Problem,
  type QualityArea,
  type Setting,
  checkEvaluationAgainstFramework,
  compare,
  compareVersions,
  formatProblem,
  levelRank,
  migrateEvaluation,
  parseWith,
  questionsOfArea,
  sameSetting,
  summarise,
  summaryCsv,
} from '../../internal/core.js';
import { areaLabel, areaWords, statusLabel } from '../../internal/labels.js';
import { Localizer, capitalise, localDay } from '../../internal/localize.js';
import { findFramework, registeredVersions } from '../../internal/registry.js';
import { failureNotice, statusLine } from '../../templates/load-status.js';
import { inset, warning } from '../../templates/notices.js';
import { type SummaryRow, summaryList } from '../../templates/summary-list.js';
import { tag } from '../../templates/tag.js';
import { practiceStyles } from '../../templates/practice-examples.js';
import { SUMMARY_STRINGS, type SummaryStrings } from './summary.strings.js';
import { PAGE_SETUP, styles } from './summary.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { chartStyles } from '../../styles/chart.styles.js';
import { fileSlug } from '../../internal/download.js';
import { TaskFailure } from '../../internal/task-failure.js';

/** Words for the page: a string of the table with its values, or a sentence made elsewhere (core, the framework loader). */
type Message = string | { key: keyof SummaryStrings; values?: Record<string, string | number> };

interface Failure {
  kind: ApqErrorKind;
  message: Message;
  hint?: string | undefined;
  problems: Problem[];
  cause?: unknown;
}

/** A failure thrown out of a load task. */
class FailureError extends TaskFailure<Failure> {}

/** An evaluation as the page gave it (for the JSON download) and as validated. */
interface Given {
  raw: unknown;
  evaluation: Evaluation;
}

interface Shown {
  phase: 'ready';
  given: Given;
  /** The evaluation shown: the one given, or it moved to the newer framework version available. */
  evaluation: Evaluation;
  framework: Framework;
  index: FrameworkIndex;
  summary: EvaluationSummary;
  migration: MigrationReport | undefined;
  comparison: EvaluationComparison | undefined;
  /** Why the previous evaluation is not compared (the summary is shown all the same). */
  previousFailure: Failure | undefined;
  previousLoading: boolean;
}

type View = { phase: 'empty' } | { phase: 'loading'; what: 'evaluation' | 'framework' } | { phase: 'failed'; failure: Failure } | Shown;

interface Downloads {
  for: Shown;
  csv: string;
  json: string;
  csvName: string;
  jsonName: string;
}

const CHANGE: Record<JudgementDirection, { key: keyof SummaryStrings; variant: string }> = {
  improved: { key: 'changeBetter', variant: 'better' },
  declined: { key: 'changeWorse', variant: 'worse' },
  unchanged: { key: 'changeSame', variant: 'same' },
  'first-judged': { key: 'changeNew', variant: 'new' },
  changed: { key: 'changeChanged', variant: 'grey' },
  'no-longer-judged': { key: 'changeNoLongerJudged', variant: 'grey' },
  'not-judged': { key: 'changeNotJudged', variant: 'grey' },
};

function settingName(setting: Setting): string {
  const name = setting.name?.trim() ?? '';
  return setting.urn ? `${name} (URN ${setting.urn})`.trim() : name;
}

// The document-level @page rule (see PAGE_SETUP), shared by every summary on a page.
const pageSheets = new WeakMap<Document, { sheet: CSSStyleSheet; users: Set<Element> }>();

function usePageSetup(element: Element, on: boolean): void {
  const doc = element.ownerDocument;
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  let entry = pageSheets.get(doc);
  if (on) {
    if (!entry) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(PAGE_SETUP);
      pageSheets.set(doc, (entry = { sheet, users: new Set() }));
    }
    entry.users.add(element);
    if (!doc.adoptedStyleSheets.includes(entry.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, entry.sheet];
  } else if (entry) {
    const { sheet, users } = entry;
    users.delete(element);
    if (users.size === 0) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/**
 * One evaluation at a glance, for reading, printing and sharing: the setting, the framework and
 * its version, what the evaluation is for, its status, evaluators and dates; then, by category
 * and area, the judgement beside the engine's suggestion (with the rationale where they differ),
 * progress, evidence seen, strengths and priorities. A chart of the judgements by area comes with
 * the same figures as a table. Given an earlier evaluation of the same setting (`previous`), it
 * shows what changed in each area. Read-only: it never changes the evaluation.
 *
 * Give it the evaluation as the `evaluation` property or by `src` URL. The framework is the one
 * the evaluation names, registered on the page; or a `framework` property; or `framework-src`.
 * An evaluation made against an older version than the one available is shown in that version,
 * with anything that has no place there listed at the end.
 *
 * @summary One evaluation at a glance: judgements by area, a chart, changes since last time, print and download.
 * @status experimental
 * @since 0.2.0
 *
 * @event apq-ready - The summary has loaded and rendered (the framework, the evaluation and any previous evaluation). `detail`: `{ framework: { id, version } }`.
 * @event apq-error - Something could not be used, and the element shows why. `detail`: `{ kind, message, problems }`; `kind` is `evaluation` (the evaluation or the previous one could not be loaded or is not valid, or the previous one is of another setting or framework) or `framework` (the framework is not on the page, could not be loaded, or does not fit the evaluation). Fired once per failure.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The setting, framework, status and dates at the top.
 * @csspart heading - The setting's name.
 * @csspart summary-list - A list of keys and values (about the evaluation, and in each area).
 * @csspart actions - The print button and download links.
 * @csspart print-button - The "Print this summary" button.
 * @csspart download-link - A download link (CSV or JSON); each has `data-format`.
 * @csspart chart - The chart of judgements by area.
 * @csspart chart-table - The table with the chart's figures.
 * @csspart comparison - The section with the changes since the previous evaluation.
 * @csspart comparison-list - The list of changes by area.
 * @csspart category - One category's section.
 * @csspart area - One area's section.
 * @csspart area-heading - An area's heading.
 * @csspart tag - A tag: a status, a judgement or a change.
 * @csspart notice - Inset text, such as the note on an area that is not written yet or on a draft.
 * @csspart migration-notice - The note that the evaluation is shown in a newer framework version.
 * @csspart carried-over - The list of things kept from an earlier framework version.
 * @csspart error - The message shown instead of the summary when it cannot be shown.
 * @csspart previous-warning - The warning that the previous evaluation could not be compared.
 *
 * @cssprop [--apq-font-family=inherit] - Font of everything; the page's font by default.
 * @cssprop [--apq-color-text=#0b0c0c] - Main text colour.
 * @cssprop [--apq-color-secondary-text=#484949] - Secondary text.
 * @cssprop [--apq-color-link=#1d70b8] - Links.
 * @cssprop [--apq-color-focus=#ffdd00] - Focus highlight.
 * @cssprop [--apq-color-focus-text=#0b0c0c] - Text on a focused link.
 * @cssprop [--apq-color-error=#d4351c] - The border of the error message.
 * @cssprop [--apq-color-border=#b1b4b6] - Dividers and table rules.
 * @cssprop [--apq-color-surface=#ffffff] - Background of warnings.
 * @cssprop [--apq-color-panel=#f3f2f1] - Background of the print button and judgement tags.
 * @cssprop [--apq-color-warning=#f47738] - The border of the warning about the previous evaluation.
 * @cssprop [--apq-space-unit=0.3125rem] - The base spacing step (5 px at the default size).
 * @cssprop [--apq-font-size-body=1.1875rem] - Body text size.
 * @cssprop [--apq-summary-grade-color=var(--apq-color-link)] - The bars of the chart.
 * @cssprop [--apq-summary-max-width=60rem] - Widest the element grows.
 */
export class ApqSummary extends ApqElement {
  static override styles = [...(ApqElement.styles as CSSResultArray), tableStyles, chartStyles, styles, practiceStyles];

  // Declared statically rather than with decorators, as in ApqEvaluationForm (bundle size).
  static override properties: PropertyDeclarations = {
    evaluation: { attribute: false },
    src: {},
    framework: { attribute: false },
    frameworkSrc: { attribute: 'framework-src' },
    previous: { attribute: false },
    previousSrc: { attribute: 'previous-src' },
    noPageSetup: { type: Boolean, attribute: 'no-page-setup' },
    examples: { attribute: false },
    examplesSrc: { attribute: 'examples-src' },
  };

  private readonly localizer = new Localizer(this, SUMMARY_STRINGS, () => this.strings);
  private readonly practice = new PracticeController(this, () => ({ given: this.examples, src: this.examplesSrc }), () => this.strings);
  private readonly evaluationTask: Task<readonly [unknown, string | undefined], Given | undefined>;
  private readonly previousTask: Task<readonly [unknown, string | undefined], Given | undefined>;
  private readonly frameworks: FrameworkController;
  private view: View = { phase: 'empty' };
  private viewInputs: readonly unknown[] = [];
  private downloads: Downloads | undefined;
  private readonly reported = new WeakSet<Failure>();

  /**
   * The evaluation to show, as an object in the evaluation format (for example `JSON.parse` of a
   * saved file). It is validated before it is shown. Takes precedence over `src`.
   */
  evaluation: Evaluation | undefined;

  /** The URL of an evaluation JSON file to show, when no `evaluation` property is set. */
  src: string | undefined;

  /**
   * The framework to show the evaluation against, as an object. Without it (and without
   * `framework-src`), the framework version the evaluation names is taken from those registered
   * on the page (or a newer version of it, to which the evaluation is moved).
   */
  framework: Framework | undefined;

  /** The URL of the framework JSON file (one published version), when no `framework` property is set. */
  frameworkSrc: string | undefined;

  /**
   * An earlier evaluation of the same setting and framework, to show what changed in each area.
   * Takes precedence over `previous-src`. One of another setting or framework is not compared: a
   * warning says why and the summary is shown on its own.
   */
  previous: Evaluation | undefined;

  /** The URL of an earlier evaluation's JSON file, when no `previous` property is set. */
  previousSrc: string | undefined;

  /**
   * Leaves the page's own `@page` rule alone. By default, while connected, the element gives the
   * page `@page { size: A4; margin: 15mm }` so the printed summary is a clean A4 report (an
   * `@page` rule cannot work from inside the element).
   */
  noPageSetup = false;

  /**
   * A library of examples of practice (the `apq-practice-library` format): beside each area, the
   * examples for that area are shown. Takes precedence over `examples-src`. A library that is not
   * valid is reported in a warning and the summary is shown without it.
   */
  examples: unknown;

  /** The URL of a library of examples of practice, when no `examples` property is set. */
  examplesSrc: string | undefined;

  constructor() {
    super();
    this.evaluationTask = new Task(this, {
      args: () => [this.evaluation, this.evaluation ? undefined : this.src || undefined] as const,
      task: ([given, src], { signal }) => this.read(given, src, signal, false),
    });
    this.previousTask = new Task(this, {
      args: () => [this.previous, this.previous ? undefined : this.previousSrc || undefined] as const,
      task: ([given, src], { signal }) => this.read(given, src, signal, true),
    });
    this.frameworks = new FrameworkController(this, {
      request: () => this.frameworkRequest(),
      strings: () => this.localizer.strings,
    });
    for (const task of [this.evaluationTask, this.previousTask, this.frameworks.task, this.practice.task]) this.waitFor(task);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    usePageSetup(this, !this.noPageSetup);
    // Download URLs are released on disconnect; a summary put back on the page makes new ones.
    if (this.view.phase === 'ready' && !this.downloads) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    usePageSetup(this, false);
    this.releaseDownloads();
  }

  // The view is worked out here rather than in willUpdate: the tasks' hostUpdate, which runs
  // between the two, is what starts a new load, and a view made before it would pair a new
  // evaluation with the framework of the one before.
  protected override update(changed: PropertyValues): void {
    this.view = this.currentView();
    if (this.view.phase === 'ready') {
      if (this.downloads?.for !== this.view) {
        this.releaseDownloads();
        this.downloads = this.makeDownloads(this.view);
      }
    } else {
      this.releaseDownloads();
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('noPageSetup') && this.isConnected) usePageSetup(this, !this.noPageSetup);
    const view = this.view;
    if (view.phase === 'failed') this.report(view.failure, undefined);
    if (view.phase === 'ready' && view.previousFailure) this.report(view.previousFailure, view.given.evaluation);
    const ready = view.phase === 'ready' && !view.previousLoading;
    this.announceReady(ready, ready ? { framework: { id: view.framework.id, version: view.framework.version } } : { framework: { id: '', version: '' } });
  }

  /** Reads an evaluation given as an object or by URL, and checks its shape. */
  private async read(given: unknown, src: string | undefined, signal: AbortSignal, previous: boolean): Promise<Given | undefined> {
    const read = await readDocument(given, src, (raw) => parseWith(EvaluationSchema, raw), signal);
    if (!read) return undefined;
    if (read.ok) return { raw: read.raw, evaluation: read.value };
    const values = { src: src ?? '' };
    if (read.failure.kind === 'unreachable') throw new FailureError(failure('evaluation', { key: previous ? 'previousUnreachable' : 'evaluationUnreachable', values }));
    throw new FailureError(failure('evaluation', { key: previous ? 'previousInvalid' : src ? 'evaluationFileInvalid' : 'evaluationInvalid', values }, read.failure.problems));
  }

  /** Which framework to load: the one given, else the version the evaluation names, else a newer registered version of it. */
  private frameworkRequest(): { framework?: Framework; src?: string; id?: string; version?: string } {
    if (this.framework) return { framework: this.framework };
    if (this.frameworkSrc) return { src: this.frameworkSrc };
    const evaluation = this.evaluationTask.status === TaskStatus.COMPLETE ? this.evaluationTask.value?.evaluation : undefined;
    if (!evaluation) return {};
    const { id, version } = evaluation.framework;
    if (findFramework(id, version)) return { id, version };
    const newer = registeredVersions(id).filter((v) => compareVersions(v, version) > 0);
    return newer.length > 0 ? { id } : { id, version };
  }

  private currentView(): View {
    const inputs = [
      this.evaluationTask.status,
      this.evaluationTask.value,
      this.evaluationTask.error,
      this.frameworks.task.status,
      this.frameworks.task.value,
      this.frameworks.task.error,
      this.previousTask.status,
      this.previousTask.value,
      this.previousTask.error,
    ];
    if (inputs.length === this.viewInputs.length && inputs.every((v, i) => v === this.viewInputs[i])) return this.view;
    this.viewInputs = inputs;
    return this.makeView();
  }

  private makeView(): View {
    const evaluationTask = this.evaluationTask;
    if (evaluationTask.status === TaskStatus.PENDING) return { phase: 'loading', what: 'evaluation' };
    if (evaluationTask.status === TaskStatus.ERROR) return { phase: 'failed', failure: asFailure(evaluationTask.error) };
    const given = evaluationTask.value;
    if (!given) return { phase: 'empty' };

    const frameworkStatus = this.frameworks.status;
    if (frameworkStatus === 'error') {
      const f = this.frameworks.failure!;
      return { phase: 'failed', failure: { kind: 'framework', message: f.message, hint: f.hint, problems: f.problems, cause: f } };
    }
    const loaded = this.frameworks.value;
    if (frameworkStatus !== 'ready' || !loaded) return { phase: 'loading', what: 'framework' };
    const { framework, index } = loaded;

    const ref = given.evaluation.framework;
    if (ref.id !== framework.id) {
      return {
        phase: 'failed',
        failure: failure('framework', { key: 'evaluationOtherFramework', values: { evaluationFramework: ref.id, framework: framework.id } }, [
          { path: 'framework.id', message: `names "${ref.id}", not "${framework.id}"`, code: 'different-frameworks' },
        ]),
      };
    }
    const order = compareVersions(framework.version, ref.version);
    if (order < 0) {
      return {
        phase: 'failed',
        failure: failure('framework', { key: 'evaluationNewerThanFramework', values: { id: ref.id, version: ref.version, available: framework.version } }, [
          { path: 'framework.version', message: `version ${ref.version} is not available (only ${framework.version})`, code: 'unknown-framework-version' },
        ]),
      };
    }
    let evaluation = given.evaluation;
    let migration: MigrationReport | undefined;
    if (order > 0) {
      const from = findFramework(ref.id, ref.version);
      const moved = migrateEvaluation(evaluation, framework, { now: new Date(evaluation.updatedAt), ...(from ? { from } : {}) });
      if (!moved.ok) return { phase: 'failed', failure: failure('evaluation', { key: 'evaluationNotMigrated', values: { from: ref.version, to: framework.version } }, moved.problems) };
      evaluation = moved.value.evaluation;
      migration = moved.value.report;
    }
    const problems = checkEvaluationAgainstFramework(evaluation, framework);
    if (problems.length > 0) return { phase: 'failed', failure: failure('evaluation', { key: 'evaluationInvalid' }, problems) };
    let summary: EvaluationSummary;
    try {
      summary = summarise(framework, evaluation);
    } catch (error) {
      return { phase: 'failed', failure: failure('evaluation', { key: 'evaluationInvalid' }, [], error) };
    }

    const previousTask = this.previousTask;
    let comparison: EvaluationComparison | undefined;
    let previousFailure: Failure | undefined;
    if (previousTask.status === TaskStatus.ERROR) previousFailure = asFailure(previousTask.error);
    else if (previousTask.status === TaskStatus.COMPLETE && previousTask.value) {
      const result = this.compareWith(previousTask.value.evaluation, evaluation, framework);
      if ('failure' in result) previousFailure = result.failure;
      else comparison = result.comparison;
    }
    return {
      phase: 'ready',
      given,
      evaluation,
      framework,
      index,
      summary,
      migration,
      comparison,
      previousFailure,
      previousLoading: previousTask.status === TaskStatus.PENDING,
    };
  }

  private compareWith(previous: Evaluation, current: Evaluation, framework: Framework): { comparison: EvaluationComparison } | { failure: Failure } {
    if (previous.framework.id !== current.framework.id) {
      return {
        failure: failure('evaluation', { key: 'previousOtherFramework' }, [
          {
            path: 'framework.id',
            message: this.localizer.t('previousOtherFrameworkProblem', { previous: previous.framework.id, current: current.framework.id }),
            code: 'different-frameworks',
          },
        ]),
      };
    }
    if (!sameSetting(previous.setting, current.setting)) {
      return {
        failure: failure('evaluation', { key: 'previousOtherSetting' }, [
          {
            path: 'setting',
            message: this.localizer.t('previousOtherSettingProblem', { previous: settingName(previous.setting), current: settingName(current.setting) }),
            code: 'different-setting',
          },
        ]),
      };
    }
    const lookup: FrameworkLookup = {
      get: (id, version) => (id === framework.id && version === framework.version ? framework : findFramework(id, version)),
      versions: (id) => registeredVersions(id),
    };
    try {
      return { comparison: compare(previous, current, lookup) };
    } catch (error) {
      return { failure: failure('evaluation', { key: 'previousNotCompared' }, [], error) };
    }
  }

  /** Fires `apq-error` once for each failure. */
  private report(f: Failure, evaluation: Evaluation | undefined): void {
    if (this.reported.has(f)) return;
    this.reported.add(f);
    this.emit('apq-error', {
      kind: f.kind,
      message: this.message(f.message),
      problems: f.problems,
      ...(evaluation ? { evaluation } : {}),
      ...(f.cause !== undefined ? { cause: f.cause } : {}),
    });
  }

  private message(m: Message): string {
    return typeof m === 'string' ? m : this.localizer.t(m.key, m.values);
  }

  private makeDownloads(view: Shown): Downloads {
    const base = `${view.framework.id}-${fileSlug(view.evaluation.setting.name) || fileSlug(view.evaluation.id) || 'evaluation'}`;
    return {
      for: view,
      csv: URL.createObjectURL(new Blob([summaryCsv(view.summary)], { type: 'text/csv;charset=utf-8' })),
      json: URL.createObjectURL(new Blob([JSON.stringify(view.given.raw, null, 2)], { type: 'application/json' })),
      csvName: `${base}.csv`,
      jsonName: `${base}.json`,
    };
  }

  private releaseDownloads(): void {
    if (!this.downloads) return;
    URL.revokeObjectURL(this.downloads.csv);
    URL.revokeObjectURL(this.downloads.json);
    this.downloads = undefined;
  }

  private readonly handlePrint = (): void => {
    window.print();
  };

  override render(): TemplateResult {
    const s = this.localizer.strings;
    const view = this.view;
    let content: TemplateResult;
    if (view.phase === 'empty') content = html`<p class="body">${s.noEvaluation}</p>`;
    else if (view.phase === 'loading') content = statusLine(view.what === 'evaluation' ? s.loadingEvaluation : s.loading);
    else if (view.phase === 'failed') {
      const f = view.failure;
      content = failureNotice(
        { message: this.message(f.message), hint: f.hint, problems: f.problems },
        f.kind === 'framework' ? s.frameworkProblemsHeading : s.evaluationProblemsHeading,
      );
    } else content = this.renderSummary(view);
    return html`<div class="base" part="base" data-phase=${view.phase}>${content}</div>`;
  }

  private renderSummary(view: Shown): TemplateResult {
    const s = this.localizer.strings;
    const { summary } = view;
    return html`
      ${this.renderHeader(view)} ${this.renderActions()}
      ${view.previousFailure ? this.renderPreviousWarning(view.previousFailure) : nothing}
      ${this.practice.renderFailure()}
      ${view.migration ? this.renderMigration(view.migration) : nothing}
      ${summary.evaluation.status === 'draft' ? inset(s.draftNotice) : nothing} ${this.renderChart(view)}
      ${view.comparison ? this.renderComparison(view, view.comparison) : nothing}
      ${summary.categories.map(
        (category) => html`<section class="section category" part="category" aria-labelledby=${`category-${category.id}`} data-category=${category.id}>
          <h3 class="heading-m" id=${`category-${category.id}`}>${category.title}</h3>
          ${category.areas.map((area) => this.renderArea(view, area))}
        </section>`,
      )}
      ${this.renderCarriedOver(view.evaluation)}
      <p class="print-only body muted">${this.localizer.t('printedOn', { date: this.localizer.date(localDay(new Date())) })}</p>
    `;
  }

  private renderHeader(view: Shown): TemplateResult {
    const s = this.localizer.strings;
    const l = this.localizer;
    const { summary, framework, index } = view;
    const e = summary.evaluation;
    const setting = e.setting;
    const words = areaWords(framework);
    const evaluators = view.evaluation.evaluators.map((p) => [p.name, p.role, p.organisation].filter((x) => x && x.trim() !== '').join(', '));
    const rows: SummaryRow[] = [
      { name: 'framework', key: s.rowFramework, value: l.t('rowFrameworkValue', { title: framework.title, version: framework.version }) },
      ...(framework.uses.length > 0 ? [{ name: 'use', key: s.rowUse, value: e.useTitle ?? e.use ?? '' }] : []),
      { name: 'status', key: s.rowStatus, value: e.status === 'submitted' ? tag(s.statusSubmitted, 'completed') : tag(s.statusDraft, 'grey') },
      { name: 'setting-type', key: s.rowSettingType, value: setting.type ?? '' },
      { name: 'urn', key: s.rowUrn, value: setting.urn ?? '' },
      { name: 'local-authority', key: s.rowLocalAuthority, value: setting.localAuthority ?? '' },
      {
        name: 'evaluators',
        key: s.rowEvaluators,
        value: evaluators.length > 0 ? html`<ul class="list">${evaluators.map((text) => html`<li>${text}</li>`)}</ul>` : '',
      },
      { name: 'started', key: s.rowStarted, value: l.date(e.createdAt) },
      { name: 'updated', key: s.rowUpdated, value: l.date(e.updatedAt) },
      ...(e.submittedAt ? [{ name: 'submitted', key: s.rowSubmitted, value: l.date(e.submittedAt) }] : []),
      {
        name: 'completed',
        key: l.t('rowCompleted', { Areas: capitalise(words.areas), areas: words.areas }),
        value: l.t('rowCompletedValue', { done: summary.completion.areas.done, total: summary.completion.areas.total }),
      },
      ...(index.judgementScale
        ? [
            {
              name: 'judgements',
              key: s.rowJudgements,
              value: summary.judgements
                .filter((j) => j.count > 0)
                .map((j) => l.t('judgementCount', { label: j.label, count: l.number(j.count) }))
                .join(', '),
            },
          ]
        : []),
    ];
    return html`<header class="header" part="header">
      <span class="caption">${l.t('caption', { framework: framework.shortTitle ?? framework.title, version: framework.version })}</span>
      <h2 class="heading-l" id="summary-heading" part="heading">${setting.name?.trim() || s.untitledSetting}</h2>
      <p class="lead header__status">
        ${e.status === 'submitted' && e.submittedAt ? l.t('headerSubmitted', { date: l.date(e.submittedAt) }) : l.t('headerUpdated', { date: l.date(e.updatedAt) })}
      </p>
      ${summaryList({ rows, emptyText: s.none })}
    </header>`;
  }

  private renderActions(): TemplateResult | typeof nothing {
    const s = this.localizer.strings;
    const d = this.downloads;
    return html`<div class="button-group button-group--actions actions no-print" part="actions" role="group" aria-label=${s.actionsLabel}>
      <button type="button" class="button button--secondary" part="print-button" @click=${this.handlePrint}>${s.print}</button>
      ${d
        ? html`<a class="link" part="download-link" data-format="csv" href=${d.csv} download=${d.csvName}>${s.downloadCsv}</a>
            <a class="link" part="download-link" data-format="json" href=${d.json} download=${d.jsonName}>${s.downloadJson}</a>`
        : nothing}
    </div>`;
  }

  private renderPreviousWarning(f: Failure): TemplateResult {
    const s = this.localizer.strings;
    return warning({
      title: this.message(f.message),
      part: 'previous-warning',
      kind: 'previous',
      body:
        f.problems.length > 0
          ? html`<p class="body">${s.previousProblemsHeading}</p>
              <ul class="list list--bullet problems">
                ${f.problems.slice(0, 20).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
              </ul>`
          : undefined,
    });
  }

  private renderMigration(report: MigrationReport): TemplateResult {
    const l = this.localizer;
    return html`<div class="inset" part="migration-notice">
      <p class="body">${l.t('migrated', { from: report.from, to: report.to })}</p>
      ${report.carriedOver.length > 0 ? html`<p class="body">${l.t('migratedKept', { count: report.carriedOver.length, to: report.to })}</p>` : nothing}
    </div>`;
  }

  private renderChart(view: Shown): TemplateResult {
    const s = this.localizer.strings;
    const l = this.localizer;
    const { framework, index, summary } = view;
    const words = areaWords(framework);
    const scale = index.judgementScale;
    const heading = l.t('chartHeading', { area: words.area, areas: words.areas, Area: capitalise(words.area) });
    if (!scale) {
      return html`<section class="section" aria-labelledby="chart-heading">
        <h3 class="heading-m" id="chart-heading">${heading}</h3>
        <p class="body muted">${l.t('chartNoScale', { area: words.area, areas: words.areas })}</p>
      </section>`;
    }
    const areas = summary.categories.flatMap((c) => c.areas);
    const levelText = (a: AreaSummary) => (a.status !== 'complete' ? s.notYetWrittenShort : (a.judgement.label ?? s.notJudged));
    const ROW = 2.6;
    const rows = areas.map((a, i) => {
      const top = i * ROW;
      const rank = a.judgement.level === null ? -1 : levelRank(scale, a.judgement.level);
      const width = rank < 0 ? 0 : ((scale.levels.length - rank) / scale.levels.length) * 100;
      const label = l.t('chartRow', { Area: capitalise(words.area), number: a.number, level: levelText(a) });
      return svg`<g data-area=${a.id}>
        <text class="chart__label" x="0" y=${`${(top + 1.05).toFixed(2)}em`}>${label}</text>
        <rect class=${a.status === 'complete' ? 'chart__track' : 'chart__track chart__track--empty'} x="0" y=${`${(top + 1.4).toFixed(2)}em`} width="100%" height="0.8em"></rect>
        ${width > 0
          ? svg`<rect class="chart__bar" data-level=${a.judgement.level ?? ''} x="0" y=${`${(top + 1.4).toFixed(2)}em`} width=${`${width.toFixed(1)}%`} height="0.8em"></rect>`
          : nothing}
      </g>`;
    });
    return html`<section class="section" aria-labelledby="chart-heading">
      <h3 class="heading-m" id="chart-heading">${heading}</h3>
      <figure class="chart" part="chart">
        <svg class="chart__svg" aria-hidden="true" focusable="false" width="100%" height=${`${(areas.length * ROW + 0.4).toFixed(2)}em`}>${rows}</svg>
      </figure>
      <table class="table" part="chart-table">
        <caption class="visually-hidden">${heading}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('chartColumnArea', { Area: capitalise(words.area), area: words.area })}</th>
            <th scope="col">${s.chartColumnJudgement}</th>
          </tr>
        </thead>
        <tbody>
          ${areas.map(
            (a) => html`<tr data-area=${a.id} data-level=${a.judgement.level ?? ''}>
              <th scope="row">${this.areaHeading(view, a.id)}</th>
              <td>${levelText(a)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderComparison(view: Shown, comparison: EvaluationComparison): TemplateResult {
    const s = this.localizer.strings;
    const l = this.localizer;
    const t = comparison.totals;
    const kept = comparison.areas.reduce((n, a) => n + a.priorities.kept.length, 0);
    const notWritten = (id: string) => view.index.areas.get(id)?.area.status === 'not-yet-written';
    return html`<section class="section" part="comparison" aria-labelledby="comparison-heading">
      <h3 class="heading-m" id="comparison-heading">${s.comparisonHeading}</h3>
      <p class="body">${l.t('comparisonIntro', { date: l.date(comparison.previous.updatedAt) })}</p>
      <p class="body" data-totals>
        ${l.t('comparisonTotals', { better: l.number(t.improved), same: l.number(t.unchanged), worse: l.number(t.declined), new: l.number(t['first-judged']) })}
      </p>
      ${kept > 0 ? html`<p class="body">${l.t('prioritiesCarriedForward', { count: kept })}</p>` : nothing}
      ${summaryList({
        part: 'comparison-list',
        emptyText: s.none,
        rows: comparison.areas.map((a) => ({
          name: a.area,
          key: a.inCurrentFramework ? this.areaHeading(view, a.area) : l.t('comparisonNoLongerInFramework', { title: a.title }),
          value: notWritten(a.area)
            ? html`<span class="muted">${s.notYetWrittenShort}</span>`
            : html`<span data-change=${a.judgement.direction}>${this.changeTag(a)}</span>
                <span class="change-detail"
                  >${l.t('changeDetail', { previous: a.judgement.previousLabel ?? s.notJudged, current: a.judgement.currentLabel ?? s.notJudged })}</span
                >`,
        })),
      })}
    </section>`;
  }

  private changeTag(change: AreaChange): TemplateResult {
    const c = CHANGE[change.judgement.direction];
    return tag(this.localizer.strings[c.key], c.variant);
  }

  private areaHeading(view: Shown, areaId: string): string {
    const area = view.index.areas.get(areaId)?.area;
    return area ? areaLabel(view.framework, area, this.localizer.strings) : areaId;
  }

  private renderArea(view: Shown, a: AreaSummary): TemplateResult {
    const s = this.localizer.strings;
    const l = this.localizer;
    const entry = view.index.areas.get(a.id);
    const headingId = `area-${a.id}`;
    const heading = html`<h4 class="heading-s area__heading" id=${headingId} part="area-heading">${this.areaHeading(view, a.id)}</h4>`;
    if (!entry || a.status !== 'complete') {
      const words = areaWords(view.framework);
      return html`<section class="area" part="area" aria-labelledby=${headingId} data-area=${a.id} data-status=${a.status}>
        ${heading}
        <p class="body">${tag(statusLabel(a.progress.status, s), a.progress.status)}</p>
        ${inset(l.t('notYetWritten', { area: words.area, areas: words.areas }))}
      </section>`;
    }
    const record = Object.hasOwn(view.evaluation.areas, a.id) ? view.evaluation.areas[a.id] : undefined;
    const change = view.comparison?.areas.find((c) => c.area === a.id);
    const keptIds = new Set(change?.priorities.kept.map((p) => p.id) ?? []);
    const evidenceRefs = evidenceOf(entry.area, view.evaluation);
    const progress = [
      a.progress.questions.total > 0 ? l.t('questionsTally', { done: a.progress.questions.done, total: a.progress.questions.total }) : '',
      a.progress.descriptors.total > 0 ? l.t('descriptorsTally', { done: a.progress.descriptors.done, total: a.progress.descriptors.total }) : '',
    ].filter((x) => x !== '');

    const rows: SummaryRow[] = [];
    if (view.index.judgementScale) {
      rows.push({
        name: 'judgement',
        key: s.rowJudgement,
        value: a.judgement.label
          ? html`${tag(a.judgement.label, 'judgement')}${a.judgement.carriedForward ? html`<span class="change-detail muted">${s.carriedForward}</span>` : nothing}`
          : html`<span class="muted">${s.notJudged}</span>`,
      });
    }
    if (a.judgement.differsFromSuggestion) {
      rows.push({ name: 'suggested', key: s.rowSuggested, value: l.t('suggestedDiffers', { level: a.suggestion.label ?? a.suggestion.level ?? '' }) });
      rows.push({ name: 'rationale', key: s.rowRationale, value: a.judgement.rationale ? html`<span class="pre-line">${a.judgement.rationale}</span>` : '' });
    } else if (a.judgement.rationale) {
      rows.push({ name: 'rationale', key: s.rowRationalePlain, value: html`<span class="pre-line">${a.judgement.rationale}</span>` });
    }
    if (change) {
      rows.push({
        name: 'change',
        key: s.rowChange,
        value: html`${this.changeTag(change)}
          <span class="change-detail">${l.t('changeDetail', { previous: change.judgement.previousLabel ?? s.notJudged, current: change.judgement.currentLabel ?? s.notJudged })}</span>`,
      });
    }
    rows.push({
      name: 'progress',
      key: s.rowProgress,
      value: html`${tag(statusLabel(a.progress.status, s), a.progress.status)}
      ${progress.map((text) => html`<span class="change-detail">${text}</span>`)}`,
    });
    const evidenceText = record?.evidence?.trim() ?? '';
    rows.push({
      name: 'evidence',
      key: s.rowEvidence,
      value:
        evidenceText || evidenceRefs.length > 0
          ? html`${evidenceText ? html`<p class="body pre-line">${evidenceText}</p>` : nothing}
            ${evidenceRefs.length > 0 ? html`<ul class="list list--bullet">${evidenceRefs.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}`
          : '',
    });
    rows.push({
      name: 'strengths',
      key: s.rowStrengths,
      value: a.strengths.length > 0 ? html`<ul class="list list--bullet">${a.strengths.map((text) => html`<li>${text}</li>`)}</ul>` : '',
    });
    rows.push({
      name: 'priorities',
      key: s.rowPriorities,
      value:
        a.priorities.length > 0
          ? html`<ul class="list list--bullet">
              ${a.priorities.map((p) => html`<li>${p.text}${keptIds.has(p.id) ? html` <span class="muted">${s.priorityKept}</span>` : nothing}</li>`)}
            </ul>`
          : '',
    });
    if (a.actions.total > 0) rows.push({ name: 'actions', key: s.rowActions, value: l.t('actionsTally', { total: a.actions.total, open: a.actions.open }) });

    return html`<section class="area" part="area" aria-labelledby=${headingId} data-area=${a.id} data-status=${a.status}>
      ${heading} ${a.focus ? html`<p class="body">${tag(s.focusArea, 'grey')}</p>` : nothing} ${summaryList({ rows, emptyText: s.none })}
      ${this.practice.renderExamples(view.framework, a.id, 5)}
    </section>`;
  }

  private renderCarriedOver(evaluation: Evaluation): TemplateResult | typeof nothing {
    if (evaluation.carriedOver.length === 0) return nothing;
    const s = this.localizer.strings;
    const l = this.localizer;
    return html`<section class="section" part="carried-over" aria-labelledby="carried-over-heading">
      <h3 class="heading-m" id="carried-over-heading">${s.carriedOverHeading}</h3>
      <ul class="list list--bullet">
        ${evaluation.carriedOver.map(
          (item) => html`<li>
            ${l.t('carriedOverFrom', { path: item.from.path, version: item.from.framework.version, reason: item.reason })}
            <span class="carried-over__value">${l.t('carriedOverValue', { value: valueText(item.value) })}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

function failure(kind: ApqErrorKind, message: Message, problems: Problem[] = [], cause?: unknown): Failure {
  return cause === undefined ? { kind, message, problems } : { kind, message, problems, cause };
}

/** A task's error as a failure; a LoadFailure from elsewhere keeps its words. */
function asFailure(error: unknown): Failure {
  if (error instanceof FailureError) return error.failure;
  if (error instanceof LoadFailure) return { kind: 'evaluation', message: error.message, hint: error.hint, problems: error.problems, cause: error };
  return failure('evaluation', { key: 'evaluationInvalid' }, [], error);
}

/** "Staff survey 2027 (shared drive, HR folder)" for each evidence reference in the area's answers. */
function evidenceOf(area: QualityArea, evaluation: Evaluation): string[] {
  const out: string[] = [];
  for (const q of questionsOfArea(area)) {
    const answer = Object.hasOwn(evaluation.answers, q.id) ? evaluation.answers[q.id] : undefined;
    for (const e of answer?.evidence ?? []) {
      const title = e.title.trim();
      const reference = e.reference?.trim() ?? '';
      if (title || reference) out.push(title && reference ? `${title} (${reference})` : title || reference);
    }
  }
  return out;
}

/** Something kept from an older version, as text: itself when it is text, else its JSON. */
function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value && typeof (value as { text: unknown }).text === 'string' && Object.keys(value).length === 1) {
    return (value as { text: string }).text;
  }
  return JSON.stringify(value);
}
