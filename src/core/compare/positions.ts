// Positions: where settings take different stances on the same question, read from the policy's own
// sentences (with the passages that say so), correctable by a person, and compared side by side.
//
// The four stances only this module reads (staff use in working hours, pupils' minimum age, friend
// requests from parents, who runs the official accounts) are read sentence by sentence with the
// heading a sentence sits under as context. Blocked services and the review cadence are facts the
// extraction already reads (with the user's corrections applied): they are taken from it, so the
// review engine and this comparison never disagree.
import type { SourceSpan, StructuredDocument } from '../document';
import type { ExtractionResult } from '../extraction/types';
import type { IsoDate } from '../dates';
import type { PolicyId, SettingId } from '../ids';
import type { Phase, PolicyType } from '../vocabulary';
import { describeMonths } from './currency';
import { normaliseWords, sentences } from './text';

export const POSITION_QUESTIONS = ['staff_personal_use', 'pupil_minimum_age', 'parent_friend_requests', 'official_accounts', 'blocked_services', 'review_cadence'] as const;
export type PositionQuestion = (typeof POSITION_QUESTIONS)[number];

export const POSITION_QUESTION_LABELS: Record<PositionQuestion, string> = {
  staff_personal_use: 'Staff personal use of social media in working hours',
  pupil_minimum_age: 'Pupils’ minimum age for social media',
  parent_friend_requests: 'Staff accepting friend requests from parents',
  official_accounts: 'Who may create and run official accounts',
  blocked_services: 'Services blocked',
  review_cadence: 'Review cadence',
};

export type StaffUse = 'not_permitted' | 'breaks_only';
export type ParentFriends = 'not_permitted' | 'discouraged' | 'with_approval' | 'permitted';

export const STAFF_USE_LABELS: Record<StaffUse, string> = { not_permitted: 'Not permitted', breaks_only: 'Breaks only' };
export const PARENT_FRIENDS_LABELS: Record<ParentFriends, string> = {
  not_permitted: 'Not permitted',
  discouraged: 'Advised against',
  with_approval: 'Only with approval',
  permitted: 'Permitted',
};

/**
 * A position's value: staff_personal_use a StaffUse; pupil_minimum_age a number of years, or 'mentioned'
 * (age limits discussed, no age given); parent_friend_requests a ParentFriends; official_accounts who
 * (as written); blocked_services the services; review_cadence months. null: the policy does not say.
 */
export type PositionValue = string | number | string[] | null;

export interface Position {
  question: PositionQuestion;
  value: PositionValue;
  /** Canonical form for comparing settings; null when not stated. */
  key: string | null;
  label: string;
  /** A definite answer (not "not stated", not "mentioned without an age"): what disagreement compares. */
  definite: boolean;
  passages: SourceSpan[];
  source: 'text' | 'extraction' | 'correction';
  correction?: { note: string; correctedAt: string };
}

export interface PositionCorrection {
  question: PositionQuestion;
  value: PositionValue;
  note: string;
  correctedAt: string;
}

