// The page-number rule both the Word and PDF readers use to leave running page numbers out.
import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../src/documents/readers/clean';

describe('page numbers', () => {
  it.each(['3', 'Page 3', 'page 3 of 12', '3 / 12', '- 3 -', '3 | Page', 'Page | 3', 'Page'])('"%s" is one', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(['Page 3 of the policy', 'Reviewed 2024', 'Section 3: Roles', 'Pages', '12345'])('"%s" is not', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});
