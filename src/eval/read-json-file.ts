// Reads a JSON file with the project's input checks, and validates it with the parser given.
import { InputError } from '../errors.js';
import { readTextFile } from '../io/read-text-file.js';

export async function readJsonFile<T>(path: string, parse: (data: unknown, subject: string) => T): Promise<T> {
  const text = await readTextFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('INPUT_MALFORMED', `${path}: is not valid JSON (${(error as Error).message})`, { subject: path, cause: error });
  }
  return parse(data, path);
}
