// SPDX-License-Identifier: MIT
// The examples of practice an element shows beside each area, from the library it was given
// (`examples` property, else `examples-src` URL): the library's load task, its words (which the
// page overrides through the element's `strings`), the warning when the library cannot be used and
// the examples of one area. The element declares the two properties and includes practiceStyles.
import { Task, TaskStatus } from '@lit/task';
import { type ReactiveControllerHost, type TemplateResult, nothing } from 'lit';
import { type Framework, formatProblem } from '../internal/core.js';
import { Localizer } from '../internal/localize.js';
import { PRACTICE_STRINGS, type PracticeLoaded, examplesForArea, loadPracticeLibrary, practiceExamples, practiceFailure } from '../templates/practice-examples.js';

export interface PracticeSource {
  /** The library as an object: takes precedence over `src`. */
  given: unknown;
  src: string | undefined;
}

export class PracticeController {
  readonly task: Task<readonly [unknown, string | undefined], PracticeLoaded | undefined>;
  private readonly words: Localizer<typeof PRACTICE_STRINGS>;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => PracticeSource, strings: () => Partial<Record<string, unknown>> | null | undefined) {
    this.words = new Localizer(host, PRACTICE_STRINGS, strings);
    const format = (template: string, values: Record<string, string>) => this.words.format(template, values);
    this.task = new Task(host, {
      args: () => {
        const { given, src } = source();
        return [given, given ? undefined : src || undefined] as const;
      },
      task: ([given, src], { signal }) => loadPracticeLibrary(given, src, this.words.strings, format, signal),
    });
  }

  /** The library once loaded (ok or not); undefined while loading or when none is given. */
  get loaded(): PracticeLoaded | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** The warning, shown once above the content, when the library could not be used. */
  renderFailure(): TemplateResult | typeof nothing {
    const loaded = this.loaded;
    return loaded?.ok === false ? practiceFailure(loaded, formatProblem) : nothing;
  }

  /** The examples of one area of `framework`; nothing when there are none. */
  renderExamples(framework: Framework, areaId: string, level: 3 | 4 | 5): TemplateResult | typeof nothing {
    const loaded = this.loaded;
    if (!loaded?.ok) return nothing;
    return practiceExamples({
      id: areaId,
      examples: examplesForArea(loaded.library, framework, areaId),
      illustrative: loaded.library.illustrative === true,
      strings: this.words.strings,
      format: (template, values) => this.words.format(template, values),
      level,
    });
  }
}
