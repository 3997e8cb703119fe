// SPDX-License-Identifier: MIT
// GOV.UK's tag: a short status in words. The colour only repeats what the words say.
import { type TemplateResult, html } from 'lit';

/** A tag; `variant` picks its colour class (`tag--<variant>`, e.g. `completed`, `grey`, `better`). */
export function tag(text: string, variant?: string, part = 'tag'): TemplateResult {
  return html`<strong class=${variant ? `tag tag--${variant}` : 'tag'} part=${part}>${text}</strong>`;
}
