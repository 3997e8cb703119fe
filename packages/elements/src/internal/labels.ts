// SPDX-License-Identifier: MIT
// Words every element uses for framework things: an area's heading in the framework's own
// terminology ("Strand 1: Attendance"), progress statuses, descriptor checks and scale levels.
import type { CheckStatus, Framework, FrameworkIndex, ProgressStatus, QualityArea } from './core.js';
import { capitalise, format } from './localize.js';
import type { CommonStrings } from './strings.js';

/** "Strand 1: Attendance", "Quality area 3: Partnership working". */
export function areaLabel(framework: Framework, area: QualityArea, strings: Pick<CommonStrings, 'areaHeading'>): string {
  const word = framework.terminology?.area ?? 'area';
  return format(strings.areaHeading, { Area: capitalise(word), area: word, number: area.number, title: area.title });
}

/** The framework's word for an area and for areas: "strand" / "strands", "quality area" / "quality areas". */
export function areaWords(framework: Framework): { area: string; areas: string } {
  return { area: framework.terminology?.area ?? 'area', areas: framework.terminology?.areas ?? 'areas' };
}

export function statusLabel(status: ProgressStatus, s: CommonStrings): string {
  return { 'not-started': s.statusNotStarted, 'in-progress': s.statusInProgress, completed: s.statusCompleted, 'not-applicable': s.statusNotApplicable }[status];
}

export function checkLabels(s: CommonStrings): Record<CheckStatus, string> {
  return { met: s.checkMet, 'partly-met': s.checkPartlyMet, 'not-met': s.checkNotMet, 'not-assessed': s.checkNotAssessed };
}

/** A level's label on a scale; the id itself when the scale does not have it. */
export function levelLabel(index: FrameworkIndex, scaleId: string | undefined, level: string | null | undefined): string | null {
  if (level === null || level === undefined) return null;
  const scale = scaleId ? index.scales.get(scaleId) : undefined;
  return scale?.levels.find((l) => l.id === level)?.label ?? level;
}
