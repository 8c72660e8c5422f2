// Splits the rare chunks the fast path leaves (URLs, e-mails, quotes or brackets around words, hyphens, inner periods)
// by the rules of wink-nlp 2.4's tokenizer (MIT licence), whose regular expressions are copied here so that these chunks
// split as they did when the project used it; only its letters are wider (see L).
import { listedPieces, type Piece, type TokenLists } from './token-lists.js';

// Letters: wink's Latin-1 letters, and the Latin Extended letters of names it split ("Erdoğan", "Šefčovič", "Nguyễn").
const L = 'a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const URL_BODY =
  '(?:(?:(?:https?|ftp):)?\\/\\/)(?:\\S+(?::\\S*)?@)?(?:(?:(?:[a-z\\u00A1-\\uFFFF\\d]-*)*[a-z\\u00A1-\\uFFFF\\d]+)(?:\\.(?:[a-z\\u00A1-\\uFFFF\\d]-*)*[a-z\\u00A1-\\uFFFF\\d]+)*(?:\\.(?:[a-z\\u00A1-\\uFFFF]{2,})))(?::\\d{2,5})?(?:[\\/?#]\\S*)?';
const EMAIL = "[-!#$%&'*+\\/=?^\\w{|}~](?:\\.?[-!#$%&'*+\\/=?^\\w`{|}~])*@[a-z0-9](?:-?\\.?[a-z0-9])*(?:\\.[a-z](?:-?[a-z0-9])*)+";
const EMOTICON = "[:;]['’]?-?[\\)\\(]+|[:;]-?[\\]\\}3>\\[\\{@oO\\*PpDS\\/\\|X\\?\\\\]|<[\\\\\\/]?3+|[\\)\\(]-?'?[:;]|\\\\o\\/";
const TIME = '(?:\\d|[01]\\d|2[0-3]):?(?:[0-5][0-9])?(?:[ap]\\.?m\\.?|hours|hrs)';
const ORDINAL = '1\\dth|[04-9]th|1st|2nd|3rd|[02-9]1st|[02-9]2nd|[02-9]3rd|[02-9][04-9]th|\\d+\\d[04-9]th|\\d+\\d1st|\\d+\\d2nd|\\d+\\d3rd';
const EMOJI =
  '[\\u{1F300}-\\u{1F5FF}\\u{1F900}-\\u{1F9FF}\\u{1F600}-\\u{1F64F}\\u{1F680}-\\u{1F6FF}\\u{2600}-\\u{26FF}\\u{2700}-\\u{27BF}\\u{1F1E6}-\\u{1F1FF}\\u{1F191}-\\u{1F251}\\u{1F004}\\u{1F0CF}\\u{1F170}-\\u{1F171}\\u{1F17E}-\\u{1F17F}\\u{1F18E}\\u{3030}\\u{2B50}\\u{2B55}\\u{2934}-\\u{2935}\\u{2B05}-\\u{2B07}\\u{2B1B}-\\u{2B1C}\\u{3297}\\u{3299}\\u{303D}\\u{00A9}\\u{00AE}\\u{2122}\\u{23F3}\\u{24C2}\\u{23E9}-\\u{23EF}\\u{25B6}\\u{23F8}-\\u{23FA}]';

/** How a whole chunk is read when it is not listed: kept as it is, or split before its last character. */
type Category = 'unknown' | 'whole' | 'wordAndMark';

