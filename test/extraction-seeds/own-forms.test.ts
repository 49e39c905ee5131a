// A policy of our own wording with a cover table and a key-contacts table, as .html, .docx (LibreOffice)
// and .pdf (printed from that .docx): the same facts whichever form, although the PDF reader sees the
// cover table as one line, a table cell's label and names run together, and its bullets inside one line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../src/core/extraction/extract';
import { extractionFacts } from '../../src/core/extraction/facts';
import { defaultConfig } from '../../src/data/defaults';
import { readDocument } from '../../src/documents/read';

const config = defaultConfig();
const context = { frameworks: config.frameworks, guidance: config.guidance };

async function facts(name: string) {
  const doc = await readDocument({ name, bytes: new Uint8Array(readFileSync(join(__dirname, 'fixtures', name))) });
  return extractionFacts(extractPolicy(doc, context));
}

/** Facts with their lists in a fixed order: a PDF reader may give a list's blocks in another order. */
async function sortedFacts(name: string) {
  const f = await facts(name);
  const byText = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort(byText) : v]));
}

describe('our own policy in three forms', () => {
  it('gives the same, right facts from .html, .docx and .pdf', async () => {
    const html = await facts('riverside.html');
    expect(html).toMatchObject({
      setting_name: 'Riverside Community Primary School',
      phase: 'primary',
      policy_title: 'Safeguarding and Child Protection Policy',
      policy_type: 'child_protection',
      version: '5.0',
      last_review: '2024-10-17',
      next_review: '2025',
      review_cadence_months: 12,
      approved_by: 'Full Governing Body',
      named_leads: [
        { role: 'dsl', name: 'Deborah Olaniyan' },
        { role: 'deputy_dsl', name: 'Felix Harper' },
        { role: 'deputy_dsl', name: 'Zara Quinlan' },
        { role: 'headteacher', name: 'Gareth Lyle' },
        { role: 'safeguarding_governor', name: 'Imogen Tate' },
        { role: 'chair_of_governors', name: 'Nikhil Rao' },
      ],
      guidance_cited: ['Keeping Children Safe in Education 2024', 'Working Together to Safeguard Children 2023', 'Filtering and Monitoring Standards for Schools and Colleges'],
      linked_policies: ['Online Safety Policy', 'Behaviour Policy', 'Whistleblowing Policy', 'Staff Code of Conduct'],
    });
    expect(html.topics).toEqual(expect.arrayContaining(['monitoring_and_filtering', 'personal_devices', 'staff_contact_with_pupils', 'review_cycle']));
    expect(await facts('riverside.docx')).toEqual(html);
    expect(await facts('riverside.pdf')).toEqual(html);
  }, 30_000);

  it('reads a pre-school’s column table (adopted by | on | to be reviewed), its committee chair and its legal framework', async () => {
    const html = await facts('ladybirds.html');
    expect(html).toMatchObject({
      setting_name: 'Ladybirds Pre-School Playgroup',
      phase: 'preschool',
      policy_title: 'Safeguarding children, young people and vulnerable adults policy',
      policy_type: 'child_protection',
      last_review: '2024-06-04',
      next_review: '2025-06',
      review_cadence_months: 12,
      approved_by: 'Ladybirds Management Committee',
      named_leads: [
        { role: 'chair_of_governors', name: 'Sophie Brennan' },
        { role: 'dsl', name: 'Karen Oduya' },
        { role: 'headteacher', name: 'Karen Oduya' },
        { role: 'deputy_dsl', name: 'Leanne Fitch' },
      ],
    });
    expect([...html.guidance_cited].sort()).toEqual(['Childcare Act 2006', 'Children Act 1989', 'Early Years Foundation Stage statutory framework 2024', 'Keeping Children Safe in Education 2024', 'Working Together to Safeguard Children 2023']);
    const sorted = await sortedFacts('ladybirds.html');
    expect(await sortedFacts('ladybirds.docx')).toEqual(sorted);
    expect(await sortedFacts('ladybirds.pdf')).toEqual(sorted);
  }, 30_000);

  it('reads a special school’s letterhead in capitals and its version history', async () => {
    const html = await facts('northfield.html');
    expect(html).toMatchObject({
      setting_name: 'Northfield School',
      phase: 'special',
      policy_title: 'Online Safety Policy',
      policy_type: 'online_safety',
      version: '2.0',
      last_review: '2024-03',
      next_review: '2026-03',
      review_cadence_months: 24,
      approved_by: 'Curriculum Committee',
      named_leads: [
        { role: 'online_safety_lead', name: 'Tunde Okafor' },
        { role: 'dsl', name: 'Aileen Sharpe' },
      ],
    });
    const sorted = await sortedFacts('northfield.html');
    expect(await sortedFacts('northfield.docx')).toEqual(sorted);
    expect(await sortedFacts('northfield.pdf')).toEqual(sorted);
  }, 30_000);
});
