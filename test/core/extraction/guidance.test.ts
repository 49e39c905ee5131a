import { describe, expect, it } from 'vitest';
import { spanText } from '../../../src/core/document';
import { citationLabel, readGuidance } from '../../../src/core/extraction/guidance';
import type { GuidanceEdition } from '../../../src/core/config';
import { context, doc } from './support';

function cited(...lines: string[]): string[] {
  return readGuidance(doc(...lines).blocks, context().guidance).map((g) => citationLabel(g.value));
}

describe('guidance cited', () => {
  it.each([
    ["taking into account the DfE statutory guidance '[Keeping Children Safe in Education](#)' 2021", ['Keeping Children Safe in Education 2021']],
    ['This policy follows Keeping Children Safe in Education (September 2024).', ['Keeping Children Safe in Education 2024']],
    ['in line with KCSIE 2025 and Working Together to Safeguard Children 2023', ['Keeping Children Safe in Education 2025', 'Working Together to Safeguard Children 2023']],
    ['as set out in KCSiE (2023)', ['Keeping Children Safe in Education 2023']],
    ["Keeping Children Safe in Education (DfE, 2022) says that all staff", ['Keeping Children Safe in Education 2022']],
    ['the 2023 edition of Keeping children safe in education', ['Keeping Children Safe in Education 2023']],
    ["DfE (2023) 'Data Protection in Schools'", ['Data Protection in Schools 2023']],
    ['Staff should follow Keeping Children Safe in Education.', ['Keeping Children Safe in Education']],
    ['the Statutory framework for the early years foundation stage (2024)', ['Early Years Foundation Stage statutory framework 2024']],
    ['UKCIS guidance Sharing nudes and semi-nudes: advice for education settings (2024)', ['Sharing nudes and semi-nudes: advice for education settings 2024']],
    ['the DfE Filtering and Monitoring Standards for Schools and Colleges', ['Filtering and Monitoring Standards for Schools and Colleges']],
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it('reads legislation by its Act and year, "&" as "and"', () => {
    expect(cited('· Computer Misuse Act 1990 amended by the Police & Justice Act 2006', '· Freedom of Information Act 2000', 'Under the Children Act 1989 and section 175 of the Education Act 2002, the governing body must...')).toEqual([
      'Computer Misuse Act 1990',
      'Police and Justice Act 2006',
      'Freedom of Information Act 2000',
      'Children Act 1989',
      'Education Act 2002',
    ]);
    expect(cited('The Data Protection Act 2018 and the UK General Data Protection Regulation (UK GDPR)', 'The General Data Protection Regulation (GDPR)')).toEqual([
      'Data Protection Act 2018',
      'UK General Data Protection Regulation',
      'General Data Protection Regulation',
    ]);
    expect(cited('the Counter-Terrorism and Security Act 2015 (the Prevent duty)', 'the Voyeurism (Offences) Act 2019')).toEqual(['Counter-Terrorism and Security Act 2015', 'Voyeurism (Offences) Act 2019']);
  });

  it('reads a local safeguarding partnership and its procedures', () => {
    expect(cited('the local [Kent Safeguarding Children Multi-agency Partnership](#) (KSCMP) procedures')).toEqual(['Kent Safeguarding Children Multi-agency Partnership procedures']);
    expect(cited('Referrals follow the Hartshire Safeguarding Children Partnership procedures.')).toEqual(['Hartshire Safeguarding Children Partnership procedures']);
  });

  it('counts one citation once, keeping the edition when any mention gives it', () => {
    expect(cited('Keeping Children Safe in Education sets out...', 'as required by KCSIE 2024', 'KCSIE says...')).toEqual(['Keeping Children Safe in Education 2024']);
  });

  it('cites nothing from ordinary words', () => {
    expect(cited('Liability can arise under the laws of:', '- Defamation', '- Copyright', '- Human Rights', '- Data Protection')).toEqual([]);
    expect(cited('Staff working together with parents keep children safe in school.', 'Children in the EYFS use tablets only with an adult.', 'It must not contravene the Teacher Standards.')).toEqual([]);
  });

  it('matches the catalogue the user keeps, including aliases they add', () => {
    const catalogue: GuidanceEdition[] = [{ id: 'local_protocol', name: 'Hartshire Online Safety Protocol', aliases: ['HOSP'], currentEdition: 2025, editions: [2022, 2025] }];
    const found = readGuidance(doc('Staff follow the HOSP 2022 at all times.').blocks, catalogue);
    expect(found.map((g) => g.value)).toEqual([{ guidanceId: 'local_protocol', name: 'Hartshire Online Safety Protocol', edition: 2022 }]);
  });

  it('keeps the citation words as its source', () => {
    const d = doc('This policy follows KCSIE 2024.');
    const g = readGuidance(d.blocks, context().guidance)[0]!;
    expect(g.value.guidanceId).toBe('kcsie');
    expect(spanText(d, g.source!)).toBe('KCSIE 2024');
  });
});
