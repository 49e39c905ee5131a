// Checklist templates for audit visits. A visit copies its template's items when it is planned, so a later
// edit of the template never rewrites what an earlier visit recorded against.
import type { ChecklistItem, ChecklistTemplate } from '../model';
import { cleanName, nameKey } from '../names';
import type { ChecklistTemplateId } from '../ids';

export interface ChecklistDraft {
  name: string;
  items: ChecklistItem[];
}

export interface ChecklistErrors {
  name?: string;
  items?: string;
  /** By item id. */
  itemErrors?: Record<string, string>;
}

export const MAX_ITEM_TEXT = 600;
export const MAX_CHECKLIST_ITEMS = 200;

export function normaliseChecklist(draft: ChecklistDraft): ChecklistDraft {
  return {
    name: cleanName(draft.name),
    items: draft.items.map((i) => ({
      id: i.id,
      section: cleanName(i.section),
      text: i.text.replace(/\s+/g, ' ').trim(),
    })),
  };
}

/** Checks a template draft against the other templates (names are unique, folded for case and punctuation). */
export function validateChecklistDraft(
  draft: ChecklistDraft,
  others: readonly Pick<ChecklistTemplate, 'id' | 'name'>[],
  selfId?: ChecklistTemplateId,
): ChecklistErrors {
  const d = normaliseChecklist(draft);
  const errors: ChecklistErrors = {};
  if (d.name === '') errors.name = 'Enter a name for the checklist';
  else if (d.name.length > 200) errors.name = 'The name is too long (200 characters at most)';
  else {
    const clash = others.find((o) => o.id !== selfId && nameKey(o.name) === nameKey(d.name));
    if (clash) errors.name = `A checklist called “${clash.name}” already exists`;
  }
  if (d.items.length === 0) errors.items = 'Add at least one item';
  else if (d.items.length > MAX_CHECKLIST_ITEMS)
    errors.items = `A checklist holds ${MAX_CHECKLIST_ITEMS} items at most`;
  const itemErrors: Record<string, string> = {};
  const seen = new Set<string>();
  d.items.forEach((item, index) => {
    if (item.id === '' || seen.has(item.id))
      itemErrors[item.id || `#${index}`] = 'This item has no unique id';
    seen.add(item.id);
    if (item.text === '') itemErrors[item.id] = `Item ${index + 1} has no text`;
    else if (item.text.length > MAX_ITEM_TEXT)
      itemErrors[item.id] = `Item ${index + 1} is too long (${MAX_ITEM_TEXT} characters at most)`;
    else if (item.section === '') itemErrors[item.id] = `Item ${index + 1} has no section`;
  });
  if (Object.keys(itemErrors).length > 0) errors.itemErrors = itemErrors;
  return errors;
}

export interface ChecklistSection {
  section: string;
  items: ChecklistItem[];
}

/** Items grouped by section, sections in the order they first appear. */
export function groupBySection(items: readonly ChecklistItem[]): ChecklistSection[] {
  const out: ChecklistSection[] = [];
  const bySection = new Map<string, ChecklistSection>();
  for (const item of items) {
    let group = bySection.get(item.section);
    if (!group) {
      group = { section: item.section, items: [] };
      bySection.set(item.section, group);
      out.push(group);
    }
    group.items.push(item);
  }
  return out;
}

/** Moves the item at `from` to `to`, for reordering in the editor. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const out = [...items];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved as T);
  return out;
}
