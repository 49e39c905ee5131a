// The formats the importer reads, by extension: tiny, so the page can filter files without loading the readers.

/** Extensions the importer offers in its file picker and takes from dropped folders. */
export const READABLE_EXTENSIONS = ['docx', 'pdf', 'txt', 'md', 'html', 'htm'] as const;

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
