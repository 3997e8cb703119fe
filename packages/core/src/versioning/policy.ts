// SPDX-License-Identifier: MIT
// The versioning policy as data: for each kind of item, which fields are wording, which are
// metadata and which change meaning, and the bump each kind of change demands. The written
// policy (the "Versioning policy" section of the package README) says the same in words; keep the two together.
import type { Bump } from './bump.js';
import type { ChangeKind, ItemKind } from './change.js';

export interface ChangePolicy {
  kind: ChangeKind;
  bump: Bump;
  reason: string;
  /**
   * The change can alter the level the engine suggests for an area: it demands major unless
   * worked examples that exercise the area show the suggestions unchanged.
   */
  suggestion?: boolean;
}

const WORDING: ChangePolicy = { kind: 'reworded', bump: 'patch', reason: 'wording only: ids, answers and judgements keep their meaning' };
const METADATA: ChangePolicy = { kind: 'metadata', bump: 'none', reason: 'metadata (status, dates, notes, provenance, provisional flags) demands no bump' };
const NUMBERING: ChangePolicy = { kind: 'renumbered', bump: 'patch', reason: 'numbering only: the id, and every answer stored under it, stay' };
const RULE_LOGIC: ChangePolicy = { kind: 'changed', bump: 'minor', suggestion: true, reason: 'a rule\'s logic changed' };
const changed = (bump: Bump, reason: string, suggestion = false): ChangePolicy =>
  suggestion ? { kind: 'changed', bump, reason, suggestion } : { kind: 'changed', bump, reason };
const SCALE_LEVEL_MEANING = changed('major', 'a level of a scale changed meaning: ratings and judgements recorded on it no longer mean what they meant');

/** Fields an item may have; a field not listed is treated as a change of meaning (major). */
export const FIELD_POLICY: Readonly<Record<ItemKind, Readonly<Record<string, ChangePolicy>>>> = {
  framework: {
    $schema: METADATA,
    schemaVersion: changed('major', 'the document schema version changed: readers of the older shape need updating'),
    status: METADATA,
    released: METADATA,
    provenance: METADATA,
    notes: METADATA,
    migrations: METADATA,
    title: WORDING,
    shortTitle: WORDING,
    publisher: WORDING,
    description: WORDING,
    terminology: WORDING,
    locale: { ...WORDING, reason: 'the language of the wording changed; ids and the meaning of answers stay' },
    judgementScale: changed('major', 'the judgement scale changed'),
  },
  category: { title: WORDING, summary: WORDING, notes: METADATA },
  area: { title: WORDING, summary: WORDING, number: NUMBERING, notes: METADATA },
  'sub-area': { title: WORDING, summary: WORDING, letter: NUMBERING, notes: METADATA },
  question: {
    text: WORDING,
    guidance: WORDING,
    provisional: METADATA,
    notes: METADATA,
    answer: changed('major', 'the kind of answer the question takes changed: answers stored against the older version no longer fit'),
    scale: changed('major', 'the scale a rating question uses changed: ratings stored against the older version no longer fit'),
  },
  'grade-descriptors': {
    title: WORDING,
    guidance: { ...WORDING, reason: 'which guidance notes are shown with the descriptors changed: presentation only' },
    scale: changed('major', 'the scale the descriptors grade on changed: checks and judgements against the older version no longer fit'),
  },
  'descriptor-level': {
    heading: WORDING,
    lead: WORDING,
    limiting: changed('minor', 'whether any one descriptor met forces this level changed', true),
  },
  descriptor: { text: WORDING, items: WORDING, footnotes: { ...WORDING, reason: 'footnote references only: presentation' } },
  rule: { description: WORDING, strategy: RULE_LOGIC, level: RULE_LOGIC, when: RULE_LOGIC },
  scale: { title: WORDING, description: WORDING, provisional: METADATA, notes: METADATA },
  'scale-level': { label: SCALE_LEVEL_MEANING, number: SCALE_LEVEL_MEANING, description: WORDING },
  use: {
    title: WORDING,
    description: WORDING,
    provisional: METADATA,
    notes: METADATA,
    focusAreas: changed('minor', 'the areas that matter most for this use changed: no stored answer changes, but what a vendor highlights does'),
  },
  guidance: { title: WORDING, text: WORDING, items: WORDING },
  footnote: { marker: WORDING, text: WORDING },
  crosswalk: { title: WORDING, provisional: METADATA, notes: METADATA },
  'crosswalk-target': { title: WORDING },
  'crosswalk-entry': { targets: changed('minor', 'the crosswalk maps this area to other targets'), notes: METADATA },
  'example-of-practice': {
    title: WORDING,
    setting: WORDING,
    summary: WORDING,
    link: WORDING,
    areas: changed('minor', 'the areas an example of practice illustrates changed'),
  },
  'worked-example': {},
};

