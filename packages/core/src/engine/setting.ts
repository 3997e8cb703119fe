// SPDX-License-Identifier: MIT
// Telling settings apart across evaluations: by URN where there is one, else by name and local
// authority. Evaluations naming neither cannot be matched and stand alone.
import type { Evaluation, Setting } from '../schema/evaluation.js';

export function settingKey(evaluation: Pick<Evaluation, 'id' | 'setting'>): string {
  const { urn, name, localAuthority } = evaluation.setting;
  if (urn) return `urn:${urn}`;
  if (name?.trim()) return `name:${normalise(name)}|${normalise(localAuthority ?? '')}`;
  return `evaluation:${evaluation.id}`;
}

export function sameSetting(a: Setting, b: Setting): boolean {
  if (a.urn && b.urn) return a.urn === b.urn;
  if (!a.name?.trim() || !b.name?.trim()) return false;
  return normalise(a.name) === normalise(b.name) && normalise(a.localAuthority ?? '') === normalise(b.localAuthority ?? '');
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
