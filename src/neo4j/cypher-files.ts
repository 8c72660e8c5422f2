// Reads the Cypher statements of cypher/ (one statement per file): code never builds Cypher from text.
import { readdirSync, readFileSync } from 'node:fs';

/** cypher/ sits beside src/ and dist/, so the same relative URL works from both. */
const CYPHER_DIR = new URL('../../cypher/', import.meta.url);
const cache = new Map<string, string>();

/** The statement in cypher/NAME.cy, e.g. `load/3-merge-entities`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cy`, CYPHER_DIR), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Every statement of a folder, in file-name order (schema/: constraints, then indexes). */
export function cypherFolder(folder: string): { name: string; text: string }[] {
  return readdirSync(new URL(`${folder}/`, CYPHER_DIR))
    .filter((file) => file.endsWith('.cy'))
    .sort()
    .map((file) => {
      const name = `${folder}/${file.slice(0, -'.cy'.length)}`;
      return { name, text: cypher(name) };
    });
}
