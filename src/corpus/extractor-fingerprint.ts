// A hash of everything extraction depends on (compiled extractor, text stages, lexicons, data, package versions), so a cache made by another version is not reused.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARTS = ['package.json', 'package-lock.json', 'dist/extract', 'dist/text', 'dist/lexicon', 'dist/schema', 'data'];

export async function extractorFingerprint(root: string = ROOT): Promise<string> {
  const hash = createHash('sha256');
  for (const part of PARTS) {
    for (const file of await filesUnder(join(root, part))) {
      if (file.endsWith('.map') || file.endsWith('.d.ts')) continue;
      hash.update(file.slice(root.length)).update('\0').update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(path: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [path];
    if (code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    files.push(...(entry.isDirectory() ? await filesUnder(join(path, entry.name)) : [join(path, entry.name)]));
  }
  return files;
}
