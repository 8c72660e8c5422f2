// Folds a surface form into the key lexicons are looked up by: no accents, lower case, one kind of apostrophe, single spaces.
export function fold(text: string): string {
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
