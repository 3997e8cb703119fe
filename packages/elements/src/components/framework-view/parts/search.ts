// SPDX-License-Identifier: MIT
// The filter of <apq-framework-view>: a folded (lower case, accents and curly quotes removed)
// search index built once per framework, so each keystroke is a handful of `includes` over
// strings that are already prepared, and highlighting that maps matches back onto the original text.
import { type TemplateResult, html } from 'lit';
import type { Framework } from '../../../internal/core.js';

export type SearchKind = 'area' | 'sub-area' | 'question' | 'descriptor';

interface Entry {
  key: string;
  kind: SearchKind;
  area: string;
  subArea?: string | undefined;
  text: string;
  /** An area's or sub-area's folded title: a match there shows all of it. */
  title?: string;
}

export interface SearchIndex {
  entries: readonly Entry[];
}

export interface FilterResult {
  /** Folded terms, every one of which an item contains. */
  terms: readonly string[];
  /** How many items match: areas, sub-areas, questions and descriptors. */
  count: number;
  /** Keys (`kind:id`) of the items that match. */
  matched: ReadonlySet<string>;
  /** Areas with a match in them or on them. */
  areas: ReadonlySet<string>;
  /** Keys of the areas and sub-areas whose title matches: shown whole, not just what matches in them. */
  whole: ReadonlySet<string>;
}

export const itemKey = (kind: SearchKind, id: string): string => `${kind}:${id}`;

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-' };

function foldChar(ch: string): string {
  return (QUOTES[ch] ?? ch).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Text as the filter compares it: lower case, without accents, with straight quotes and hyphens. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** The folded words of a query; empty when there is nothing to filter by. */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter((t) => t !== '');
}

const cache = new WeakMap<Framework, SearchIndex>();

export function searchIndex(framework: Framework): SearchIndex {
  const cached = cache.get(framework);
  if (cached) return cached;
  const entries: Entry[] = [];
  const join = (...parts: Array<string | undefined>) => fold(parts.filter(Boolean).join('\n'));
  for (const category of framework.categories) {
    for (const area of category.areas) {
      entries.push({ key: itemKey('area', area.id), kind: 'area', area: area.id, text: join(area.title, area.summary), title: fold(area.title) });
      for (const q of area.questions) entries.push({ key: itemKey('question', q.id), kind: 'question', area: area.id, text: join(q.text, q.guidance) });
      for (const sub of area.subAreas) {
        entries.push({ key: itemKey('sub-area', sub.id), kind: 'sub-area', area: area.id, subArea: sub.id, text: join(sub.title, sub.summary), title: fold(sub.title) });
        for (const q of sub.questions) {
          entries.push({ key: itemKey('question', q.id), kind: 'question', area: area.id, subArea: sub.id, text: join(q.text, q.guidance) });
        }
      }
      for (const level of area.descriptors?.levels ?? []) {
        for (const d of level.descriptors) entries.push({ key: itemKey('descriptor', d.id), kind: 'descriptor', area: area.id, text: join(d.text, ...(d.items ?? [])) });
      }
    }
  }
  const index = { entries };
  cache.set(framework, index);
  return index;
}

/**
 * What matches `query` among the areas in `scope` (all areas when absent); undefined when the
 * query has no words (nothing is filtered).
 */
export function runFilter(index: SearchIndex, query: string, scope?: ReadonlySet<string>): FilterResult | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const matched = new Set<string>();
  const areas = new Set<string>();
  const whole = new Set<string>();
  for (const entry of index.entries) {
    if (scope && !scope.has(entry.area)) continue;
    if (terms.every((t) => entry.text.includes(t))) {
      matched.add(entry.key);
      areas.add(entry.area);
      const title = entry.title;
      if (title !== undefined && terms.every((t) => title.includes(t))) whole.add(entry.key);
    }
  }
  return { terms, count: matched.size, matched, areas, whole };
}

/**
 * `text` with every occurrence of the terms wrapped in <mark>, matched on the folded text and
 * mapped back to the original characters. Always text bindings: never HTML from the data.
 */
export function highlight(text: string, terms: readonly string[] | undefined): string | TemplateResult {
  if (!terms || terms.length === 0) return text;
  let folded = '';
  // starts[i] is the index in `text` of the character that produced folded[i].
  const starts: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let i = 0; i < f.length; i++) starts.push(offset);
    folded += f;
    offset += ch.length;
  }
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      const end = at + term.length;
      const originalEnd = end < starts.length ? starts[end]! : text.length;
      ranges.push([starts[at]!, originalEnd]);
      at = folded.indexOf(term, end);
    }
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const parts: Array<string | TemplateResult> = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(html`<mark class="highlight" part="highlight">${text.slice(start, end)}</mark>`);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return html`${parts}`;
}
