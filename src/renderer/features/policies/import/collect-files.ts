// The files in a drop: loose files as they are, and every policy document inside dropped folders
// (walked with webkitGetAsEntry, the only way a page can see into a dropped folder).
import { READABLE_EXTENSIONS, extensionOf } from '../../../../documents/read-formats';
import type { ImportSource } from './import-run';

// Old Word, RTF and OpenDocument files are taken too: they fail with a message saying how to convert them,
// which is more use than silently skipping a policy.
const TAKEN = new Set<string>([...READABLE_EXTENSIONS, 'doc', 'rtf', 'odt']);

function fromFile(file: File, path?: string): ImportSource {
  return {
    name: file.name,
    path,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries returns at most 100 entries a call: keep calling until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: ImportSource[], counts: { skipped: number }): Promise<void> {
  if (entry.isFile) {
    const name = entry.name;
    // Inside folders, only policy documents: a folder also holds spreadsheets, images and the like.
    if (!TAKEN.has(extensionOf(name)) || name.startsWith('~$') || name.startsWith('.')) {
      counts.skipped += 1;
      return;
    }
    out.push(fromFile(await fileOf(entry as FileSystemFileEntry), entry.fullPath.replace(/^\//, '')));
    return;
  }
  if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, out, counts);
  }
}

/** Everything importable in a drop, and how many files in folders were left out. */
export async function collectDropped(
  data: DataTransfer,
): Promise<{ sources: ImportSource[]; skipped: number }> {
  const sources: ImportSource[] = [];
  const counts = { skipped: 0 };
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  // Entries must be taken synchronously, before the first await: the DataTransfer empties afterwards.
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry?.isDirectory) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (data.items.length === 0) loose.push(...Array.from(data.files));
  for (const file of loose) sources.push(fromFile(file));
  for (const entry of entries) await walk(entry, sources, counts);
  return { sources, skipped: counts.skipped };
}

export function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}
