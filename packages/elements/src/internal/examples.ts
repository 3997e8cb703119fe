// SPDX-License-Identifier: MIT
// The shape of an element's examples (`<name>.examples.ts` beside each element): one list per
// element that feeds its Storybook stories, the shared accessibility loop and the docs, so a
// state added once is drawn, checked by axe and documented everywhere.
import type { TemplateResult } from 'lit';

export interface ElementExample {
  /** A unique, readable name, such as "Leicestershire, compared with last year". */
  name: string;
  description?: string;
  /** Renders the example; the promise resolves once it has loaded and rendered. */
  render: () => TemplateResult;
  /** Kept out of Storybook but still run through axe. */
  hidden?: boolean;
  /** A viewport width to check at, besides the default (e.g. 320 for reflow). */
  width?: number;
}

export interface ElementExamples {
  /** The tag, such as `apq-summary`. */
  tag: string;
  examples: readonly ElementExample[];
}
