// Comparing names as people write them: "St. Mary's CE Infant" and "St Marys C.E. Infant" are one school.

/** A key for equality: lower case, accents folded, punctuation and repeated spaces dropped, '&' as 'and'. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Collapses whitespace and trims: what a name field stores. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
