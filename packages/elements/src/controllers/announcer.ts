// SPDX-License-Identifier: MIT
// A polite live region for status messages that change after input ("Suggested judgement for
// Strand 1: Good.", "12 results"). One per element; the element renders it once, anywhere.
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html } from 'lit';

export class Announcer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private message = '';

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the region says now (for tests and hosts). */
  get text(): string {
    return this.message;
  }

  /** Says `text` politely. Saying the same text again is announced again. */
  announce(text: string): void {
    // A zero-width space makes a repeat differ from what is there, so screen readers read it again.
    this.message = text === this.message.replace(/\u200b$/, '') && !this.message.endsWith('\u200b') ? `${text}\u200b` : text;
    this.host.requestUpdate();
  }

  clear(): void {
    this.message = '';
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="live-region">${this.message}</div>`;
  }
}
