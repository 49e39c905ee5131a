import { describe, expect, it } from 'vitest';
import { readCadence } from '../../../src/core/extraction/cadence';
import { extractPolicy } from '../../../src/core/extraction/extract';
import { context, doc } from './support';

const months = (text: string) => readCadence(text)?.months ?? null;

describe('review cadence, only when the text states one for the policy', () => {
  it.each([
    ['This policy will be reviewed at least annually.', 12],
    ['This policy will be reviewed annually, or sooner if there are changes to legislation.', 12],
    ['The school will review this policy at least annually.', 12],
    ['Review Frequency - Annually', 12],
    ['Review frequency: Annual', 12],
    ['Review cycle: 3 years', 36],
    ['Review: Every 2 years', 24],
    ['This policy is reviewed every three years by the governing body.', 36],
    ['This policy will be reviewed every five years or more often as necessary.', 60],
    ['The policy will be reviewed every 2 years.', 24],
    ['This policy will be reviewed biennially.', 24],
    ['This policy is reviewed triennially.', 36],
    ['The governors will review this policy each year.', 12],
    ['The policy will be reviewed on a two-yearly basis.', 24],
    ['This policy will be reviewed every other year.', 24],
    ['This policy will be reviewed on an annual basis.', 12],
    ['This policy will be reviewed every 12 months.', 12],
    ['The policy will be reviewed every 24 months or following any incident.', 24],
    ['It will be reviewed yearly.', 12],
    ['This policy will be reviewed twice a year.', 6],
    ['This policy is reviewed termly by the DSL.', 4],
    ['This policy will be reviewed every academic year.', 12],
    ['The Headteacher will review this policy every four years.', 48],
  ])('%s -> %i', (text, expected) => {
    expect(months(text)).toBe(expected);
  });

  it('reads "bi-annually" as every two years, with low confidence for a person to confirm', () => {
    const c = readCadence('This policy will be reviewed bi-annually.');
    expect(c?.months).toBe(24);
    expect(c!.confidence).toBeLessThan(0.6);
  });

  it.each([
    'All staff will receive annual training in online safety.',
    'Consent is confirmed on the Student Update Form, which is sent out annually in autumn.',
    'Reviewing this policy within appropriate timescales.',
    'The DSL will review the filtering and monitoring provision annually.',
    'Staff will sign the acceptable use agreement every year.',
    'Passwords must be changed every 90 days.',
    'The school will regularly review the privacy levels of its accounts.',
    'This policy will be reviewed in line with the school policy review cycle.',
    'Date of next review: September 2023',
  ])('no cadence in: %s', (text) => {
    expect(months(text)).toBeNull();
  });

  it('takes the cadence nearest the review when a sentence gives two', () => {
    expect(months('Staff complete training every three years and this policy is reviewed annually.')).toBe(12);
    expect(months('This policy is reviewed every two years, while staff training is annual.')).toBe(24);
  });

  it('finds the cadence in a whole policy, with its source, and none where there is none', () => {
    const withOne = extractPolicy(doc('Online Safety Policy', '# Monitoring and review', 'Technology changes quickly. This policy will be reviewed every two years by the governing body.'), context());
    expect(withOne.reviewCadenceMonths?.value).toBe(24);
    expect(withOne.reviewCadenceMonths?.text).toBe('every two years');
    const without = extractPolicy(doc('Online Safety Policy', 'All staff receive annual online safety training.', 'Next review: September 2025'), context());
    expect(without.reviewCadenceMonths).toBeNull();
  });
});
