// SPDX-License-Identifier: MIT
// The base every element extends: registration that tolerates a second copy of the library,
// typed events, the shared host styles, and an `updateComplete` that also waits for the
// element's own loading (framework, files, drafts), so hosts and tests have one thing to await.
import { TaskStatus } from '@lit/task';
import { type CSSResultGroup, LitElement, type PropertyDeclarations } from 'lit';
import type { ApqEventDetailMap } from '../events/index.js';
import { hostStyles } from '../styles/host.styles.js';
import { kitStyles } from '../styles/kit.styles.js';
import { printStyles } from '../styles/print.styles.js';

export interface EmitOptions {
  cancelable?: boolean;
}

/** Dispatches `type` from `target`: bubbling, composed, with an object detail. False when a listener called preventDefault(). */
export function emit<K extends keyof ApqEventDetailMap>(target: EventTarget, type: K, detail: ApqEventDetailMap[K], options: EmitOptions = {}): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: options.cancelable === true, detail }));
}

export class ApqElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles, kitStyles, printStyles];

  // Declared statically rather than with decorators: see the note on ApqEvaluationForm.
  static override properties: PropertyDeclarations = {
    strings: { type: Object },
  };

  /**
   * Registers the element under `name` unless something already has that name (a second copy of
   * the library on the page, or the host's own subclass).
   */
  static define(name: string, constructor: CustomElementConstructor = this): void {
    if (!customElements.get(name)) customElements.define(name, constructor);
  }

  /** Overrides for any interface string (JSON in the attribute), e.g. `{"print": "Print the report"}`. */
  strings: Record<string, unknown> | undefined;

  private pending: Promise<unknown> | undefined;
  private readonly loaders: Array<{ readonly status: TaskStatus; readonly taskComplete: Promise<unknown> }> = [];
  private readyFired = false;

  /** Dispatches one of the library's events from this element. */
  protected emit<K extends keyof ApqEventDetailMap>(type: K, detail: ApqEventDetailMap[K], options?: EmitOptions): boolean {
    return emit(this, type, detail, options);
  }

  /** Makes `updateComplete` wait for `work` (loading a file, restoring a draft) and the render after it. */
  protected track(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work
      .catch(() => undefined)
      .finally(() => {
        if (this.pending === tracked) this.pending = undefined;
      });
    this.pending = tracked;
  }

  /** Makes `updateComplete` wait for a task (a @lit/task Task) whenever it is running. */
  protected waitFor(task: { readonly status: TaskStatus; readonly taskComplete: Promise<unknown> }): void {
    this.loaders.push(task);
  }

  /**
   * Fires `apq-ready` once per load, after the first render that shows the content (call it from
   * `updated()` when the element has what it needs). `again` re-arms it for the next load.
   */
  protected announceReady(ready: boolean, detail: ApqEventDetailMap['apq-ready']): void {
    if (!ready) {
      this.readyFired = false;
      return;
    }
    if (this.readyFired) return;
    this.readyFired = true;
    this.emit('apq-ready', detail);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (;;) {
      const running = this.loaders.filter((t) => t.status === TaskStatus.PENDING);
      // A task that finished during the last update has already asked for the next one, in which
      // the tasks that depend on it start: wait for that update too.
      if (!this.pending && running.length === 0 && !this.isUpdatePending) return result;
      await Promise.all([this.pending, ...running.map((t) => t.taskComplete.catch(() => undefined))]);
      result = await super.getUpdateComplete();
    }
  }
}
