// Review cadence in words, and the cadence exception: a policy whose stated cadence is longer than the
// trust's standard for its type (DOMAIN.md: "a setting whose stated cadence is longer than the standard
// is an exception to report").
import { POLICY_TYPE_LABELS, type PolicyType } from '../vocabulary';
import type { ReviewCycle } from './review-cycle';

const NUMBER_WORDS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** 12 -> 'every year', 36 -> 'every three years', 6 -> 'every six months', 18 -> 'every 18 months'. */
export function cadenceWords(months: number): string {
  if (months === 12) return 'every year';
  if (months === 1) return 'every month';
  if (months % 12 === 0) {
    const years = months / 12;
    return `every ${NUMBER_WORDS[years] ?? String(years)} years`;
  }
  return `every ${months < NUMBER_WORDS.length ? NUMBER_WORDS[months] : String(months)} months`;
}

/** 12 -> 'a year', 24 -> 'two years', 6 -> 'six months': how long after the approval the next review falls. */
export function durationWords(months: number): string {
  if (months === 12) return 'a year';
  if (months % 12 === 0) {
    const years = months / 12;
    return `${NUMBER_WORDS[years] ?? String(years)} years`;
  }
  if (months === 1) return 'a month';
  return `${months < NUMBER_WORDS.length ? NUMBER_WORDS[months] : String(months)} months`;
}

export function policyTypeWords(type: PolicyType): string {
  return type === 'other' ? 'policies of this type' : `${POLICY_TYPE_LABELS[type].toLowerCase()} policies`;
}

export interface CadenceException {
  statedMonths: number;
  standardMonths: number;
  /** In words: "Reviewed every five years, longer than the trust standard (every year) for social media policies." */
  reason: string;
}

/** The cadence exception of a policy, or null when its cadence is the standard's or shorter (or not stated). */
export function cadenceException(cycle: ReviewCycle, type: PolicyType): CadenceException | null {
  if (cycle.cadence.source !== 'stated') return null;
  const stated = cycle.cadence.months;
  const standard = cycle.standardMonths;
  if (stated <= standard) return null;
  return {
    statedMonths: stated,
    standardMonths: standard,
    reason: `Reviewed ${cadenceWords(stated)}, longer than the trust standard (${cadenceWords(standard)}) for ${policyTypeWords(type)}.`,
  };
}