/** Whole-chunk patterns in wink's order; the first that matches decides. */
const CATEGORIES: [RegExp, Category][] = [
  [new RegExp(`^[${L}\\u0300-\\u036f\\u2060]+$`, 'i'), 'whole'],
  [new RegExp(`^[${L}\\u0300-\\u036f\\u2060]+[\\’\\”\\"\\]\\)\\}\\…\\,\\.\\!\\;\\?\\/\\:]$`, 'i'), 'wordAndMark'],
  [/^[+-]?\d+(?:[.,\-/:]?\d+)*$/, 'whole'],
  [new RegExp(`^${URL_BODY}$`, 'i'), 'whole'],
  [new RegExp(`^${EMAIL}$`, 'i'), 'whole'],
  [/^@\w+$/i, 'whole'],
  [/^#[a-z][a-z0-9]*$/i, 'whole'],
  [/^[:;]['’]?-?[)(]+$|^[:;]-?[\]}3>[{@oO*PpDS/|X?\\]$|^<[\\/]?3+$|^[)(]-?'?[:;]$|^\\o\/$/i, 'whole'],
  [new RegExp(`^${TIME}$`, 'i'), 'whole'],
  [new RegExp(`^(?:${ORDINAL})$`), 'whole'],
  [/^₿+$|^₽+$|^₹+$|^₨$|^\$+$|^£+$|^¥+$|^€+$|^₩+$|^US\$$|^C\$$|^A\$$|^USD$|^AUD$|^INR$|^GBP$/i, 'whole'],
  [/^(?:\.{2,}|--|––)$|^[’'‘’`“”"[\](){}…,.!;?/:\-–—¿¡]$/, 'whole'],
  [/^[~@#%^+=*|<>&\u00A7\u00A9\u00B1\u00F7\u00D7\u00B0]$/, 'whole'],
  [/^['’]?\d0s(?!['’])$|[1-2]\d\d0s$/, 'whole'],
];

/** Ordered patterns of the recursive pass: each pulls its matches out and leaves the gaps to the next ones. */
const PASSES: [RegExp, 'word' | 'other'][] = [
  [new RegExp(URL_BODY, 'gi'), 'other'],
  [new RegExp(EMAIL, 'gi'), 'other'],
  [/@\w+/g, 'other'],
  [/#[a-z][a-z0-9]*/gi, 'other'],
  [new RegExp(EMOJI, 'gu'), 'other'],
  [new RegExp(EMOTICON, 'gi'), 'other'],
  [new RegExp(TIME, 'gi'), 'other'],
  [new RegExp(ORDINAL, 'g'), 'other'],
  [/₿+|₽+|₹+|₨+|\$+|£+|¥+|€+|₩+|US\$|C\$|A\$|USD|AUD|INR|GBP/g, 'other'],
  [/['’]?\d0s(?!['’])|[1-2]\d\d0s/g, 'other'],
  [/[‘`“”"[\](){}…!;?¿¡]/g, 'other'],
  [/['’]s$/gi, 'other'],
  [new RegExp(`[${L}][${L}0-9\\u0300-\\u036f\\u2060]*(?:[.\\-–'’&]?[${L}0-9\\u0300-\\u036f\\u2060]+\\.?)+`, 'gi'), 'word'],
  [/[+-]?\d+(?:[.,\-/:]?\d+)*/g, 'other'],
  [/[~@#%^+=*|<>&\u00A7\u00A9\u00B1\u00F7\u00D7\u00B0]/g, 'other'],
  [/(?:[a-z]\.)/gi, 'word'],
  [/(?:\.{2,}|--|––)|[-–—.'’/:,]/g, 'other'],
  [new RegExp(`[${L}]+`, 'gi'), 'word'],
];

// Opening and closing marks around a chunk's core: "(word", "word,", "“word”".
const CORE_THEN_MARK = /^([^‘“"[({…\-–].+?)(\.+|––|--|[’'”"…,.!;?\-–:\u0964\u0965]$|(?:'s))$/;
const MARK_THEN_CORE = /^(––|--|[‘'“"[({…\-–])(.+?[^’'”"\])}…,.!;?\-–:\u0964\u0965])$/;
const MARK_CORE_MARK = /^(––|--|[‘“"[({…\-–])(.+?)(––|--|[’'”"\])}…,!;?\-–:\u0964\u0965]$|(?:'s))$/;
const SHORT_FORM_DOT = /^(?:[A-Z]\.)+$/i;
const SHORT_FORM = /^(?:[A-Z]\.)+[a-z]?$/i;
const HYPHENS = /[-–—]/g;
const DIGIT = /[0-9]/;

export function splitUnusualChunk(lists: TokenLists, chunk: string): Piece[] {
  const out: Piece[] = [];
  const category = categorize(chunk);
  if (category !== 'unknown') addCategorized(out, chunk, category);
  else splitAroundMarks(lists, chunk, out);
  return out;
}

function categorize(text: string): Category {
  for (const [pattern, category] of CATEGORIES) if (pattern.test(text)) return category;
  return 'unknown';
}

function addCategorized(out: Piece[], text: string, category: Category): void {
  // An initial ("J.") stays whole; any other word loses its closing mark to a token of its own.
  if (category === 'wordAndMark' && !(text.length === 2 && text.endsWith('.'))) out.push({ text: text.slice(0, -1) }, { text: text.slice(-1) });
  else out.push({ text });
}

/** Adds the listed pieces of `text`; false when the lists do not know it. */
function addListed(lists: TokenLists, out: Piece[], text: string): boolean {
  const pieces = listedPieces(lists, text);
  if (pieces) out.push(...pieces);
  return pieces !== undefined;
}

/** Adds the core of a chunk between its marks, listed or categorized; false (adding nothing) when neither knows it. */
function addCore(lists: TokenLists, out: Piece[], core: string): boolean {
  if (addListed(lists, out, core)) return true;
  const category = categorize(core);
  if (category === 'unknown') return false;
  addCategorized(out, core, category);
  return true;
}

function splitAroundMarks(lists: TokenLists, text: string, out: Piece[]): void {
  const before = out.length;
  let match = CORE_THEN_MARK.exec(text);
  if (match) {
    const [, core, mark] = match as unknown as [string, string, string];
    if (addCore(lists, out, core)) {
      out.push({ text: mark });
      return;
    }
  } else if ((match = MARK_THEN_CORE.exec(text) ?? MARK_CORE_MARK.exec(text))) {
    const [, open, core, close] = match as unknown as [string, string, string, string | undefined];
    out.push({ text: open });
    if (addCore(lists, out, core)) {
      if (close !== undefined) out.push({ text: close });
      return;
    }
    out.length = before;
  }
  splitRecursively(lists, text, 0, out);
}

function splitRecursively(lists: TokenLists, text: string, pass: number, out: Piece[]): void {
  if (pass === PASSES.length) {
    out.push({ text });
    return;
  }
  const [pattern, kind] = PASSES[pass]!;
  const trimmed = text.trim();
  const matches = trimmed.match(pattern) ?? [];
  const gaps = trimmed.split(pattern);
  const found: string[] = [];
  gaps.forEach((gap, k) => {
    const rest = gap.trim();
    if (rest) splitRecursively(lists, rest, pass + 1, out);
    const matched = matches[k];
    if (matched === undefined) return;
    found.length = 0;
    if (kind === 'word') splitWord(lists, matched, found);
    else found.push(matched);
    for (const piece of found) if (!addListed(lists, out, piece)) out.push({ text: piece });
  });
}

/** A word the recursive pass found: initials and listed abbreviations stay whole, other periods split it. */
function splitWord(lists: TokenLists, word: string, out: string[]): void {
  if (isKnown(lists, word) || SHORT_FORM_DOT.test(word)) {
    out.push(word);
    return;
  }
  const parts = word.split('.');
  if (parts.length === 1) {
    splitHyphenated(lists, word, out);
    return;
  }
  // Rebuilds the word part by part and keeps a period attached while the result is still an initialism or a listed token.
  let current = '';
  parts.forEach((part, k) => {
    let next = current + part;
    const joins = (candidate: string): boolean => SHORT_FORM.test(candidate) || (isKnown(lists, candidate) && candidate.length > 2);
    if (joins(next) || current === '') current = next;
    else {
      splitHyphenated(lists, current, out);
      current = part;
    }
    if (k < parts.length - 1) {
      next = current + '.';
      if (joins(next)) current = next;
      else {
        splitHyphenated(lists, current, out);
        out.push('.');
        current = '';
      }
    }
  });
  if (current !== '') splitHyphenated(lists, current, out);
}

function splitHyphenated(lists: TokenLists, word: string, out: string[]): void {
  const hyphens = word.match(HYPHENS);
  if (isKnown(lists, word) || DIGIT.test(word) || hyphens === null) {
    out.push(word);
    return;
  }
  const words = word.split(HYPHENS);
  if (lists.hyphenPrefixes.has(words[0]!) || lists.hyphenSuffixes.has(words[words.length - 1]!)) {
    out.push(word);
    return;
  }
  words.forEach((part, k) => {
    if (part !== '') out.push(part);
    if (k < hyphens.length) out.push(hyphens[k]!);
  });
}

function isKnown(lists: TokenLists, text: string): boolean {
  return lists.keepWhole.has(text) || lists.contractions.has(text);
}
