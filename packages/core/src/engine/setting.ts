// SPDX-License-Identifier: MIT
// Telling settings apart across evaluations: by URN where there is one, else by name and local
// authority. Evaluations naming neither cannot be matched and stand alone. Only a URN of 6 or 7
// digits (once trimmed) counts: a draft may hold a partly typed one (ADR 0004).
import type { Evaluation, Setting } from '../schema/evaluation.js';

export function settingKey(evaluation: Pick<Evaluation, 'id' | 'setting'>): string {
  const { name, localAuthority } = evaluation.setting;
  const urn = urnOf(evaluation.setting);
  if (urn) return `urn:${urn}`;
  if (name?.trim()) return `name:${normalise(name)}|${normalise(localAuthority ?? '')}`;
  return `evaluation:${evaluation.id}`;
}

export function sameSetting(a: Setting, b: Setting): boolean {
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
