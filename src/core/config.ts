// The trust's configuration: everything DOMAIN.md marks configurable. Defaults ship in
// resources/defaults and are loaded (and validated) by `data`; core only receives them.
import type { IsoDate } from './dates';
import type { Phase, PolicyType, RoleId } from './vocabulary';

export interface Topic {
  id: string;
  label: string;
  /** What a policy must say something substantive about to cover it. */
  description: string;
  /** Phrases that signal the topic in a policy's text (lower case; matched on word boundaries). */
  phrases: string[];
  /** Phases for which a policy of this type must cover the topic. */
  requiredForPhases: Phase[];
}

export interface TopicFramework {
  policyType: PolicyType;
  topics: Topic[];
}

/** A guidance document and the edition in force, so a citation of an older one is flagged as stale. */
export interface GuidanceEdition {
  id: string;
  name: string;
  /** Other ways policies write it ("KCSIE", "Keeping children safe"). */
  aliases: string[];
  /** The edition in force (a year). */
  currentEdition: number;
  /** When the current edition came into force. */
  inForceFrom?: IsoDate;
  /** Editions known to exist, oldest first. */
  editions: number[];
}

export type NextDueBasis = 'approval' | 'due_date';

export interface AppConfig {
  /** Trust standard review cadence per policy type, in months. */
  standardCadenceMonths: Record<PolicyType, number>;
  /** A review due within this many days is "due soon". */
  dueSoonDays: number;
  /** After a review, count the next due date from the approval date or from the date it was due. */
  nextDueBasis: NextDueBasis;
  /** Roles each phase must have filled. */
  requiredRoles: Record<Phase, RoleId[]>;
  /** A person named DSL in more settings than this is flagged. */
  dslSettingsLimit: number;
  /** Training inside this many days of expiry is "expiring". */
  trainingExpiringDays: number;
  /** Import refuses files larger than this. */
  maxImportMegabytes: number;
  frameworks: TopicFramework[];
  guidance: GuidanceEdition[];
  backups: { keep: number; daily: boolean; onQuit: boolean };
}

export function frameworkFor(config: AppConfig, type: PolicyType): TopicFramework | undefined {
  return config.frameworks.find((f) => f.policyType === type);
}