/** A position from a value: its comparison key and its label. */
export function positionFromValue(question: PositionQuestion, value: PositionValue, passages: SourceSpan[] = [], source: Position['source'] = 'text'): Position {
  const base = { question, value, passages, source };
  if (value === null || (Array.isArray(value) && value.length === 0) || value === '') return { ...base, value: null, key: null, label: 'Not stated', definite: false };
  switch (question) {
    case 'staff_personal_use':
      return { ...base, key: String(value), label: STAFF_USE_LABELS[value as StaffUse] ?? String(value), definite: true };
    case 'pupil_minimum_age':
      return value === 'mentioned'
        ? { ...base, key: 'mentioned', label: 'Age limits mentioned, no age given', definite: false }
        : { ...base, key: String(value), label: `${value}`, definite: true };
    case 'parent_friend_requests':
      return { ...base, key: String(value), label: PARENT_FRIENDS_LABELS[value as ParentFriends] ?? String(value), definite: true };
    case 'official_accounts':
      return { ...base, key: actorKey(String(value)), label: String(value), definite: true };
    case 'blocked_services': {
      const list = (Array.isArray(value) ? value : String(value).split(',')).map((s) => s.trim()).filter(Boolean);
      return { ...base, value: list, key: list.map((s) => normaliseWords(s)).sort().join('|'), label: list.join(', '), definite: true };
    }
    case 'review_cadence': {
      const months = Number(value);
      return { ...base, value: months, key: String(months), label: capitalise(describeMonths(months)), definite: true };
    }
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "the Business Manager" and "business manager" are one answer. */
function actorKey(actor: string): string {
  return normaliseWords(actor)
    .replace(/\b(the|our|a|an|school's|school|setting's)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Found<T> {
  value: T;
  score: number;
  span: SourceSpan;
}

interface Unit {
  text: string;
  lower: string;
  span: SourceSpan;
  /** The block's text and heading path, lower case: context for a sentence that leaves its subject implicit. */
  context: string;
  heading: string;
}

function unitsOf(doc: StructuredDocument): Unit[] {
  const out: Unit[] = [];
  for (const block of doc.blocks) {
    const heading = block.headingPath.join(' / ').toLowerCase();
    const context = `${heading} ${block.text.toLowerCase()}`;
    for (const s of sentences(block.text)) out.push({ text: s.text, lower: s.text.toLowerCase().replace(/[‘’]/g, "'"), span: { blockId: block.id, start: s.start, end: s.end }, context, heading });
  }
  return out;
}

const STAFF = /\b(staff|employees?|colleagues|practitioners|members of staff|volunteers|adults|teachers)\b/;
const CHILD_SUBJECT = /^\W*(?:\d+[.)]?\s*)?(pupils|children|learners|students|parents|carers|families|family members)\b/;
const PROHIBIT = /\b(not (?:be )?(?:permitted|allowed)|must not|mustn't|will not|won't|should not|shouldn't|shall not|may not|cannot|can't|do not|don't|are not to|is not to|prohibited|forbidden|never|no personal)\b/;

function staffContext(u: Unit): boolean {
  if (CHILD_SUBJECT.test(u.lower)) return false;
  return STAFF.test(u.lower) || /\b(staff|employee|personal use|personal capacity)\b/.test(u.heading) || /^\W*(?:that )?they\b/.test(u.lower);
}

function readStaffUse(units: Unit[]): Found<StaffUse>[] {
  const social = /social media|social network|personal use|personal accounts?|personal (?:facebook|devices?|phones?)|facebook|instagram|twitter|tiktok/;
  const time = /working (?:hours|day|time)|work(?:ing)? time|school hours|setting hours|nursery hours|session(?:s| times?)|lesson times?|teaching time|during the (?:school|working|nursery) day|contact time|on duty|while (?:they are )?(?:at work|working)/;
  const breaks = /\b(?:breaks?|break ?times?|breaktimes|lunch(?: ?breaks?| ?times?| hours?)?|rest periods?|non-contact time)\b/;
  const includingBreaks = /\b(?:including|even (?:during|in|on)|and) (?:their |during |at )?(?:breaks?|break ?times?|breaktimes|lunch)/;
  const allows = /\b(unless|except|other than|apart from|only (?:during|in|at|on)|may|can|are (?:permitted|allowed)|is (?:permitted|allowed)|permitted to|allowed to)\b/;
  const out: Found<StaffUse>[] = [];
  for (const u of units) {
    if (!staffContext(u) || !(social.test(u.lower) || social.test(u.heading))) continue;
    if (breaks.test(u.lower)) {
      if (includingBreaks.test(u.lower) && PROHIBIT.test(u.lower)) out.push({ value: 'not_permitted', score: 3, span: u.span });
      else if (allows.test(u.lower)) out.push({ value: 'breaks_only', score: 3, span: u.span });
      else if (PROHIBIT.test(u.lower)) out.push({ value: 'not_permitted', score: 2.5, span: u.span });
    } else if (time.test(u.lower) && PROHIBIT.test(u.lower)) out.push({ value: 'not_permitted', score: 2, span: u.span });
  }
  return out;
}

function readMinimumAge(units: Unit[]): Found<number | 'mentioned'>[] {
  const services = /social media|social network|sites|services|apps|platforms|accounts|games/;
  const numbered = [
    /\b(?:minimum|legal|required) age (?:limits? |requirements? |restrictions? )?(?:of|is|for [^.]{0,40}? is)\s*(\d{1,2})\b/,
    /\bunder (?:the (?:legal |minimum )?age of )?(\d{1,2})s?\b/,
    /\bage (?:limits?|restrictions?|requirements?) (?:of|is)\s*(\d{1,2})\b/,
    /\baged? (\d{1,2}) (?:and|or) (?:over|above|older)\b/,
    /\b(\d{1,2}) years? (?:of age|old) (?:or|and) (?:over|above|older)\b/,
    /\b(?:over|at least) (?:the age of )?(\d{1,2}) (?:years|to (?:join|use|sign|have))\b/,
  ];
  const mentioned = /\bage (?:limits?|restrictions?|requirements?)\b|\btoo young\b|\bunderage\b|\bnot at an age\b|\bminimum age\b/;
  const out: Found<number | 'mentioned'>[] = [];
  for (const u of units) {
    if (/\bfriend|\bfollow/.test(u.lower)) continue;
    if (!services.test(u.lower) && !/pupil|learner|children|child's|students/.test(u.heading)) continue;
    let age: number | null = null;
    for (const re of numbered) {
      const m = re.exec(u.lower);
      if (m && Number(m[1]) >= 8 && Number(m[1]) <= 21) {
        age = Number(m[1]);
        break;
      }
    }
    if (age !== null) out.push({ value: age, score: 3, span: u.span });
    else if (mentioned.test(u.lower)) out.push({ value: 'mentioned', score: 1, span: u.span });
  }
  return out;
}

function readParentFriends(units: Unit[]): Found<ParentFriends>[] {
  const parents = /\b(parents?|carers?|famil(?:y|ies)|guardians?)\b/;
  const friending = /\bfriend(?:s|ing|ships?| requests?)?\b|['‘"]friends?['’"]|\bfollow(?:ing)?\b|\badd\b[^.]{0,80}\bas ['‘"]?friends/;
  const contact = /\b(?:personal (?:social media )?accounts? to contact|contact[^.]{0,60}(?:personal|social media|networking)|communicat\w* with[^.]{0,80}(?:social media|networking|personal accounts?|via any form))\b/;
  const withApproval = /\bunless\b[^.]{0,160}\b(?:agreed|approved|approval|permission|authori[sz]ed|consent|sanctioned)\b|\bwithout (?:the )?(?:prior |express )?(?:permission|approval|agreement|consent)\b|\bwith (?:the )?(?:prior )?(?:permission|approval|agreement) of\b/;
  const discouraged = /\b(?:advised (?:not|against)|advised to not|encouraged not|discouraged|should avoid|not (?:recommended|advisable)|caution)\b/;
  const permitted = /\b(?:may|can) (?:accept|be friends|add)\b|\b(?:are|is) (?:permitted|allowed) to (?:accept|add|be friends)\b/;
  const out: Found<ParentFriends>[] = [];
  for (const u of units) {
    if (!parents.test(u.lower) || !staffContext(u)) continue;
    const isFriending = friending.test(u.lower);
    if (!isFriending && !contact.test(u.lower)) continue;
    const score = isFriending ? 3 : 2;
    const value: ParentFriends | null = withApproval.test(u.lower)
      ? 'with_approval'
      : discouraged.test(u.lower)
        ? 'discouraged'
        : PROHIBIT.test(u.lower)
          ? 'not_permitted'
          : permitted.test(u.lower)
            ? 'permitted'
            : null;
    if (value) out.push({ value, score, span: u.span });
  }
  return out;
}

function cleanActor(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^(?:only|solely)\s+/i, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
}

function readOfficialAccounts(units: Unit[]): Found<string>[] {
  const official = /\b(?:social media|accounts?|channels?|facebook|twitter|instagram|tiktok|youtube|blog|pages?)\b/;
  const stop = '(?=,|;|\\.|\\s+(?:following|with|using|after|who|which|in line|on behalf|and will|and must|and is|and are|prior|before|to ensure|in case)\\b|$)';
  const byActor = new RegExp(`\\b(?:created|set up|run|managed|administered|maintained|operated|moderated|overseen)(?:\\s+and\\s+(?:created|set up|run|managed|administered|maintained|operated|moderated))?\\s+(?:only\\s+|solely\\s+)?by\\s+(.{3,90}?)${stop}`, 'i');
  const subject = /^(?:\d+[.)]?\s*)?(?:the\s+)?(.{3,80}?)\s+(?:has|have|is|are|will have|will be|holds?)\s+(?:the\s+)?(?:overall\s+)?(?:management\s+)?(?:responsib\w*|access to (?:the\s+)?account|administrators?)/i;
  const authorised = new RegExp(`\\bauthori[sz]ed(?: to do so)? by\\s+(.{3,60}?)${stop}`, 'i');
  const designated = /\b(designated (?:members? of (?:the )?[\w ]{3,40}?|staff(?: members)?))(?=\s+(?:who|will|to)\b|[,.;]|$)/i;
  const approvedBy = new RegExp(`\\b(?:approved|agreed|authori[sz]ed)(?: in advance)? by\\s+(.{3,80}?)${stop}|\\bapproval (?:of|from)\\s+(.{3,60}?)${stop}`, 'i');
  const out: Found<string>[] = [];
  for (const u of units) {
    if (!official.test(u.lower) && !official.test(u.context)) continue;
    const isOfficial =
      /\bofficial\b|school'?s? (?:social media|accounts?|channels?)|setting'?s? (?:social media|accounts?|channels?)|accounts? for the (?:school|setting|academy|nursery)|on behalf of|our (?:social media|channels?|facebook)|school social media|(?:school|setting) (?:facebook|twitter|instagram)|\b(?:schools?|settings?) (?:may |will |can )?use (?:facebook|twitter|tweets|instagram|social media)|\b(?:used|use) (?:within|in|by) (?:the )?(?:school|setting)\b/.test(
        u.context,
      );
    if (!isOfficial) continue;
    const approval = approvedBy.exec(u.text);
    const approver = approval ? cleanActor(approval[1] ?? approval[2] ?? '') : null;
    const at = (re: RegExp) => re.exec(u.text);
    let m: RegExpExecArray | null;
    if ((m = at(byActor))) out.push({ value: withApprover(cleanActor(m[1]!), approver), score: 3, span: u.span });
    else if ((m = at(subject)) && /(?:account|login|password|channel|social media|management)/i.test(u.text)) out.push({ value: withApprover(cleanActor(m[1]!), approver), score: 2.5, span: u.span });
    else if ((m = at(authorised))) out.push({ value: `those authorised by ${cleanActor(m[1]!)}`, score: 2, span: u.span });
    else if ((m = at(designated))) out.push({ value: cleanActor(m[1]!), score: 1.5, span: u.span });
    else if (approver && !/\bpersonal\b/i.test(u.text) && /\b(?:use|services?|accounts?|channels?)\b/i.test(u.text)) out.push({ value: `approved by ${approver}`, score: 1, span: u.span });
  }
  return out;
}

function withApprover(actor: string, approver: string | null): string {
  if (!approver || actorKey(approver) === actorKey(actor)) return actor;
  return `${actor} (approved by ${approver})`;
}

/** The best-scoring finding (the first in the document between equals), with every finding as evidence. */
function decide<T>(found: Found<T>[]): { value: T | null; passages: SourceSpan[] } {
  if (found.length === 0) return { value: null, passages: [] };
  let best = found[0]!;
  for (const f of found) if (f.score > best.score) best = f;
  const agreeing = found.filter((f) => JSON.stringify(f.value) === JSON.stringify(best.value));
  const others = found.filter((f) => JSON.stringify(f.value) !== JSON.stringify(best.value));
  return { value: best.value, passages: [best.span, ...agreeing.filter((f) => f !== best).map((f) => f.span), ...others.map((f) => f.span)] };
}

/** Reads the six positions of one policy. `extraction` (with the user's corrections applied) gives the blocked services and the cadence. */
export function extractPositions(
  doc: StructuredDocument,
  extraction: (Pick<ExtractionResult, 'blockedServices' | 'reviewCadenceMonths'> & { corrected?: Partial<Record<'blockedServices' | 'reviewCadenceMonths', { note: string; correctedAt: string }>> }) | null,
): Position[] {
  const units = unitsOf(doc);
  const staff = decide(readStaffUse(units));
  const age = decideAge(readMinimumAge(units));
  const friends = decide(readParentFriends(units));
  const accounts = decide(readOfficialAccounts(units));
  const blocked = extraction?.blockedServices ?? [];
  const cadence = extraction?.reviewCadenceMonths ?? null;
  const spans = (xs: { source: SourceSpan | null }[]) => xs.map((x) => x.source).filter((s): s is SourceSpan => s !== null);
  // A person's correction of an extracted fact shows as a correction here too.
  const fromExtraction = (p: Position, field: 'blockedServices' | 'reviewCadenceMonths'): Position => {
    const c = extraction?.corrected?.[field];
    return c ? { ...p, source: 'correction', correction: c } : p;
  };
  return [
    positionFromValue('staff_personal_use', staff.value, staff.passages),
    positionFromValue('pupil_minimum_age', age.value, age.passages),
    positionFromValue('parent_friend_requests', friends.value, friends.passages),
    positionFromValue('official_accounts', accounts.value, accounts.passages),
    fromExtraction(positionFromValue('blocked_services', blocked.map((b) => b.value), spans(blocked), 'extraction'), 'blockedServices'),
    fromExtraction(positionFromValue('review_cadence', cadence?.value ?? null, cadence ? spans([cadence]) : [], 'extraction'), 'reviewCadenceMonths'),
  ];
}

/** An age stated wins over age limits merely mentioned; between ages, the one stated most often. */
function decideAge(found: Found<number | 'mentioned'>[]): { value: number | 'mentioned' | null; passages: SourceSpan[] } {
  const ages = found.filter((f) => f.value !== 'mentioned');
  if (ages.length === 0) return decide(found);
  const counts = new Map<number, number>();
  for (const f of ages) counts.set(f.value as number, (counts.get(f.value as number) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const first = ages.filter((f) => f.value === best);
  return { value: best, passages: [...first, ...found.filter((f) => f.value !== best)].map((f) => f.span) };
}

/** A person's word wins over the reading; the passages stay as evidence of what the text says. */
export function applyPositionCorrections(positions: readonly Position[], corrections: readonly PositionCorrection[]): Position[] {
  const latest = new Map<PositionQuestion, PositionCorrection>();
  for (const c of [...corrections].sort((a, b) => a.correctedAt.localeCompare(b.correctedAt))) latest.set(c.question, c);
  return positions.map((p) => {
    const c = latest.get(p.question);
    if (!c) return p;
    return { ...positionFromValue(p.question, c.value, p.passages, 'correction'), correction: { note: c.note, correctedAt: c.correctedAt } };
  });
}

export interface PositionsSettingInput {
  settingId: SettingId;
  name: string;
  phase: Phase;
  policyId: PolicyId | null;
  /** The policy's positions (from `extractPositions`), empty when the setting has no policy of this type. */
  positions: readonly Position[];
  corrections?: readonly PositionCorrection[];
}

export interface PositionAnswer {
  key: string;
  label: string;
  settings: number;
}

export interface PositionsQuestionRow {
  question: PositionQuestion;
  label: string;
  /** Settings state different definite answers. */
  disagreement: boolean;
  answers: PositionAnswer[];
  notStated: number;
  settings: { settingId: SettingId; name: string; phase: Phase; policyId: PolicyId | null; position: Position }[];
}

export interface PositionsComparison {
  policyType: PolicyType;
  asOf: IsoDate;
  questions: PositionsQuestionRow[];
  /** Questions on which settings disagree. */
  disagreements: PositionQuestion[];
}

/** Every setting's position on each question, side by side, with disagreement flagged. */
export function comparePositions(input: { policyType: PolicyType; asOf: IsoDate; settings: readonly PositionsSettingInput[] }): PositionsComparison {
  const settings = [...input.settings].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const questions = POSITION_QUESTIONS.map((question): PositionsQuestionRow => {
    const rows = settings.map((s) => {
      const own = applyPositionCorrections(s.positions, s.corrections ?? []).find((p) => p.question === question);
      const fromCorrection = (s.corrections ?? []).filter((c) => c.question === question);
      const position = own ?? (fromCorrection.length > 0 ? applyPositionCorrections([positionFromValue(question, null)], fromCorrection)[0]! : positionFromValue(question, null));
      return { settingId: s.settingId, name: s.name, phase: s.phase, policyId: s.policyId, position };
    });
    const answers = new Map<string, PositionAnswer>();
    for (const r of rows) {
      if (!r.position.definite || r.position.key === null) continue;
      const a = answers.get(r.position.key);
      if (a) a.settings += 1;
      else answers.set(r.position.key, { key: r.position.key, label: r.position.label, settings: 1 });
    }
    return {
      question,
      label: POSITION_QUESTION_LABELS[question],
      disagreement: answers.size > 1,
      answers: [...answers.values()].sort((a, b) => b.settings - a.settings || a.label.localeCompare(b.label)),
      notStated: rows.filter((r) => r.position.key === null).length,
      settings: rows,
    };
  });
  return { policyType: input.policyType, asOf: input.asOf, questions, disagreements: questions.filter((q) => q.disagreement).map((q) => q.question) };
}
