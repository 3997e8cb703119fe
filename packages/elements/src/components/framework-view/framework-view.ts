// SPDX-License-Identifier: MIT
// <apq-framework-view>: a framework's content to read, from the canonical data: categories, areas,
// sub-areas and questions, grade descriptors with their limiting statements, uses, the crosswalk
// to Ofsted's evaluation areas, footnotes and provenance; with a filter, deep links to areas, a
// view narrowed to one use, and the changes since another version.
import { type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { Announcer } from '../../controllers/announcer.js';
import { FrameworkController, type LoadedFramework } from '../../controllers/framework-controller.js';
import { PracticeController } from '../../controllers/practice-controller.js';
import { ApqElement } from '../../internal/apq-element.js';
import {
  type Category,
  type Crosswalk,
  type DescriptorLevel,
  type EvaluativeQuestion,
  type Framework,
  type FrameworkIndex,
  type GradeDescriptor,
  type ItemKind,
  type QualityArea,
  type SubArea,
  type Use,
  compareVersions,
} from '../../internal/core.js';
import { areaLabel, areaWords, levelLabel } from '../../internal/labels.js';
import { Localizer, capitalise } from '../../internal/localize.js';
import { FRAMEWORKS_REGISTERED_EVENT, findFramework } from '../../internal/registry.js';
import { textInput } from '../../templates/controls.js';
import { failureNotice, statusLine } from '../../templates/load-status.js';
import { inset, warning } from '../../templates/notices.js';
import { summaryList } from '../../templates/summary-list.js';
import { tag } from '../../templates/tag.js';
import { practiceStyles } from '../../templates/practice-examples.js';
import { FRAMEWORK_VIEW_STRINGS, type FrameworkViewStrings } from './framework-view.strings.js';
import { styles } from './framework-view.styles.js';
import {
  type Comparison,
  type ComparisonState,
  type MarkedKind,
  type RemovedItem,
  TABLE_COLUMNS,
  type TableColumn,
  compareFrameworks,
  markKey,
  marksOf,
  previousWording,
} from './parts/comparison.js';
import { type FilterResult, highlight, itemKey, runFilter, searchIndex } from './parts/search.js';

/** How long typing must pause before the filter applies: short enough to feel immediate. */
const FILTER_DELAY = 120;

const FILTER_ID = 'filter--input';

/** Ids of the element's own sections: a double hyphen, which framework ids never contain, so they cannot clash with an area's id. */
const SECTION = { uses: 'uses--section', footnotes: 'footnotes--section', comparison: 'comparison--section' } as const;
const footnoteAnchor = (id: string) => `footnote--${id}`;
const crosswalkAnchor = (id: string) => `crosswalk--${id}`;

/** Everything the render needs that follows from the properties: worked out once per render. */
interface View {
  framework: Framework;
  index: FrameworkIndex;
  s: FrameworkViewStrings;
  words: { area: string; areas: string };
  /** The use named by `use`, when the framework has it. */
  use: Use | undefined;
  /** The use's focus areas, when it has them. */
  focus: ReadonlySet<string> | undefined;
  /** True when only the focus areas are shown. */
  narrowed: boolean;
  filter: FilterResult | undefined;
  comparison: Comparison | undefined;
  compareState: ComparisonState | 'unavailable' | undefined;
}

function hashTarget(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * A framework's content to read on a publisher's or council's own site, drawn from the canonical
 * data: title, publisher, version, status and where its wording comes from; categories, areas,
 * sub-areas and evaluative questions with their guidance; grade descriptors level by level, with
 * limiting statements marked and explained; footnotes; the framework's uses and the crosswalk to
 * Ofsted's evaluation areas. A filter narrows it as the person types; each area is a deep link;
 * `use` narrows it to the areas that matter for one use; `compare-to` marks what changed since
 * another version. Give it a framework by id and version (registered on the page), by `src` URL to
 * a published framework file, or as a `framework` property.
 *
 * @tagname apq-framework-view
 * @summary Read a framework: areas, questions, grade descriptors, uses and crosswalk, with a filter and deep links.
 * @status experimental
 * @since 0.2.0
 *
 * @event apq-ready - The framework has loaded and its content has rendered. Fired once per load. `detail`: `{ framework: { id, version } }`.
 * @event apq-error - The framework could not be found, loaded or validated, or the version to compare with is not on the page; the element shows the same message. `detail`: `{ kind: 'framework', message, problems? }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The framework's title, description and facts.
 * @csspart title - The framework's title.
 * @csspart summary-list - The facts about the framework (publisher, version, status, released).
 * @csspart tag - Every tag: status, provisional wording, limiting, focus and change tags.
 * @csspart change-tag - A tag marking a change since the compared version (Added, Reworded, Removed…).
 * @csspart comparison - The summary of changes since the compared version.
 * @csspart use-banner - The banner naming the use the view is narrowed to.
 * @csspart link - A button that looks like a link (show all areas).
 * @csspart filter - The filter box with its label and hint.
 * @csspart input - The filter's text field.
 * @csspart results - The line with the number of results, or the message that there are none.
 * @csspart highlight - The words that match the filter.
 * @csspart contents - The list of areas at the top.
 * @csspart contents-link - A link in the contents.
 * @csspart guidance - The framework's guidance section, and guidance shown with an area's descriptors.
 * @csspart uses - The framework's uses.
 * @csspart use - One use.
 * @csspart category - One category with its areas.
 * @csspart area - One area (its element id is the area's id, for deep links).
 * @csspart area-heading - An area's heading.
 * @csspart sub-area - One sub-area.
 * @csspart question - One evaluative question.
 * @csspart question-guidance - A question's guidance.
 * @csspart descriptors - An area's grade descriptors.
 * @csspart level - The descriptors of one level.
 * @csspart limiting-note - The sentence that explains a limiting list.
 * @csspart descriptor - One grade descriptor.
 * @csspart footnote-ref - The link from a descriptor to its footnote.
 * @csspart notice - A notice inside an area, such as "not written yet".
 * @csspart removed - Items removed since the compared version.
 * @csspart crosswalk - A crosswalk section.
 * @csspart crosswalk-table - The crosswalk table.
 * @csspart footnotes - The footnotes.
 * @csspart provenance - Where the framework's wording comes from.
 * @csspart error - The message shown when the framework cannot be loaded.
 * @csspart live-region - The visually hidden polite live region that announces the number of results.
 *
 * @cssprop [--apq-font-family=inherit] - Font of everything; the page's font by default.
 * @cssprop [--apq-color-text=#0b0c0c] - Main text colour.
 * @cssprop [--apq-color-secondary-text=#484949] - Hints and secondary text.
 * @cssprop [--apq-color-link=#1d70b8] - Links, and the border of the use and comparison banners.
 * @cssprop [--apq-color-focus=#ffdd00] - Focus highlight.
 * @cssprop [--apq-color-focus-text=#0b0c0c] - Text on a focused link.
 * @cssprop [--apq-color-error=#d4351c] - Errors, and the border of a limiting note.
 * @cssprop [--apq-color-border=#b1b4b6] - Dividers.
 * @cssprop [--apq-color-input-border=#0b0c0c] - The filter's border.
 * @cssprop [--apq-color-surface=#ffffff] - Background of the filter.
 * @cssprop [--apq-color-panel=#f3f2f1] - Background of the use and comparison banners.
 * @cssprop [--apq-space-unit=0.3125rem] - The base spacing step (5 px at the default size).
 * @cssprop [--apq-font-size-body=1.1875rem] - Body text size.
 * @cssprop [--apq-framework-view-max-width=60rem] - Widest the element grows.
 * @cssprop [--apq-framework-view-highlight-color=#fff2a8] - Background of the words that match the filter.
 */
export class ApqFrameworkView extends ApqElement {
  static override styles: CSSResultGroup = [ApqElement.styles, ...styles, practiceStyles];
  // Declared statically rather than with decorators, as the form does: the decorators cost bytes in the CDN file.
  static override properties: PropertyDeclarations = {
    showAllAreas: { state: true, attribute: false },
    framework: { attribute: false },
    frameworkId: { attribute: 'framework' },
    version: {},
    src: {},
    use: {},
    compareTo: { attribute: 'compare-to' },
    compareFramework: { attribute: false },
    filter: {},
    noHash: { type: Boolean, attribute: 'no-hash' },
    examples: { attribute: false },
    examplesSrc: { attribute: 'examples-src' },
  };

  private readonly i18n = new Localizer(this, FRAMEWORK_VIEW_STRINGS, () => this.strings);
  private readonly announcer = new Announcer(this);
  private readonly practice = new PracticeController(this, () => ({ given: this.examples, src: this.examplesSrc }), () => this.strings);
  private readonly loader = new FrameworkController(this, {
    request: () => ({ framework: this.framework, id: this.frameworkId, version: this.version, src: this.src }),
    strings: () => this.i18n.strings,
    onError: (failure) => this.emit('apq-error', { kind: 'framework', message: failure.message, problems: failure.problems }),
  });
  /** What the filter box holds; `filter` catches up with it once typing pauses. */
  private filterText = '';
  private filterTimer: ReturnType<typeof setTimeout> | undefined;
  private filterSettled: (() => void) | undefined;
  /** Whether the hash has been followed for the framework now shown. */
  private hashFollowed = false;
  /** The comparison last reported as unavailable, so `apq-error` fires once for it. */
  private reportedComparison = '';

  /** True while every area is shown although a use with focus areas is set. */
  private showAllAreas = false;

  /** The framework to show, given in code. Takes precedence over `framework` (the attribute) and `src`. */
  framework: Framework | undefined;

  /** The id of a framework registered on the page, such as `ap-quality-toolkit`. Attribute: `framework`. */
  frameworkId: string | undefined;

  /** The version of the registered framework; the newest published version when absent. */
  version: string | undefined;

  /** The URL of a published framework file (JSON) to show, when no `framework` property is set. */
  src: string | undefined;

  /**
   * The id of one of the framework's uses, such as `commissioning`. Where the use has focus areas,
   * only those are shown at first, in the framework's order, with a button to show the others
   * (which still apply); where it has none, every area is shown. Either way the use is named at the top.
   */
  use: string | undefined;

  /**
   * Another version of the same framework, registered on the page, to compare with, such as
   * `1.0.0`. Items added, reworded or removed since that version are marked, removed items are
   * listed where they were, and a summary of the changes comes first. Attribute: `compare-to`.
   */
  compareTo: string | undefined;

  /** The version to compare with, given in code; takes precedence over `compare-to`. */
  compareFramework: Framework | undefined;

  /**
   * The filter: the view shows only the areas, sub-areas, questions and descriptors whose text
   * contains every word of it (ignoring capitals and accents). Typing in the filter box sets it.
   */
  filter = '';

  /**
   * Leaves the page's address alone: the element neither follows `location.hash` on load nor
   * changes it when a contents link is followed. For pages whose router uses the hash. Attribute: `no-hash`.
   */
  noHash = false;

  /**
   * A library of examples of practice (the `apq-practice-library` format): beside each area, the
   * examples for that area are shown. Takes precedence over `examples-src`. A library that is not
   * valid is reported in a warning and the framework is shown without it.
   */
  examples: unknown;

  /** The URL of a library of examples of practice, when no `examples` property is set. */
  examplesSrc: string | undefined;

  constructor() {
    super();
    this.waitFor(this.loader.task);
    this.waitFor(this.practice.task);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    document.addEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    document.removeEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered);
    this.settleFilter();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('filter') && (this.filter ?? '') !== this.filterText) {
      // Set from outside (attribute or code): that wins over anything still being typed.
      this.settleFilter();
      this.filterText = this.filter ?? '';
    }
    if (changed.has('use')) this.showAllAreas = false;
  }

  protected override updated(): void {
    const loaded = this.loader.status === 'ready' ? this.loader.value : undefined;
    const framework = loaded?.framework;
    this.announceReady(framework !== undefined, { framework: { id: framework?.id ?? '', version: framework?.version ?? '' } });
    if (!loaded) {
      this.hashFollowed = false;
      return;
    }
    if (!this.hashFollowed) {
      this.hashFollowed = true;
      const target = hashTarget();
      if (!this.noHash && target) void this.goTo(target);
    }
    this.reportComparison(loaded.framework);
  }

  /** An unavailable version to compare with is shown as a warning and reported once as `apq-error`. */
  private reportComparison(framework: Framework): void {
    const state = this.comparisonState(framework);
    if (state !== 'unavailable' && state?.kind !== 'failed') {
      this.reportedComparison = '';
      return;
    }
    const key = `${framework.id}@${framework.version}~${this.compareTo ?? ''}`;
    if (this.reportedComparison === key) return;
    this.reportedComparison = key;
    const s = this.i18n.strings;
    const message = state === 'unavailable' ? this.i18n.format(s.compareUnavailable, { version: this.compareTo ?? '' }) : s.compareFailed;
    this.emit('apq-error', { kind: 'framework', message, ...(state !== 'unavailable' ? { problems: [...state.problems] } : {}) });
  }

  private readonly handleRegistered = (): void => {
    // A version to compare with may arrive after the framework shown.
    if (this.compareTo) this.requestUpdate();
  };

  private readonly handleHashChange = (): void => {
    if (this.noHash) return;
    const target = hashTarget();
    if (target) void this.goTo(target);
  };

  /** Contents, area and footnote links: anchors in a shadow root do not scroll the page by themselves. */
  private readonly handleAnchorClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = (event.currentTarget as HTMLElement).dataset.target;
    if (!target) return;
    event.preventDefault();
    if (!this.noHash) {
      const url = new URL(location.href);
      url.hash = target;
      // Keeps the host's history state; a new entry, so Back returns to where the person was.
      if (url.href !== location.href) history.pushState(history.state, '', url.href);
    }
    void this.goTo(target);
  };

  private readonly handleFilterInput = (value: string): void => {
    this.filterText = value;
    if (this.filterTimer !== undefined) clearTimeout(this.filterTimer);
    if (!this.filterSettled) this.track(new Promise<void>((resolve) => (this.filterSettled = resolve)));
    this.filterTimer = setTimeout(this.applyFilter, FILTER_DELAY);
  };

  private readonly applyFilter = (): void => {
    this.filterTimer = undefined;
    this.filter = this.filterText;
    const loaded = this.loader.value;
    if (loaded) {
      const view = this.view(loaded);
      const s = view.s;
      if (!view.filter) this.announcer.clear();
      else if (view.filter.count === 0) this.announcer.announce(this.i18n.format(s.noResults, { query: this.filter.trim() }));
      else this.announcer.announce(this.i18n.format(s.resultsCount, { count: view.filter.count }));
    }
    this.settleFilter();
  };

  private settleFilter(): void {
    if (this.filterTimer !== undefined) clearTimeout(this.filterTimer);
    this.filterTimer = undefined;
    const settled = this.filterSettled;
    this.filterSettled = undefined;
    settled?.();
  }

  private readonly toggleAllAreas = (): void => {
    this.showAllAreas = !this.showAllAreas;
  };

  /** The element with a deep-link id, if the view draws it now. */
  private anchor(id: string): HTMLElement | null {
    const found = this.renderRoot instanceof ShadowRoot ? this.renderRoot.getElementById(id) : null;
    return found?.hasAttribute('data-anchor') ? found : null;
  }

  private comparisonState(framework: Framework): ComparisonState | 'unavailable' | undefined {
    const other = this.compareFramework ?? (this.compareTo ? findFramework(framework.id, this.compareTo) : undefined);
    if (!other) return this.compareTo || this.compareFramework ? 'unavailable' : undefined;
    return compareFrameworks(framework, other);
  }

  private view(loaded: LoadedFramework): View {
    const { framework, index } = loaded;
    const use = this.use ? framework.uses.find((u) => u.id === this.use) : undefined;
    const focus = use?.focusAreas && use.focusAreas.length > 0 ? new Set(use.focusAreas) : undefined;
    const narrowed = focus !== undefined && !this.showAllAreas;
    const scope = narrowed ? focus : undefined;
    const compareState = this.comparisonState(framework);
    return {
      framework,
      index,
      s: this.i18n.strings,
      words: areaWords(framework),
      use,
      focus,
      narrowed,
      filter: runFilter(searchIndex(framework), this.filter ?? '', scope),
      comparison: compareState !== 'unavailable' && compareState?.kind === 'ok' ? compareState.comparison : undefined,
      compareState,
    };
  }

  private areaShown(v: View, area: QualityArea): boolean {
    if (v.narrowed && !v.focus?.has(area.id)) return false;
    return !v.filter || v.filter.areas.has(area.id);
  }

  /**
   * Scrolls to the area (or section or footnote) with id `target` and moves focus to its heading.
   * An area hidden by the use or the filter is revealed first: a link must never lead nowhere.
   * Resolves to false when the framework has nothing with that id.
   */
  async goTo(target: string): Promise<boolean> {
    const loaded = this.loader.value;
    if (!loaded) return false;
    if (!this.anchor(target) && loaded.index.areas.has(target)) {
      if (this.filter) {
        this.settleFilter();
        this.filter = '';
        this.filterText = '';
      }
      this.showAllAreas = true;
      await this.updateComplete;
    }
    const anchor = this.anchor(target);
    if (!anchor) return false;
    const focusable = anchor.matches('[data-focus]') ? anchor : (anchor.querySelector<HTMLElement>('[data-focus]') ?? anchor);
    focusable.scrollIntoView({ block: 'start' });
    focusable.focus({ preventScroll: true });
    return true;
  }

  /** The areas, questions and descriptors the filter now shows, as a number (0 when nothing is filtered). */
  get resultCount(): number {
    const loaded = this.loader.value;
    return loaded ? (this.view(loaded).filter?.count ?? 0) : 0;
  }

  override render(): TemplateResult {
    const s = this.i18n.strings;
    const status = this.loader.status;
    const loaded = this.loader.value;
    let content: TemplateResult;
    if (status === 'ready' && loaded) content = this.renderFramework(this.view(loaded));
    else if (status === 'error') content = failureNotice(this.loader.failure ?? { message: s.noFramework }, s.frameworkProblemsHeading);
    else if (status === 'loading') content = statusLine(s.loading);
    else content = html`<p class="body">${s.noFramework}</p>`;
    return html`<div class="base" part="base">${content}${this.announcer.render()}</div>`;
  }

  private renderFramework(v: View): TemplateResult {
    const filtering = v.filter !== undefined;
    return html`${this.renderHeader(v)} ${this.practice.renderFailure()} ${this.renderComparison(v)} ${this.renderUseBanner(v)} ${this.renderFilter(v)} ${this.renderContents(v)}
    ${filtering ? nothing : html`${this.renderGuidance(v)} ${this.renderUses(v)}`}
    ${v.framework.categories.map((c) => this.renderCategory(v, c))}
    ${filtering ? nothing : html`${v.framework.crosswalks.map((c) => this.renderCrosswalk(v, c))} ${this.renderRemovedElsewhere(v)}`}
    ${this.renderFootnotes(v)} ${filtering ? nothing : this.renderProvenance(v)}`;
  }

  // Header -----------------------------------------------------------------------------------

  private renderHeader(v: View): TemplateResult {
    const { framework: f, s } = v;
    const statusWords = { draft: s.statusDraft, published: s.statusPublished, withdrawn: s.statusWithdrawn };
    const frameworkMark = markKey('framework', f.id);
    return html`<header class="header" part="header">
      <h2 class="heading-l" part="title">${f.title}${this.marks(v, frameworkMark)}</h2>
      ${this.previous(v, frameworkMark)}
      <p class="lead">${f.description}</p>
      ${f.status === 'withdrawn' ? warning({ title: s.withdrawnNotice, part: 'notice' }) : nothing}
      <div class="meta">
        ${summaryList({
          emptyText: s.none,
          rows: [
            { name: 'publisher', key: s.metaPublisher, value: f.publisher },
            { name: 'version', key: s.metaVersion, value: f.version },
            { name: 'status', key: s.metaStatus, value: tag(statusWords[f.status], f.status) },
            ...(f.released ? [{ name: 'released', key: s.metaReleased, value: this.partialDate(f.released) }] : []),
          ],
        })}
      </div>
    </header>`;
  }

  /** "23 November 2026", "November 2026" or "2026", as the date is known. */
  private partialDate(value: string): string {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return this.i18n.date(value);
    if (/^\d{4}-\d{2}$/.test(value)) return this.i18n.month(value);
    return value;
  }

  // Comparison -------------------------------------------------------------------------------

  private renderComparison(v: View): TemplateResult | typeof nothing {
    const { s, compareState } = v;
    if (compareState === undefined) return nothing;
    const version = this.compareFramework?.version ?? this.compareTo ?? '';
    if (compareState === 'unavailable') return warning({ title: this.i18n.format(s.compareUnavailable, { version }), part: 'notice', kind: 'compare-unavailable' });
    if (compareState.kind === 'failed') return warning({ title: s.compareFailed, part: 'notice', kind: 'compare-failed' });
    const c = compareState.comparison;
    const other = c.other.version;
    const olderShown = compareVersions(v.framework.version, other) < 0;
    const labels: Record<TableColumn, string> = { added: s.compareAdded, reworded: s.compareReworded, removed: s.compareRemoved, other: s.compareOther };
    const total = TABLE_COLUMNS.reduce((sum, col) => sum + c.totals[col], 0);
    return html`<section class="comparison" part="comparison" id=${SECTION.comparison} aria-labelledby="comparison--heading" data-anchor>
      <h3 class="heading-m" id="comparison--heading" tabindex="-1" data-focus>${this.i18n.format(s.compareHeading, { version: other })}</h3>
      <p class="body">
        ${olderShown ? this.i18n.format(s.compareIntroNewer, { version: other, shown: v.framework.version }) : this.i18n.format(s.compareIntro, { version: other })}
      </p>
      <dl class="counts">
        ${TABLE_COLUMNS.map(
          (col) => html`<div class="counts__item" data-count=${col}>
            <dt>${labels[col]}</dt>
            <dd>${this.i18n.number(c.totals[col])}</dd>
          </div>`,
        )}
      </dl>
      ${total === 0
        ? html`<p class="body">${s.compareNone}</p>`
        : html`<div class="breakdown">
            ${TABLE_COLUMNS.filter((col) => c.totals[col] > 0).map(
              (col) => html`<div class="breakdown__group" data-column=${col}>
                <h4 class="heading-s">${labels[col]}</h4>
                <ul class="list list--bullet">
                  ${c.table
                    .filter((row) => row[col] > 0)
                    .map((row) => html`<li data-item=${row.item} data-count=${row[col]}>${this.i18n.format(s.compareBreakdownItem, { item: this.itemLabel(v, row.item), count: this.i18n.number(row[col]) })}</li>`)}
                </ul>
              </div>`,
            )}
          </div>`}
    </section>`;
  }

  private itemLabel(v: View, item: ItemKind): string {
    const s = v.s;
    const labels: Record<ItemKind, string> = {
      framework: s.itemFramework,
      category: s.itemCategory,
      area: this.i18n.format(s.itemArea, { Areas: capitalise(v.words.areas), areas: v.words.areas }),
      'sub-area': s.itemSubArea,
      question: s.itemQuestion,
      'grade-descriptors': s.itemGradeDescriptors,
      'descriptor-level': s.itemDescriptorLevel,
      descriptor: s.itemDescriptor,
      rule: s.itemRule,
      scale: s.itemScale,
      'scale-level': s.itemScaleLevel,
      use: s.itemUse,
      guidance: s.itemGuidance,
      footnote: s.itemFootnote,
      crosswalk: s.itemCrosswalk,
      'crosswalk-target': s.itemCrosswalkTarget,
      'crosswalk-entry': s.itemCrosswalkEntry,
      'example-of-practice': s.itemExampleOfPractice,
      'worked-example': s.itemWorkedExample,
    };
    return labels[item];
  }

  /** The change tags of an item, when comparing. */
  private marks(v: View, key: string): TemplateResult | typeof nothing {
    const kinds = v.comparison ? marksOf(v.comparison.byItem.get(key)) : [];
    if (kinds.length === 0) return nothing;
    return html` <span class="tags">${kinds.map((k) => this.changeTag(v, k))}</span>`;
  }

  private changeTag(v: View, kind: MarkedKind): TemplateResult {
    const s = v.s;
    const words: Record<MarkedKind, string> = {
      added: s.compareAdded,
      reworded: s.compareReworded,
      removed: s.compareRemoved,
      moved: s.compareMoved,
      renumbered: s.compareRenumbered,
      changed: s.compareChanged,
    };
    return html`<strong class="tag tag--${kind}" part="tag change-tag" data-change=${kind}>${words[kind]}</strong>`;
  }

  /** "Previously: …" under an item whose wording changed. */
  private previous(v: View, key: string): TemplateResult | typeof nothing {
    const before = v.comparison ? previousWording(v.comparison.byItem.get(key)) : undefined;
    if (before === undefined) return nothing;
    return html`<p class="hint previous" data-previous>${this.i18n.format(v.s.comparePrevious, { text: before })}</p>`;
  }

  private renderRemovedInArea(v: View, area: QualityArea): TemplateResult | typeof nothing {
    const removed = v.comparison?.removedInArea.get(area.id);
    if (!removed || removed.length === 0 || v.filter) return nothing;
    return html`<div class="removed" part="removed">
      <h5 class="heading-s">${this.i18n.format(v.s.compareRemovedHeading, { version: v.comparison!.other.version })}</h5>
      ${this.removedList(v, removed, false)}
    </div>`;
  }

  private renderRemovedElsewhere(v: View): TemplateResult | typeof nothing {
    const removed = v.comparison?.removedElsewhere;
    if (!removed || removed.length === 0) return nothing;
    return html`<section class="section removed" part="removed">
      <h3 class="heading-m">${this.i18n.format(v.s.compareRemovedHeading, { version: v.comparison!.other.version })}</h3>
      ${this.removedList(v, removed, true)}
    </section>`;
  }

  private removedList(v: View, items: readonly RemovedItem[], withKind: boolean): TemplateResult {
    return html`<ul class="list list--bullet removed-list">
      ${items.map(
        (item) => html`<li data-removed-id=${item.id} data-item=${item.item}>
          ${this.changeTag(v, 'removed')} ${withKind ? html`<strong>${this.itemLabel(v, item.item)}:</strong>` : nothing} ${item.text}
          ${item.context ? html`<span class="hint">(${item.context})</span>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  // Use, filter, contents --------------------------------------------------------------------

  private renderUseBanner(v: View): TemplateResult | typeof nothing {
    const { s, words } = v;
    if (!this.use) return nothing;
    if (!v.use) return inset(this.i18n.format(s.useUnknown, { use: this.use, area: words.area }), 'notice');
    const total = v.index.areas.size;
    const shown = v.focus?.size ?? total;
    const values = { shown, total, hidden: total - shown, areas: words.areas, area: words.area };
    return html`<section class="use-banner" part="use-banner" aria-labelledby="use--heading" data-use=${v.use.id}>
      <h3 class="heading-m" id="use--heading">${this.i18n.format(s.useBannerHeading, { use: v.use.title })}${v.use.provisional
          ? html` <span class="tags">${this.provisionalTag(v)}</span>`
          : nothing}</h3>
      ${v.use.description ? html`<p class="body">${v.use.description}</p>` : nothing}
      ${v.focus
        ? html`<p class="body" data-narrowed=${v.narrowed ? 'true' : 'false'}>
              ${this.i18n.format(v.narrowed ? s.useNarrowed : s.useShowingAll, values)}
            </p>
            <button type="button" class="link-button" part="link" aria-pressed=${v.narrowed ? 'false' : 'true'} @click=${this.toggleAllAreas}>
              ${this.i18n.format(v.narrowed ? s.useShowAll : s.useShowFocus, values)}
            </button>`
        : html`<p class="body">${this.i18n.format(s.useAllAreas, values)}</p>`}
    </section>`;
  }

  private renderFilter(v: View): TemplateResult {
    const { s, filter } = v;
    const query = (this.filter ?? '').trim();
    return html`<div class="filter no-print" part="filter" role="search">
        ${textInput({
          id: FILTER_ID,
          label: s.filterLabel,
          labelClass: 'label--s',
          hint: s.filterHint,
          value: this.filterText,
          autocomplete: 'off',
          spellcheck: false,
          onInput: this.handleFilterInput,
          onChange: () => undefined,
        })}
      </div>
      ${filter
        ? html`<div class="results" part="results" data-count=${filter.count}>
            ${filter.count > 0
              ? html`<p class="body results__count">${this.i18n.format(s.resultsFor, { count: filter.count, query })}</p>`
              : html`<div class="results__none">
                  <p class="heading-s">${this.i18n.format(s.noResults, { query })}</p>
                  <p class="body">${s.noResultsHint}</p>
                </div>`}
          </div>`
        : nothing}`;
  }

  private renderContents(v: View): TemplateResult | typeof nothing {
    const { framework: f, s } = v;
    const categories = f.categories.map((c) => ({ category: c, areas: c.areas.filter((a) => this.areaShown(v, a)) })).filter((c) => c.areas.length > 0);
    if (categories.length === 0) return nothing;
    const extras = v.filter
      ? []
      : [
          ...(f.uses.length > 0 ? [{ id: SECTION.uses, label: s.usesHeading }] : []),
          ...f.crosswalks.map((c) => ({ id: crosswalkAnchor(c.id), label: c.title })),
          ...(f.footnotes.length > 0 ? [{ id: SECTION.footnotes, label: s.footnotesHeading }] : []),
        ];
    return html`<nav class="contents" part="contents" aria-labelledby="contents--heading">
      <h3 class="heading-m" id="contents--heading">${s.contentsHeading}</h3>
      <ul class="list contents__categories">
        ${categories.map(
          ({ category, areas }) => html`<li>
            <span class="contents__category">${category.title}</span>
            <ul class="list contents__areas">
              ${areas.map((a) => html`<li>${this.link(a.id, areaLabel(f, a, s), 'contents-link')}</li>`)}
            </ul>
          </li>`,
        )}
        ${extras.length > 0
          ? html`<li>
              <ul class="list contents__areas">
                ${extras.map((x) => html`<li>${this.link(x.id, x.label, 'contents-link')}</li>`)}
              </ul>
            </li>`
          : nothing}
      </ul>
    </nav>`;
  }

  private link(target: string, text: string | TemplateResult, part = 'link'): TemplateResult {
    return html`<a class="link" part=${part} href="#${encodeURIComponent(target)}" data-target=${target} @click=${this.handleAnchorClick}>${text}</a>`;
  }

  // About the framework -----------------------------------------------------------------------

  private renderGuidance(v: View): TemplateResult | typeof nothing {
    const { framework: f, s } = v;
    if (f.guidance.length === 0) return nothing;
    return html`<section class="section" part="guidance">
      <h3 class="heading-m">${s.guidanceHeading}</h3>
      ${f.guidance.map(
        (g) => html`<div class="guidance" data-guidance-id=${g.id}>
          <h4 class="heading-s">${g.title}${this.marks(v, markKey('guidance', g.id))}</h4>
          <p class="body">${g.text}</p>
          ${g.items ? html`<ul class="list list--bullet">${g.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
        </div>`,
      )}
    </section>`;
  }

  private renderUses(v: View): TemplateResult | typeof nothing {
    const { framework: f, s, words } = v;
    if (f.uses.length === 0) return nothing;
    return html`<section class="section" part="uses" id=${SECTION.uses} data-anchor>
      <h3 class="heading-m" tabindex="-1" data-focus>${s.usesHeading}</h3>
      <dl class="uses">
        ${f.uses.map((u) => {
          const focus = (u.focusAreas ?? []).map((id) => v.index.areas.get(id)?.area).filter((a): a is QualityArea => a !== undefined);
          return html`<div class="use" part="use" data-use-id=${u.id}>
            <dt>${u.title}${u.provisional ? html` <span class="tags">${this.provisionalTag(v)}</span>` : nothing}${this.marks(v, markKey('use', u.id))}</dt>
            <dd>
              ${u.description ? html`<p class="body">${u.description}</p>` : nothing}
              ${focus.length > 0
                ? html`<div class="body">
                    ${s.useFocusAreas}
                    <ul class="inline-list">
                      ${focus.map((a) => html`<li>${this.link(a.id, areaLabel(f, a, s))}</li>`)}
                    </ul>
                  </div>`
                : html`<p class="body">${this.i18n.format(s.useAllAreas, { area: words.area, areas: words.areas })}</p>`}
            </dd>
          </div>`;
        })}
      </dl>
    </section>`;
  }

  private renderProvenance(v: View): TemplateResult | typeof nothing {
    const { framework: f, s } = v;
    if (f.provenance.length === 0) return nothing;
    return html`<section class="section" part="provenance">
      <h3 class="heading-m">${s.provenanceHeading}</h3>
      <ul class="list">
        ${f.provenance.map(
          (p) => html`<li class="provenance__item" data-kind=${p.kind}>
            <p class="body">
              ${p.kind === 'provisional' ? this.provisionalTag(v) : tag(s.provenanceCanonical, 'canonical')}
              ${p.scope}
            </p>
            <p class="body hint">${this.i18n.format(s.provenanceSource, { source: p.source })}${p.notes ? ` ${p.notes.join(' ')}` : ''}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private provisionalTag(v: View): TemplateResult {
    return html`<strong class="tag tag--provisional" part="tag" data-provisional>${v.s.provisional}</strong>`;
  }

  // Categories, areas, questions ----------------------------------------------------------------

  private renderCategory(v: View, category: Category): TemplateResult | typeof nothing {
    const areas = category.areas.filter((a) => this.areaShown(v, a));
    if (areas.length === 0) return nothing;
    return html`<section class="category" part="category" data-category-id=${category.id}>
      <h3 class="heading-l category__heading">${category.title}${this.marks(v, markKey('category', category.id))}</h3>
      ${this.previous(v, markKey('category', category.id))}
      ${category.summary ? html`<p class="lead">${category.summary}</p>` : nothing} ${areas.map((a) => this.renderArea(v, a))}
    </section>`;
  }

  private renderArea(v: View, area: QualityArea): TemplateResult {
    const { framework: f, s, filter } = v;
    const terms = filter?.terms;
    // An area whose title matches is shown whole; otherwise its heading and summary give the
    // context of what matches in it, and only that is shown.
    const whole = !filter || filter.whole.has(itemKey('area', area.id));
    const key = markKey('area', area.id);
    const questions = whole ? area.questions : area.questions.filter((q) => filter.matched.has(itemKey('question', q.id)));
    const focusTag = v.focus?.has(area.id) && !v.narrowed ? html`<strong class="tag tag--focus" part="tag" data-focus-area>${s.useFocusTag}</strong>` : nothing;
    const notWritten = area.status === 'not-yet-written';
    const hasTags = notWritten || focusTag !== nothing;
    return html`<section class="area" part="area" id=${area.id} data-anchor data-area-id=${area.id}>
      <h4 class="heading-m area__heading" part="area-heading" tabindex="-1" data-focus>
        ${highlight(areaLabel(f, area, s), terms)}${hasTags
          ? html` <span class="tags">${notWritten ? tag(s.notYetWrittenTag, 'not-yet-written') : nothing}${focusTag}</span>`
          : nothing}${this.marks(v, key)}
      </h4>
      ${this.previous(v, key)} ${area.summary ? html`<p class="body area__summary">${highlight(area.summary, terms)}</p>` : nothing}
      ${notWritten ? inset(this.i18n.format(s.areaNotYetWritten, { area: v.words.area }), 'notice') : nothing}
      ${questions.length > 0
        ? html`<h5 class="heading-s">${s.questionsHeading}</h5>
            ${this.renderQuestions(v, questions)}`
        : nothing}
      ${area.subAreas.map((sub) => this.renderSubArea(v, sub, whole))} ${area.descriptors ? this.renderDescriptors(v, area, whole) : nothing}
      ${this.renderRemovedInArea(v, area)} ${this.practice.renderExamples(v.framework, area.id, 5)}
    </section>`;
  }

  private renderSubArea(v: View, sub: SubArea, areaWhole: boolean): TemplateResult | typeof nothing {
    const { s, filter } = v;
    const whole = areaWhole || !filter || filter.whole.has(itemKey('sub-area', sub.id));
    const questions = whole ? sub.questions : sub.questions.filter((q) => filter.matched.has(itemKey('question', q.id)));
    if (!whole && questions.length === 0 && !filter.matched.has(itemKey('sub-area', sub.id))) return nothing;
    const key = markKey('sub-area', sub.id);
    return html`<div class="sub-area" part="sub-area" data-sub-area-id=${sub.id}>
      <h5 class="heading-s">${highlight(this.i18n.format(s.subAreaHeading, { letter: sub.letter, title: sub.title }), filter?.terms)}${this.marks(v, key)}</h5>
      ${this.previous(v, key)} ${sub.summary ? html`<p class="body">${highlight(sub.summary, filter?.terms)}</p>` : nothing}
      ${questions.length > 0 ? this.renderQuestions(v, questions) : nothing}
    </div>`;
  }

  private renderQuestions(v: View, questions: readonly EvaluativeQuestion[]): TemplateResult {
    const terms = v.filter?.terms;
    return html`<ol class="questions">
      ${questions.map((q) => {
        const key = markKey('question', q.id);
        return html`<li class="question" part="question" data-question-id=${q.id}>
          <p class="question__text">
            ${highlight(q.text, terms)}${q.provisional ? html` <span class="tags">${this.provisionalTag(v)}</span>` : nothing}${this.marks(v, key)}
          </p>
          ${this.previous(v, key)}
          ${q.guidance
            ? html`<p class="hint question__guidance" part="question-guidance">
                <span class="question__guidance-label">${v.s.guidance}:</span> ${highlight(q.guidance, terms)}
              </p>`
            : nothing}
        </li>`;
      })}
    </ol>`;
  }

  // Grade descriptors --------------------------------------------------------------------------

  private renderDescriptors(v: View, area: QualityArea, whole: boolean): TemplateResult | typeof nothing {
    const { s, filter, framework: f } = v;
    const block = area.descriptors!;
    const levels = block.levels
      .map((level) => ({ level, shown: whole ? level.descriptors : level.descriptors.filter((d) => filter!.matched.has(itemKey('descriptor', d.id))) }))
      .filter((l) => l.shown.length > 0);
    if (levels.length === 0) return nothing;
    const guidance = (block.guidance ?? []).map((id) => f.guidance.find((g) => g.id === id)).filter((g) => g !== undefined);
    return html`<div class="descriptors" part="descriptors">
      <h5 class="heading-s">${block.title ?? s.descriptorsHeading}</h5>
      ${whole
        ? guidance.map(
            (g) => html`<div class="inset" part="guidance" data-guidance-id=${g.id}>
              <p class="body"><strong>${g.title}</strong></p>
              <p class="body">${g.text}</p>
              ${g.items ? html`<ul class="list list--bullet">${g.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
            </div>`,
          )
        : nothing}
      ${levels.map(({ level, shown }) => this.renderLevel(v, area, block.scale, level, shown))}
    </div>`;
  }

  private renderLevel(v: View, area: QualityArea, scale: string, level: DescriptorLevel, shown: readonly GradeDescriptor[]): TemplateResult {
    const { s, index } = v;
    const label = levelLabel(index, scale, level.level) ?? level.level;
    const limiting = level.limiting === true;
    const lead = level.lead ?? (limiting ? this.i18n.format(s.limitingLead, { level: label }) : undefined);
    const key = markKey('descriptor-level', level.level, area.id);
    return html`<div class="level" part="level" data-level=${level.level} data-limiting=${limiting ? 'true' : 'false'}>
      <h6 class="heading-xs level__heading">${level.heading ?? label}${this.marks(v, key)}</h6>
      ${lead ? html`<p class="body level__lead">${lead}</p>` : nothing}
      ${limiting ? html`<p class="limiting-note" part="limiting-note">${this.i18n.format(s.limitingExplanation, { level: label })}</p>` : nothing}
      <ul class="list list--bullet">
        ${shown.map((d) => this.renderDescriptor(v, d, limiting))}
      </ul>
    </div>`;
  }

  private renderDescriptor(v: View, d: GradeDescriptor, limiting: boolean): TemplateResult {
    const { s, framework: f } = v;
    const terms = v.filter?.terms;
    const key = markKey('descriptor', d.id);
    const notes = (d.footnotes ?? []).map((id) => f.footnotes.find((n) => n.id === id)).filter((n) => n !== undefined);
    return html`<li class="descriptor" part="descriptor" data-descriptor-id=${d.id}>
      <span class="descriptor__text">${highlight(d.text, terms)}</span>${notes.map(
        (n) =>
          html`<sup class="footnote-ref"
            ><a
              class="link"
              part="footnote-ref"
              href="#${encodeURIComponent(footnoteAnchor(n.id))}"
              data-target=${footnoteAnchor(n.id)}
              aria-label=${this.i18n.format(s.footnoteLink, { marker: n.marker })}
              @click=${this.handleAnchorClick}
              >${n.marker}</a
            ></sup
          >`,
      )}${limiting ? html` <span class="tags"><strong class="tag tag--limiting" part="tag" data-limiting-tag>${s.limitingTag}</strong></span>` : nothing}${this.marks(v, key)}
      ${this.previous(v, key)}
      ${d.items ? html`<ul class="list list--bullet descriptor__items">${d.items.map((i) => html`<li>${highlight(i, terms)}</li>`)}</ul>` : nothing}
    </li>`;
  }

  // Crosswalk and footnotes --------------------------------------------------------------------

  private renderCrosswalk(v: View, crosswalk: Crosswalk): TemplateResult {
    const { framework: f, s, words } = v;
    const titles = new Map(crosswalk.targets.map((t) => [t.id, t.title]));
    const captionId = `${crosswalkAnchor(crosswalk.id)}--caption`;
    return html`<section class="section" part="crosswalk" id=${crosswalkAnchor(crosswalk.id)} data-anchor data-crosswalk-id=${crosswalk.id}>
      <h3 class="heading-m" tabindex="-1" data-focus id=${captionId}>
        ${crosswalk.title}${crosswalk.provisional ? html` <span class="tags">${this.provisionalTag(v)}</span>` : nothing}${this.marks(
          v,
          markKey('crosswalk', crosswalk.id),
        )}
      </h3>
      <table class="table" part="crosswalk-table" aria-labelledby=${captionId}>
        <thead>
          <tr>
            <th scope="col" class="table__area">${this.i18n.format(s.crosswalkAreaColumn, { Area: capitalise(words.area), area: words.area })}</th>
            <th scope="col">${s.crosswalkTargetsColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${crosswalk.entries.map((entry) => {
            const area = v.index.areas.get(entry.area)?.area;
            if (!area) return nothing;
            return html`<tr data-area-id=${area.id}>
              <th scope="row">${this.link(area.id, areaLabel(f, area, s))}${this.marks(v, markKey('crosswalk-entry', entry.area, crosswalk.id))}</th>
              <td>
                <ul class="list">
                  ${entry.targets.map((t) => html`<li data-target-id=${t}>${titles.get(t) ?? t}</li>`)}
                </ul>
                ${entry.notes ? html`<p class="hint crosswalk__notes">${entry.notes.join(' ')}</p>` : nothing}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  private renderFootnotes(v: View): TemplateResult | typeof nothing {
    const { framework: f, s } = v;
    if (f.footnotes.length === 0) return nothing;
    return html`<section class="section" part="footnotes" id=${SECTION.footnotes} data-anchor>
      <h3 class="heading-m" tabindex="-1" data-focus>${s.footnotesHeading}</h3>
      <ul class="list">
        ${f.footnotes.map(
          (n) => html`<li class="footnote" id=${footnoteAnchor(n.id)} data-anchor data-focus tabindex="-1" data-footnote-id=${n.id}>
            <span class="footnote__marker">${n.marker}</span>${n.text}${this.marks(v, markKey('footnote', n.id))}
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
