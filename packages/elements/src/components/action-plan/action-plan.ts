// SPDX-License-Identifier: MIT
// <apq-action-plan>: the improvement plan of one evaluation. Priorities by area with the actions
// that serve them; adding and changing actions, recording reviews as a dated history, dropping
// after a question, confirming what was carried forward; filters, overdue against a given day,
// print; drafts saved and resumed through the same controller and adapter as the form.
import { Task, TaskStatus } from '@lit/task';
import { type CSSResultArray, type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { Announcer } from '../../controllers/announcer.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { readDocument } from '../../controllers/fetch-json.js';
import { FrameworkController, type LoadedFramework } from '../../controllers/framework-controller.js';
import type { ApqErrorDetail } from '../../events/apq-error.js';
import { ApqElement } from '../../internal/apq-element.js';
import {
  type Action,
  type Evaluation,
  EvaluationSchema,
  type Framework,
  type PlanArea,
  type Problem,
  isOverdue,
  parseWith,
  planByArea,
  planProgress,
  withAction,
  withActionChanges,
  withActionConfirmed,
  withReview,
} from '../../internal/core.js';
import { areaLabel, areaWords } from '../../internal/labels.js';
import { Localizer, capitalise, localDay } from '../../internal/localize.js';
import { type DraftPosition, type DraftStorage, localDraftStorage } from '../../internal/storage.js';
import { type ErrorSummaryItem, ERROR_SUMMARY_ID, errorSummary } from '../../templates/error-summary.js';
import { failureNotice, statusLine } from '../../templates/load-status.js';
import { storageProblemMessage, storageWarning, unreadableDraftWarning } from '../../templates/draft-notices.js';
import { notificationBanner, warning } from '../../templates/notices.js';
import { formStyles } from '../../styles/forms.styles.js';
import { ACTION_PLAN_STRINGS, type ActionPlanStrings } from './action-plan.strings.js';
import { styles } from './action-plan.styles.js';
import { actionItem } from './parts/action-item.js';
import { type DatePart, datePartId, readDate } from './parts/date-input.js';
import { actionEditor } from './parts/editors.js';
import {
  type ActionFields,
  type ActionStatus,
  type Editor,
  type EditorProblem,
  type FieldProblem,
  type ReviewFields,
  editorKey,
  editorProblems,
  fieldId,
  newActionEditor,
  problemPart,
  takeOpenEditors,
  withOpenEditors,
} from './parts/editing.js';
import { NO_FILTERS, NO_OWNER, type PlanFilters, filtersActive, filtersPanel, matches, ownersOf } from './parts/filters.js';
import { type PlanActions, type PlanView, actionHeadingId } from './parts/view.js';
import { fileSlug } from '../../internal/download.js';
import { TaskFailure } from '../../internal/task-failure.js';

/** Actions shown at first in each list; "Show more" adds as many again. Keeps a plan of any size quick to draw. */
export const PAGE_SIZE = 20;

interface Given {
  evaluation: Evaluation;
  src: string | undefined;
}

interface Failure {
  message: string;
  problems: Problem[];
}

/** A failure thrown out of a load task. */
class FailureError extends TaskFailure<Failure> {}

interface Session {
  loaded: LoadedFramework;
  given: Given;
  unreadable?: { url: string; filename: string } | undefined;
  resumedAt?: string | undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD string is a day that exists. */
function realDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [year, month, day] = value.split('-');
  return readDate({ year: year!, month: month!, day: day! }, { required: true, partial: false }).ok;
}

/**
 * The improvement plan of one evaluation, to keep up over the year: the priorities of each area
 * with the actions that serve them (what, owner, due date, how success will be known), each
 * action's reviews as a dated history, and its status in words. A person adds actions ("Add an
 * action"), changes them, records reviews (appended, never changed once saved), drops an action
 * after a question, and confirms the actions carried forward from the previous evaluation.
 * Overdue actions are marked against `today`. Filters narrow the plan by area, owner, status or
 * overdue; "Print the plan" prints it as a clean document.
 *
 * Give it the evaluation as the `evaluation` property or by `src` URL; the framework is the one
 * the evaluation names, registered on the page (or the `framework` property). What the person
 * types, including a review half written, is saved as a draft (localStorage by default, or the
 * host's adapter) and resumed on the next visit.
 *
 * @summary The improvement plan of an evaluation: actions by priority and area, reviews, overdue, filters and print.
 * @status experimental
 * @since 0.3.0
 *
 * @event apq-ready - The plan has loaded and rendered (the framework, the evaluation and any draft). `detail`: `{ framework: { id, version } }`.
 * @event apq-change - The person saved a change to the plan. `detail`: `{ evaluation, field, area }`; `field` is a path in `evaluation`, such as `actions.3` (an action added or changed), `actions.3.reviews.0` (a review recorded) or `actions.3.status` (dropped).
 * @event apq-save - The draft was saved. `detail`: `{ evaluation, key, savedAt }`.
 * @event apq-error - Something could not be used, and the element shows why. `detail`: `{ kind, message, problems?, evaluation? }`; `kind` is `evaluation`, `framework`, `draft` or `storage`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The heading, setting, framework and progress at the top.
 * @csspart progress - The line with the number of actions by status and overdue.
 * @csspart print-button - The "Print the plan" button.
 * @csspart filters - The filters.
 * @csspart select - A filter's select.
 * @csspart area - One area's section.
 * @csspart priority - One priority with its actions.
 * @csspart action - One action.
 * @csspart reviews - An action's reviews.
 * @csspart editor - An open editor (adding or changing an action, recording a review).
 * @csspart drop-confirmation - The question before an action is dropped.
 * @csspart add-button - An "Add an action" button.
 * @csspart show-more - A "Show more" button of a long list.
 * @csspart summary-list - A list of keys and values.
 * @csspart tag - A tag: a status, overdue, carried forward.
 * @csspart error-summary - The list of problems when an editor cannot be saved.
 * @csspart error - The message shown instead of the plan when it cannot be shown.
 * @csspart storage-warning - The warning shown when the draft cannot be saved.
 * @csspart download-link - The link to download the plan when it cannot be saved.
 * @csspart carried-forward-notice - The banner about actions carried forward.
 * @csspart input - A text box.
 * @csspart textarea - A multi-line text box.
 * @csspart button - A button.
 * @csspart link - A button that looks like a link.
 * @csspart live-region - The polite live region for announcements.
 *
 * @cssprop [--apq-font-family=inherit] - Font of everything; the page's font by default.
 * @cssprop [--apq-color-text=#0b0c0c] - Main text colour.
 * @cssprop [--apq-color-link=#1d70b8] - Links and link buttons.
 * @cssprop [--apq-color-focus=#ffdd00] - Focus highlight.
 * @cssprop [--apq-color-error=#d4351c] - Errors and the mark of an overdue action.
 * @cssprop [--apq-color-border=#b1b4b6] - Dividers.
 * @cssprop [--apq-color-panel=#f3f2f1] - Background of editors.
 * @cssprop [--apq-color-warning=#f47738] - Warnings and actions to confirm.
 * @cssprop [--apq-space-unit=0.3125rem] - The base spacing step.
 * @cssprop [--apq-action-plan-max-width=60rem] - Widest the element grows.
 */
export class ApqActionPlan extends ApqElement {
  static override styles = [...(ApqElement.styles as CSSResultArray), formStyles, styles];

  // Declared statically rather than with decorators, as in ApqEvaluationForm (bundle size).
  static override properties: PropertyDeclarations = {
    evaluation: { attribute: false, noAccessor: true },
    src: {},
    framework: { attribute: false },
    today: {},
    storageKey: { attribute: 'storage-key' },
    storage: { attribute: false },
    noAutosave: { type: Boolean, attribute: 'no-autosave' },
    autosaveDelay: { type: Number, attribute: 'autosave-delay' },
    current: { state: true, attribute: false },
    editors: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    shown: { state: true, attribute: false },
  };

  private readonly localizer = new Localizer<ActionPlanStrings>(this, ACTION_PLAN_STRINGS, () => this.strings);
  private readonly announcer = new Announcer(this);
  private readonly givenTask: Task<readonly [Evaluation | undefined, string | undefined], Given | undefined>;
  private readonly frameworks: FrameworkController;
  private readonly session: Task<readonly [Given | undefined, LoadedFramework | undefined, number], Session | undefined>;
  private readonly drafts: DraftController;

  private given: Evaluation | undefined;
  private generation = 0;
  private startedGeneration = -1;
  private current: Evaluation | undefined;
  private editors: Map<string, Editor> = new Map();
  private filters: PlanFilters = NO_FILTERS;
  private shown: Map<string, number> = new Map();
  private pendingFocus: string | undefined;
  private lastField: string | undefined;
  private readonly reported = new WeakSet<object>();

  /** The URL of an evaluation JSON file, when no `evaluation` property is set. */
  src: string | undefined;

  /** The framework as an object; by default the version the evaluation names, registered on the page. */
  framework: Framework | undefined;

  /** The day overdue is judged against, YYYY-MM-DD (for example a term ahead, to plan); today by default. */
  today: string | undefined;

  /** Where the draft is saved. Default: `apq-action-plan:<framework id>:<evaluation id>`. */
  storageKey: string | undefined;

  /** Where drafts are kept: localStorage by default, or the host's own adapter (the same as the form's). */
  storage: DraftStorage = localDraftStorage;

  /** Turns autosave off: nothing is saved unless the host calls `save()`. */
  noAutosave = false;

  /** How long after the last keystroke the draft is saved, in milliseconds. */
  autosaveDelay = 500;

  /**
   * The evaluation whose plan is shown. Set it to start; read it for the evaluation with the plan
   * as the person has it now (what is still being typed in an open editor is not in it).
   */
  get evaluation(): Evaluation | undefined {
    return this.current ?? this.given;
  }
  set evaluation(value: Evaluation | undefined) {
    this.given = value;
    this.generation++;
    this.requestUpdate();
  }

  constructor() {
    super();
    this.givenTask = new Task(this, {
      args: () => [this.given, this.given ? undefined : this.src || undefined] as const,
      task: ([given, src], { signal }) => this.read(given, src, signal),
    });
    this.frameworks = new FrameworkController(this, {
      request: () => {
        if (this.framework) return { framework: this.framework };
        const e = this.givenTask.status === TaskStatus.COMPLETE ? this.givenTask.value?.evaluation : undefined;
        return e ? { id: e.framework.id, version: e.framework.version } : {};
      },
      strings: () => this.localizer.strings,
      onError: (failure) => this.emitError({ kind: 'framework', message: failure.message, ...(failure.problems.length > 0 ? { problems: failure.problems } : {}) }),
    });
    this.session = new Task(this, {
      args: () => [this.givenTask.status === TaskStatus.COMPLETE ? this.givenTask.value : undefined, this.frameworks.value, this.generation] as const,
      task: ([given, loaded, generation], { signal }) => (given && loaded ? this.start(given, loaded, generation, signal) : Promise.resolve(undefined)),
    });
    this.drafts = new DraftController(this, {
      storage: () => this.storage,
      key: () => (this.current ? this.keyFor(this.current) : undefined),
      evaluation: () => (this.current ? withOpenEditors(this.current, this.editors) : undefined),
      position: (): DraftPosition => ({ step: 'plan', ...(this.lastField ? { field: this.lastField } : {}) }),
      delay: () => this.autosaveDelay,
      autosave: () => !this.noAutosave,
      filename: (suffix) => `${this.current?.framework.id ?? 'apq'}-${fileSlug(this.current?.setting.name) || 'evaluation'}-plan-${suffix}.json`,
      onSaved: (detail) => this.emit('apq-save', { ...detail, evaluation: takeOpenEditors(detail.evaluation).evaluation }),
      onProblem: (kind, error) => this.emitError({ kind: 'storage', message: storageProblemMessage(kind, this.localizer.strings), cause: error }),
    });
    for (const task of [this.givenTask, this.frameworks.task, this.session]) this.waitFor(task);
  }

  /** Saves the draft now through the storage adapter. Resolves to false (and shows a warning) when it cannot. */
  save(): Promise<boolean> {
    return this.drafts.save();
  }

  private keyFor(e: Evaluation): string {
    return this.storageKey || `apq-action-plan:${e.framework.id}:${e.id}`;
  }

  private async read(given: Evaluation | undefined, src: string | undefined, signal: AbortSignal): Promise<Given | undefined> {
    const read = await readDocument(given, src, (raw) => parseWith(EvaluationSchema, raw), signal);
    if (!read) return undefined;
    if (read.ok) return { evaluation: read.value, src };
    const s = this.localizer;
    const { failure } = read;
    if (failure.kind === 'unreachable') throw new FailureError({ message: s.t('evaluationUnreachable', { src: src ?? '' }), problems: [] });
    throw new FailureError({ message: src ? s.t('evaluationFileInvalid', { src }) : s.t('evaluationInvalid'), problems: failure.problems });
  }

  /** Resumes the draft of this evaluation (with any editor left open), or starts from the evaluation given. */
  private async start(given: Given, loaded: LoadedFramework, generation: number, signal: AbortSignal): Promise<Session | undefined> {
    const restored = await this.drafts.restore({
      key: this.keyFor(given.evaluation),
      framework: loaded.framework,
      given: given.evaluation,
      preferGiven: this.startedGeneration >= 0 && generation !== this.startedGeneration && this.current?.id === given.evaluation.id,
      fresh: () => given.evaluation,
      signal,
    });
    if (!restored) return undefined;
    const refused = restored.problems.find((p) => p.source === 'given');
    if (refused) throw new FailureError({ message: this.localizer.t('evaluationInvalid'), problems: refused.problems });
    if (restored.problems.some((p) => p.source === 'draft')) this.emitError({ kind: 'draft', message: this.localizer.strings.draftUnreadable });
    const { evaluation, editors } = takeOpenEditors(restored.evaluation);
    this.startedGeneration = generation;
    this.current = evaluation;
    this.editors = editors;
    this.filters = NO_FILTERS;
    this.shown = new Map();
    const field = restored.position?.field;
    if (field && editors.size > 0) this.pendingFocus = field;
    return { loaded, given, unreadable: restored.unreadable, resumedAt: restored.resumedFrom ? this.localizer.dateTime(restored.resumedFrom) : undefined };
  }

  private get ready(): Session | undefined {
    const session = this.session.status === TaskStatus.COMPLETE ? this.session.value : undefined;
    return session && this.current && session.loaded === this.frameworks.value ? session : undefined;
  }

  /** The day overdue is judged against, and whether the attribute could be read. */
  private get day(): { today: string; invalid: string | undefined } {
    const given = this.today?.trim();
    if (given && realDay(given)) return { today: given, invalid: undefined };
    return { today: localDay(new Date()), invalid: given || undefined };
  }

  protected override updated(): void {
    if (this.pendingFocus && this.ready) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusById(id);
    }
    const failure = this.failure();
    if (failure && !this.reported.has(failure)) {
      this.reported.add(failure);
      this.emitError({ kind: failure.kind, message: failure.message, ...(failure.problems.length > 0 ? { problems: failure.problems } : {}) });
    }
    const session = this.ready;
    this.announceReady(session !== undefined, { framework: { id: session?.loaded.framework.id ?? '', version: session?.loaded.framework.version ?? '' } });
  }

  private focusById(id: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    // A group of radios takes focus at the one chosen, as the arrow keys would leave it.
    const checked = el instanceof HTMLInputElement && el.type === 'radio' ? this.renderRoot.querySelector<HTMLInputElement>(`input[name="${CSS.escape(el.name)}"]:checked`) : null;
    (checked ?? el)?.focus();
  }

  private emitError(detail: ApqErrorDetail): void {
    this.emit('apq-error', this.current && !detail.evaluation ? { ...detail, evaluation: this.current } : detail);
  }

  /** The failure to show instead of the plan, from whichever load failed (the same object while it stands). */
  private failure(): (Failure & { kind: 'evaluation' | 'framework' }) | undefined {
    if (this.givenTask.status === TaskStatus.ERROR) return this.asFailure(this.givenTask.error, 'evaluation');
    if (this.frameworks.status === 'error') return undefined; // reported by the controller's onError
    if (this.session.status === TaskStatus.ERROR) return this.asFailure(this.session.error, 'evaluation');
    return undefined;
  }

  private readonly failures = new WeakMap<object, Failure & { kind: 'evaluation' | 'framework' }>();
  private asFailure(error: unknown, kind: 'evaluation' | 'framework'): Failure & { kind: 'evaluation' | 'framework' } {
    const key = (error && typeof error === 'object' ? error : { error }) as object;
    let f = this.failures.get(key);
    if (!f) {
      f = error instanceof FailureError ? { ...error.failure, kind } : { message: this.localizer.t('evaluationInvalid'), problems: [], kind };
      this.failures.set(key, f);
    }
    return f;
  }

  // ---- changes ----

  private apply(next: Evaluation, field: string, area: string | undefined): void {
    this.current = next;
    this.drafts.schedule();
    this.emit('apq-change', { evaluation: next, field, ...(area ? { area } : {}) });
  }

  private setEditors(change: (editors: Map<string, Editor>) => void): void {
    const next = new Map(this.editors);
    change(next);
    this.editors = next;
    this.drafts.schedule();
  }

  private action(id: string): { action: Action; index: number } | undefined {
    const index = this.current?.actions.findIndex((a) => a.id === id) ?? -1;
    return index < 0 ? undefined : { action: this.current!.actions[index]!, index };
  }

  private readonly actions: PlanActions = {
    open: (key, editor) => {
      this.setEditors((m) => m.set(key, editor));
      this.pendingFocus = editor.kind === 'drop' ? fieldId(key, 'question') : editor.kind === 'review' ? fieldId(key, 'on') : fieldId(key, 'what');
    },
    type: (key, fields) => {
      const editor = this.editors.get(key);
      if (!editor || editor.kind === 'drop') return;
      const changed = Object.keys(fields)[0];
      if (changed) this.lastField = fieldId(key, changed === 'successMeasure' ? 'success' : changed);
      this.setEditors((m) =>
        m.set(key, editor.kind === 'action' ? { ...editor, fields: { ...editor.fields, ...(fields as Partial<ActionFields>) } } : { ...editor, fields: { ...editor.fields, ...(fields as Partial<ReviewFields>) } }),
      );
    },
    cancel: (key, returnTo) => {
      this.setEditors((m) => m.delete(key));
      this.pendingFocus = returnTo;
    },
    save: (key) => this.saveEditor(key),
    drop: (key, actionId) => {
      const found = this.action(actionId);
      if (!found) return;
      this.setEditors((m) => m.delete(key));
      this.apply(withActionChanges(this.current!, actionId, { status: 'dropped' }, this.now()), `actions.${found.index}.status`, found.action.area);
      this.announcer.announce(this.localizer.t('announceDropped', { what: found.action.what }));
      this.pendingFocus = actionHeadingId(actionId);
    },
    confirm: (actionId) => {
      const found = this.action(actionId);
      if (!found) return;
      this.apply(withActionConfirmed(this.current!, actionId, this.now()), `actions.${found.index}`, found.action.area);
      this.announcer.announce(this.localizer.t('announceConfirmed', { what: found.action.what }));
      this.pendingFocus = actionHeadingId(actionId);
    },
    showMore: (group, firstNew) => {
      const next = new Map(this.shown);
      next.set(group, (next.get(group) ?? PAGE_SIZE) + PAGE_SIZE);
      this.shown = next;
      if (firstNew) this.pendingFocus = actionHeadingId(firstNew);
    },
  };

  private saveEditor(key: string): void {
    const editor = this.editors.get(key);
    if (!editor || editor.kind === 'drop' || !this.current) return;
    const found = editor.actionId ? this.action(editor.actionId) : undefined;
    if (editor.actionId && !found) return;
    const problems = editorProblems(key, editor, found?.action);
    if (problems.length > 0) {
      this.setEditors((m) => m.set(key, { ...editor, checked: true }));
      this.pendingFocus = ERROR_SUMMARY_ID;
      return;
    }
    const now = this.now();
    const s = this.localizer;
    let next: Evaluation;
    let field: string;
    let focus: string;
    if (editor.kind === 'action') {
      const f = editor.fields;
      const due = readDate(f.due, { required: false, partial: true });
      const fields = { what: f.what.trim(), who: f.who.trim(), due: due.ok ? due.value : undefined, successMeasure: f.successMeasure.trim() };
      if (found) {
        next = withActionChanges(this.current, found.action.id, fields, now);
        field = `actions.${found.index}`;
        focus = actionHeadingId(found.action.id);
        this.announcer.announce(s.t('announceSaved', { what: fields.what }));
      } else {
        next = withAction(this.current, { area: editor.area, ...(editor.priority ? { priority: editor.priority } : {}), ...fields, status: 'not-started' }, now);
        const index = next.actions.length - 1;
        field = `actions.${index}`;
        focus = actionHeadingId(next.actions[index]!.id);
        this.revealLast(editor.area, editor.priority, next);
        this.announcer.announce(s.t('announceAdded', { what: fields.what }));
      }
    } else {
      const f = editor.fields;
      const on = readDate(f.on, { required: true, partial: false });
      const review = { on: on.ok ? on.value! : '', note: f.note.trim(), status: f.status, by: f.by.trim(), evidence: f.evidence.trim(), recordedAt: now.toISOString() };
      next = withReview(this.current, found!.action.id, review, now);
      field = `actions.${found!.index}.reviews.${next.actions[found!.index]!.reviews.length - 1}`;
      focus = actionHeadingId(found!.action.id);
      this.announcer.announce(s.t('announceReviewed', { what: found!.action.what, status: this.statusLabel(f.status) }));
    }
    this.setEditors((m) => m.delete(key));
    this.apply(next, field, editor.kind === 'action' ? editor.area : found!.action.area);
    this.pendingFocus = focus;
  }

  /** After an action is added at the end of a long list, shows the page it is on, so focus can go to it. */
  private revealLast(area: string, priority: string | undefined, next: Evaluation): void {
    const group = `${area}--${priority ?? 'none'}`;
    const count = next.actions.filter((a) => a.area === area && (a.priority ?? undefined) === priority).length;
    const shown = this.shown.get(group) ?? PAGE_SIZE;
    if (count > shown) this.shown = new Map(this.shown).set(group, Math.ceil(count / PAGE_SIZE) * PAGE_SIZE);
  }

  /**
   * The time of an edit: now, or just after the evaluation's last update when that is later (a
   * clock behind the one that saved it). An edit never makes the evaluation look older, which
   * would make its draft lose to the evaluation it came from on the next visit.
   */
  private now(): Date {
    const real = Date.now();
    const last = Date.parse(this.current?.updatedAt ?? '');
    return new Date(Number.isFinite(last) && last >= real ? last + 1000 : real);
  }

  private statusLabel(status: ActionStatus): string {
    const s = this.localizer.strings;
    return { 'not-started': s.statusNotStarted, 'in-progress': s.statusInProgress, done: s.statusDone, dropped: s.statusDropped }[status];
  }

  private readonly handlePrint = (): void => {
    window.print();
  };

  // ---- errors ----

  private problemMessage(p: FieldProblem): string {
    const l = this.localizer;
    if (p.kind === 'required') return l.t(p.field === 'what' ? 'errorWhat' : 'errorNote');
    if (p.kind === 'before-created') return l.t('errorReviewBeforeCreated', { date: l.date(p.created) });
    const name = l.t(p.field === 'due' ? 'dueDateName' : 'reviewDateName');
    const part = l.t(p.problem.part === 'day' ? 'partDay' : p.problem.part === 'month' ? 'partMonth' : 'partYear');
    const key = { required: 'errorDateRequired', missing: 'errorDateMissing', full: 'errorDateFull', year: 'errorDateYear', real: 'errorDateReal' } as const;
    return l.t(key[p.problem.kind], { field: name, part });
  }

  /** The problems of every editor the person has tried to save, by field, and in page order for the summary. */
  private checkedProblems(): { byField: Map<string, { message: string; part: DatePart | undefined }>; items: ErrorSummaryItem[] } {
    const byField = new Map<string, { message: string; part: DatePart | undefined }>();
    const items: ErrorSummaryItem[] = [];
    for (const [key, editor] of this.editors) {
      if (editor.kind === 'drop' || !editor.checked) continue;
      const action = editor.actionId ? this.action(editor.actionId)?.action : undefined;
      for (const { target, problem } of editorProblems(key, editor, action) as EditorProblem[]) {
        const message = this.problemMessage(problem);
        const id = fieldId(key, problem.field);
        if (!byField.has(id)) byField.set(id, { message, part: problemPart(problem) });
        items.push({ target: problem.kind === 'date' ? datePartId(id, problem.problem.part) : target, message });
      }
    }
    return { byField, items };
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const s = this.localizer.strings;
    const failure = this.failure();
    let phase: string;
    let content: TemplateResult;
    const session = this.ready;
    if (failure) {
      phase = 'failed';
      content = failureNotice({ message: failure.message, problems: failure.problems }, s.evaluationProblemsHeading);
    } else if (this.frameworks.status === 'error') {
      phase = 'failed';
      const f = this.frameworks.failure!;
      content = failureNotice({ message: f.message, hint: f.hint, problems: f.problems }, s.frameworkProblemsHeading);
    } else if (session) {
      phase = 'ready';
      content = this.renderPlan(session);
    } else if (this.givenTask.status === TaskStatus.COMPLETE && !this.givenTask.value) {
      phase = 'empty';
      content = html`<p class="body">${s.noEvaluation}</p>`;
    } else {
      phase = 'loading';
      content = statusLine(this.givenTask.status === TaskStatus.PENDING ? s.loadingEvaluation : s.loadingPlan);
    }
    return html`<div class="base" part="base" data-phase=${phase}>${content}</div>
      ${this.announcer.render()}`;
  }

  private planView(session: Session, errors: Map<string, { message: string; part: DatePart | undefined }>, today: string): PlanView {
    const l = this.localizer;
    const s = l.strings;
    return {
      framework: session.loaded.framework,
      index: session.loaded.index,
      strings: s,
      format: (template, values) => l.format(template, values),
      date: (iso) => l.date(iso),
      today,
      editors: this.editors,
      error: (id) => {
        const e = errors.get(id);
        return e ? { message: e.message, prefix: s.errorPrefix, part: e.part } : undefined;
      },
      isOverdue: (a) => isOverdue(a, today),
      statusLabel: (status) => this.statusLabel(status),
      actions: this.actions,
    };
  }

  private renderPlan(session: Session): TemplateResult {
    const l = this.localizer;
    const s = l.strings;
    const e = this.current!;
    const { framework } = session.loaded;
    const { today, invalid } = this.day;
    const { byField, items } = this.checkedProblems();
    const view = this.planView(session, byField, today);
    const progress = planProgress(e, { on: today });
    const carried = e.actions.filter((a) => a.carriedForward).length;
    const overdue = (a: Action) => view.isOverdue(a);
    const shownCount = filtersActive(this.filters) ? e.actions.filter((a) => matches(this.filters, a, overdue)).length : e.actions.length;
    return html`
      <header class="header" part="header">
        <span class="caption">${l.t('caption', { setting: e.setting.name?.trim() || s.untitledSetting, framework: framework.shortTitle ?? framework.title, version: framework.version })}</span>
        <h2 class="heading-l" id="plan-heading">${s.heading}</h2>
        <p class="body" part="progress" data-progress>
          ${progress.total === 0
            ? s.progressEmpty
            : l.t('progress', {
                total: progress.total,
                notStarted: l.number(progress.byStatus['not-started']),
                inProgress: l.number(progress.byStatus['in-progress']),
                done: l.number(progress.byStatus.done),
                dropped: l.number(progress.byStatus.dropped),
              })}
          ${progress.total > 0 ? l.t('progressOverdue', { count: progress.overdue, date: l.date(today) }) : nothing}
        </p>
        <div class="button-group no-print">
          <button type="button" class="button button--secondary" part="print-button" @click=${this.handlePrint}>${s.print}</button>
        </div>
      </header>
      ${invalid ? warning({ title: l.t('todayInvalid', { value: invalid }), part: 'today-warning' }) : nothing}
      ${this.renderStorageNotices(session)}
      ${errorSummary({ title: s.errorSummaryTitle, items, onSelect: (target) => this.focusById(target) })}
      ${carried > 0
        ? notificationBanner({
            part: 'carried-forward-notice',
            heading: { id: 'carried-forward-heading', text: s.carriedForwardHeading },
            body: html`<p class="body">${l.t('carriedForwardBody', { count: carried })}</p>`,
          })
        : nothing}
      ${e.actions.length > 0 ? this.renderFilters(view, e, shownCount) : nothing}
      ${filtersActive(this.filters) && shownCount === 0 ? html`<p class="body" data-none-match>${s.noneMatch}</p>` : nothing}
      ${planByArea(framework, e).areas.map((area) => this.renderArea(view, area))}
      <p class="print-only body muted">${l.t('printedOn', { date: l.date(localDay(new Date())), today: l.date(today) })}</p>
    `;
  }

  private renderStorageNotices(session: Session): TemplateResult {
    const s = this.localizer.strings;
    return html`${storageWarning(this.drafts.problem, { strings: s, download: s.storageDownload, onDownload: this.drafts.refreshDownload })}
    ${unreadableDraftWarning(session.unreadable, { title: s.draftUnreadable, download: s.draftDownload })}
    ${session.resumedAt && this.editors.size > 0
      ? html`<div class="inset no-print" part="resumed-notice"><p class="body">${this.localizer.t('resumed', { time: session.resumedAt })}</p></div>`
      : nothing}
    ${this.drafts.savedAt ? html`<p class="save-status muted no-print" part="save-status">${this.localizer.t('savedAt', { time: this.localizer.dateTime(this.drafts.savedAt) })}</p>` : nothing}`;
  }

  private renderFilters(view: PlanView, e: Evaluation, shownCount: number): TemplateResult {
    const l = this.localizer;
    const s = l.strings;
    const words = areaWords(view.framework);
    const owners = ownersOf(e.actions, l.lang);
    return filtersPanel({
      heading: s.filtersHeading,
      filters: this.filters,
      areas: [
        { value: '', label: l.t('filterAreaAll', { areas: words.areas }) },
        ...[...view.index.areas.values()].map(({ area }) => ({ value: area.id, label: areaLabel(view.framework, area, s) })),
      ],
      owners: [
        { value: '', label: s.filterOwnerAll },
        ...owners.map((o) => ({ value: o, label: o })),
        ...(e.actions.some((a) => !a.who?.trim()) ? [{ value: NO_OWNER, label: s.filterOwnerNone }] : []),
      ],
      statuses: { 'not-started': s.statusNotStarted, 'in-progress': s.statusInProgress, done: s.statusDone, dropped: s.statusDropped },
      labels: {
        area: l.t('filterArea', { Area: capitalise(words.area) }),
        owner: s.filterOwner,
        status: s.filterStatus,
        overdue: s.filterOverdue,
        statusAll: s.filterStatusAll,
        clear: s.clearFilters,
      },
      showing: l.t('showing', { shown: l.number(shownCount), total: e.actions.length }),
      onChange: (filters) => {
        this.filters = filters;
        this.shown = new Map();
        const count = filtersActive(filters) ? e.actions.filter((a) => matches(filters, a, view.isOverdue)).length : e.actions.length;
        this.announcer.announce(l.t('showing', { shown: l.number(count), total: e.actions.length }));
      },
    });
  }

  private renderArea(view: PlanView, plan: PlanArea): TemplateResult | typeof nothing {
    const l = this.localizer;
    const s = l.strings;
    const words = areaWords(view.framework);
    const area = view.index.areas.get(plan.id)!.area;
    const active = filtersActive(this.filters);
    if (active && this.filters.area && this.filters.area !== area.id) return nothing;
    const groups = [
      ...plan.priorities.map((p) => ({ priority: p.id as string | undefined, text: p.text as string | undefined, actions: p.actions })),
      { priority: undefined, text: undefined, actions: plan.otherActions },
    ];
    const rendered = groups.map((g) => this.renderGroup(view, area.id, g.priority, g.text, g.actions));
    if (active && rendered.every((r) => r === nothing)) return nothing;
    const headingId = `area--${area.id}`;
    return html`<section class="area" part="area" aria-labelledby=${headingId} data-area=${area.id}>
      <h3 class="heading-m" id=${headingId}>${areaLabel(view.framework, area, s)}</h3>
      ${plan.priorities.length === 0 && !active ? html`<p class="body muted">${l.t('noPriorities', { area: words.area })}</p>` : nothing} ${rendered}
    </section>`;
  }

  private renderGroup(view: PlanView, areaId: string, priority: string | undefined, text: string | undefined, all: readonly Action[]): TemplateResult | typeof nothing {
    const l = this.localizer;
    const s = l.strings;
    const active = filtersActive(this.filters);
    const actions = active ? all.filter((a) => matches(this.filters, a, view.isOverdue)) : all;
    if (active && actions.length === 0) return nothing;
    const group = `${areaId}--${priority ?? 'none'}`;
    const limit = this.shown.get(group) ?? PAGE_SIZE;
    const visible = actions.slice(0, limit);
    const addKey = editorKey.newAction(areaId, priority);
    const adding = this.editors.get(addKey);
    const addId = `add--${group}`;
    const words = areaWords(view.framework);
    const areaName = areaLabel(view.framework, view.index.areas.get(areaId)!.area, s);
    const headingId = `group--${group}`;
    const heading = text !== undefined ? l.t('priorityHeading', { text }) : l.t('otherActionsHeading', { area: words.area });
    // An area's "other actions" heading is only worth showing once there are some, or one is being added.
    if (text === undefined && all.length === 0 && !adding && view.index.areas.get(areaId)!.area.status === 'not-yet-written') return nothing;
    return html`<div class="priority" part="priority" data-priority=${priority ?? ''} role="group" aria-labelledby=${headingId}>
      <h4 class="heading-s" id=${headingId}>${heading}</h4>
      ${actions.length === 0 && !active ? html`<p class="body muted">${s.noActions}</p>` : nothing}
      ${visible.length > 0 ? html`<ol class="list actions">${visible.map((a) => actionItem(view, a))}</ol>` : nothing}
      ${actions.length > visible.length
        ? html`<p class="no-print">
            <button type="button" class="button button--secondary" part="show-more" @click=${() => this.actions.showMore(group, actions[visible.length]?.id)}>
              ${l.t('showMore', { count: Math.min(PAGE_SIZE, actions.length - visible.length) })}<span class="visually-hidden">
                ${l.t('showMoreHidden', { shown: l.number(visible.length), total: l.number(actions.length) })}</span
              >
            </button>
          </p>`
        : nothing}
      ${adding?.kind === 'action'
        ? actionEditor(view, addKey, adding, addId)
        : active
          ? nothing
          : html`<p class="no-print">
              <button type="button" class="button button--secondary" part="add-button" id=${addId} @click=${() => this.actions.open(addKey, newActionEditor(areaId, priority))}>
                ${s.addAction}<span class="visually-hidden">
                  ${text !== undefined ? l.t('addActionHidden', { priority: text }) : l.t('addActionHiddenArea', { area: areaName })}</span
                >
              </button>
            </p>`}
    </div>`;
  }
}
