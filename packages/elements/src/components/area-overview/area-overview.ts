// SPDX-License-Identifier: MIT
// <apq-area-overview>: the picture across a local authority's or trust's settings, area by area,
// from an aggregate of their evaluations (`apq aggregate`): the distribution of judgements as a
// table with a bar beside each count, completion, the priorities settings have in common, and
// the change since the period before. Only disclosure-controlled figures: it names no setting,
// never ranks, and refuses raw evaluations.
import { Task, TaskStatus } from '@lit/task';
import { type CSSResultArray, type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { Announcer } from '../../controllers/announcer.js';
import { fetchJson } from '../../controllers/fetch-json.js';
import { ApqElement } from '../../internal/apq-element.js';
import type { AggregateCell, AggregateDocument, Problem } from '../../internal/core.js';
import { downloadText, fileSlug } from '../../internal/download.js';
import { Localizer, capitalise, localDay } from '../../internal/localize.js';
import { FRAMEWORKS_REGISTERED_EVENT, findFramework } from '../../internal/registry.js';
import { tableStyles } from '../../styles/table.styles.js';
import { formStyles } from '../../styles/forms.styles.js';
import { type RadioOption, radios } from '../../templates/controls.js';
import { failureNotice, statusLine } from '../../templates/load-status.js';
import { inset } from '../../templates/notices.js';
import { summaryList } from '../../templates/summary-list.js';
import { AREA_OVERVIEW_STRINGS, type AreaOverviewStrings } from './area-overview.strings.js';
import { styles } from './area-overview.styles.js';
import { type AreaStringKey, type AreaWords, areaSection } from './parts/area-section.js';
import { overviewCsv } from './parts/csv.js';
import { type Change, type Group, type Selection, areaIn, barScale, byCategory, groupsOf, select } from './parts/model.js';
import { readAggregate } from './parts/read.js';
import { TaskFailure } from '../../internal/task-failure.js';

type Message = { key: keyof AreaOverviewStrings; values?: Record<string, string | number> };

interface Failure {
  message: Message;
  hint?: Message | undefined;
  problems: Problem[];
  cause?: unknown;
}

/** A failure thrown out of reading an aggregate. */
class FailureError extends TaskFailure<Failure> {}

/** What to show for an error thrown while reading: its failure, or "not valid" for anything unforeseen. */
function failureOf(error: unknown): Failure {
  const failure: Failure = error instanceof FailureError ? error.failure : { message: { key: 'aggregateInvalid' }, problems: [] };
  return { ...failure, cause: error };
}

interface Loaded {
  aggregate: AggregateDocument;
  groups: Group[];
}

type View = { phase: 'empty' } | { phase: 'loading' } | { phase: 'failed'; failure: Failure } | { phase: 'ready'; loaded: Loaded };

const PERIOD_ID = 'period';
const GROUP_ID = 'group';

/**
 * The picture across many settings, area by area, from an aggregate document (`format:
 * "apq-aggregate"`, made on the council's server with `apq aggregate` or `aggregateDocument`):
 * per area, the distribution of judgements as a table with a bar drawn for each count, how far
 * evaluations are completed, and the priorities that at least three settings name; with more than
 * one period, a period to choose and the change since the one before; with breakdowns, the figures
 * for one use or one type of setting. A count from too few settings reads as the aggregate says
 * ("fewer than 3"), never as 0. It names no setting and has no control that sorts or lists them.
 * Given evaluations instead of an aggregate, it refuses them and says how to aggregate first.
 *
 * @summary The picture across many settings, area by area, from a disclosure-controlled aggregate.
 * @status experimental
 * @since 0.3.0
 *
 * @event apq-ready - The aggregate has loaded and the overview has rendered. `detail`: `{ framework: { id, version } }`.
 * @event apq-error - The aggregate could not be loaded or is not valid, or evaluations were given instead of an aggregate; the element shows the same message. `detail`: `{ kind: 'aggregate', message, problems }`. Fired once per failure.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The framework, the heading, the dates and the note on protected figures.
 * @csspart heading - The heading.
 * @csspart controls - The choice of period and of group of settings.
 * @csspart fieldset - A group of radios (period, settings).
 * @csspart actions - The print and download buttons.
 * @csspart print-button - The "Print this overview" button.
 * @csspart download-button - The CSV download button.
 * @csspart summary-list - The list of the period and the settings counted.
 * @csspart category - One category's section.
 * @csspart area - One area's section.
 * @csspart area-heading - An area's heading.
 * @csspart table - An area's table of judgements.
 * @csspart bar - The bar drawn beside a level in an area's table (hidden from assistive technology: the count is in the next cell).
 * @csspart completion - An area's completion figures.
 * @csspart priorities - An area's list of common priorities.
 * @csspart notice - Inset text, such as the note on protected figures.
 * @csspart error - The message shown instead of the overview when it cannot be shown.
 * @csspart live-region - The polite status region that says what is shown after a choice.
 *
 * @cssprop [--apq-font-family=inherit] - Font of everything; the page's font by default.
 * @cssprop [--apq-color-text=#0b0c0c] - Main text colour.
 * @cssprop [--apq-color-secondary-text=#484949] - Secondary text.
 * @cssprop [--apq-color-link=#1d70b8] - Links.
 * @cssprop [--apq-color-focus=#ffdd00] - Focus highlight.
 * @cssprop [--apq-color-error=#d4351c] - The border of the error message.
 * @cssprop [--apq-color-border=#b1b4b6] - Dividers and table rules.
 * @cssprop [--apq-color-panel=#f3f2f1] - Background of the controls and the buttons.
 * @cssprop [--apq-space-unit=0.3125rem] - The base spacing step (5 px at the default size).
 * @cssprop [--apq-font-size-body=1.1875rem] - Body text size.
 * @cssprop [--apq-area-overview-bar-color=var(--apq-color-link)] - The bars in the tables.
 * @cssprop [--apq-area-overview-max-width=60rem] - Widest the element grows.
 */
export class ApqAreaOverview extends ApqElement {
  static override styles = [...(ApqElement.styles as CSSResultArray), formStyles, tableStyles, styles];

  static override properties: PropertyDeclarations = {
    aggregate: { attribute: false },
    src: {},
    period: {},
    group: {},
  };

  /**
   * The aggregate to show, as an object in the aggregate format (for example `JSON.parse` of the
   * file `apq aggregate` wrote). It is validated before it is shown. Takes precedence over `src`.
   */
  aggregate: AggregateDocument | undefined;

  /** The URL of an aggregate JSON file, when no `aggregate` property is set. */
  src: string | undefined;

  /** The id of the period shown; the newest when unset or not in the aggregate. Follows the person's choice. */
  period: string | undefined;

  /**
   * The group of settings shown: `all` (the default), or a breakdown as `use:<id>` or
   * `setting-type:<value>`. Follows the person's choice.
   */
  group: string | undefined;

  private readonly localizer = new Localizer(this, AREA_OVERVIEW_STRINGS, () => this.strings);
  private readonly announcer = new Announcer(this);
  private readonly task: Task<readonly [string | undefined], Loaded | undefined>;
  private readonly reported = new WeakSet<Failure>();
  private view: View = { phase: 'empty' };

  constructor() {
    super();
    // The task only loads a file. An aggregate given as a property is read in the update that
    // shows it (see currentView): it renders once, with no "loading" render before it.
    this.task = new Task(this, {
      args: () => [this.given() === undefined ? this.src || undefined : undefined] as const,
      task: ([src], { signal }) => (src ? this.load(src, signal) : Promise.resolve(undefined)),
      initialValue: undefined,
    });
    this.waitFor(this.task);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered);
  }

  /** A framework file that loads after this element gives the areas their own word ("Quality area 1"). */
  private readonly handleRegistered = (): void => {
    if (this.view.phase === 'ready') this.requestUpdate();
  };

  protected override update(changed: PropertyValues): void {
    this.view = this.currentView();
    super.update(changed);
  }

  protected override updated(): void {
    const view = this.view;
    if (view.phase === 'failed') this.report(view.failure);
    const framework = view.phase === 'ready' ? view.loaded.aggregate.framework : { id: '', version: '' };
    this.announceReady(view.phase === 'ready', { framework: { id: framework.id, version: framework.version } });
  }

  /** The `aggregate` property, when one is given (anything but undefined or null). */
  private given(): unknown {
    return this.aggregate === undefined || this.aggregate === null ? undefined : this.aggregate;
  }

  private async load(src: string, signal: AbortSignal): Promise<Loaded> {
    const fetched = await fetchJson(src, signal);
    if (!fetched.ok) {
      if (fetched.failure.kind === 'unreachable') throw new FailureError({ message: { key: 'aggregateUnreachable', values: { src } }, problems: [] });
      throw new FailureError({ message: { key: 'aggregateFileInvalid', values: { src } }, problems: fetched.failure.problems });
    }
    return this.interpret(fetched.value, src);
  }

  /** What was given or loaded, as an aggregate to show; throws a FailureError saying why not. */
  private interpret(raw: unknown, src: string | undefined): Loaded {
    const reading = readAggregate(raw);
    if (reading.ok) return { aggregate: reading.aggregate, groups: groupsOf(reading.aggregate) };
    if (reading.kind === 'raw-evaluations') {
      throw new FailureError({
        message: reading.count === 1 && !Array.isArray(raw) ? { key: 'rawEvaluation' } : { key: 'rawEvaluations', values: { count: reading.count } },
        hint: { key: 'rawEvaluationsHint' },
        problems: reading.problems,
      });
    }
    throw new FailureError({ message: src ? { key: 'aggregateFileInvalid', values: { src } } : { key: 'aggregateInvalid' }, problems: reading.problems });
  }

  /** The view of the aggregate given as a property, kept while the same object is given (so a failure is reported once). */
  private givenView: { given: unknown; view: View } | undefined;

  private viewOfGiven(given: unknown): View {
    const kept = this.givenView;
    if (kept && kept.given === given) return kept.view;
    let view: View;
    try {
      view = { phase: 'ready', loaded: this.interpret(given, undefined) };
    } catch (error) {
      view = { phase: 'failed', failure: failureOf(error) };
    }
    this.givenView = { given, view };
    return view;
  }

  private currentView(): View {
    const given = this.given();
    if (given !== undefined) return this.viewOfGiven(given);
    this.givenView = undefined;
    const task = this.task;
    if (task.status === TaskStatus.PENDING) return { phase: 'loading' };
    if (task.status === TaskStatus.ERROR) {
      const previous = this.view;
      // The same error keeps the same failure, so it is reported once.
      if (previous.phase === 'failed' && previous.failure.cause === task.error) return previous;
      return { phase: 'failed', failure: failureOf(task.error) };
    }
    const loaded = task.value;
    return loaded ? { phase: 'ready', loaded } : { phase: 'empty' };
  }

  private report(failure: Failure): void {
    if (this.reported.has(failure)) return;
    this.reported.add(failure);
    this.emit('apq-error', { kind: 'aggregate', message: this.message(failure.message), problems: failure.problems });
  }

  private message(m: Message): string {
    return this.localizer.t(m.key, m.values);
  }

  /** A count as shown: the number, or the aggregate's wording when it is suppressed. Never 0 for a suppressed count. */
  private value(aggregate: AggregateDocument, cell: AggregateCell): string {
    // Through a plural template rather than Intl.NumberFormat: English skips Intl, whose first use
    // loads the browser's locale data and cost the first render more than everything else.
    return cell.suppressed || typeof cell.count !== 'number' ? aggregate.disclosure.wording : this.localizer.t('figure', { count: cell.count });
  }

  private changeText(change: Change): string {
    const l = this.localizer;
    if (change.kind === 'unknown') return l.t('changeUnknown');
    if (change.kind === 'none') return l.t('changeNone');
    return l.t(change.kind === 'up' ? 'changeUp' : 'changeDown', { count: l.t('figure', { count: change.count }) });
  }

  private groupName(group: Group): string {
    if (group.by === 'all') return this.localizer.t('groupAll');
    return this.localizer.t(group.by === 'use' ? 'groupByUse' : 'groupBySettingType', { label: group.label });
  }

  /** "Quality area 1: Workforce development": the framework's own word when it is on the page, else "Area". */
  private areaWord(aggregate: AggregateDocument): string {
    const framework = findFramework(aggregate.framework.id, aggregate.framework.version) ?? findFramework(aggregate.framework.id);
    return framework?.terminology?.area ?? 'area';
  }

  /** A date as precise as it is given: "2026", "September 2026" or "7 September 2026". */
  private partialDate(date: string): string {
    if (/^\d{4}$/.test(date)) return date;
    if (/^\d{4}-\d{2}$/.test(date)) return this.localizer.month(date);
    return this.localizer.date(date);
  }

  private readonly handlePrint = (): void => {
    window.print();
  };

  private download(loaded: Loaded): void {
    const { aggregate, groups } = loaded;
    const csv = overviewCsv(aggregate, groups, { strings: this.localizer.strings, groupName: (g) => this.groupName(g) });
    const name = [fileSlug(aggregate.framework.id), 'area-overview', fileSlug(aggregate.generatedAt.slice(0, 10))].filter(Boolean).join('-');
    downloadText(csv, `${name}.csv`, 'text/csv;charset=utf-8');
  }

  private choose(loaded: Loaded, what: 'period' | 'group', index: number): void {
    if (what === 'period') this.period = loaded.aggregate.periods[index]?.id;
    else this.group = loaded.groups[index]?.key;
    const selection = select(loaded.aggregate, loaded.groups, this.group, this.period);
    this.announcer.announce(this.localizer.t('showing', { period: selection.period.label, group: this.groupName(selection.group) }));
  }

  override render(): TemplateResult {
    const s = this.localizer.strings;
    const view = this.view;
    let content: TemplateResult;
    if (view.phase === 'empty') content = html`<p class="body">${s.noAggregate}</p>`;
    else if (view.phase === 'loading') content = statusLine(s.loadingAggregate);
    else if (view.phase === 'failed') {
      const f = view.failure;
      content = failureNotice({ message: this.message(f.message), hint: f.hint ? this.message(f.hint) : undefined, problems: f.problems }, s.aggregateProblemsHeading);
    } else content = this.renderOverview(view.loaded);
    return html`<div class="base" part="base" data-phase=${view.phase}>${content} ${this.announcer.render()}</div>`;
  }

  private renderOverview(loaded: Loaded): TemplateResult {
    const l = this.localizer;
    const s = l.strings;
    const { aggregate } = loaded;
    const selection = select(aggregate, loaded.groups, this.group, this.period);
    const figures = selection.figures;
    const settings = figures ? this.value(aggregate, figures.settings) : s.none;
    const { period } = selection;
    const dates = period.from && period.to ? l.t('periodDates', { from: this.partialDate(period.from), to: this.partialDate(period.to) }) : '';
    return html`${this.renderHeader(aggregate)} ${this.renderControls(loaded, selection)} ${this.renderActions(loaded)}
      ${summaryList({
        emptyText: s.none,
        rows: [
          { name: 'period', key: s.periodRow, value: dates ? html`${period.label} <span class="muted">(${dates})</span>` : period.label },
          { name: 'group', key: s.groupLegend, value: this.groupName(selection.group) },
          { name: 'settings', key: s.settingsCounted, value: settings },
        ],
      })}
      ${figures ? this.renderAreas(aggregate, selection) : inset(l.t('groupMissing', { period: period.label }))}
      <p class="print-only body muted">${l.t('printedOn', { date: l.date(localDay(new Date())) })}</p>`;
  }

  private renderHeader(aggregate: AggregateDocument): TemplateResult {
    const l = this.localizer;
    const s = l.strings;
    const { filters, disclosure, framework } = aggregate;
    const about = [
      l.t('generatedOn', { date: l.date(aggregate.generatedAt) }),
      filters.use && filters.use.length > 0 ? l.t('filterUse', { uses: filters.use.join(', ') }) : '',
      filters.status === 'submitted' ? s.filterStatusSubmitted : filters.status === 'draft' ? s.filterStatusDraft : '',
    ].filter((x) => x !== '');
    // A div, not <header>: inside a shadow root a header is a page-wide banner landmark, and the page has its own.
    return html`<div class="header" part="header">
      <span class="caption">${l.t('caption', { framework: framework.title, version: framework.version })}</span>
      <h2 class="heading-l" part="heading">${s.heading}</h2>
      <p class="body">${about.join(' ')}</p>
      ${inset(l.t('disclosure', { threshold: disclosure.threshold, wording: disclosure.wording }))}
    </div>`;
  }

  private renderControls(loaded: Loaded, selection: Selection): TemplateResult | typeof nothing {
    const s = this.localizer.strings;
    const { aggregate, groups } = loaded;
    const periods = aggregate.periods;
    if (periods.length < 2 && groups.length < 2) return nothing;
    const periodOptions: RadioOption[] = periods.map((p, i) => ({ value: String(i), label: p.label }));
    const groupOptions: RadioOption[] = groups.map((g, i) => ({ value: String(i), label: this.groupName(g) }));
    return html`<div class="controls no-print" part="controls" role="group" aria-label=${s.controlsLabel}>
      ${periods.length > 1
        ? radios({
            id: PERIOD_ID,
            legend: s.periodLegend,
            legendClass: 'legend--s',
            options: periodOptions,
            value: String(periods.indexOf(selection.period)),
            small: true,
            onSelect: (value) => this.choose(loaded, 'period', Number(value)),
          })
        : nothing}
      ${groups.length > 1
        ? radios({
            id: GROUP_ID,
            legend: s.groupLegend,
            legendClass: 'legend--s',
            options: groupOptions,
            value: String(groups.indexOf(selection.group)),
            small: true,
            onSelect: (value) => this.choose(loaded, 'group', Number(value)),
          })
        : nothing}
    </div>`;
  }

  private renderActions(loaded: Loaded): TemplateResult {
    const s = this.localizer.strings;
    return html`<div class="button-group button-group--actions actions no-print" part="actions" role="group" aria-label=${s.actionsLabel}>
      <button type="button" class="button button--secondary" part="print-button" @click=${this.handlePrint}>${s.print}</button>
      <button type="button" class="button button--secondary" part="download-button" data-format="csv" @click=${() => this.download(loaded)}>${s.downloadCsv}</button>
    </div>`;
  }

  private renderAreas(aggregate: AggregateDocument, selection: Selection): TemplateResult {
    const l = this.localizer;
    const figures = selection.figures!;
    const word = this.areaWord(aggregate);
    const scale = barScale(figures);
    const withChange = selection.previousPeriod !== undefined;
    // Each figure and each string that reads the same in every area is written once per render,
    // not once per area: the first render fills a few hundred of them.
    const written = new Map<string, string>();
    const once = (key: string, write: () => string): string => {
      let text = written.get(key);
      if (text === undefined) written.set(key, (text = write()));
      return text;
    };
    const base = {
      period: selection.period.label,
      fixed: {
        notJudged: l.t('notJudged'),
        columnJudgement: l.t('columnJudgement'),
        columnSettings: l.t('columnSettings'),
        columnChange: l.t('columnChange', { period: selection.previousPeriod?.label ?? '' }),
        completionHeading: l.t('completionHeading'),
        completed: l.t('completed'),
        inProgress: l.t('inProgress'),
        notStarted: l.t('notStarted'),
        prioritiesHeading: l.t('prioritiesHeading'),
        noCommonPriorities: l.t('noCommonPriorities', { threshold: aggregate.disclosure.threshold }),
        none: l.t('none'),
      },
      value: (cell: AggregateCell) => once(`value ${cell.suppressed} ${cell.count}`, () => this.value(aggregate, cell)),
      change: (change: Change) => once(`change ${change.kind} ${change.kind === 'up' || change.kind === 'down' ? change.count : ''}`, () => this.changeText(change)),
      prioritiesNamed: (cell: AggregateCell) => once(`named ${cell.suppressed} ${cell.count}`, () => l.t('prioritiesNamed', { value: this.value(aggregate, cell) })),
      namedBy: (cell: AggregateCell) => once(`named by ${cell.suppressed} ${cell.count}`, () => `(${l.t('priorityNamedBy', { value: this.value(aggregate, cell) })})`),
      t: (key: AreaStringKey, values: Record<string, string | number>) => l.t(key, values),
    } satisfies Omit<AreaWords, 'heading'>;
    const noSettings = figures.settings.suppressed === false && figures.settings.count === 0;
    return html`${noSettings ? inset(l.strings.noSettings) : nothing}
      ${withChange ? html`<p class="body muted">${l.t('changeUnknownNote', { area: word })}</p>` : nothing}
      ${byCategory(figures.areas).map(
        (category) => html`<section class="category" part="category" aria-labelledby=${`category--${category.category}`} data-category=${category.category}>
          <h3 class="heading-m" id=${`category--${category.category}`}>${category.title}</h3>
          ${category.areas.map((area) =>
            areaSection({
              area,
              previous: areaIn(selection.previousFigures, area.area),
              withChange,
              scale,
              words: { ...base, heading: l.t('areaHeading', { Area: capitalise(word), area: word, number: area.number, title: area.title }) },
            }),
          )}
        </section>`,
      )}`;
  }
}
