// SPDX-License-Identifier: MIT
// <apq-evaluation-form>: fill in an evaluation against a framework, area by area, with autosave
// and resume, the descriptor checklist and suggested judgement, a review step and validation.
import { ContextProvider } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import type { ApqChangeDetail } from '../../events/apq-change.js';
import type { ApqErrorDetail } from '../../events/apq-error.js';
import type { ApqSaveDetail } from '../../events/apq-save.js';
import type { ApqSubmitDetail } from '../../events/apq-submit.js';
import { evaluationContext } from '../../internal/context.js';
import {
  type Answer,
  type CheckStatus,
  type Evaluation,
  EvaluationSchema,
  type Framework,
  type FrameworkIndex,
  type MigrationReport,
  type Problem,
  type QualityArea,
  checkEvaluationAgainstFramework,
  compileFramework,
  formatProblem,
  indexFramework,
  init,
  migrateEvaluation,
  parseJsonText,
  parseWith,
  validateFramework,
} from '../../internal/core.js';
import { emit } from '../../internal/emit.js';
import { firstFocusable, setFormValue, setValidity } from '../../internal/form-associated.js';
import { FRAMEWORKS_REGISTERED_EVENT, findFramework } from '../../internal/registry.js';
import {
  type DraftPosition,
  type DraftStorage,
  type StorageProblemKind,
  StorageUnavailableError,
  asStoredDraft,
  classifyStorageError,
  localDraftStorage,
} from '../../internal/storage.js';
import { type ApqStrings, format, resolveStrings } from '../../internal/strings.js';
import { hostStyles } from '../../styles/host.styles.js';
import { styles } from './evaluation-form.styles.js';
import {
  DONE,
  type FormProblem,
  REVIEW,
  START,
  SuggestionCache,
  areaLabel,
  areaProgress,
  areaStep,
  withPriorityIds,
  recordOf,
  settingProgress,
  stepArea,
  stepOfField,
  submissionProblems,
  finalise,
  withAnswer,
  withAreaRecord,
  withCheck,
} from './model.js';
import { areaHeadingId, areaSection } from './parts/area-page.js';
import { button } from './parts/controls.js';
import { ERROR_SUMMARY_ID, errorSummary } from './parts/error-summary.js';
import { navigation } from './parts/navigation.js';
import { type NoticeState, notices } from './parts/notices.js';
import { reviewContent } from './parts/review-step.js';
import { settingFields } from './parts/setting-step.js';
import type { FormActions, FormView, SettingKey } from './parts/view.js';

type Phase = 'idle' | 'loading' | 'ready' | 'error';

interface Failure {
  message: string;
  hint?: string;
  problems?: Problem[];
}

type Fitted = { ok: true; evaluation: Evaluation; report?: MigrationReport } | { ok: false; problems: Problem[] };

const HEADING = { start: 'start-heading', review: 'review-heading', done: 'done-heading' } as const;

