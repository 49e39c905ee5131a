// The review cadence, only when the text states one for the policy itself: "reviewed at least annually"
// (12), "every three years" (36), "Review Frequency - Annually", "biennially" (24). "Annual training"
// or a form "sent out annually" is not the policy's cadence, so a statement must be about reviewing.

export interface CadenceMention {
  months: number;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, twenty: 20, 'twenty-four': 24, 'thirty-six': 36,
};

function count(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[-\\s]four|thirty[-\\s]six)';

interface Form {
  re: RegExp;
  months(m: RegExpExecArray): number | null;
  confidence: number;
}

// Ordered: a more specific form first; the first match in a sentence wins.
const FORMS: Form[] = [
  { re: new RegExp(`\\b(?:every|each|once every|at least every|at least once every|on a|at intervals of|at|of)\\s+${NUM}[\\s-]+(years?|months?)\\b`, 'i'), months: (m) => scale(m[1]!, m[2]!), confidence: 0.9 },
  { re: new RegExp(`\\b${NUM}[\\s-]+(year|month)(?:s)?(?:ly)?\\s+(?:basis|cycle|review|intervals?|period|rolling)`, 'i'), months: (m) => scale(m[1]!, m[2]!), confidence: 0.85 },
  { re: new RegExp(`\\b${NUM}[\\s-]+yearly\\b`, 'i'), months: (m) => scale(m[1]!, 'year'), confidence: 0.85 },
  { re: /\bevery\s+other\s+year\b/i, months: () => 24, confidence: 0.85 },
  { re: /\b(?:every|each|once a|once per|once every)\s+(?:academic\s+|school\s+|calendar\s+)?year\b/i, months: () => 12, confidence: 0.85 },
  { re: /\b(?:twice|two times)\s+(?:a|per|each)\s+year\b/i, months: () => 6, confidence: 0.8 },
  { re: /\b(?:every|each)\s+(?:half[\s-]?year|six months)\b/i, months: () => 6, confidence: 0.8 },
  { re: /\bbienn(?:ial|ially)\b/i, months: () => 24, confidence: 0.85 },
  // "Bi-annually" is used in policies for every two years more often than for twice a year: read it so,
  // with low confidence, so the review screen shows it for a person to confirm.
  { re: /\bbi-?annual(?:ly)?\b/i, months: () => 24, confidence: 0.5 },
  { re: /\btrienn(?:ial|ially)\b/i, months: () => 36, confidence: 0.85 },
  { re: /\btri-?annual(?:ly)?\b/i, months: () => 36, confidence: 0.5 },
  { re: /\b(?:annual(?:ly)?|yearly|per annum)\b/i, months: () => 12, confidence: 0.9 },
  { re: /\b(?:half[\s-]?termly)\b/i, months: () => 2, confidence: 0.6 },
  { re: /\btermly\b/i, months: () => 4, confidence: 0.6 },
  { re: /\bmonthly\b/i, months: () => 1, confidence: 0.6 },
  { re: new RegExp(`\\b${NUM}[\\s-]+(years?|months?)\\b`, 'i'), months: (m) => scale(m[1]!, m[2]!), confidence: 0.7 },
];

function scale(n: string, unit: string): number | null {
  const c = count(n);
  if (c === null || c === 0) return null;
  return unit.toLowerCase().startsWith('year') ? c * 12 : c;
}

/** A sentence (or header line) about reviewing the policy itself. */
const ABOUT_REVIEW = /\b(?:review(?:ed|s|ing)?|revis(?:ed|ion)|renew(?:ed|al)?|update[ds]?|re-?approv\w*|re-?ratif\w*)\b/i;
const ABOUT_POLICY = /\b(?:this|the)\s+(?:policy|document|procedures?|guidance|statement)|\bpolicy\s+(?:will|is|shall|must|should)\b|\b(?:it|policy|document)\s+(?:will|shall|is to|must|should)\s+be\s+(?:formally\s+)?(?:reviewed|revised|updated)|^\s*(?:policy\s+)?review\b|\breview\s+(?:frequency|cycle|period|interval|schedule)|\bfrequency\s+of\s+review|\breviewed\s*[:\-–]/i;
const ABOUT_REVIEW_ALL = new RegExp(ABOUT_REVIEW.source, 'gi');
const GLOBAL_FORMS = FORMS.map((f) => ({ ...f, global: new RegExp(f.re.source, 'gi') }));
/** Things reviewed that are not the policy: training, forms, risk assessments, data. */
const ABOUT_OTHER = /\b(?:training|form|forms|risk assessments?|records?|logs?|agreements?|passwords?|consents?|checks?|audits?|permissions?|reports?|accounts?|settings)\s+(?:will|are|is|must|should|shall)\b/i;

/**
 * The cadence stated in one sentence or header line, or null. `text` should be one sentence: callers
 * split paragraphs with `sentences()` so "annual training" two sentences away is not read.
 */
export function readCadence(text: string): CadenceMention | null {
  if (!ABOUT_REVIEW.test(text)) return null;
  const labelled = /\breview\s*(?:frequency|cycle|period|interval|schedule)|\bfrequency\s+of\s+review|\b(?:policy\s+)?review\s*[:\-–]/i.test(text);
  if (!labelled && !ABOUT_POLICY.test(text)) return null;
  if (!labelled && ABOUT_OTHER.test(text) && !/\b(?:this|the)\s+policy\b/i.test(text)) return null;
  // Of the cadences in the sentence, the one nearest the word "review" is the policy's.
  const reviews = [...text.matchAll(ABOUT_REVIEW_ALL)].map((m) => m.index ?? 0);
  let best: (CadenceMention & { distance: number; order: number }) | null = null;
  GLOBAL_FORMS.forEach((form, order) => {
    const re = form.global;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const months = form.months(m);
      if (months === null) continue;
      const distance = Math.min(...reviews.map((r) => Math.abs(m!.index - r)));
      const confidence = distance > 120 ? form.confidence * 0.6 : form.confidence;
      const better = !best || distance < best.distance - 8 || (Math.abs(distance - best.distance) <= 8 && order < best.order);
      if (better) best = { months, start: m.index, end: m.index + m[0].length, text: m[0], confidence, distance, order };
    }
  });
  if (!best) return null;
  const { distance: _d, order: _o, ...mention } = best as CadenceMention & { distance: number; order: number };
  return mention;
}
