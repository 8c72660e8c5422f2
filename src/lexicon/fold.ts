// Folds a surface form into the key lexicons are looked up by: no accents, lower case, one kind of apostrophe, single spaces.

// Folding is the extractor's most frequent operation. Most words are plain ASCII and need only lower-casing, which a
// character scan decides faster than a memo lookup; the rest (accents, curly apostrophes) are memoised, within a bound.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

export function fold(text: string): string {
  const kind = plainKind(text);
  // Plain text without capitals, most words of an article, is its own fold: no call to lower-case it.
  return kind === PLAIN_LOWER ? text : kind === PLAIN ? text.toLowerCase() : memoisedSlowFold(text);
}

const NOT_PLAIN = 0;
const PLAIN = 1;
const PLAIN_LOWER = 2;

/** Letters, digits, single inner spaces and . , & ( ) ' - only: lower-casing is the whole fold (PLAIN_LOWER: no capitals either). */
function plainKind(text: string): number {
  const last = text.length - 1;
  let kind = PLAIN_LOWER;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) {
      kind = PLAIN;
      continue;
    }
    if (c === 46 || c === 44 || c === 38 || c === 40 || c === 41 || c === 39 || c === 45) continue;
    if (c === 32 && i > 0 && i < last && text.charCodeAt(i - 1) !== 32) continue;
    return NOT_PLAIN;
  }
  return kind;
}

function memoisedSlowFold(text: string): string {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const folded = slowFold(text);
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
    .toLowerCase()
    .replace(/[đðłøıßæœ]/g, (letter) => UNACCENTED[letter]!);
}

// Letters that carry their mark in their own shape, so that taking accents off leaves them: "Đà Nẵng" is "da nang".
const UNACCENTED: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Short all-capital forms ("US", "IS", "UN") only match text written the same way. */
export function isCaseSensitiveForm(surface: string): boolean {
  return surface.length <= 4 && surface === surface.toUpperCase() && /[A-Z]/.test(surface);
}
