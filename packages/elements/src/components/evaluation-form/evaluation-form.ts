// SPDX-License-Identifier: MIT
// <apq-evaluation-form>: fill in an evaluation against a framework, area by area, with autosave
// and resume, the descriptor checklist and suggested judgement, a review step and validation.
// Loading, drafts, announcements, form association, strings and templates are the shared
// ground's; this class assembles them and holds what is particular to the form: its steps.
import { ContextProvider } from '@lit/context';
import { Task } from '@lit/task';
import { type CSSResultArray, type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { Announcer } from '../../controllers/announcer.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { FrameworkController, type LoadFailure, type LoadedFramework } from '../../controllers/framework-controller.js';
import type { ApqErrorDetail } from '../../events/apq-error.js';
import { ApqElement } from '../../internal/apq-element.js';
import { evaluationContext } from '../../internal/context.js';
import {
  type Answer,
  type CheckStatus,
  type Evaluation,
  type Framework,
  type Problem,
  type QualityArea,
  areaProgress,
  finalise,
  init,
  parseJsonText,
  settingProgress,
  submissionProblems,
  withAnswer,
  withCheck,
  withJudgement,
  withPriorities,
  withAreaRecord,
  withSetting,
  withStrengths,
  withUse,
} from '../../internal/core.js';
import { fitEvaluation } from '../../internal/fit-evaluation.js';
import { FormAssociated, type HostFormSubmission, firstFocusable } from '../../internal/form-associated.js';
import { areaLabel } from '../../internal/labels.js';
import { Localizer } from '../../internal/localize.js';
import { type DraftPosition, type DraftStorage, localDraftStorage } from '../../internal/storage.js';
import { button } from '../../templates/controls.js';
import { storageProblemMessage } from '../../templates/draft-notices.js';
import { ERROR_SUMMARY_ID, errorSummary } from '../../templates/error-summary.js';
import { failureNotice, statusLine } from '../../templates/load-status.js';
import { panel } from '../../templates/notices.js';
import { formStyles } from '../../styles/forms.styles.js';
import { styles } from './evaluation-form.styles.js';
import { type ApqStrings, FORM_STRINGS } from './evaluation-form.strings.js';
import { DONE, REVIEW, START, SuggestionCache, areaStep, field, stepArea, stepOfField } from './model.js';
import { areaHeadingId, areaSection } from './parts/area-page.js';
import { navigation } from './parts/navigation.js';
import { FORMAT_PROBLEMS, problemMessage } from './parts/problems.js';
import { type NoticeState, notices } from './parts/notices.js';
import { reviewContent } from './parts/review-step.js';
import { settingFields } from './parts/setting-step.js';
import type { FormActions, FormView, SettingKey } from './parts/view.js';
import { fileSlug } from '../../internal/download.js';

interface FormProblem {
  field: string;
  message: string;
}

const HEADING = { start: 'start-heading', review: 'review-heading', done: 'done-heading' } as const;

/**
 * An evaluation form that a council embeds in its own page. Give it a framework by id and
 * version (registered on the page), by `src` URL to a published framework file, or as a
 * `framework` property; the person then describes the setting, works through each area, checks
 * their answers and submits. Everything typed is saved as a draft in the browser (or through a
 * storage adapter the host supplies) and restored on return.
 *
 * @tagname apq-evaluation-form
 * @summary Fill in a quality evaluation, area by area, with autosave, resume and validation.
 * @status experimental
 * @since 0.1.0
 *
 * @event apq-ready - The framework and draft are loaded and shown. `detail`: `{ framework: { id, version } }`. `await el.updateComplete` resolves at the same moment.
 * @event apq-change - The person committed a change. `detail`: `{ evaluation, field, area? }`, where `field` is the JSON path of the value in `evaluation` (e.g. `areas.attendance.judgement.rationale`). Never fired for a property set.
 * @event apq-save - The draft was saved. `detail`: `{ evaluation, key, savedAt }`.
 * @event apq-submit - The person submitted a valid evaluation. Cancelable. `detail`: `{ evaluation }` with status `submitted`.
 * @event apq-error - Something went wrong that the person is also shown. `detail`: `{ kind, message, problems?, evaluation?, cause? }`.
 *
 * @slot intro - Shown at the top of the first step, for the host's own introduction.
 * @slot submitted - Shown after a successful submission, for example a summary or next steps.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart nav - The list of sections with their progress.
 * @csspart progress - The sentence with the overall progress.
 * @csspart task - One section in the list of sections.
 * @csspart task-link - The button that opens a section.
 * @csspart tag - A status tag (not started, in progress, completed).
 * @csspart content - The current step.
 * @csspart area - One area's section.
 * @csspart question - One evaluative question.
 * @csspart fieldset - A group of fields.
 * @csspart input - A single-line text field.
 * @csspart textarea - A multi-line text field.
 * @csspart button - A button.
 * @csspart link - A button that looks like a link (Change, Dismiss).
 * @csspart descriptors - The grade descriptor checklist.
 * @csspart guidance - Framework guidance shown with the descriptors.
 * @csspart suggestion - The suggested judgement panel.
 * @csspart suggestion-level - The suggested level in that panel.
 * @csspart summary-list - A list of answers on the review step.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart error-summary-link - A link in the error summary.
 * @csspart error-message - The message above a field in error.
 * @csspart storage-warning - The warning shown when the draft cannot be saved.
 * @csspart download-link - The link to download the draft.
 * @csspart draft-warning - The warning shown when a saved draft could not be read.
 * @csspart migration-notice - The notice that a draft was updated to a newer framework version.
 * @csspart carried-over - The list of answers kept from an earlier version.
 * @csspart resumed-notice - The notice that a draft was restored.
 * @csspart notice - A notice inside an area, such as "not written yet".
 * @csspart save-status - The "Draft saved at…" line.
 * @csspart panel - The confirmation panel after submitting.
 * @csspart live-region - The visually hidden polite live region.
 *
 * @cssprop [--apq-font-family=inherit] - Font of everything; the page's font by default.
 * @cssprop [--apq-color-text=#0b0c0c] - Main text colour.
 * @cssprop [--apq-color-secondary-text=#484949] - Hints and secondary text.
 * @cssprop [--apq-color-link=#1d70b8] - Links and link buttons.
 * @cssprop [--apq-color-focus=#ffdd00] - Focus highlight.
 * @cssprop [--apq-color-focus-text=#0b0c0c] - Text and underline on a focused link.
 * @cssprop [--apq-color-error=#d4351c] - Errors.
 * @cssprop [--apq-color-success=#00703c] - Completed tags and the submitted panel.
 * @cssprop [--apq-color-border=#b1b4b6] - Dividers.
 * @cssprop [--apq-color-input-border=#0b0c0c] - Field borders.
 * @cssprop [--apq-color-surface=#ffffff] - Background of fields and the element.
 * @cssprop [--apq-color-panel=#f3f2f1] - Background of panels (suggestion, notices).
 * @cssprop [--apq-color-button=#00703c] - Primary button background.
 * @cssprop [--apq-color-button-text=#ffffff] - Primary button text.
 * @cssprop [--apq-color-warning=#f47738] - Warning border (storage problems).
 * @cssprop [--apq-space-unit=0.3125rem] - The base spacing step (5 px at the default size).
 * @cssprop [--apq-font-size-body=1.1875rem] - Body text size.
 * @cssprop [--apq-evaluation-form-nav-width=18rem] - Width of the list of sections beside the form.
 * @cssprop [--apq-evaluation-form-max-width=70rem] - Widest the element grows.
 */
export class ApqEvaluationForm extends FormAssociated(ApqElement) {
  static override styles = [...(ApqElement.styles as CSSResultArray), formStyles, styles];
  // Reactive properties are declared here rather than with @state/@property: the decorators and
  // their helper cost about 0.4 KB gzip in the CDN file. The fields below keep their types and
  // docs; `attribute: false` on the states keeps them out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    current: { state: true, attribute: false },
    step: { state: true, attribute: false },
    errorScope: { state: true, attribute: false },
    fromReview: { state: true, attribute: false },
    noticeState: { state: true, attribute: false },
    framework: { attribute: false },
    frameworkId: { attribute: 'framework' },
    version: {},
    src: {},
    use: {},
    layout: { reflect: true },
    storageKey: { attribute: 'storage-key' },
    storage: { attribute: false },
    noAutosave: { type: Boolean, attribute: 'no-autosave' },
    autosaveDelay: { type: Number, attribute: 'autosave-delay' },
    readonly: { type: Boolean, reflect: true },
    evaluation: { attribute: false, noAccessor: true },
  };

  private readonly i18n = new Localizer<ApqStrings>(this, FORM_STRINGS, () => this.strings);
  private readonly announcer = new Announcer(this);
  private readonly frameworks = new FrameworkController(this, {
    request: () => ({ framework: this.framework, id: this.frameworkId, version: this.version, src: this.src }),
    strings: () => this.i18n.strings,
    onError: (failure) => this.frameworkFailed(failure),
  });
  /** Restores the draft (or the given evaluation) once the framework is loaded, and again when the host sets `evaluation`. */
  private readonly session = new Task(this, {
    args: () => [this.frameworks.value, this.evaluationGeneration] as const,
    task: ([loaded, generation], { signal }) => (loaded ? this.start(loaded, generation, signal) : Promise.resolve(undefined)),
  });
  private readonly drafts = new DraftController(this, {
    storage: () => this.storage,
    key: () => (this.loaded ? this.storageKeyFor(this.loaded.framework) : undefined),
    evaluation: () => this.current,
    position: (): DraftPosition => ({ step: this.step === DONE ? REVIEW : this.step, ...(this.lastField ? { field: this.lastField } : {}) }),
    delay: () => this.autosaveDelay,
    autosave: () => !this.noAutosave && !this.isReadonly,
    filename: (suffix) => this.filename(suffix),
    onSaved: (detail) => this.emit('apq-save', detail),
    onProblem: (kind, error) => this.emitError({ kind: 'storage', message: storageProblemMessage(kind, this.i18n.strings), cause: error }),
  });
  private readonly contextProvider = new ContextProvider(this, { context: evaluationContext });

  private loaded: LoadedFramework | undefined;
  private suggestions: SuggestionCache | undefined;
  private initialEvaluation: Evaluation | undefined;
  private startingEvaluation: Evaluation | undefined;
  private evaluationGeneration = 0;
  private startedGeneration = 0;
  private pendingFocus: string | undefined;
  private lastField: string | undefined;
  private submittedUrl: string | undefined;

  private current: Evaluation | undefined;
  private step: string = START;
  /** Whose errors are shown: none yet, every problem (after submit), or the fields of one step (after Continue). */
  private errorScope: 'all' | ReadonlySet<string> | undefined;
  private fromReview = false;
  private noticeState: NoticeState = {};

  /** The framework as an object (code). Takes precedence over `framework-id`/`version` and `src`. */
  framework: Framework | undefined;

  /** The id of a framework registered on the page, such as `ap-quality-toolkit` (attribute `framework`). */
  frameworkId: string | undefined;

  /** The version of the framework named by `framework`; the newest registered published version when absent. */
  version: string | undefined;

  /** The URL of a published framework file (JSON) to load and validate. */
  src: string | undefined;

  /** The use to preselect for a new evaluation, such as `local-authority-quality-assurance`. */
  use: string | undefined;

  /** `paged` (one area at a time, the default) or `single-page` (every area in one long form; use it for printing). */
  layout: 'paged' | 'single-page' = 'paged';

  /** Where the draft is saved. Default: `apq-evaluation:<framework id>:<evaluation id or "draft">`. */
  storageKey: string | undefined;

  /** Where drafts are kept: localStorage by default, or the host's own adapter (for example its backend). */
  storage: DraftStorage = localDraftStorage;

  /** Turns autosave off: nothing is saved unless the host calls `save()`. */
  noAutosave = false;

  /** How long after the last keystroke the draft is saved, in milliseconds. */
  autosaveDelay = 500;

  /** Shows the evaluation without any way to change it. */
  readonly = false;

  /**
   * The evaluation. Set it to start from an existing evaluation (migrated if it was made against
   * another version); read it for the evaluation as the person has it now.
   */
  get evaluation(): Evaluation | undefined {
    return this.current ?? this.initialEvaluation;
  }
  set evaluation(value: Evaluation | undefined) {
    this.initialEvaluation = value;
    this.evaluationGeneration++;
    this.requestUpdate();
  }

  /** The framework in use, however it was given (property, registry or `src`); undefined until loaded. */
  get resolvedFramework(): Framework | undefined {
    return this.current ? this.loaded?.framework : undefined;
  }

  constructor() {
    super();
    this.waitFor(this.frameworks.task);
    this.waitFor(this.session);
    this.addEventListener('invalid', this.handleInvalid);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('current')) {
      const framework = this.loaded?.framework;
      this.contextProvider.setValue(framework && this.current ? { framework, evaluation: this.current } : undefined);
    }
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusById(id);
    }
    const ready = this.ready;
    if (ready) this.syncValidity();
    this.announceReady(ready, { framework: { id: this.loaded?.framework.id ?? '', version: this.loaded?.framework.version ?? '' } });
  }

  private get ready(): boolean {
    return this.frameworks.status === 'ready' && this.current !== undefined && this.loaded !== undefined && this.loaded === this.frameworks.value;
  }

  /**
   * Called by the browser when the host form is reset: back to the evaluation this session started
   * from (the host's, the resumed draft, or the new one), never to a blank one that would replace a
   * resumed draft at the next autosave.
   */
  formResetCallback(): void {
    if (!this.loaded || !this.startingEvaluation) return;
    this.current = this.startingEvaluation;
    this.step = START;
    this.errorScope = undefined;
    this.fromReview = false;
    this.setFormValue(this.current);
    this.drafts.schedule();
  }

  /** Called by the browser to restore the value after navigation (back/forward, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string' || !this.loaded) return;
    const parsed = parseJsonText(state);
    if (!parsed.ok) return;
    const fitted = fitEvaluation(parsed.value, this.loaded.framework);
    if (fitted.ok) {
      this.current = fitted.evaluation;
      this.setFormValue(this.current);
    }
  }

  private readonly handleInvalid = (): void => {
    this.errorScope = 'all';
    this.pendingFocus = ERROR_SUMMARY_ID;
    // After the `invalid` event the browser focuses the validity anchor, and for a person's click it
    // does so after this render; the error summary takes focus once the browser has finished.
    setTimeout(() => {
      if (this.renderRoot.querySelector(`#${ERROR_SUMMARY_ID}`)) this.focusById(ERROR_SUMMARY_ID);
    });
  };

  private frameworkFailed(failure: LoadFailure): void {
    this.loaded = undefined;
    this.current = undefined;
    this.setFormValue(null);
    this.setValidity(null);
    this.emitError({ kind: 'framework', message: failure.message, ...(failure.problems.length > 0 ? { problems: failure.problems } : {}) });
  }

  private storageKeyFor(framework: Framework): string {
    return this.storageKey || `apq-evaluation:${framework.id}:${this.initialEvaluation?.id ?? 'draft'}`;
  }

  private newEvaluation(framework: Framework): Evaluation {
    const use = this.use && framework.uses.some((u) => u.id === this.use) ? this.use : undefined;
    return init(framework, use);
  }

  /**
   * Restores the draft (or the given evaluation, or a new one) for a loaded framework. When only
   * the host's `evaluation` changed, the host's evaluation wins over the stored draft.
   */
  private async start(loaded: LoadedFramework, generation: number, signal: AbortSignal): Promise<void> {
    const { framework } = loaded;
    const restored = await this.drafts.restore({
      key: this.storageKeyFor(framework),
      framework,
      given: this.initialEvaluation,
      preferGiven: this.loaded === loaded && generation !== this.startedGeneration,
      fresh: () => this.newEvaluation(framework),
      signal,
    });
    if (!restored) return;
    for (const failed of restored.problems) {
      this.emitError({ kind: 'draft', message: this.i18n.strings.draftUnreadable, ...(failed.problems.length > 0 ? { problems: failed.problems } : {}) });
    }
    this.loaded = loaded;
    this.startedGeneration = generation;
    this.suggestions = new SuggestionCache(framework, loaded.index);
    this.current = restored.evaluation;
    this.startingEvaluation = restored.evaluation;
    this.noticeState = {
      unreadable: restored.unreadable,
      migration: restored.migration ? { report: restored.migration, frameworkTitle: framework.title } : undefined,
      resumedAt: restored.resumedFrom ? this.i18n.dateTime(restored.resumedFrom) : undefined,
    };
    this.errorScope = undefined;
    this.fromReview = false;
    this.step = restored.evaluation.status === 'submitted' ? REVIEW : this.validStep(restored.position?.step);
    this.setFormValue(this.current);
  }

  private validStep(step: string | undefined): string {
    if (!step || !this.loaded) return START;
    if (step === REVIEW) return REVIEW;
    const area = stepArea(step);
    if (area && this.loaded.index.areas.has(area)) return this.layout === 'single-page' ? START : step;
    return START;
  }

  private filename(suffix: string): string {
    const name = fileSlug(this.current?.setting.name) || 'evaluation';
    return `${this.loaded?.framework.id ?? 'apq'}-${name}-${suffix}.json`;
  }

  // ---- changes ----

  private apply(next: Evaluation, name: string, commit: boolean): void {
    this.current = next;
    this.lastField = name;
    this.setFormValue(next);
    this.drafts.schedule();
    if (commit) this.emitChange(name);
  }

  private emitChange(name: string): void {
    if (!this.current || !this.loaded) return;
    const area = stepArea(stepOfField(this.loaded.index, name));
    this.emit('apq-change', { evaluation: this.current, field: name, ...(area ? { area } : {}) });
  }

  private emitError(detail: ApqErrorDetail): void {
    this.emit('apq-error', this.current && !detail.evaluation ? { ...detail, evaluation: this.current } : detail);
  }

  /** Announces the area's suggestion when a change moved it. */
  private changeSuggestion(areaId: string | undefined, change: () => void): void {
    const before = areaId ? this.suggestions!.key(this.current!, areaId) : '';
    change();
    if (!areaId || this.suggestions!.key(this.current!, areaId) === before) return;
    const area = this.loaded!.index.areas.get(areaId)!.area;
    const suggestion = this.suggestions!.get(this.current!, areaId);
    const label = this.areaLabel(area);
    this.announcer.announce(
      suggestion.label ? this.i18n.t('suggestionAnnouncement', { area: label, level: suggestion.label }) : this.i18n.t('suggestionAnnouncementNone', { area: label }),
    );
  }

  private readonly actions: FormActions = {
    setting: (key: SettingKey, value: string) => this.apply(withSetting(this.current!, key, value, new Date()), field.setting(key), false),
    use: (id) => this.apply(withUse(this.current!, id, new Date()), field.use, true),
    answer: (questionId: string, patch: Partial<Answer>, commit: boolean) => {
      const areaId = this.loaded!.index.questions.get(questionId)?.area.id;
      const edit = () => this.apply(withAnswer(this.current!, questionId, patch, new Date()), field.answer(questionId), commit);
      if (commit) this.changeSuggestion(areaId, edit);
      else edit();
    },
    check: (descriptorId: string, status: CheckStatus) => {
      const areaId = this.loaded!.index.descriptors.get(descriptorId)?.area.id;
      this.changeSuggestion(areaId, () => this.apply(withCheck(this.current!, descriptorId, status, new Date()), field.check(descriptorId), true));
    },
    evidence: (areaId, value) => this.apply(withAreaRecord(this.current!, areaId, { evidence: value === '' ? undefined : value }, new Date()), field.area(areaId, 'evidence'), false),
    rationale: (areaId, value) => this.apply(withJudgement(this.current!, areaId, { rationale: value }, new Date()), field.judgement(areaId, 'rationale'), false),
    strengths: (areaId, items, commit) => this.apply(withStrengths(this.current!, areaId, items, new Date()), field.area(areaId, 'strengths'), commit),
    priorities: (areaId, items, commit) => this.apply(withPriorities(this.current!, areaId, items, new Date()), field.area(areaId, 'priorities'), commit),
    judgement: (areaId, level) => {
      const suggestion = this.suggestions!.get(this.current!, areaId);
      this.apply(withJudgement(this.current!, areaId, { level }, new Date(), suggestion), field.judgement(areaId, 'level'), true);
    },
    commit: (name) => this.emitChange(name),
    goTo: (step, focus, options) => this.goTo(step, focus, options),
    focusLater: (id) => {
      this.pendingFocus = id;
    },
    refreshDownload: this.drafts.refreshDownload,
  };

  // ---- navigation ----

  private order(): string[] {
    if (this.layout === 'single-page') return [START, REVIEW];
    return [START, ...this.loaded!.framework.categories.flatMap((c) => c.areas.map((a) => areaStep(a.id))), REVIEW];
  }

  private goTo(step: string, focus?: string, options: { fromReview?: boolean } = {}): void {
    let target = step;
    let focusId = focus;
    const area = stepArea(step);
    if (this.layout === 'single-page' && (area || step === START)) {
      target = START;
      focusId ??= area ? areaHeadingId(area) : HEADING.start;
    }
    focusId ??= area ? areaHeadingId(area) : step === REVIEW ? HEADING.review : HEADING.start;
    this.step = target;
    this.fromReview = options.fromReview === true;
    this.pendingFocus = focusId;
    // The step may not change (single-page layout), yet focus must still move.
    this.requestUpdate();
    this.drafts.schedule();
  }

  /**
   * Moves on. A value in the wrong form on this step (a URN of 5 digits) is shown at once, GOV.UK
   * style, and the person stays; what is merely missing waits for "Check your answers".
   */
  private move(delta: number): void {
    if (delta > 0) {
      const wrong = this.problems().filter((p) => FORMAT_PROBLEMS.has(p.code) && this.stepOf(p.path) === this.step);
      if (wrong.length > 0) {
        this.errorScope = new Set(wrong.map((p) => p.path));
        this.pendingFocus = ERROR_SUMMARY_ID;
        return;
      }
      if (this.errorScope !== 'all') this.errorScope = undefined;
    }
    if (this.fromReview && delta > 0) return this.goTo(REVIEW);
    const order = this.order();
    const next = order[Math.min(order.length - 1, Math.max(0, order.indexOf(this.step) + delta))]!;
    this.goTo(next);
  }

  private stepOf(path: string): string {
    const step = stepOfField(this.loaded!.index, path);
    return this.layout === 'single-page' ? START : step;
  }

  private goToField(name: string): void {
    this.goTo(stepOfField(this.loaded!.index, name), name);
  }

  private focusById(id: string): void {
    let el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      el = this.renderRoot.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`) ?? el;
    }
    el?.focus();
  }

  // ---- validation, submission and the host form ----

  /** What blocks submission: core's one definition, with the form's memoised suggestions. */
  private problems(): Problem[] {
    if (!this.current || !this.loaded || !this.suggestions) return [];
    const evaluation = this.current;
    return submissionProblems(this.loaded.framework, evaluation, { suggestion: (areaId) => this.suggestions!.get(evaluation, areaId) });
  }

  /** The problems shown now, worded from the interface strings by their code. */
  private shownProblems(): FormProblem[] {
    const scope = this.errorScope;
    if (!scope || this.isReadonly) return [];
    return this.problems()
      .filter((p) => scope === 'all' || scope.has(p.path))
      .map((p) => ({ field: p.path, message: this.problemMessage(p) }));
  }

  private problemMessage(p: Problem): string {
    const index = this.loaded?.index;
    const label = (areaId: string) => {
      const area = index?.areas.get(areaId)?.area;
      return area ? this.areaLabel(area) : '';
    };
    return problemMessage(p, this.i18n.strings, label, (template, values) => this.i18n.format(template, values));
  }

  private areaLabel(area: QualityArea): string {
    return areaLabel(this.loaded!.framework, area, this.i18n.strings);
  }

  private get isReadonly(): boolean {
    return this.readonly || this.formDisabled || this.current?.status === 'submitted';
  }

  private syncValidity(): void {
    const problems = this.isReadonly ? [] : this.problems();
    if (problems.length === 0) return this.setValidity(null);
    const anchor = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(problems[0]!.path)}"]`) ?? firstFocusable(this.renderRoot);
    this.setValidity(this.i18n.t('invalidForForm', { count: problems.length }), anchor);
  }

  /** Checks the evaluation and, when it is complete, submits it: fires `apq-submit`, then submits the host form if there is one. */
  submit(): boolean {
    if (!this.finish()) return false;
    this.internals.form?.requestSubmit();
    return true;
  }

  /**
   * The host form is being submitted (ADR 0009). Validated, it is a submission like the element's
   * own Submit button: the evaluation is finalised before the browser collects the form's data, so
   * the server receives `"status": "submitted"`; a cancelled `apq-submit`, or problems the validity
   * had not caught up with, cancel the host's submit. Not validated (`novalidate`, `formnovalidate`),
   * it is a draft: the value already holds everything typed and nothing is shown.
   */
  override hostFormSubmitted({ event, validated }: HostFormSubmission): void {
    if (!validated || !this.current || !this.loaded || this.isReadonly) return;
    if (!this.finish()) event.preventDefault();
  }

  /** Finalises the evaluation and, unless `apq-submit` is cancelled, shows it submitted. False (showing the problems) when it is incomplete. */
  private finish(): boolean {
    if (!this.current || !this.loaded || !this.suggestions || this.isReadonly) return false;
    const evaluation = this.current;
    const finished = finalise(this.loaded.framework, evaluation, new Date(), { suggestion: (areaId) => this.suggestions!.get(evaluation, areaId) });
    if (!finished.ok) {
      this.errorScope = 'all';
      this.pendingFocus = ERROR_SUMMARY_ID;
      return false;
    }
    const submitted = finished.value;
    if (!this.emit('apq-submit', { evaluation: submitted }, { cancelable: true })) return false;
    this.current = submitted;
    if (this.submittedUrl) URL.revokeObjectURL(this.submittedUrl);
    this.submittedUrl = this.drafts.downloadUrl(submitted);
    this.errorScope = undefined;
    // What was said about the draft no longer applies once it is submitted.
    this.noticeState = { ...this.noticeState, resumedAt: undefined, migration: undefined };
    this.step = DONE;
    this.pendingFocus = HEADING.done;
    this.setFormValue(submitted);
    this.drafts.cancel();
    this.drafts.remove(this.storageKeyFor(this.loaded.framework));
    return true;
  }

  /** Saves the draft now through the storage adapter. Resolves to false (and shows a warning) when it cannot. */
  save(): Promise<boolean> {
    return this.drafts.save();
  }

  // ---- rendering ----

  private view(): FormView {
    const { framework, index } = this.loaded!;
    const evaluation = this.current!;
    const strings = this.i18n.strings;
    const errors = new Map(this.shownProblems().map((p) => [p.field, p.message]));
    const suggestion = (areaId: string) => this.suggestions!.get(evaluation, areaId);
    return {
      framework,
      index,
      evaluation,
      strings,
      format: (template, values) => this.i18n.format(template, values),
      step: this.step,
      layout: this.layout === 'single-page' ? 'single-page' : 'paged',
      readonly: this.isReadonly,
      error: (id) => {
        const message = errors.get(id);
        return message === undefined ? undefined : { message, prefix: strings.errorPrefix };
      },
      fromReview: this.fromReview,
      suggestion,
      progress: (area) => areaProgress(framework, evaluation, area.id, suggestion(area.id)),
      settingStatus: settingProgress(framework, evaluation),
      areaLabel: (area) => this.areaLabel(area),
      actions: this.actions,
    };
  }

  private renderStatus(): TemplateResult {
    const s = this.i18n.strings;
    const failure = this.frameworks.failure;
    if (failure) return html`<div part="base" class="base">${failureNotice(failure, s.frameworkProblemsHeading)}</div>`;
    const status = this.frameworks.status;
    const text = status === 'loading' ? s.loading : status === 'ready' ? s.loadingDraft : s.noFramework;
    return html`<div part="base" class="base">${statusLine(text)}</div>`;
  }

  private caption(): TemplateResult {
    const f = this.loaded!.framework;
    return html`<span class="caption">${f.shortTitle ?? f.title} ${f.version}</span>`;
  }

  private buttons(view: FormView): TemplateResult {
    const s = view.strings;
    const order = this.order();
    const last = order.indexOf(this.step) === order.length - 2;
    const primary = this.fromReview ? s.returnToReview : this.step === START && this.layout === 'paged' ? s.continue : last ? s.continueToReview : s.saveAndContinue;
    return html`<div class="button-group">
      ${button(primary, () => this.move(1))}
      ${this.step !== START && !this.fromReview ? button(s.previous, () => this.move(-1), 'secondary') : nothing}
      ${this.drafts.savedAt ? html`<p class="save-status" part="save-status">${view.format(s.savedAt, { time: this.i18n.dateTime(this.drafts.savedAt) })}</p>` : nothing}
    </div>`;
  }

  private renderStep(view: FormView): TemplateResult {
    const s = view.strings;
    if (this.step === REVIEW) {
      return html`<section aria-labelledby=${HEADING.review}>
        ${this.caption()}
        <h2 class="heading-l" id=${HEADING.review} tabindex="-1">${s.reviewHeading}</h2>
        <p class="body">${s.reviewIntro}</p>
        ${reviewContent(view)}
        <div class="button-group">${button(s.submit, () => this.submit(), 'primary', 'submit')}</div>
      </section>`;
    }
    const area = stepArea(this.step);
    const areaEntry = area ? view.index.areas.get(area) : undefined;
    if (areaEntry && this.layout !== 'single-page') {
      return html`${this.caption()} ${areaSection(view, areaEntry.area)} ${this.buttons(view)}`;
    }
    const start = html`<section aria-labelledby=${HEADING.start}>
      ${this.caption()}
      <h2 class="heading-l" id=${HEADING.start} tabindex="-1">${s.settingHeading}</h2>
      <slot name="intro"></slot>
      ${settingFields(view)}
    </section>`;
    if (this.layout !== 'single-page') return html`${start} ${this.buttons(view)}`;
    return html`${start} ${view.framework.categories.flatMap((c) => c.areas.map((a) => areaSection(view, a)))}
      <div class="button-group">${button(s.continueToReview, () => this.move(1))}</div>`;
  }

  private renderDone(view: FormView): TemplateResult {
    const s = view.strings;
    return html`${panel({ headingId: HEADING.done, title: s.submittedHeading, body: view.format(s.submittedBody, { setting: view.evaluation.setting.name ?? '' }) })}
      ${this.submittedUrl ? html`<p class="body"><a class="link" href=${this.submittedUrl} download=${this.filename('submitted')}>${s.downloadCopy}</a></p>` : nothing}
      <slot name="submitted"></slot>`;
  }

  override render(): TemplateResult {
    if (!this.ready) return this.renderStatus();
    const view = this.view();
    const problems = this.shownProblems();
    const dismiss = (which: 'migration' | 'resumed') => {
      this.noticeState = which === 'migration' ? { ...this.noticeState, migration: undefined } : { ...this.noticeState, resumedAt: undefined };
    };
    let body: TemplateResult;
    if (this.step === DONE) body = this.renderDone(view);
    else if (view.readonly) {
      body = html`<section aria-labelledby=${HEADING.review}>
        ${this.caption()}
        <h2 class="heading-l" id=${HEADING.review} tabindex="-1">${view.framework.title}</h2>
        <p class="body muted">${view.strings.readonlyNotice}</p>
        ${reviewContent(view)}
      </section>`;
    } else {
      body = html`<div class="columns">
        ${navigation(view)}
        <div class="content" part="content">${this.renderStep(view)}</div>
      </div>`;
    }
    return html`<div part="base" class="base" data-layout=${view.layout} data-step=${this.step}>
      ${notices(view, this.noticeState, this.drafts.problem, dismiss)}
      ${errorSummary({ title: view.strings.errorSummaryTitle, items: problems.map((p) => ({ target: p.field, message: p.message })), onSelect: (target) => this.goToField(target) })}
      ${body} ${this.announcer.render()}
    </div>`;
  }
}
