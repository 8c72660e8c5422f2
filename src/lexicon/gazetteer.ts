// The gazetteer: every known name of a country, city, region or organisation, looked up by folded surface form.
import type { EntityLabel } from '../schema/labels.js';
import { fold, isCaseSensitiveForm } from './fold.js';

export interface GazetteerEntry {
  label: EntityLabel;
  /** Canonical node id (country:KR, city:1816670, region:CN-guangxi..., org:world-trade-organization). */
  id: string;
  /** The standard English name. */
  name: string;
  /** Standard alternative names (official names, abbreviations), written out on the node. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country the entry lies in (or is), when known. */
  country?: string;
  /** Prominence: a capital outranks a village of the same name. */
  rank: number;
  /** For organisations: international, government, company, media, education, ... (data/organizations.json). */
  kind?: string;
  /** A weak entry (a small town, a lesser namesake) needs a place context in the text before it is believed. */
  weak?: boolean;
  /** GeoNames first-level division ("CN.01" for Anhui) a city lies in, or a province is: ties a city to its province. */
  admin1?: string;
  /** For a district: the city it lies in, as news names it ("London" for Westminster). */
  city?: string;
  /** For a county: the first-level division it lies in, by name ("England"). */
  within?: string;
}

interface Form {
  entry: GazetteerEntry;
  /** Set when the form must match the text exactly as written. */
  exact?: string;
}

/** Answers kept before the memo starts again: a bound on memory over a corpus of any size. */
const ANSWERS_LIMIT = 100_000;

export class Gazetteer {
  private readonly forms = new Map<string, Form[]>();
  /** Longest form in words, so a lookup knows how far to look ahead. */
  maxWords = 1;
  /** What comes before each comma inside a name ("united nations educational"): a comma there may continue the name. */
  readonly commaPrefixes = new Set<string>();
  /** What comes before each " on " inside a name ("general agreement"): there "on" may continue the name. */
  readonly onPrefixes = new Set<string>();
  /** What comes before each " and the " inside a name ("economic commission for latin america"). */
  readonly andThePrefixes = new Set<string>();
  /** The first word of every form of several words, folded. */
  private readonly firstWords = new Set<string>();

  /** Lookups already answered, by surface: the extractor asks for the same names again and again. */
  private readonly answers = new Map<string, GazetteerEntry[]>();

  add(given: GazetteerEntry, surfaces: Iterable<string>): void {
    this.answers.clear();
    // One shape for every entry and form, whatever fields the data gives: the extractor reads them in hot loops, and V8
    // optimises property reads on objects of one shape.
    const entry: GazetteerEntry = { label: given.label, id: given.id, name: given.name, aliases: given.aliases, country: given.country, rank: given.rank, kind: given.kind, weak: given.weak, admin1: given.admin1, city: given.city, within: given.within };
    for (const surface of surfaces) {
      const key = fold(surface);
      if (!key) continue;
      const form: Form = { entry, exact: isCaseSensitiveForm(surface) ? surface : undefined };
      const list = this.forms.get(key);
      if (!list) this.forms.set(key, [form]);
      else if (!list.some((f) => f.entry.id === entry.id && f.exact === form.exact)) {
        // Kept most prominent first, so a lookup needs no sorting.
        list.push(form);
        list.sort((a, b) => b.entry.rank - a.entry.rank);
      }
      this.maxWords = Math.max(this.maxWords, key.split(/[\s-]+/).length + 2);
      const space = key.indexOf(' ');
      if (space > 0) this.firstWords.add(key.slice(0, space));
      for (let comma = key.indexOf(','); comma > 0; comma = key.indexOf(',', comma + 1)) this.commaPrefixes.add(key.slice(0, comma));
      for (let on = key.indexOf(' on '); on > 0; on = key.indexOf(' on ', on + 1)) this.onPrefixes.add(key.slice(0, on));
      for (let and = key.indexOf(' and the '); and > 0; and = key.indexOf(' and the ', and + 1)) this.andThePrefixes.add(key.slice(0, and));
    }
  }

  /**
   * False when no form of several words starts with this folded word: then no text of several words that starts with
   * it and a space can name anything, and a caller trying ever shorter texts may try the word alone.
   */
  opensLongerForm(folded: string): boolean {
    return this.firstWords.has(folded);
  }

  /** Entries named by this exact piece of text, most prominent first. The array is shared: callers must not change it. */
  lookup(surface: string): GazetteerEntry[] {
    let entries = this.answers.get(surface);
    if (entries === undefined) {
      entries = this.entriesNamed(surface);
      if (this.answers.size >= ANSWERS_LIMIT) this.answers.clear();
      this.answers.set(surface, entries);
    }
    return entries;
  }

  private entriesNamed(surface: string): GazetteerEntry[] {
    const list = this.forms.get(fold(surface));
    // One array literal for found and not found: its arrays then share one kind, which V8's optimised callers expect.
    const entries: GazetteerEntry[] = [];
    if (list) for (const form of list) if (form.exact === undefined || form.exact === surface) entries.push(form.entry);
    return entries;
  }
}