function slug(text: string | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * An evaluation form that a council embeds in its own page. Give it a framework by id and
 * version (registered on the page), by `src` URL to a published framework file, or as a
 * `framework` property; the person then describes the setting, works through each area, checks
 * their answers and submits. Everything typed is saved as a draft in the browser (or through a
 * storage adapter the host supplies) and restored on return.
 *
 * @summary Fill in a quality evaluation, area by area, with autosave, resume and validation.
 * @status experimental
 * @since 0.1.0
 *
 * @event apq-change - The person committed a change. `detail`: `{ evaluation, field, area? }`. Never fired for a property set.
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
export class ApqEvaluationForm extends LitElement {
  static override styles = [hostStyles, styles];
  static formAssociated = true;
  // Reactive properties are declared here rather than with @state/@property: the decorators and
  // their helper cost about 0.4 KB gzip in the CDN file, whose budget is 40 KB. The fields below
  // keep their types and docs; `attribute: false` on the states keeps them out of the manifest's attributes.
  static override properties: PropertyDeclarations = {
    phase: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    current: { state: true, attribute: false },
    active: { state: true, attribute: false },
    step: { state: true, attribute: false },
    showErrors: { state: true, attribute: false },
    fromReview: { state: true, attribute: false },
    noticeState: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    savedAt: { state: true, attribute: false },
    submittedUrl: { state: true, attribute: false },
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
    strings: { type: Object },
    name: { reflect: true },
    evaluation: { attribute: false, noAccessor: true },
  };

  private readonly internals: ElementInternals;
  private loadToken = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private suggestions: SuggestionCache | undefined;
  private index: FrameworkIndex | undefined;
  private initialEvaluation: Evaluation | undefined;
  private pendingFocus: string | undefined;
  private lastField: string | undefined;
  private formDisabled = false;
  private reportedStorageProblem: StorageProblemKind | undefined;
  private resolvedStrings: ApqStrings = resolveStrings(undefined);
  private pendingLoad: Promise<void> | undefined;
  private evaluationGiven = false;

  private phase: Phase = 'idle';
  private failure: Failure | undefined;
  private current: Evaluation | undefined;
  private active: Framework | undefined;
  private step: string = START;
  private showErrors = false;
  private fromReview = false;
  private noticeState: NoticeState = {};
  private announcement = '';
  private savedAt: string | undefined;
  private submittedUrl: string | undefined;

  private readonly contextProvider = new ContextProvider(this, { context: evaluationContext });

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

  /** Overrides for any interface string (JSON in the attribute), e.g. `{"submit": "Send to the local authority"}`. */
  strings: Partial<ApqStrings> | undefined;

  /** The name the evaluation is submitted under in a host `<form>` (its value is the evaluation as JSON). */
  name: string | undefined;

  /**
   * The evaluation. Set it to start from an existing evaluation (migrated if it was made against
   * another version); read it for the evaluation as the person has it now.
   */
  get evaluation(): Evaluation | undefined {
    return this.current ?? this.initialEvaluation;
  }
  set evaluation(value: Evaluation | undefined) {
    this.initialEvaluation = value;
    this.evaluationGiven = true;
    this.requestUpdate();
  }

  /** The framework in use, however it was given (property, registry or `src`); undefined until loaded. */
  get resolvedFramework(): Framework | undefined {
    return this.active;
  }

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.handleInvalid);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flushSave);
    document.addEventListener('visibilitychange', this.handleVisibility);
    document.addEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flushSave);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    document.removeEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered);
    this.flushSave();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('strings')) this.resolvedStrings = resolveStrings(this.strings);
    const source = ['framework', 'frameworkId', 'version', 'src'] as const;
    const given = this.evaluationGiven;
    this.evaluationGiven = false;
    if (source.some((key) => changed.has(key))) {
      this.track(this.resolve());
    } else if (given && this.active) {
      this.track(this.start(this.active, ++this.loadToken, { preferHost: true }));
    }
    if (changed.has('current') || changed.has('active')) {
      this.contextProvider.setValue(this.active && this.current ? { framework: this.active, evaluation: this.current } : undefined);
    }
  }

  /** Resolves once the element has finished loading its framework and draft, and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingLoad) {
      await this.pendingLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private track(load: Promise<void>): void {
    const tracked = load
      .catch((error: unknown) => this.fail({ message: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
      if (this.pendingLoad === tracked) this.pendingLoad = undefined;
    });
    this.pendingLoad = tracked;
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusById(id);
    }
    if (this.phase === 'ready') this.syncValidity();
  }

  /** Called by the browser when the host form is reset: back to the evaluation the form started with. */
  formResetCallback(): void {
    if (!this.active) return;
    this.current = this.initialEvaluation ?? this.newEvaluation(this.active);
    this.step = START;
    this.showErrors = false;
    this.fromReview = false;
    this.syncFormValue();
    this.scheduleSave();
  }

  /** Called by the browser to restore the value after navigation (back/forward, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string' || !this.active) return;
    const parsed = parseJsonText(state);
    if (!parsed.ok) return;
    const fitted = this.fit(parsed.value, this.active);
    if (fitted.ok) {
      this.current = fitted.evaluation;
      this.syncFormValue();
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  private readonly handleInvalid = (): void => {
    this.showErrors = true;
    this.pendingFocus = ERROR_SUMMARY_ID;
  };

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flushSave();
  };

  private readonly handleRegistered = (): void => {
    if (this.frameworkId && !this.framework && !this.src && this.phase !== 'ready') this.track(this.resolve());
  };

  /** Saves at once if a save is waiting: on leaving the page, hiding the tab or removing the element. */
  private readonly flushSave = (): void => {
    if (this.saveTimer !== undefined) void this.save();
  };

  /** Finds the framework from the property, the registry or the `src` URL, then starts. */
  private async resolve(): Promise<void> {
    const token = ++this.loadToken;
    const s = this.resolvedStrings;
    this.failure = undefined;
    if (this.framework) return this.start(this.framework, token);
    if (this.src) {
      this.phase = 'loading';
      const src = this.src;
      const loaded = await this.fetchFramework(src);
      if (token !== this.loadToken) return;
      if (loaded.ok) return this.start(loaded.value, token);
      return this.fail(loaded.failure);
    }
    if (this.frameworkId) {
      const found = findFramework(this.frameworkId, this.version);
      if (found) return this.start(found, token);
      if (document.readyState === 'loading') {
        // Module scripts that register frameworks may still be on their way: they run before DOMContentLoaded.
        this.phase = 'loading';
        await new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
        if (token !== this.loadToken) return;
        const late = findFramework(this.frameworkId, this.version);
        if (late) return this.start(late, token);
      }
      return this.fail({
        message: format(s.frameworkNotRegistered, { id: this.frameworkId, version: this.version ?? s.latestVersion }),
        hint: s.frameworkNotRegisteredHint,
      });
    }
    this.phase = 'idle';
  }

  private async fetchFramework(src: string): Promise<{ ok: true; value: Framework } | { ok: false; failure: Failure }> {
    const s = this.resolvedStrings;
    let text: string;
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch {
      return { ok: false, failure: { message: format(s.frameworkUnreachable, { src }) } };
    }
    const parsed = parseJsonText(text);
    const validated = parsed.ok ? validateFramework(parsed.value) : parsed;
    if (!validated.ok) return { ok: false, failure: { message: format(s.frameworkInvalid, { src }), problems: validated.problems } };
    return { ok: true, value: validated.value };
  }

  private fail(failure: Failure): void {
    this.phase = 'error';
    this.failure = failure;
    this.active = undefined;
    this.current = undefined;
    setFormValue(this.internals, null);
    setValidity(this.internals, null);
    this.emitError({ kind: 'framework', message: failure.message, ...(failure.problems ? { problems: failure.problems } : {}) });
  }

  private storageKeyFor(framework: Framework): string {
    return this.storageKey || `apq-evaluation:${framework.id}:${this.initialEvaluation?.id ?? 'draft'}`;
  }

  private newEvaluation(framework: Framework): Evaluation {
    const use = this.use && framework.uses.some((u) => u.id === this.use) ? this.use : undefined;
    return init(framework, use);
  }

  /** Validates a saved or given evaluation against the framework, migrating it from another version. */
  private fit(raw: unknown, framework: Framework): Fitted {
    const shaped = parseWith(EvaluationSchema, raw);
    if (!shaped.ok) return shaped;
    const evaluation = shaped.value;
    if (evaluation.framework.id !== framework.id) {
      return { ok: false, problems: [{ path: 'framework.id', message: `the draft is for "${evaluation.framework.id}", not "${framework.id}"` }] };
    }
    if (evaluation.framework.version === framework.version) {
      const problems = checkEvaluationAgainstFramework(evaluation, framework);
      return problems.length > 0 ? { ok: false, problems } : { ok: true, evaluation };
    }
    const from = findFramework(evaluation.framework.id, evaluation.framework.version);
    const migrated = migrateEvaluation(evaluation, framework, from ? { from } : {});
    if (!migrated.ok) return migrated;
    return { ok: true, evaluation: migrated.value.evaluation, report: migrated.value.report };
  }

  /** Prepares the framework, then restores the draft (or the given evaluation, or a new one). */
  private async start(framework: Framework, token: number, options: { preferHost?: boolean } = {}): Promise<void> {
    const s = this.resolvedStrings;
    const compiled = compileFramework(framework);
    if (!compiled.ok) return this.fail({ message: format(s.frameworkInvalid, { src: this.src ?? framework.id }), problems: compiled.problems });
    this.phase = 'loading';
    const key = this.storageKeyFor(framework);
    let stored: ReturnType<typeof asStoredDraft> = { raw: null };
    let readError = false;
    try {
      stored = asStoredDraft(await this.storage.load(key));
    } catch (error) {
      if (error instanceof StorageUnavailableError) this.storageFailed(classifyStorageError(error), error);
      else readError = true;
    }
    if (token !== this.loadToken) return;

    const notices: NoticeState = { storage: this.noticeState.storage };
    const host = this.initialEvaluation;
    let chosen: Fitted | undefined;
    let position: DraftPosition | undefined;
    if (stored.draft && !options.preferHost) {
      const fitted = this.fit(stored.draft.evaluation, framework);
      const newer = !host || host.id !== stored.draft.evaluation.id || stored.draft.evaluation.updatedAt >= host.updatedAt;
      if (fitted.ok && newer) {
        chosen = fitted;
        position = stored.draft.position;
        notices.resumedAt = this.formatTime(stored.draft.savedAt ?? fitted.evaluation.updatedAt);
      } else if (!fitted.ok) {
        notices.unreadable = this.unreadableDownload(stored.raw, framework);
        await this.setAside(key);
        this.emitError({ kind: 'draft', message: s.draftUnreadable, problems: fitted.problems });
      }
    } else if (readError || (stored.raw !== null && stored.raw !== undefined && !stored.draft)) {
      notices.unreadable = this.unreadableDownload(stored.raw, framework);
      await this.setAside(key);
      this.emitError({ kind: 'draft', message: s.draftUnreadable });
    }
    if (token !== this.loadToken) return;
    if (!chosen && host) {
      const fitted = this.fit(host, framework);
      if (fitted.ok) chosen = fitted;
      else this.emitError({ kind: 'draft', message: s.draftUnreadable, problems: fitted.problems });
    }
    const fitted = chosen && chosen.ok ? chosen : { ok: true as const, evaluation: this.newEvaluation(framework) };
    if (fitted.report) notices.migration = { report: fitted.report, frameworkTitle: framework.title };

    this.active = framework;
    this.index = indexFramework(framework);
    this.suggestions = new SuggestionCache(framework, this.index);
    this.current = fitted.evaluation;
    this.noticeState = notices;
    this.showErrors = false;
    this.fromReview = false;
    this.step = fitted.evaluation.status === 'submitted' ? REVIEW : this.validStep(position?.step);
    this.phase = 'ready';
    this.syncFormValue();
  }

  private validStep(step: string | undefined): string {
    if (!step || !this.index) return START;
    if (step === REVIEW) return REVIEW;
    const area = stepArea(step);
    if (area && this.index.areas.has(area)) return this.layout === 'single-page' ? START : step;
    return START;
  }

  private formatTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const lang = this.closest('[lang]')?.getAttribute('lang') || undefined;
    const sameDay = date.toDateString() === new Date().toDateString();
    const time = date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    return sameDay ? time : `${date.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' })} ${time}`;
  }

  /** Keeps an unreadable draft out of the way of the next autosave, where the adapter can. */
  private async setAside(key: string): Promise<void> {
    try {
      await this.storage.setAside?.(key);
    } catch {
      // The download link is still offered; the storage notice covers a store that fails.
    }
  }

  private unreadableDownload(raw: unknown, framework: Framework): { url: string; filename: string } {
    const text = typeof raw === 'string' ? raw : JSON.stringify(raw ?? null, null, 2);
    return { url: URL.createObjectURL(new Blob([text], { type: 'application/json' })), filename: `${framework.id}-unreadable-draft.json` };
  }

  private draftFilename(suffix: string): string {
    const name = slug(this.current?.setting.name) || 'evaluation';
    return `${this.active?.id ?? 'apq'}-${name}-${suffix}.json`;
  }

  private draftBlobUrl(): string {
    return URL.createObjectURL(new Blob([JSON.stringify(this.current ?? null, null, 2)], { type: 'application/json' }));
  }

  // ---- changes ----

  private apply(next: Evaluation, name: string, commit: boolean): void {
    this.current = next;
    this.lastField = name;
    this.syncFormValue();
    this.scheduleSave();
    if (commit) this.emitChange(name);
  }

  private emitChange(name: string): void {
    if (!this.current || !this.index) return;
    const area = stepArea(stepOfField(this.index, name));
    const detail: ApqChangeDetail = { evaluation: this.current, field: name, ...(area ? { area } : {}) };
    emit(this, 'apq-change', detail);
  }

  private emitError(detail: ApqErrorDetail): void {
    emit(this, 'apq-error', this.current && !detail.evaluation ? { ...detail, evaluation: this.current } : detail);
  }

  private announceSuggestion(area: QualityArea, before: string): void {
    const suggestion = this.suggestions!.get(this.current!, area.id);
    const after = `${suggestion.status}:${suggestion.level}`;
    if (after === before) return;
    const label = areaLabel(this.active!, area, this.resolvedStrings);
    this.announcement = suggestion.label
      ? format(this.resolvedStrings.suggestionAnnouncement, { area: label, level: suggestion.label })
      : format(this.resolvedStrings.suggestionAnnouncementNone, { area: label });
  }

  private readonly actions: FormActions = {
    setting: (key: SettingKey, value: string) => {
      const e = this.current!;
      const setting = { ...e.setting };
      if (value === '') delete setting[key];
      else setting[key] = value;
      this.apply({ ...e, setting, updatedAt: new Date().toISOString() }, `setting.${key}`, false);
    },
    use: (id) => this.apply({ ...this.current!, use: id, updatedAt: new Date().toISOString() }, 'use', true),
    answer: (questionId: string, patch: Partial<Answer>, commit: boolean) => {
      const entry = this.index!.questions.get(questionId);
      const before = entry ? this.suggestionKey(entry.area.id) : '';
      this.apply(withAnswer(this.current!, questionId, patch), `answers.${questionId}`, commit);
      if (entry && commit) this.announceSuggestion(entry.area, before);
    },
    check: (descriptorId: string, status: CheckStatus) => {
      const entry = this.index!.descriptors.get(descriptorId);
      const before = entry ? this.suggestionKey(entry.area.id) : '';
      this.apply(withCheck(this.current!, descriptorId, status), `checks.${descriptorId}`, true);
      if (entry) this.announceSuggestion(entry.area, before);
    },
    areaText: (areaId, key, value) => {
      const record = recordOf(this.current!, areaId);
      const text = value === '' ? undefined : value;
      const patch = key === 'evidence' ? { evidence: text } : { judgement: { ...(record.judgement ?? { level: null }), rationale: text } };
      if (patch.judgement && patch.judgement.rationale === undefined) delete patch.judgement.rationale;
      this.apply(withAreaRecord(this.current!, areaId, patch), `areas.${areaId}.${key}`, false);
    },
    strengths: (areaId, items, commit) =>
      this.apply(withAreaRecord(this.current!, areaId, { strengths: items.length > 0 ? items : undefined }), `areas.${areaId}.strengths`, commit),
    priorities: (areaId, items, commit) => {
      const priorities = withPriorityIds(this.current!, areaId, items);
      this.apply(withAreaRecord(this.current!, areaId, { priorities: priorities.length > 0 ? priorities : undefined }), `areas.${areaId}.priorities`, commit);
    },
    judgement: (areaId, level) => {
      const record = recordOf(this.current!, areaId);
      const suggestion = this.suggestions!.get(this.current!, areaId);
      const { carriedForward: _dropped, ...previous } = record.judgement ?? { level: null };
      const judgement = { ...previous, level, suggestedLevel: suggestion.level, decidedAt: new Date().toISOString() };
      this.apply(withAreaRecord(this.current!, areaId, { judgement }), `areas.${areaId}.judgement`, true);
    },
    commit: (name) => this.emitChange(name),
    goTo: (step, focus, options) => this.goTo(step, focus, options),
    focusLater: (id) => {
      this.pendingFocus = id;
    },
    next: () => this.move(1),
    previous: () => this.move(-1),
    submit: () => this.submit(),
    refreshDownload: (event) => {
      // The link's address is read after click listeners run, so it can point at the latest answers.
      const link = event.currentTarget as HTMLAnchorElement;
      const url = this.draftBlobUrl();
      const old = link.href;
      link.href = url;
      if (this.noticeState.storage) this.noticeState = { ...this.noticeState, storage: { ...this.noticeState.storage, url } };
      setTimeout(() => URL.revokeObjectURL(old), 60_000);
    },
  };

  private suggestionKey(areaId: string): string {
    const s = this.suggestions!.get(this.current!, areaId);
    return `${s.status}:${s.level}`;
  }

  // ---- navigation ----

  private order(): string[] {
    if (this.layout === 'single-page') return [START, REVIEW];
    return [START, ...this.active!.categories.flatMap((c) => c.areas.map((a) => areaStep(a.id))), REVIEW];
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
    this.scheduleSave();
  }

  private move(delta: number): void {
    if (this.fromReview && delta > 0) return this.goTo(REVIEW);
    const order = this.order();
    const next = order[Math.min(order.length - 1, Math.max(0, order.indexOf(this.step) + delta))]!;
    this.goTo(next);
  }

  private goToField(name: string): void {
    this.goTo(stepOfField(this.index!, name), name);
  }

  private focusById(id: string): void {
    let el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      el = this.renderRoot.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`) ?? el;
    }
    el?.focus();
  }

  // ---- validation, submission and the host form ----

  private problems(): FormProblem[] {
    if (!this.current || !this.active || !this.index || !this.suggestions) return [];
    return submissionProblems(this.current, this.active, this.index, this.suggestions, this.resolvedStrings);
  }

  private get isReadonly(): boolean {
    return this.readonly || this.formDisabled || this.current?.status === 'submitted';
  }

  private syncFormValue(): void {
    setFormValue(this.internals, this.current);
  }

  private syncValidity(): void {
    const problems = this.isReadonly ? [] : this.problems();
    if (problems.length === 0) return setValidity(this.internals, null);
    const anchor = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(problems[0]!.field)}"]`) ?? firstFocusable(this.renderRoot);
    setValidity(this.internals, format(this.resolvedStrings.invalidForForm, { count: problems.length }), anchor);
  }

  /** Checks the evaluation and, when it is complete, submits it: fires `apq-submit`, then submits the host form if there is one. */
  submit(): boolean {
    if (!this.current || !this.suggestions || this.isReadonly) return false;
    this.showErrors = true;
    if (this.problems().length > 0) {
      this.pendingFocus = ERROR_SUMMARY_ID;
      return false;
    }
    const submitted = finalise(this.current, this.suggestions, new Date().toISOString());
    const detail: ApqSubmitDetail = { evaluation: submitted };
    if (!emit(this, 'apq-submit', detail, { cancelable: true })) return false;
    this.current = submitted;
    if (this.submittedUrl) URL.revokeObjectURL(this.submittedUrl);
    this.submittedUrl = this.draftBlobUrl();
    this.showErrors = false;
    this.step = DONE;
    this.pendingFocus = HEADING.done;
    this.syncFormValue();
    this.cancelSave();
    const key = this.storageKeyFor(this.active!);
    void Promise.resolve()
      .then(() => this.storage.remove(key))
      .catch(() => undefined);
    this.internals.form?.requestSubmit();
    return true;
  }

  /** Whether the evaluation is complete enough to submit (as the host form sees it). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As checkValidity, and shows the problems to the person. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The host form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  // ---- saving ----

  private scheduleSave(): void {
    if (this.noAutosave || this.isReadonly) return;
    this.cancelSave();
    this.saveTimer = setTimeout(() => void this.save(), Math.max(0, this.autosaveDelay));
  }

  private cancelSave(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  /** Saves the draft now through the storage adapter. Resolves to false (and shows a warning) when it cannot. */
  async save(): Promise<boolean> {
    this.cancelSave();
    const evaluation = this.current;
    const framework = this.active;
    if (!evaluation || !framework) return false;
    const key = this.storageKeyFor(framework);
    const savedAt = new Date().toISOString();
    const position: DraftPosition = { step: this.step === DONE ? REVIEW : this.step, ...(this.lastField ? { field: this.lastField } : {}) };
    try {
      await this.storage.save(key, evaluation, { position, savedAt });
    } catch (error) {
      this.storageFailed(classifyStorageError(error), error);
      return false;
    }
    if (this.noticeState.storage) {
      URL.revokeObjectURL(this.noticeState.storage.url);
      this.noticeState = { ...this.noticeState, storage: undefined };
    }
    this.reportedStorageProblem = undefined;
    this.savedAt = savedAt;
    const detail: ApqSaveDetail = { evaluation, key, savedAt };
    emit(this, 'apq-save', detail);
    return true;
  }

  private storageFailed(kind: StorageProblemKind, error: unknown): void {
    const previous = this.noticeState.storage;
    if (previous) URL.revokeObjectURL(previous.url);
    this.noticeState = { ...this.noticeState, storage: { kind, url: this.draftBlobUrl(), filename: this.draftFilename('draft') } };
    if (this.reportedStorageProblem === kind) return;
    this.reportedStorageProblem = kind;
    const s = this.resolvedStrings;
    const message = kind === 'full' ? s.storageFull : kind === 'unavailable' ? s.storageUnavailable : s.storageFailed;
    this.emitError({ kind: 'storage', message, cause: error });
  }

  // ---- rendering ----

  private view(): FormView {
    const framework = this.active!;
    const evaluation = this.current!;
    const strings = this.resolvedStrings;
    const problems = this.showErrors ? this.problems() : [];
    return {
      framework,
      index: this.index!,
      evaluation,
      strings,
      step: this.step,
      layout: this.layout === 'single-page' ? 'single-page' : 'paged',
      readonly: this.isReadonly,
      errors: new Map(problems.map((p) => [p.field, p.message])),
      fromReview: this.fromReview,
      suggestion: (areaId) => this.suggestions!.get(evaluation, areaId),
      progress: (area) => areaProgress(evaluation, this.index!, area, this.suggestions!.get(evaluation, area.id)),
      settingStatus: settingProgress(evaluation, framework),
      areaLabel: (area) => areaLabel(framework, area, strings),
      actions: this.actions,
    };
  }

  private renderStatus(): TemplateResult {
    const s = this.resolvedStrings;
    if (this.phase === 'error' && this.failure) {
      const problems = this.failure.problems ?? [];
      return html`<div part="base" class="base">
        <div class="warning warning--error" role="alert" part="error">
          <p class="warning__text"><strong>${this.failure.message}</strong></p>
          ${this.failure.hint ? html`<p class="body">${this.failure.hint}</p>` : nothing}
          ${problems.length > 0
            ? html`<p class="body">${s.frameworkProblemsHeading}</p>
                <ul class="list list--bullet problems">
                  ${problems.slice(0, 20).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
                </ul>`
            : nothing}
        </div>
      </div>`;
    }
    const text = this.phase === 'loading' ? (this.active ? s.loadingDraft : s.loading) : s.noFramework;
    return html`<div part="base" class="base"><p class="body muted" role="status">${text}</p></div>`;
  }

  private caption(): TemplateResult {
    const f = this.active!;
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
      ${this.savedAt
        ? html`<p class="save-status" part="save-status">${format(s.savedAt, { time: this.formatTime(this.savedAt) })}</p>`
        : nothing}
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
    const areaEntry = area ? this.index!.areas.get(area) : undefined;
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
    return html`${start} ${this.active!.categories.flatMap((c) => c.areas.map((a) => areaSection(view, a)))}
      <div class="button-group">${button(s.continueToReview, () => this.goTo(REVIEW))}</div>`;
  }

  private renderDone(view: FormView): TemplateResult {
    const s = view.strings;
    const name = view.evaluation.setting.name ?? '';
    return html`<div class="panel" part="panel">
        <h2 class="panel__title" id=${HEADING.done} tabindex="-1">${s.submittedHeading}</h2>
        <p class="panel__body">${format(s.submittedBody, { setting: name })}</p>
      </div>
      ${this.submittedUrl
        ? html`<p class="body"><a class="link" href=${this.submittedUrl} download=${this.draftFilename('submitted')}>${s.downloadCopy}</a></p>`
        : nothing}
      <slot name="submitted"></slot>`;
  }

  override render(): TemplateResult {
    if (this.phase !== 'ready' || !this.current || !this.active) return this.renderStatus();
    const view = this.view();
    const problems = this.showErrors && !view.readonly ? this.problems() : [];
    const dismiss = (which: 'migration' | 'resumed') => {
      this.noticeState = which === 'migration' ? { ...this.noticeState, migration: undefined } : { ...this.noticeState, resumedAt: undefined };
    };
    let body: TemplateResult;
    if (this.step === DONE) body = this.renderDone(view);
    else if (view.readonly) {
      body = html`<section aria-labelledby=${HEADING.review}>
        ${this.caption()}
        <h2 class="heading-l" id=${HEADING.review} tabindex="-1">${this.active.title}</h2>
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
      ${notices(view, this.noticeState, dismiss)} ${errorSummary(view, problems, (name) => this.goToField(name))} ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="live-region">${this.announcement}</div>
    </div>`;
  }
}
