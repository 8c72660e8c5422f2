// The normalised form under which a system name and a gold name count as the same (corpus README, "How a system's graph is scored").
// Each step, and their order, must agree with ../shared/eval/score.mjs, or `kg eval` would not give its figures.

export function normaliseName(name: string): string {
  return (
    name
      // accents: decompose, then drop the combining marks ("Hanoï" is "hanoi")
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // a possessive names the entity itself: "China's" is "china"
      .replace(/[’'`]s\b/g, '')
      .replace(/[.,"“”‘’'`()]/g, '')
      // "Kyung-wha" and "Kyung wha" are one spelling
      .replace(/[-–—_]/g, ' ')
      // "the" only at the very start, before spaces are tidied: "The Hague" is "hague"
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Every non-empty normalised form of a name and its aliases. */
export function normalisedNames(name: string, aliases: readonly string[] = []): Set<string> {
  const names = new Set([name, ...aliases].map(normaliseName));
  names.delete('');
  return names;
}
