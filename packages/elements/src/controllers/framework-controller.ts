// SPDX-License-Identifier: MIT
// Loading the framework an element shows, however the page gives it: as a property (code), by id
// and version from the page's registry, or by `src` URL to a published file. Built on @lit/task,
// so a newer request aborts an older one and a late answer can never replace a newer one.
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { type Framework, type FrameworkIndex, type Problem, compileFramework, indexFramework, validateFramework } from '../internal/core.js';
import { format } from '../internal/localize.js';
import { FRAMEWORKS_REGISTERED_EVENT, findFramework } from '../internal/registry.js';
import { readDocument } from './fetch-json.js';

export interface FrameworkRequest {
  framework?: Framework | undefined;
  id?: string | undefined;
  version?: string | undefined;
  src?: string | undefined;
}

export interface LoadedFramework {
  framework: Framework;
  index: FrameworkIndex;
}

/** The words of loading failures; every element's strings include them. */
export interface FrameworkLoadStrings {
  frameworkNotRegistered: string;
  frameworkNotRegisteredHint: string;
  frameworkUnreachable: string;
  frameworkInvalid: string;
  latestVersion: string;
}

/** A failure to load, in words for the page, with the file's problems where a file was at fault. */
export class LoadFailure extends Error {
  override name = 'LoadFailure';
  readonly hint: string | undefined;
  readonly problems: Problem[];
  constructor(message: string, options: { hint?: string | undefined; problems?: Problem[] | undefined } = {}) {
    super(message);
    this.hint = options.hint;
    this.problems = options.problems ?? [];
  }
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export function loadStatus(status: TaskStatus): LoadStatus {
  return status === TaskStatus.PENDING ? 'loading' : status === TaskStatus.COMPLETE ? 'ready' : status === TaskStatus.ERROR ? 'error' : 'idle';
}

/**
 * Until the page has finished loading, a framework that is not registered yet may still be on its
 * way: module scripts run in document order at readyState "interactive", so the framework file
 * can run after the elements file. Waits for it to register, or for the page's `load` event.
 */
function registeredDuringLoad(id: string, version: string | undefined, signal: AbortSignal): Promise<Framework | undefined> {
  if (document.readyState === 'complete') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const finish = (framework: Framework | undefined) => {
      document.removeEventListener(FRAMEWORKS_REGISTERED_EVENT, onRegistered);
      window.removeEventListener('load', onLoad);
      signal.removeEventListener('abort', onAbort);
      resolve(framework);
    };
    const onRegistered = () => {
      const found = findFramework(id, version);
      if (found) finish(found);
    };
    const onLoad = () => finish(findFramework(id, version));
    const onAbort = () => finish(undefined);
    document.addEventListener(FRAMEWORKS_REGISTERED_EVENT, onRegistered);
    window.addEventListener('load', onLoad);
    signal.addEventListener('abort', onAbort);
  });
}

export interface FrameworkControllerOptions {
  request: () => FrameworkRequest;
  strings: () => FrameworkLoadStrings;
  /** Called with the failure once a load has failed (the element fires `apq-error`). */
  onError?: (failure: LoadFailure) => void;
}

export class FrameworkController {
  readonly task: Task<readonly [Framework | undefined, string | undefined, string | undefined, string | undefined], LoadedFramework | undefined>;
  private readonly options: FrameworkControllerOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FrameworkControllerOptions) {
    this.options = options;
    this.task = new Task(host, {
      args: () => {
        const r = options.request();
        return [r.framework, r.id || undefined, r.version || undefined, r.src || undefined] as const;
      },
      task: ([framework, id, version, src], { signal }) => this.load(framework, id, version, src, signal),
      onError: (error) => options.onError?.(error instanceof LoadFailure ? error : new LoadFailure(String(error))),
    });
    host.addController({
      hostConnected: () => document.addEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered),
      hostDisconnected: () => document.removeEventListener(FRAMEWORKS_REGISTERED_EVENT, this.handleRegistered),
    });
  }

  /** `idle` when nothing names a framework yet. */
  get status(): LoadStatus {
    const status = loadStatus(this.task.status);
    return status === 'ready' && !this.task.value ? 'idle' : status;
  }

  /** The framework and its index once loaded. */
  get value(): LoadedFramework | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get failure(): LoadFailure | undefined {
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const error = this.task.error;
    return error instanceof LoadFailure ? error : new LoadFailure(String(error));
  }

  /** A framework registered after this element gave up on it (a script added late): try again. */
  private readonly handleRegistered = (): void => {
    const r = this.options.request();
    if (this.task.status === TaskStatus.ERROR && r.id && !r.framework && !r.src) void this.task.run();
  };

  private async load(framework: Framework | undefined, id: string | undefined, version: string | undefined, src: string | undefined, signal: AbortSignal): Promise<LoadedFramework | undefined> {
    const s = this.options.strings();
    if (framework) return prepare(framework, format(s.frameworkInvalid, { src: framework.id }));
    if (src) {
      const read = (await readDocument(undefined, src, validateFramework, signal))!;
      if (read.ok) return prepare(read.value, format(s.frameworkInvalid, { src }));
      if (read.failure.kind === 'unreachable') throw new LoadFailure(format(s.frameworkUnreachable, { src }));
      throw new LoadFailure(format(s.frameworkInvalid, { src }), { problems: read.failure.problems });
    }
    if (id) {
      const found = findFramework(id, version) ?? (await registeredDuringLoad(id, version, signal));
      if (found) return prepare(found, format(s.frameworkInvalid, { src: id }));
      if (signal.aborted) return undefined;
      throw new LoadFailure(format(s.frameworkNotRegistered, { id, version: version ?? s.latestVersion }), { hint: format(s.frameworkNotRegisteredHint, { file: registeringFile(id, version) }) });
    }
    return undefined;
  }
}

/** The CDN file that registers a framework: its own file for a pinned version, else the file with every bundled one. */
function registeringFile(id: string, version: string | undefined): string {
  return version ? `apq-framework-${id}-${version}.js` : 'apq-frameworks.js';
}

/** Checks the rules compile (a framework given in code is not otherwise validated) and indexes it. */
function prepare(framework: Framework, invalidMessage: string): LoadedFramework {
  const compiled = validShape(framework) ? compileFramework(framework) : validateFramework(framework);
  if (!compiled.ok) throw new LoadFailure(invalidMessage, { problems: compiled.problems });
  return { framework, index: indexFramework(framework) };
}

/** A framework set from code may be anything: only a plausible shape goes straight to the compiler. */
function validShape(value: unknown): value is Framework {
  const f = value as Partial<Framework> | null;
  return typeof f === 'object' && f !== null && typeof f.id === 'string' && typeof f.version === 'string' && Array.isArray(f.categories) && Array.isArray(f.scales);
}
