// SPDX-License-Identifier: MIT
// GOV.UK's messages as small templates: a warning (with a role of alert), a notification banner,
// inset text and a confirmation panel. Each takes its words and, where it has one, its part name.
import { type TemplateResult, html, nothing } from 'lit';

export interface WarningOptions {
  title: string;
  body?: TemplateResult | string | undefined;
  part: string;
  /** `error` draws it in the error colour (a file or framework that could not be used). */
  tone?: 'warning' | 'error';
  /** Extra attributes for tests and styling, as `data-kind`. */
  kind?: string | undefined;
}

export function warning(o: WarningOptions): TemplateResult {
  return html`<div class=${o.tone === 'error' ? 'warning warning--error' : 'warning'} part=${o.part} role="alert" data-kind=${o.kind ?? nothing}>
    <p class="warning__text"><strong>${o.title}</strong></p>
    ${o.body ?? nothing}
  </div>`;
}

export interface BannerOptions {
  part: string;
  /** With a heading, the banner is a labelled region; without, a plain box. */
  heading?: { id: string; text: string } | undefined;
  body: TemplateResult;
  dismiss?: { label: string; onClick: () => void } | undefined;
}

export function notificationBanner(o: BannerOptions): TemplateResult {
  const content = html`${o.heading ? html`<h2 class="heading-m" id=${o.heading.id}>${o.heading.text}</h2>` : nothing} ${o.body}
  ${o.dismiss ? html`<button type="button" class="link-button" @click=${o.dismiss.onClick}>${o.dismiss.label}</button>` : nothing}`;
  return o.heading
    ? html`<div class="notification notification--important" part=${o.part} role="region" aria-labelledby=${o.heading.id}>${content}</div>`
    : html`<div class="notification" part=${o.part}>${content}</div>`;
}

export function inset(body: TemplateResult | string, part = 'notice'): TemplateResult {
  return html`<div class="inset" part=${part}>${typeof body === 'string' ? html`<p class="body">${body}</p>` : body}</div>`;
}

export interface PanelOptions {
  headingId: string;
  title: string;
  body: string;
}

export function panel(o: PanelOptions): TemplateResult {
  return html`<div class="panel" part="panel">
    <h2 class="panel__title" id=${o.headingId} tabindex="-1">${o.title}</h2>
    <p class="panel__body">${o.body}</p>
  </div>`;
}
