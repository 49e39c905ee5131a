import { describe, expect, it } from 'vitest';
import { applyPositionCorrections, comparePositions, extractPositions, positionFromValue, type Position } from '../../../src/core/compare/positions';
import { spanText } from '../../../src/core/document';
import { emptyExtraction } from '../../../src/core/extraction/empty';
import type { PolicyId, SettingId } from '../../../src/core/ids';
import { doc } from './docs';

const answer = (positions: Position[], q: Position['question']) => positions.find((p) => p.question === q)!;

describe('extractPositions', () => {
  it('reads "breaks only" and a minimum age, with the passages that say so', () => {
    const d = doc(
      '# Staff personal use of social media',
      'Staff may use personal social media during their breaks, away from pupils. Personal use during working time is not permitted.',
      '# Pupils and social media',
      'Most services set a minimum age of 13, and we remind families that pupils here are too young to join them.',
    );
    const p = extractPositions(d, null);
    const staff = answer(p, 'staff_personal_use');
    expect(staff).toMatchObject({ value: 'breaks_only', label: 'Breaks only', definite: true, source: 'text' });
    expect(spanText(d, staff.passages[0]!)).toBe('Staff may use personal social media during their breaks, away from pupils.');
    expect(staff.passages.map((s) => spanText(d, s))).toContain('Personal use during working time is not permitted.');
    expect(answer(p, 'pupil_minimum_age')).toMatchObject({ value: 13, label: '13' });
  });

  it('reads "not permitted" when breaks are included in the ban', () => {
    const d = doc('Staff must not use personal social media at any time during the working day, including breaks, while on site.');
    expect(answer(extractPositions(d, null), 'staff_personal_use').value).toBe('not_permitted');
    const lessons = doc('Members of staff will not access social networking sites during lesson times.');
    expect(answer(extractPositions(lessons, null), 'staff_personal_use').value).toBe('not_permitted');
  });

  it('says "not stated" when the text is silent, never guesses', () => {
    const p = extractPositions(doc('Pupils must not bring phones to school.', 'The kitchen closes at two.'), null);
    for (const q of ['staff_personal_use', 'pupil_minimum_age', 'parent_friend_requests', 'official_accounts', 'blocked_services', 'review_cadence'] as const) {
      expect(answer(p, q)).toMatchObject({ value: null, key: null, label: 'Not stated', definite: false });
    }
  });

  it('does not take an age from a rule about staff contact', () => {
    const d = doc('Staff must not accept friend requests from current or past pupils under the age of 18.');
    expect(answer(extractPositions(d, null), 'pupil_minimum_age').value).toBeNull();
  });

  it('reads friend requests from parents: not permitted, advised against, only with approval', () => {
    const read = (t: string) => answer(extractPositions(doc(t), null), 'parent_friend_requests').value;
    expect(read('Staff must not accept friend requests from parents or carers on personal accounts.')).toBe('not_permitted');
    expect(read('Staff are strongly advised not to add parents as friends on their personal accounts.')).toBe('discouraged');
    expect(read('Staff should not accept friend requests from parents unless the manager has agreed it in advance.')).toBe('with_approval');
    expect(read('Parents must not post photographs of other children.')).toBeNull();
  });

  it('reads who creates and runs the official accounts', () => {
    const read = (...t: string[]) => answer(extractPositions(doc(...t), null), 'official_accounts');
    expect(read('The official accounts are created and run only by the office manager, using school email addresses.').label).toBe('the office manager');
    expect(read('Social media accounts for the nursery will only be set up by the deputy manager following approval from the owner.').label).toBe('the deputy manager (approved by the owner)');
    expect(read('The business manager has overall responsibility for our official channels and keeps the login details.').label).toBe('business manager');
  });

  it('takes blocked services and the cadence from the extraction, with their passages', () => {
    const d = doc('TikTok and Snapchat are blocked on the school network.', 'This policy is reviewed every two years.');
    const extraction = {
      ...emptyExtraction('social_media'),
      blockedServices: [
        { value: 'TikTok', source: { blockId: 'b1', start: 0, end: 6 }, confidence: 0.9 },
        { value: 'Snapchat', source: { blockId: 'b1', start: 11, end: 19 }, confidence: 0.9 },
      ],
      reviewCadenceMonths: { value: 24, source: { blockId: 'b2', start: 24, end: 39 }, confidence: 0.9 },
    };
    const p = extractPositions(d, extraction);
    expect(answer(p, 'blocked_services')).toMatchObject({ value: ['TikTok', 'Snapchat'], label: 'TikTok, Snapchat', source: 'extraction' });
    expect(answer(p, 'review_cadence')).toMatchObject({ value: 24, label: 'Every 2 years' });
    expect(spanText(d, answer(p, 'review_cadence').passages[0]!)).toBe('every two years');
  });
});

describe('corrections and side by side', () => {
  it('lets a person correct a position, keeping the passages and the note', () => {
    const read = extractPositions(doc('Staff may use personal social media during their breaks only.'), null);
    const corrected = applyPositionCorrections(read, [{ question: 'staff_personal_use', value: 'not_permitted', note: 'The governors changed this in March', correctedAt: '2026-03-01T10:00:00Z' }]);
    expect(answer(corrected, 'staff_personal_use')).toMatchObject({ value: 'not_permitted', source: 'correction', correction: { note: 'The governors changed this in March' } });
    expect(answer(corrected, 'staff_personal_use').passages).toHaveLength(1);
  });

  it('flags disagreement only between definite answers', () => {
    const s = (id: string, name: string, positions: Position[]) => ({ settingId: id as SettingId, name, phase: 'primary' as const, policyId: `p${id}` as PolicyId, positions });
    const r = comparePositions({
      policyType: 'social_media',
      asOf: '2026-11-21',
      settings: [
        s('1', 'Ash', [positionFromValue('staff_personal_use', 'breaks_only'), positionFromValue('pupil_minimum_age', 13), positionFromValue('review_cadence', 12)]),
        s('2', 'Beech', [positionFromValue('staff_personal_use', 'not_permitted'), positionFromValue('pupil_minimum_age', 'mentioned'), positionFromValue('review_cadence', 12)]),
        s('3', 'Cherry', [positionFromValue('staff_personal_use', null), positionFromValue('pupil_minimum_age', 13), positionFromValue('review_cadence', 60)]),
      ],
    });
    const q = (id: string) => r.questions.find((x) => x.question === id)!;
    expect(q('staff_personal_use')).toMatchObject({ disagreement: true, notStated: 1 });
    expect(q('staff_personal_use').answers.map((a) => [a.label, a.settings])).toEqual([['Breaks only', 1], ['Not permitted', 1]]);
    expect(q('pupil_minimum_age').disagreement).toBe(false);
    expect(q('review_cadence').disagreement).toBe(true);
    expect(q('official_accounts')).toMatchObject({ disagreement: false, notStated: 3 });
    expect(r.disagreements).toEqual(['staff_personal_use', 'review_cadence']);
    expect(q('staff_personal_use').settings.map((x) => x.name)).toEqual(['Ash', 'Beech', 'Cherry']);
  });
});
