// SPDX-License-Identifier: MIT
// Interface strings in the page's language: every string overridable, placeholders filled, plurals
// chosen with Intl.PluralRules and dates written with Intl.DateTimeFormat, all following the
// nearest `lang` attribute (the element's own, an ancestor's, or the document's). British English,
// the common case, is written without Intl (see BRITISH_MONTHS).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type StringTable = Record<string, string>;

/**
 * Fills a template. `{name}` takes a value; `{name, plural, one {# thing} other {# things}}` picks
 * the form for the number by the language's plural rules (`=0`, `=1`… match exactly first) and
 * writes the number in place of `#`. An unknown placeholder is left as written, so a mistake in an
 * override shows on the page instead of vanishing.
 */
export function format(template: string, values: Record<string, string | number> = {}, lang?: string): string {
  const withPlurals = template.includes(', plural,') ? plurals(template, values, lang) : template;
  return withPlurals.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const PLURAL = /\{([A-Za-z][A-Za-z0-9]*), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_OPTION = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

function plurals(template: string, values: Record<string, string | number>, lang: string | undefined): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const count = Number(values[name]);
    const options = new Map<string, string>();
    for (const [, key, text] of body.matchAll(PLURAL_OPTION)) options.set(key!, text!);
    const english = isEnglish(lang) && Number.isInteger(count);
    const category = english ? (count === 1 ? 'one' : 'other') : pluralRules(lang).select(count);
    const chosen = options.get(`=${count}`) ?? options.get(category) ?? options.get('other') ?? '';
    return chosen.replace(/#/g, english ? groupThousands(count) : numberFormat(lang).format(count));
  });
}

// English whole numbers, the common case, skip Intl: the first Intl.PluralRules or NumberFormat of
// a page loads the browser's locale data, which cost the form about 40-70 ms on its first render.
const ENGLISH = /^en(?:-|$)/i;
const isEnglish = (lang: string | undefined) => lang === undefined || ENGLISH.test(lang);
const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

/**
 * A language tag Intl accepts. A page that says only `en` (or nothing) is taken as British English:
 * these elements serve English public bodies, whose dates read "1 March 2027", not "March 1, 2027".
 */
function safeLang(lang: string | undefined): string {
  let tag = 'en';
  try {
    tag = (lang && Intl.getCanonicalLocales(lang)[0]) || 'en';
  } catch {
    // Not a language tag: English.
  }
  return tag === 'en' ? 'en-GB' : tag;
}

function pluralRules(lang: string | undefined): Intl.PluralRules {
  const key = safeLang(lang);
  let rules = rulesCache.get(key);
  if (!rules) rulesCache.set(key, (rules = new Intl.PluralRules(key)));
  return rules;
}

function numberFormat(lang: string | undefined): Intl.NumberFormat {
  const key = safeLang(lang);
  let nf = numberCache.get(key);
  if (!nf) numberCache.set(key, (nf = new Intl.NumberFormat(key)));
  return nf;
}

/** The defaults with the host's overrides on top; overrides that are not strings are ignored. */
export function mergeStrings<S extends StringTable>(defaults: S, overrides: Partial<Record<keyof S, unknown>> | null | undefined): S {
  if (!overrides || typeof overrides !== 'object') return defaults;
  const out: S = { ...defaults };
  for (const key of Object.keys(defaults) as Array<keyof S>) {
    const value = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    if (typeof value === 'string') out[key] = value as S[keyof S];
  }
  return out;
}

/** "quality area" → "Quality area". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// One observer for the whole page: a change of <html lang> re-renders every connected element.
const hosts = new Set<ReactiveControllerHost>();
let documentObserver: MutationObserver | undefined;
function watchDocumentLang(): void {
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * An element's strings. `overrides` is read on every call, so the host passes a getter for its
 * `strings` property and a change to it shows on the next render.
 */
