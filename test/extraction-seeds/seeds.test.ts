// The five seed policies in all three forms (.txt, .docx, .pdf, through the real readers): every field
// labels.json carries comes out as labelled, with its evidence, and every form gives the same facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spanText, type StructuredDocument } from '../../src/core/document';
import { extractPolicy } from '../../src/core/extraction/extract';
import { extractionFacts, type ExtractionFacts } from '../../src/core/extraction/facts';
import type { ExtractionResult } from '../../src/core/extraction/types';
import { nameKey } from '../../src/core/names';
import { scoreFile, type Prediction, type SeedLabel } from '../../src/cli/extraction-eval';
import { defaultConfig } from '../../src/data/defaults';
import { readDocument } from '../../src/documents/read';

const SEEDS = join(__dirname, '../../../shared/seeds');
const FORMS = ['txt', 'docx', 'pdf'] as const;
const labels = JSON.parse(readFileSync(join(SEEDS, 'labels.json'), 'utf8')) as (SeedLabel & { topics_absent?: string[]; written?: { by: string; date: string } })[];
const config = defaultConfig();
const context = { frameworks: config.frameworks, guidance: config.guidance };

interface Read {
  doc: StructuredDocument;
  result: ExtractionResult;
  facts: ExtractionFacts;
  prediction: Prediction;
}
const read = new Map<string, Read>();
const key = (file: string, form: string) => `${file}.${form}`;

beforeAll(async () => {
  for (const label of labels) {
    for (const form of FORMS) {
      const name = label.file.replace(/\.txt$/, `.${form}`);
      const doc = await readDocument({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) });
      const result = extractPolicy(doc, context);
      const facts = extractionFacts(result);
      const prediction: Prediction = { file: name, ...facts, evidence: null };
      read.set(key(label.file, form), { doc, result, facts, prediction });
    }
  }
}, 120_000);

describe.each(FORMS)('seeds as .%s', (form) => {
  describe.each(labels.map((l) => [l.file.replace(/\.txt$/, ''), l] as const))('%s', (_stem, label) => {
    const get = () => read.get(key(label.file, form))!;

    it('gives the labelled setting, phase, title, type, dates, cadence and version', () => {
      const { facts } = get();
      expect(nameKey(facts.setting_name ?? '')).toBe(nameKey(label.setting_name ?? ''));
      expect(facts.phase).toBe(label.phase);
      expect(facts.policy_title).toBe(label.policy_title);
      expect(facts.policy_type).toBe(label.policy_type);
      expect(facts.last_review).toBe(label.last_review);
      expect(facts.next_review).toBe(label.next_review);
      expect(facts.review_cadence_months).toBe(label.review_cadence_months);
      if ('version' in label) expect(facts.version).toBe(label.version);
      if (label.approved_by_body) expect(label.approved_by_body.startsWith(facts.approved_by ?? '—')).toBe(true);
      if (label.written) expect(get().result.dates.written?.value).toBe(label.written.date);
    });

    it('gives the labelled leads, and keeps other named people apart', () => {
      const { facts } = get();
      const pairs = (list: { role: string; name: string }[]) => list.map((l) => `${l.role}: ${l.name}`).sort();
      expect(pairs(facts.named_leads)).toEqual(pairs(label.named_leads ?? []));
      if (label.other_named_people) expect(facts.other_named_people.map((p) => p.name).sort()).toEqual(label.other_named_people.map((p) => p.name).sort());
    });

    it('gives the labelled guidance, linked policies, settings, channels, blocked sites and template', () => {
      const scores = scoreFile(label, get().prediction);
      for (const field of ['guidance_cited', 'linked_policies', 'linked_settings', 'official_channels', 'blocked_sites', 'template_source'] as const) {
        if (!scores[field]) continue;
        expect({ field, ...scores[field] }).toMatchObject({ field, fp: 0, fn: 0 });
      }
    });

    it('covers the labelled topics and none of the labelled absent ones', () => {
      const { facts } = get();
      expect(facts.topics).toEqual(expect.arrayContaining(label.topics ?? []));
      for (const absent of label.topics_absent ?? []) expect(facts.topics).not.toContain(absent);
    });

    it('shows where each value came from', () => {
      const { result, doc } = get();
      for (const value of [result.settingName, result.title, result.dates.lastReviewed, result.dates.nextReview, result.reviewCadenceMonths, ...result.namedLeads, ...result.guidanceCited]) {
        if (!value) continue;
        expect(value.source).not.toBeNull();
        expect(spanText(doc, value.source!).length).toBeGreaterThan(0);
        expect(value.confidence).toBeGreaterThan(0);
        expect(value.confidence).toBeLessThanOrEqual(1);
      }
      for (const topic of result.topics) {
        expect(topic.passages.length).toBeGreaterThan(0);
        for (const p of topic.passages) expect(spanText(doc, p).length).toBeGreaterThan(0);
      }
      expect(result.problems).toEqual([]);
    });
  });
});

