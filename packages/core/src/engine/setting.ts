// SPDX-License-Identifier: MIT
// Telling settings apart across evaluations (docs/engine.md, "Settings counted once"):
// - by URN where there is one: its digits, once spaces and punctuation are dropped ("URN 123 456"
//   is 123456), and only when there are 6 or 7 of them (a draft may hold a partly typed one, ADR 0004);
// - else by the normalised name and local authority (see `normaliseSettingName`);
// - an evaluation naming neither stands alone.
// Across many evaluations (`identifySettings`), an evaluation without a URN joins the URN it shares
// a name and authority with, where exactly one URN has them; one without an authority joins the one
// setting of that name, where there is exactly one.
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
  const urn = normaliseUrn(evaluation.setting.urn);
  if (urn) return `urn:${urn}`;
  const name = nameKey(evaluation.setting);
  return name ?? `evaluation:${evaluation.id}`;
}

/** Whether two settings are the same one; throws an `ApqError` for anything but two settings. */
export function sameSetting(a: Setting, b: Setting): boolean {
  assertSetting(a, 'the first setting');
  assertSetting(b, 'the second setting');
  const urnA = normaliseUrn(a.urn);
  const urnB = normaliseUrn(b.urn);
  if (urnA && urnB) return urnA === urnB;
  const keyA = nameKey(a);
  return keyA !== undefined && keyA === nameKey(b);
}

/** The URN's digits when there are 6 or 7 of them once everything else is dropped; else undefined. */
export function normaliseUrn(urn: string | undefined): string | undefined {
  if (typeof urn !== 'string' || urn.length > 100) return undefined;
  const digits = urn.replace(/\D+/g, '');
  return digits.length === 6 || digits.length === 7 ? digits : undefined;
}

/** Words that mean the same in a setting's name: the longer form is read as the shorter. */
const NAME_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpupil referral units?\b/g, 'pru'],
  [/\bpupil referral service\b/g, 'prs'],
  [/\balternative provision\b/g, 'ap'],
  [/\bacademy trust\b/g, 'trust'],
  [/\blimited\b/g, 'ltd'],
  [/\bcenter\b/g, 'centre'],
  [/\bsaint\b/g, 'st'],
  [/\band\b/g, '&'],
];

/**
 * A setting's name as matched: accents dropped, lower case, "&" and "and" alike, full stops and
 * apostrophes dropped ("P.R.U." is "pru"), other punctuation a space, spaces collapsed; then the
 * variants in NAME_VARIANTS ("Pupil Referral Unit" is "pru", "Limited" is "ltd"), a leading "the"
 * and a closing "ltd" dropped.
 */
export function normaliseSettingName(name: string): string {
  let text = plain(name);
  for (const [pattern, short] of NAME_VARIANTS) text = text.replace(pattern, short);
  return text.replace(/^the /, '').replace(/ ltd$/, '').trim();
}

/** Short forms of English county names, read as the full name. */
const AUTHORITY_SHORT_FORMS: Readonly<Record<string, string>> = {
  beds: 'bedfordshire',
  berks: 'berkshire',
  bucks: 'buckinghamshire',
  cambs: 'cambridgeshire',
  derbys: 'derbyshire',
  glos: 'gloucestershire',
  hants: 'hampshire',
  herts: 'hertfordshire',
  lancs: 'lancashire',
  leics: 'leicestershire',
  lincs: 'lincolnshire',
  northants: 'northamptonshire',
  notts: 'nottinghamshire',
  oxon: 'oxfordshire',
  staffs: 'staffordshire',
  warks: 'warwickshire',
  wilts: 'wiltshire',
  worcs: 'worcestershire',
  yorks: 'yorkshire',
};

/**
 * A local authority's name as matched: as a setting's name, then "county council", "city council",
 * "borough council", "council" and "county of" dropped, and a short form read as the full name
 * ("Leics" and "Leicestershire County Council" are both "leicestershire").
 */
export function normaliseAuthority(authority: string): string {
  const text = plain(authority)
    .replace(/\b(?:metropolitan )?(?:county|city|borough|district) council\b/g, '')
    .replace(/\bcouncil\b/g, '')
    .replace(/^(?:the )?county of /, '')
    .replace(/\s+/g, ' ')
    .trim();
  return AUTHORITY_SHORT_FORMS[text] ?? text;
}

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' & ')
    .replace(/[.'\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

function nameKey(setting: Setting): string | undefined {
  const parts = nameParts(setting);
  return parts && `name:${parts.name}|${parts.authority}`;
}

/**
 * The setting each evaluation is of, as an identity string (`urn:…`, `name:…|…` or
 * `evaluation:…`), in the evaluations' order. An evaluation without a URN joins a URN setting of
 * the same name whose authority matches, or where either has no authority, when exactly one URN
 * setting does; else settings of the same name and authority are one, and one without an authority
 * joins the only setting of its name.
 */
export function identifySettings(evaluations: ReadonlyArray<Pick<Evaluation, 'id' | 'setting'>>): string[] {
  const urns = evaluations.map((e) => normaliseUrn(e.setting.urn));
  // Many evaluations share a name: each spelling is normalised once.
  const known = new Map<string, { name: string; authority: string } | undefined>();
  const names = evaluations.map(({ setting }) => {
    const raw = `${setting.name ?? ''}\u0000${setting.localAuthority ?? ''}`;
    if (!known.has(raw)) known.set(raw, nameParts(setting));
    return known.get(raw);
  });
  // By normalised name: each identity that carries it, with the authorities it was given under.
  const byName = new Map<string, Map<string, Set<string>>>();
  const note = (name: string, identity: string, authority: string) => {
    const identities = byName.get(name) ?? new Map<string, Set<string>>();
    const authorities = identities.get(identity) ?? new Set<string>();
    authorities.add(authority);
    identities.set(identity, authorities);
    byName.set(name, identities);
  };
  /** The one identity of this name whose authority fits (the same, or either blank), if exactly one. */
  const onlyMatch = (name: string, authority: string, urnOnly: boolean): string | undefined => {
    const found = [...(byName.get(name) ?? new Map<string, Set<string>>())].filter(
      ([identity, authorities]) => (!urnOnly || identity.startsWith('urn:')) && (authority === '' || authorities.has(authority) || authorities.has('')),
    );
    return found.length === 1 ? found[0]![0] : undefined;
  };
  names.forEach((name, i) => {
    if (name && urns[i]) note(name.name, `urn:${urns[i]}`, name.authority);
  });
  const resolved = evaluations.map((e, i): string => {
    const urn = urns[i];
    if (urn) return `urn:${urn}`;
    const name = names[i];
    if (!name) return `evaluation:${e.id}`;
    return onlyMatch(name.name, name.authority, true) ?? `name:${name.name}|${name.authority}`;
  });
  resolved.forEach((identity, i) => {
    const name = names[i];
    if (name && identity.startsWith('name:') && name.authority !== '') note(name.name, identity, name.authority);
  });
  return resolved.map((identity, i) => {
    const name = names[i];
    if (!identity.startsWith('name:') || !name || name.authority !== '') return identity;
    return onlyMatch(name.name, '', false) ?? identity;
  });
}

function nameParts(setting: Setting): { name: string; authority: string } | undefined {
  const name = setting.name === undefined ? '' : normaliseSettingName(setting.name.trim().slice(0, 1000));
  if (name === '') return undefined;
  return { name, authority: setting.localAuthority === undefined ? '' : normaliseAuthority(setting.localAuthority.trim().slice(0, 1000)) };
}
