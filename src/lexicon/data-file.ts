// Reads a lexicon file from the project's data/ folder and validates it against its schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { SchemaError, describeIssues } from '../errors.js';

/** data/ sits at the package root, two levels above both src/lexicon and dist/lexicon. */
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(name: string): string {
  return DATA_DIR + name;
}

export function readDataFile<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const data = JSON.parse(readFileSync(dataPath(name), 'utf8')) as unknown;
  const result = schema.safeParse(data);
  if (!result.success) throw new SchemaError(`data/${name}`, describeIssues(result.error));
  return result.data;
}