describe('the same facts whichever form was imported', () => {
  it.each(labels.map((l) => [l.file.replace(/\.txt$/, ''), l] as const))('%s', (_stem, label) => {
    const txt = read.get(key(label.file, 'txt'))!.prediction;
    for (const form of ['docx', 'pdf'] as const) {
      const other = read.get(key(label.file, form))!.prediction;
      expect({ ...other, file: '' }).toEqual({ ...txt, file: '' });
    }
  });

  // The comparison screens use "partly" too (a required topic only partly covered is not flagged missing),
  // so the strength of every topic, not just the covered ones, must not depend on the form.
  it.each(labels.map((l) => [l.file.replace(/\.txt$/, ''), l] as const))('%s: every topic’s strength', (_stem, label) => {
    const strengths = (form: string) =>
      Object.fromEntries(read.get(key(label.file, form))!.result.topics.map((t) => [t.topicId, t.strength]));
    expect(strengths('docx')).toEqual(strengths('txt'));
    expect(strengths('pdf')).toEqual(strengths('txt'));
  });
});

describe('the seeds’ traps', () => {
  it('reads "Agreed By FGB 17/11/21" as the approval, day first, and L Sanderson as the author only', () => {
    for (const form of FORMS) {
      const { result, facts } = read.get(key('captain-webb-primary-social-media.txt', form))!;
      expect(result.dates.approved?.value).toBe('2021-11-17');
      expect(result.dates.written?.value).toBe('2021-09-06');
      expect(facts.approved_by).toBe('FGB');
      expect(facts.named_leads).toEqual([]);
      expect(facts.other_named_people).toEqual([{ name: 'L Sanderson', role_text: 'policy author' }]);
      expect(result.reviewCadenceMonths).toBeNull();
    }
  });

  it('gives St Mary’s no dates, no cadence and no names: empty, not guessed', () => {
    const { facts, result } = read.get(key('st-marys-infant-social-media.txt', 'pdf'))!;
    expect([facts.last_review, facts.next_review, facts.review_cadence_months, facts.version, facts.approved_by]).toEqual([null, null, null, null, null]);
    expect(result.dates).toEqual({ written: null, approved: null, lastReviewed: null, nextReview: null });
    expect(facts.named_leads).toEqual([]);
    expect(facts.other_named_people).toEqual([]);
  });

  it('finds nothing on personal devices in Pippins, not even a mention: "Mobile and Smart Technology" there names a policy', () => {
    for (const form of FORMS) {
      const { result } = read.get(key('pippins-preschool-social-media.txt', form))!;
      expect(result.topics.find((t) => t.topicId === 'personal_devices')).toBeUndefined();
    }
  });

  it('reads Malcolm Sargent’s five-year cycle and its type from content, with no title', () => {
    const { result } = read.get(key('malcolm-sargent-primary-social-media.txt', 'docx'))!;
    expect(result.title).toBeNull();
    expect(result.policyType).toMatchObject({ value: 'social_media', source: null });
    expect(result.reviewCadenceMonths?.value).toBe(60);
    expect(result.dates.nextReview?.value).toBe('2029-05');
  });
});
