// SPDX-License-Identifier: MIT
// Calendar dates as the plan uses them: YYYY-MM-DD strings, compared as strings (zero-padded
// four-digit years sort as dates). A partial date (YYYY-MM, YYYY) stands for its last day when
// something is due by it. A `Date` is read as the calendar day it is where the code runs: the
// person's today.
import { ApqError } from '../validate/problems.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether text is a date that exists: YYYY-MM-DD (not 2026-02-31), YYYY-MM or YYYY. */
export function isCalendarDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Whether text is a full date that exists, YYYY-MM-DD. */
export function isFullCalendarDate(text: string): boolean {
  return text.length === 10 && isCalendarDate(text);
}

/** The last day a partial date covers, YYYY-MM-DD: the end of the month or year; a full date is itself. Undefined for text that is not a date. */
export function lastDayOf(text: string): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match || !isCalendarDate(text)) return undefined;
  const year = match[1]!;
  if (match[2] === undefined) return `${year}-12-31`;
  if (match[3] === undefined) return `${year}-${match[2]}-${String(daysInMonth(Number(year), Number(match[2]))).padStart(2, '0')}`;
  return text;
}

/** The calendar day of a `Date` where the code runs (local time), or of an ISO timestamp's date part, as YYYY-MM-DD. */
export function dayOf(value: Date | string, what = 'on'): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ApqError(`${what} must be a valid Date or a date YYYY-MM-DD, got an invalid Date`);
    return `${String(value.getFullYear()).padStart(4, '0')}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  }
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    if (isFullCalendarDate(day) && (value.length === 10 || value[10] === 'T')) return day;
  }
  throw new ApqError(`${what} must be a valid Date or a date YYYY-MM-DD, got ${typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value}`);
}

/** Days since 1970-01-01 of a YYYY-MM-DD day, by arithmetic alone (no Date: its two-digit years are 19xx). */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  // Counted in years that start on 1 March, so the leap day is the last of its year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
