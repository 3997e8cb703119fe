// SPDX-License-Identifier: MIT
// Telling settings apart across evaluations: by URN where there is one, else by name and local
// authority. Evaluations naming neither cannot be matched and stand alone. Only a URN of 6 or 7
// digits (once trimmed) counts: a draft may hold a partly typed one (ADR 0004).
import type { Evaluation, Setting } from '../schema/evaluation.js';
import { ApqError } from '../validate/problems.js';

/** Throws an `ApqError` unless the value is a setting: an object whose name, URN, type and local authority are strings where given. */
function assertSetting(setting: unknown, what: string): asserts setting is Setting {
  const ok =
    setting !== null &&
    typeof setting === 'object' &&
    !Array.isArray(setting) &&
    (['name', 'urn', 'type', 'localAuthority'] as const).every((key) => {
      const value = Object.hasOwn(setting, key) ? (setting as Setting)[key] : undefined;
      return value === undefined || typeof value === 'string';
    });
  if (!ok) throw new ApqError(`${what} must be a setting: an object with name, urn, type and localAuthority as strings where given`);
}

/** The key a setting is told apart by; throws an `ApqError` for an evaluation without an id and a setting. */
export function settingKey(evaluation: Pick<Evaluation, 'id' | 'setting'>): string {
  if (evaluation === null || typeof evaluation !== 'object' || typeof evaluation.id !== 'string') throw new ApqError('expected an evaluation with an id and a setting');
  assertSetting(evaluation.setting, 'evaluation.setting');
  const { name, localAuthority } = evaluation.setting;
  const urn = urnOf(evaluation.setting);
  if (urn) return `urn:${urn}`;
  if (name?.trim()) return `name:${normalise(name)}|${normalise(localAuthority ?? '')}`;
  return `evaluation:${evaluation.id}`;
}

/** Whether two settings are the same one; throws an `ApqError` for anything but two settings. */
export function sameSetting(a: Setting, b: Setting): boolean {
  assertSetting(a, 'the first setting');
  assertSetting(b, 'the second setting');
  const urnA = urnOf(a);
  const urnB = urnOf(b);
  if (urnA && urnB) return urnA === urnB;
  if (!a.name?.trim() || !b.name?.trim()) return false;
  return normalise(a.name) === normalise(b.name) && normalise(a.localAuthority ?? '') === normalise(b.localAuthority ?? '');
}

function urnOf(setting: Setting): string | undefined {
  const urn = setting.urn?.trim();
  return urn && /^\d{6,7}$/.test(urn) ? urn : undefined;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
