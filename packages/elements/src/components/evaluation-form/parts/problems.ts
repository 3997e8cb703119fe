// SPDX-License-Identifier: MIT
// Core's submission problems in the form's own words: each is worded from the interface strings by
// its code, so a translated page shows no engine English.
import type { Problem } from '../../../internal/core.js';
import type { ApqStrings } from '../evaluation-form.strings.js';

/** Problems a person is told about when they move on from a step, not only at submit: a value in the wrong form. */
export const FORMAT_PROBLEMS: ReadonlySet<string> = new Set(['urn-invalid']);

export function problemMessage(
  p: Problem,
  s: ApqStrings,
  areaLabel: (areaId: string) => string,
  format: (template: string, values: Record<string, string | number>) => string,
): string {
  const area = typeof p.params?.area === 'string' ? areaLabel(p.params.area) : '';
  switch (p.code) {
    case 'use-missing':
      return s.errorUse;
    case 'setting-name-missing':
      return s.errorSettingName;
    case 'urn-invalid':
      return s.errorSettingUrn;
    case 'judgement-missing':
      return format(s.errorJudgement, { area });
    case 'rationale-missing':
      return format(s.errorRationale, { area });
    default:
      return p.message;
  }
}
