import type { PolicyType } from '../vocabulary';
import type { ExtractionResult } from './types';

/** An extraction that found nothing: what a document holds before (or without) a reading. */
export function emptyExtraction(policyType: PolicyType = 'other'): ExtractionResult {
  return {
    settingName: null,
    linkedSettings: [],
    phase: null,
    title: null,
    policyType: { value: policyType, source: null, confidence: 0 },
    version: null,
    dates: { written: null, approved: null, lastReviewed: null, nextReview: null },
    approvingBody: null,
    reviewCadenceMonths: null,
    namedLeads: [],
    otherNamedPeople: [],
    guidanceCited: [],
    linkedPolicies: [],
    officialChannels: [],
    blockedServices: [],
    templateSource: null,
    topics: [],
    problems: [],
  };
}
