import { describe, expect, it } from 'vitest';
import { matchSetting, settingSimilarity } from '../../../src/core/extraction/match-setting';
import { phaseFromAges, phaseFromName, readSetting } from '../../../src/core/extraction/setting';
import { headerEnd } from '../../../src/core/extraction/title';
import { doc } from './support';

function setting(...lines: string[]) {
  const d = doc(...lines);
  const r = readSetting(d.blocks, headerEnd(d.blocks));
  return { name: r.settingName?.value ?? null, linked: r.linkedSettings.map((l) => l.value), phase: r.phase?.value ?? null };
}

const BODY = 'This policy sets out how everyone in our community uses social media safely, and what staff, pupils and parents can expect of each other when they do.';

describe('setting name, linked settings and phase', () => {
  it('reads the letterhead line', () => {
    expect(setting('Captain Oates Primary School', 'Social Media Policy', BODY)).toEqual({ name: 'Captain Oates Primary School', linked: [], phase: 'primary' });
  });

  it('reads a setting and the nursery that shares its policy', () => {
    expect(setting('Hollybank CE Infant School', 'Online Safety Policy', BODY, 'This policy has been written by Hollybank CE Infant School and Little Acorns Nursery, involving staff and parents.')).toEqual({
      name: 'Hollybank CE Infant School',
      linked: ['Little Acorns Nursery'],
      phase: 'infant',
    });
  });

  it('takes the name off a title line', () => {
    expect(setting("St. Bede's RC Junior School Acceptable Use Policy", BODY).name).toBe("St. Bede's RC Junior School");
  });

  it('finds the name in the text when there is no letterhead', () => {
    expect(setting('Social Media Policy', 'This policy has been written by Rainbow Corner Pre-school involving staff, children and parents.', 'Rainbow Corner Pre-school recognises that online safety matters.').name).toBe('Rainbow Corner Pre-school');
    expect(setting('Statement of intent', 'Riverside Park Academy (the Academy) understands that social media is a growing part of life outside school, and that it brings both risks and chances.').name).toBe('Riverside Park Academy');
  });

  it('reads names with a status in brackets, and one setting of two kinds', () => {
    expect(setting("St Peter's C of E (VA) Primary School", 'Online Safety Policy', BODY)).toMatchObject({ name: "St Peter's C of E (VA) Primary School", phase: 'primary' });
    expect(setting('Millfield Infant and Nursery School', 'Online Safety Policy', BODY)).toMatchObject({ name: 'Millfield Infant and Nursery School', phase: 'infant', linked: [] });
    expect(setting('Eastgate Primary School and Nursery', 'Online Safety Policy', BODY)).toMatchObject({ name: 'Eastgate Primary School', phase: 'primary' });
  });

  it('reads a labelled setting name', () => {
    expect(setting('Online Safety Policy', 'Name of setting: Tiny Steps Day Nursery', BODY).name).toBe('Tiny Steps Day Nursery');
  });

  it('does not take a generic phrase or a trust for the setting', () => {
    expect(setting('Social Media Policy', 'All members of the School community are expected to behave well online, and the school will act where they do not.').name).toBeNull();
  });

  it.each([
    ['Brookfield Infant School', 'infant'],
    ['Brookfield Junior School', 'junior'],
    ['Westgate Infant and Junior School', 'primary'],
    ['Oakridge Primary Academy', 'primary'],
    ['Kingsway High School', 'secondary'],
    ['Hartfield Secondary School', 'secondary'],
    ['Marlow Grammar School', 'secondary'],
    ['Pippins Preschool', 'preschool'],
    ['Little Acorns Day Nursery', 'preschool'],
    ['Ladybirds Playgroup', 'preschool'],
    ['Ashcombe Nursery School', 'preschool'],
    ['Fernhill Special School', 'special'],
    ['Northgate All-Through School', 'all-through'],
    ['Meadow View Academy', null],
  ])('%s -> %s', (name, phase) => {
    expect(phaseFromName(name)).toBe(phase);
  });

  it.each([
    ['Meadow View is an 11-18 academy in the heart of the town.', 'secondary'],
    ['We welcome children aged 2 to 4 in our sessions.', 'preschool'],
    ['The school serves pupils aged 4-11 from the village and beyond.', 'primary'],
    ['A federation of two schools for children aged 4–7.', 'infant'],
    ['Our pupils aged 7 to 11 have their own building.', 'junior'],
    ['An all-age school (3-18 years) with a nursery and a sixth form.', 'all-through'],
    ['This policy is reviewed every 12 to 24 months.', null],
  ])('reads the phase from an age range: %s', (line, phase) => {
    expect(phaseFromAges(line)).toBe(phase);
  });

  it('links a setting named with "incorporating"', () => {
    expect(setting('Westfield Primary School, incorporating Little Owls Nursery', 'Online Safety Policy', BODY).linked).toEqual(['Little Owls Nursery']);
  });

  it('judges the phase from the text when the name does not say', () => {
    const secondary = setting('Meadow View Academy', 'Online Safety Policy', BODY, 'Pupils in Key Stage 3 and Key Stage 4 are taught about online safety in computing.', 'Students in Year 10 and Year 11 take part in GCSE options.');
    expect(secondary.phase).toBe('secondary');
    const special = setting('Meadow View Academy', 'Online Safety Policy', BODY, 'As a special school, we adapt our teaching of online safety to each pupil’s needs.');
    expect(special.phase).toBe('special');
  });
});

describe('matching a setting name to the trust’s settings', () => {
  const settings = [
    { name: "St Mary's Church of England Infant School" },
    { name: "St John's CE Infant School" },
    { name: 'Brookfield Infant School' },
    { name: 'Brookfield Junior School' },
    { name: 'Pippins Pre-school' },
    { name: 'Captain Webb Primary School' },
    { name: 'Saint Alphege CE Infant School' },
  ];

  it.each([
    ["St. Mary's CE Infant School", "St Mary's Church of England Infant School"],
    ['St Marys C of E Infant', "St Mary's Church of England Infant School"],
    ['Pippins Preschool', 'Pippins Pre-school'],
    ['Captain Webb Primary', 'Captain Webb Primary School'],
    ['St Alphege CE Infant School', 'Saint Alphege CE Infant School'],
    ['St Alphage CE Infant School', 'Saint Alphege CE Infant School'],
    ['Brookfield Junior', 'Brookfield Junior School'],
  ])('%s -> %s', (name, expected) => {
    expect(matchSetting(name, settings)?.setting.name).toBe(expected);
  });

  it.each(['Brookfield Primary School', "St Luke's CE Infant School", 'Hillside Nursery', 'Webb Nursery'])('%s matches none', (name) => {
    expect(matchSetting(name, settings)).toBeNull();
  });

  it('scores an exact match 1 and a near one less', () => {
    expect(settingSimilarity('Captain Webb Primary School', 'captain webb primary school')).toBe(1);
    const near = matchSetting('Captain Webb Primary', settings)!;
    expect(near.score).toBeGreaterThan(0.6);
    expect(near.score).toBeLessThan(1);
  });

  it('never matches an infant school to the junior school of the same name', () => {
    expect(settingSimilarity('Brookfield Infant School', 'Brookfield Junior School')).toBe(0);
  });
});