export class Localizer<S extends StringTable> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly defaults: S;
  private readonly overrides: () => Partial<Record<keyof S, unknown>> | null | undefined;
  private cachedFor: unknown = null;
  private cached: S;
  // The language is looked up once per render: a template calls format() hundreds of times.
  private cachedLang: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, defaults: S, overrides: () => Partial<Record<keyof S, unknown>> | null | undefined) {
    this.host = host;
    this.defaults = defaults;
    this.overrides = overrides;
    this.cached = defaults;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  hostUpdate(): void {
    this.cachedLang = undefined;
  }

  /** Every string, the host's overrides applied. */
  get strings(): S {
    const overrides = this.overrides();
    if (overrides !== this.cachedFor) {
      this.cachedFor = overrides;
      this.cached = mergeStrings(this.defaults, overrides);
    }
    return this.cached;
  }

  /** The language in force: the nearest `lang` attribute, else the document's, else English. */
  get lang(): string {
    if (this.cachedLang === undefined) {
      const own = this.host.closest('[lang]')?.getAttribute('lang');
      this.cachedLang = safeLang(own || document.documentElement.lang || undefined);
    }
    return this.cachedLang;
  }

  /** One string with its placeholders and plurals filled. */
  t(key: keyof S, values?: Record<string, string | number>): string {
    return format(String(this.strings[key]), values, this.lang);
  }

  /** A template string (for example a framework's own wording) filled the same way. */
  format(template: string, values?: Record<string, string | number>): string {
    return format(template, values, this.lang);
  }

  number(value: number): string {
    return numberFormat(this.lang).format(value);
  }

  /** A date (`2027-03-01` or a date-time) as the language writes it: "1 March 2027" in en-GB. */
  date(iso: string | undefined): string {
    if (!iso) return '';
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
    if (Number.isNaN(date.getTime())) return iso;
    return writeDate(date, this.lang);
  }

  /** A month (`2027-03`) as the language writes it: "March 2027" in en-GB. */
  month(yearMonth: string): string {
    const date = /^\d{4}-\d{2}$/.test(yearMonth) ? new Date(`${yearMonth}-01T12:00:00`) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) return yearMonth;
    return writeMonth(date, this.lang);
  }

  /** A time today ("14:05"), or a date and time on another day. */
  dateTime(iso: string, now: Date = new Date()): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const time = writeTime(date, this.lang);
    return date.toDateString() === now.toDateString() ? time : `${this.date(iso)} ${time}`;
  }
}

// The first Intl.DateTimeFormat of a page loads the browser's locale data: 25-35 ms, a third of the
// area overview's first render. British English (what safeLang makes of "en" or no language) has
// one way to write a day ("1 March 2027") and a time ("14:05"), written here in the local time zone
// as Intl writes them; a test holds the two to the same text. Every other language goes to Intl.
const BRITISH = 'en-GB';
const BRITISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A day in the page's time zone, YYYY-MM-DD (today: `localDay(new Date())`), for
 * {@link Localizer.date} or for comparing with dates as evaluations hold them. From the local
 * getters rather than toISOString, which gives the day in UTC (and whose first call on a page cost
 * a first render 1-3 ms).
 */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** "1 March 2027", in the language `lang` (a tag from safeLang). */
export function writeDate(date: Date, lang: string): string {
  const year = date.getFullYear();
  // Intl writes years before 1000 or after 9999 its own way: leave those to it.
  if (lang === BRITISH && year >= 1000 && year <= 9999) return `${date.getDate()} ${BRITISH_MONTHS[date.getMonth()]} ${year}`;
  return new Intl.DateTimeFormat(lang, DAY).format(date);
}

/** "March 2027", in the language `lang` (a tag from safeLang). */
export function writeMonth(date: Date, lang: string): string {
  const year = date.getFullYear();
  if (lang === BRITISH && year >= 1000 && year <= 9999) return `${BRITISH_MONTHS[date.getMonth()]} ${year}`;
  return new Intl.DateTimeFormat(lang, MONTH).format(date);
}

/** "14:05", in the language `lang` (a tag from safeLang). */
export function writeTime(date: Date, lang: string): string {
  if (lang === BRITISH) return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return new Intl.DateTimeFormat(lang, TIME).format(date);
}
