// The default audit-visit checklist shipped in resources/defaults/visit-checklist.json (our own wording,
// modelled on the annual section 175 / 157 safeguarding audit), validated when loaded.
import { z } from 'zod';
import checklistJson from '../../resources/defaults/visit-checklist.json';
import type { ChecklistItem } from '../core/model';

const itemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  section: z.string().min(1),
  text: z.string().min(1).max(600),
});
const checklistSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  items: z.array(itemSchema).min(1),
});

export interface DefaultChecklist {
  name: string;
  description: string;
  items: ChecklistItem[];
}

/** A fresh copy of the default checklist. */
export function defaultChecklist(): DefaultChecklist {
  const parsed = checklistSchema.parse(checklistJson);
  if (new Set(parsed.items.map((i) => i.id)).size !== parsed.items.length)
    throw new Error('The default checklist has two items with the same id');
  return { ...parsed, items: parsed.items.map((i) => ({ ...i })) };
}

/** The fixed id of the shipped template, so every laptop that seeds it holds the same record. */
export const DEFAULT_CHECKLIST_ID = 'c4ec1157-0000-4000-8000-000000000175';
/** Its fixed creation time: two laptops that seed it hold the very same record, so packs merge it as one. */
export const DEFAULT_CHECKLIST_CREATED = '2026-01-01T00:00:00.000Z';