export const UNKNOWN_FIELD: ChangePolicy = changed('major', 'a field this version of the diff does not know changed: major on the safe side');

const ADDITION: ChangePolicy = { kind: 'added', bump: 'minor', reason: 'an addition: evaluations made against the older version stay valid and simply lack it' };
const REMOVAL: ChangePolicy = {
  kind: 'removed',
  bump: 'major',
  reason: 'a removal: evaluations, links and vendors\' code that use this id no longer find it',
};

export function addedPolicy(item: ItemKind): ChangePolicy {
  switch (item) {
    case 'rule':
      return { ...ADDITION, suggestion: true, reason: 'a rule added' };
    case 'descriptor':
      return { ...ADDITION, suggestion: true, reason: 'a descriptor added: it changes the counts and scores rules read' };
    case 'descriptor-level':
      return { ...ADDITION, reason: 'descriptors for another level added' };
    case 'scale-level':
      return { ...SCALE_LEVEL_MEANING, kind: 'added', reason: 'a level added to a scale: the scale\'s other levels change meaning' };
    case 'question':
      return { ...ADDITION, reason: 'a new question: evaluations made against the older version leave it unanswered' };
    default:
      return ADDITION;
  }
}

export function removedPolicy(item: ItemKind): ChangePolicy {
  switch (item) {
    case 'rule':
      return { kind: 'removed', bump: 'minor', suggestion: true, reason: 'a rule removed' };
    case 'crosswalk-entry':
      return { kind: 'removed', bump: 'minor', reason: 'an area no longer mapped by the crosswalk: no id is lost' };
    case 'scale-level':
      return { ...SCALE_LEVEL_MEANING, kind: 'removed', reason: 'a level removed from a scale: ratings and judgements at that level no longer fit' };
    case 'question':
      return { ...REMOVAL, reason: 'a question removed: answers to it have no home (migrate keeps them as carried over)' };
    case 'descriptor':
      return { ...REMOVAL, reason: 'a descriptor removed: checks of it have no home (migrate keeps them as carried over)' };
    case 'area':
      return { ...REMOVAL, reason: 'an area removed: its judgement, evidence and actions have no home (migrate keeps them as carried over)' };
    case 'use':
      return { ...REMOVAL, reason: 'a use removed: evaluations made for it no longer name a use of this version' };
    case 'scale':
      return { ...REMOVAL, reason: 'a scale removed: ratings on it no longer fit' };
    default:
      return REMOVAL;
  }
}

export function movedPolicy(item: ItemKind): ChangePolicy {
  const reason = 'moved to another parent: the id and every answer stored under it stay; where it is shown changes';
  if (item === 'descriptor') return { kind: 'moved', bump: 'minor', suggestion: true, reason: 'a descriptor moved to another level or area: it counts towards a different level' };
  if (item === 'rule') return { kind: 'moved', bump: 'minor', suggestion: true, reason: 'a rule moved to another area' };
  return { kind: 'moved', bump: 'minor', reason };
}

/** The order of a list: presentation, except where order is meaning (scale levels, rules). */
export function reorderedPolicy(item: ItemKind, list: string): ChangePolicy {
  if (item === 'scale' && list === 'levels') {
    return { kind: 'reordered', bump: 'major', reason: 'the levels of a scale were reordered: a scale lists its levels best first, so their meaning changed' };
  }
  if (item === 'area' && list === 'rules') {
    return { kind: 'reordered', bump: 'minor', suggestion: true, reason: 'the rules were reordered: the first rule that holds decides' };
  }
  return { kind: 'reordered', bump: 'patch', reason: 'order only: presentation' };
}

export function areaStatusPolicy(after: unknown): ChangePolicy {
  return after === 'not-yet-written'
    ? changed('major', 'the area\'s content was withdrawn (not yet written): its questions and descriptors are gone')
    : changed('minor', 'the area\'s content has been written');
}

/** A judgement scale added, removed or replaced: all three change what a judgement is. */
export function judgementScalePolicy(before: unknown, after: unknown): ChangePolicy {
  if (before === undefined) {
    return changed(
      'major',
      `a judgement scale was added ("${String(after)}"): every area is now judged on it, and an evaluation made against the older version has no judgement on it, so it no longer meets what a submitted evaluation must hold`,
    );
  }
  if (after === undefined) return changed('major', `the judgement scale "${String(before)}" was removed: judgements recorded on it no longer fit`);
  return changed('major', `the judgement scale changed from "${String(before)}" to "${String(after)}": judgements recorded on the older scale no longer fit`);
}
