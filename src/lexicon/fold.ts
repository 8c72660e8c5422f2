// Folds a surface form into the key lexicons are looked up by: no accents, lower case, one kind of apostrophe, single spaces.

// Folding is the extractor's most frequent operation and the same words recur in every article: memoise, within a bound.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();
const PLAIN = /^[a-z0-9 .,&()'-]*$/;

export function fold(text: string): string {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const lower = text.toLowerCase();
  const folded = PLAIN.test(lower) && !lower.includes('  ') && lower.trim() === lower ? lower : slowFold(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, folded);
  return folded;
}

function slowFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Short all-capital forms ("US", "IS", "UN") only match text written the same way. */
export function isCaseSensitiveForm(surface: string): boolean {
  return surface.length <= 4 && surface === surface.toUpperCase() && /[A-Z]/.test(surface);
}
