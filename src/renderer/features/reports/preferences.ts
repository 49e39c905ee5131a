// The choices a user made for their last report (meeting name, sections, marking, author), remembered
// in the store's config table under this feature's own key, so the next meeting's pack starts from
// them. Dates and scope belong to one meeting and are not kept; nor is "names": every report starts
// from counts (data minimisation).
import { z } from 'zod';
import { REPORT_SECTIONS, type ReportSectionId } from '../../../core/report/options';
import type { OversightDb } from '../../../data/db';

export const REPORT_PREFERENCES_KEY = 'reportPreferences';

const schema = z.object({
  meetingName: z.string().max(200),
  sections: z.array(z.enum(REPORT_SECTIONS)).min(1),
  confidentiality: z.string().max(100),
  author: z.string().max(200),
});

export interface ReportPreferences {
  meetingName: string;
  sections: ReportSectionId[];
  confidentiality: string;
  author: string;
}

export const DEFAULT_PREFERENCES: ReportPreferences = {
  meetingName: '',
  sections: [...REPORT_SECTIONS],
  confidentiality: '',
  author: '',
};

export async function loadPreferences(db: OversightDb): Promise<ReportPreferences> {
  const record = await db.config.get(REPORT_PREFERENCES_KEY);
  const parsed = schema.safeParse(record?.value);
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

export async function savePreferences(db: OversightDb, preferences: ReportPreferences): Promise<void> {
  await db.config.put({
    key: REPORT_PREFERENCES_KEY,
    value: schema.parse(preferences),
    updatedAt: new Date().toISOString(),
  });
}
