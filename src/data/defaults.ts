// The defaults shipped in resources/defaults, validated once on load. Anything loaded from disk or an
// older version passes through `restoreConfig`, which fills what is missing from these.
import { z } from 'zod';
import configJson from '../../resources/defaults/config.json';
import guidanceJson from '../../resources/defaults/guidance.json';
import frameworkJson from '../../resources/defaults/topic-framework.json';
import coursesJson from '../../resources/defaults/courses.json';
import type { AppConfig, GuidanceEdition, TopicFramework } from '../core/config';
import type { CourseAudience } from '../core/model';
import { PHASES, POLICY_TYPES, ROLES } from '../core/vocabulary';

const phase = z.enum(PHASES);
const role = z.enum(ROLES);
const policyType = z.enum(POLICY_TYPES);

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string().min(1),
  description: z.string(),
  phrases: z.array(z.string().min(1)),
  requiredForPhases: z.array(phase),
});

export const frameworkSchema = z.object({ policyType, topics: z.array(topicSchema) });

export const guidanceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  currentEdition: z.number().int(),
  inForceFrom: z.string().optional(),
  editions: z.array(z.number().int()),
});

export const appConfigSchema = z.object({
  standardCadenceMonths: z.record(policyType, z.number().int().positive()),
  dueSoonDays: z.number().int().min(0).max(365),
  nextDueBasis: z.enum(['approval', 'due_date']),
  requiredRoles: z.record(phase, z.array(role)),
  dslSettingsLimit: z.number().int().min(1),
  trainingExpiringDays: z.number().int().min(0).max(365),
  maxImportMegabytes: z.number().positive().max(2048),
  frameworks: z.array(frameworkSchema),
  guidance: z.array(guidanceSchema),
  backups: z.object({ keep: z.number().int().min(1).max(100), daily: z.boolean(), onQuit: z.boolean() }),
});

const audienceSchema: z.ZodType<CourseAudience> = z.union([
  z.object({ kind: z.literal('all_staff') }),
  z.object({ kind: z.literal('dsl_and_deputies') }),
  z.object({ kind: z.literal('governors') }),
  z.object({ kind: z.literal('roles'), roles: z.array(role) }),
  z.object({ kind: z.literal('job_titles'), titles: z.array(z.string()) }),
]);

export const defaultCourseSchema = z.object({
  key: z.string(),
  name: z.string(),
  validityMonths: z.number().int().positive().nullable(),
  audience: audienceSchema,
  description: z.string(),
});
export type DefaultCourse = z.infer<typeof defaultCourseSchema>;

function defaultFrameworks(): TopicFramework[] {
  const topics = z.array(topicSchema).parse(frameworkJson.topics);
  return z
    .array(policyType)
    .parse(frameworkJson.appliesTo)
    .map((t) => ({ policyType: t, topics: topics.map((topic) => ({ ...topic, phrases: [...topic.phrases], requiredForPhases: [...topic.requiredForPhases] })) }));
}

export function defaultGuidance(): GuidanceEdition[] {
  return z.array(guidanceSchema).parse(guidanceJson);
}

export function defaultConfig(): AppConfig {
  return appConfigSchema.parse({ ...configJson, frameworks: defaultFrameworks(), guidance: defaultGuidance() });
}

export function defaultCourses(): DefaultCourse[] {
  return z.array(defaultCourseSchema).parse(coursesJson);
}

/** Fills what a stored config lacks from the defaults, section by section; an invalid section falls back to its default. */
export function restoreConfig(stored: Partial<Record<keyof AppConfig, unknown>>): { config: AppConfig; problems: string[] } {
  const defaults = defaultConfig();
  const shape = appConfigSchema.shape;
  const problems: string[] = [];
  const config = { ...defaults } as Record<keyof AppConfig, unknown>;
  for (const key of Object.keys(shape) as (keyof AppConfig)[]) {
    if (stored[key] === undefined) continue;
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) config[key] = parsed.data;
    else problems.push(`The saved "${key}" setting was unreadable and has been reset to its default`);
  }
  return { config: config as AppConfig, problems };
}
