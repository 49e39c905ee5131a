// Run-time validators for everything that crosses the IPC boundary. Main treats renderer input as
// `unknown` and lets nothing through that does not parse here.
import { z } from 'zod';
import { isAutoBackupName, MAX_AUTO_BACKUP_BYTES, MAX_BACKUPS_KEPT } from './backup-files';
import type { InvokeMap } from './contract';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).min(1).max(20),
});

const MAX_SAVE_BYTES = 512 * 1024 * 1024;

const safeFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..', 'must be a plain file name');

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'is too large');

/** Only names of the form oversight-<UTC time>-<reason>.oversight: no paths, nothing else in the folder. */
const autoBackupName = z.string().max(100).refine(isAutoBackupName, 'must be an automatic backup’s name');

export const validators: { [C in keyof InvokeMap]: z.ZodType<InvokeMap[C]['args']> } = {
  'app:info': z.tuple([]),
  'files:open': z.tuple([
    z.object({
      title: z.string().min(1).max(200),
      filters: z.array(fileFilter).max(20),
      multiple: z.boolean(),
      folders: z.boolean(),
      maxBytes: z.number().int().positive().max(2 * 1024 * 1024 * 1024),
    }),
  ]),
  'files:save': z.tuple([z.object({ suggestedName: safeFileName, filters: z.array(fileFilter).max(20), bytes })]),
  'files:open-with-system': z.tuple([z.object({ name: safeFileName, bytes })]),
  'shell:open-external': z.tuple([z.string().max(2048)]),
  'app:notify': z.tuple([z.object({ title: z.string().min(1).max(200), body: z.string().max(2000) })]),
  'backups:list': z.tuple([]),
  'backups:write': z.tuple([
    z.object({
      name: autoBackupName,
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_AUTO_BACKUP_BYTES, 'must hold a backup of at most 1 GB'),
      keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT),
    }),
  ]),
  'backups:read': z.tuple([autoBackupName]),
  'app:quit-ready': z.tuple([]),
};

/** Parses a channel's arguments or throws an Error naming the channel and the problem. */
export function parseArgs<C extends keyof InvokeMap>(channel: C, args: unknown): InvokeMap[C]['args'] {
  const result = validators[channel].safeParse(args);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`Rejected ${channel}: malformed arguments${where} (${issue?.message ?? 'invalid'})`);
  }
  return result.data;
}
