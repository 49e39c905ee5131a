// extractPolicy: everything the importer pulls out of one policy, each value with its source span and a
// confidence. Pure and offline: the readers are rules over the structured text (see the modules beside
// this one), so the same document always gives the same result.
import type { StructuredDocument } from '../document';
import type { PolicyType } from '../vocabulary';
import { readCadence, type CadenceMention } from './cadence';
import { readBlockedServices, readOfficialChannels, readTemplateSource } from './channels';
import { readGuidance } from './guidance';
import { readHeader } from './header';
import { readLeads } from './leads';
import { readLinkedPolicies } from './linked-policies';
import { readSetting } from './setting';
import { blockContent, sentences } from './text';
import { headerEnd, readTitle, typeFromContent, typeFromTitle } from './title';
import { findTopics } from './topics';
import type { Extracted, ExtractionContext, ExtractionResult, TopicEvidence } from './types';

function readCadenceIn(doc: StructuredDocument): Extracted<number> | null {
  let best: { c: CadenceMention; blockId: string; offset: number } | null = null;
  for (const block of doc.blocks) {
    const { text, offset } = blockContent(block);
    if (!/review|revis|renew|updat|frequen/i.test(text)) continue;
    for (const s of sentences(text)) {
      const c = readCadence(text.slice(s.start, s.end));
      if (c && (!best || c.confidence > best.c.confidence)) best = { c, blockId: block.id, offset: offset + s.start };
    }
  }
  if (!best) return null;
  return { value: best.c.months, text: best.c.text, source: { blockId: best.blockId, start: best.offset + best.c.start, end: best.offset + best.c.end }, confidence: best.c.confidence };
}

/**
 * Only the topic evidence (what `extractPolicy(...).topics` gives), for views that need nothing else:
 * reads the title and the linked-policy lists (not evidence) and the topics, skipping the other readers.
 */
export function extractTopics(doc: StructuredDocument, context: ExtractionContext, policyType?: PolicyType): TopicEvidence[] {
  const blocks = doc.blocks;
  const end = headerEnd(blocks);
  const title = readTitle(blocks, end);
  const type = policyType ?? (title && typeFromTitle(title.value) !== 'other' ? typeFromTitle(title.value) : typeFromContent(blocks).type);
  const linked = readLinkedPolicies(blocks, title?.value ?? null, end);
  const framework = context.frameworks.find((f) => f.policyType === type) ?? context.frameworks[0];
  const notEvidence = new Set(linked.listBlockIds);
  if (title?.source) notEvidence.add(title.source.blockId);
  return framework ? findTopics(blocks, framework, notEvidence) : [];
}

export function extractPolicy(doc: StructuredDocument, context: ExtractionContext): ExtractionResult {
  const blocks = doc.blocks;
  const end = headerEnd(blocks);
  const setting = readSetting(blocks, end);
  const title = readTitle(blocks, end);
  let policyType: Extracted<PolicyType>;
  const byTitle = title ? typeFromTitle(title.value) : null;
  if (title && byTitle && byTitle !== 'other') policyType = { value: byTitle, source: title.source, confidence: 0.9 };
  else {
    const byContent = typeFromContent(blocks);
    policyType = title && byContent.type === 'other' ? { value: 'other', source: title.source, confidence: 0.6 } : { value: byContent.type, source: null, confidence: byContent.confidence };
  }
  const header = readHeader(blocks);
  const leads = readLeads(blocks);
  const linked = readLinkedPolicies(blocks, title?.value ?? null, end);
  const framework = context.frameworks.find((f) => f.policyType === policyType.value) ?? context.frameworks[0];
  // The title line names the subject, it says nothing about it; linked-policy lists name other subjects.
  const notEvidence = new Set(linked.listBlockIds);
  if (title?.source) notEvidence.add(title.source.blockId);
  const topics = framework ? findTopics(blocks, framework, notEvidence) : [];
  return {
    settingName: setting.settingName,
    linkedSettings: setting.linkedSettings,
    phase: setting.phase,
    title,
    policyType,
    version: header.version,
    dates: header.dates,
    approvingBody: header.approvingBody,
    reviewCadenceMonths: readCadenceIn(doc),
    namedLeads: leads.leads,
    otherNamedPeople: leads.others,
    guidanceCited: readGuidance(blocks, context.guidance),
    linkedPolicies: linked.items,
    officialChannels: readOfficialChannels(blocks),
    blockedServices: readBlockedServices(blocks),
    templateSource: readTemplateSource(blocks),
    topics,
    problems: header.problems,
  };
}

