// SPDX-License-Identifier: MIT
// Examples of practice beside an area: what other settings offered as practice worth sharing,
// from a library (`examples` property or `examples-src` URL) any element can show. Loading goes
// through fetch-json and core's schema, so a bad library is a clear `path: problem` notice, never
// a broken page. An illustrative library (a demo) says so in words every time it is shown.
import { type TemplateResult, css, html, nothing } from 'lit';
import { readDocument } from '../controllers/fetch-json.js';
import { type PracticeExample, PracticeLibrary, type Problem, parseWith } from '../internal/core.js';
import { warning } from './notices.js';

export type { PracticeExample };

/** The words of loading a library; an element's strings include them. */
export interface PracticeLoadStrings {
  practiceUnreachable: string;
  practiceInvalid: string;
}

export type PracticeLoaded = { ok: true; library: PracticeLibrary } | { ok: false; message: string; problems: Problem[] };

/** Reads a library given as an object or by URL; undefined when neither is given. */
export async function loadPracticeLibrary(
  given: unknown,
  src: string | undefined,
  strings: PracticeLoadStrings,
  format: (template: string, values: Record<string, string>) => string,
  signal: AbortSignal,
): Promise<PracticeLoaded | undefined> {
  const read = await readDocument(given, src, (raw) => parseWith(PracticeLibrary, raw), signal);
  if (!read) return undefined;
  if (read.ok) return { ok: true, library: read.value };
  const { failure } = read;
  const message = format(failure.kind === 'unreachable' ? strings.practiceUnreachable : strings.practiceInvalid, { src: src ?? 'examples' });
  return { ok: false, message, problems: failure.kind === 'invalid' ? failure.problems : [] };
}

/** The examples of a library for one area of one framework (an example names the framework version it illustrates). */
export function examplesForArea(library: PracticeLibrary, framework: { id: string }, areaId: string): PracticeExample[] {
  return library.examples.filter((e) => e.framework.id === framework.id && e.areas.includes(areaId));
}

export interface PracticeStrings {
  practiceHeading: string;
  practiceIllustrative: string;
  practiceSettingType: string;
  practiceContact: string;
  practiceLink: string;
}

export interface PracticeExamplesOptions {
  /** Unique within the element, for the heading's id. */
  id: string;
  examples: readonly PracticeExample[];
  illustrative: boolean;
  strings: PracticeStrings;
  format: (template: string, values: Record<string, string>) => string;
  /** The heading level that fits where it is shown (4 beside an area's h3). */
  level: 3 | 4 | 5;
}

/** The examples beside an area; nothing when there are none. */
export function practiceExamples(o: PracticeExamplesOptions): TemplateResult | typeof nothing {
  if (o.examples.length === 0) return nothing;
  const s = o.strings;
  const headingId = `practice--${o.id}`;
  const heading =
    o.level === 3
      ? html`<h3 class="heading-s" id=${headingId}>${s.practiceHeading}</h3>`
      : o.level === 4
        ? html`<h4 class="heading-s" id=${headingId}>${s.practiceHeading}</h4>`
        : html`<h5 class="heading-s" id=${headingId}>${s.practiceHeading}</h5>`;
  // A plain block under its heading, not an <aside>: one landmark per area, all named alike, would only add noise.
  return html`<div class="practice" part="practice" data-practice=${o.id}>
    ${heading} ${o.illustrative ? html`<p class="body practice__illustrative"><strong>${s.practiceIllustrative}</strong></p>` : nothing}
    <ul class="list practice__list">
      ${o.examples.map(
        (e) => html`<li class="practice__item" data-example=${e.id}>
          <p class="body practice__title"><strong>${e.title}</strong></p>
          <p class="body pre-line">${e.summary}</p>
          ${e.settingType ? html`<p class="body muted">${o.format(s.practiceSettingType, { type: e.settingType })}</p>` : nothing}
          ${e.contact ? html`<p class="body">${o.format(s.practiceContact, { contact: e.contact })}</p>` : nothing}
          ${e.link ? html`<p class="body"><a class="link" href=${e.link} rel="noopener noreferrer">${o.format(s.practiceLink, { title: e.title })}</a></p>` : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** A library that could not be used: said once, above the content, which is shown all the same. */
export function practiceFailure(failure: { message: string; problems: readonly Problem[] }, formatProblem: (p: Problem) => string): TemplateResult {
  return warning({
    title: failure.message,
    part: 'practice-warning',
    body:
      failure.problems.length > 0
        ? html`<ul class="list list--bullet problems">
            ${failure.problems.slice(0, 20).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
          </ul>`
        : undefined,
  });
}

export const PRACTICE_STRINGS = {
  practiceHeading: 'Examples of practice from other settings',
  practiceIllustrative: 'These examples are illustrative: they are made up to show the toolkit, not taken from real settings.',
  practiceSettingType: 'Kind of setting: {type}',
  practiceContact: 'Contact: {contact}',
  practiceLink: 'Read more about “{title}”',
  practiceUnreachable: 'The examples of practice could not be loaded from {src}, so none are shown.',
  practiceInvalid: 'The examples of practice at {src} are not a valid library, so none are shown.',
} satisfies PracticeStrings & PracticeLoadStrings;

export const practiceStyles = css`
  .practice {
    margin: calc(var(--_unit) * 4) 0;
    padding: calc(var(--_unit) * 3) calc(var(--_unit) * 4);
    border-left: 5px solid var(--_link);
    background-color: var(--_panel);
  }
  .practice .heading-s {
    margin-top: 0;
  }
  .practice__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .practice__item {
    margin-bottom: calc(var(--_unit) * 3);
  }
  .practice__item .body {
    margin-bottom: var(--_unit);
  }
  @media print {
    .practice {
      break-inside: avoid;
    }
  }
`;
