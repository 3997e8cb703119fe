// SPDX-License-Identifier: MIT
// One element as a React component, made with @lit/react: its properties become typed props (set as
// properties, so objects such as `framework`, `evaluation` and `storage` pass as they are), and each
// event it fires becomes a typed callback prop named after it (`apq-submit` → `onApqSubmit`), whose
// event's `detail` has the type the elements declare for it (ApqEventDetailMap).
import type { ApqEventDetailMap } from '@ap-quality/elements';
import { type EventName, type ReactWebComponent, createComponent } from '@lit/react';
import React from 'react';

/** The type of every event the elements fire, such as `apq-submit`. */
export type ApqEventType = keyof ApqEventDetailMap;

type Camel<T extends string> = T extends `${infer Head}-${infer Tail}` ? `${Head}${Camel<Capitalize<Tail>>}` : T;

/** The React callback prop for an event type: `apq-submit` → `onApqSubmit`. */
export type CallbackName<T extends ApqEventType> = `on${Capitalize<Camel<T>>}`;

/** The callback props of an element that fires the events `T`, each given the event with its typed `detail`. */
export type ApqEventCallbacks<T extends ApqEventType> = {
  [K in T as CallbackName<K>]: EventName<CustomEvent<ApqEventDetailMap[K]>>;
};

/** `apq-submit` → `onApqSubmit`, as the type above spells it. */
export function callbackName<T extends ApqEventType>(type: T): CallbackName<T> {
  const camel = type.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}` as CallbackName<T>;
}

/**
 * Wraps the custom element registered as `tagName` (import the module that registers it first).
 * `events` lists what the element fires; each becomes a callback prop.
 */
export function wrap<I extends HTMLElement, const T extends readonly ApqEventType[]>(
  tagName: string,
  elementClass: new () => I,
  events: T,
  displayName: string,
): ReactWebComponent<I, ApqEventCallbacks<T[number]>> {
  const callbacks = Object.fromEntries(events.map((type) => [callbackName(type), type])) as ApqEventCallbacks<T[number]>;
  return createComponent({ react: React, tagName, elementClass, events: callbacks, displayName });
}
