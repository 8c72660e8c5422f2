// writeFileAtomic: a file is replaced whole or left as it was, and no temporary file stays behind.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { tempDir } from '../temp-dirs.js';

describe('writeFileAtomic', () => {
  it('creates missing folders and replaces an existing file, leaving only the file', async () => {
    const dir = await tempDir('kg-atomic-');
    const path = join(dir, 'a', 'b', 'graph.json');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['graph.json']);
  });

  it('fails with a message naming the file, and removes its temporary file', async () => {
    const dir = await tempDir('kg-atomic-');
    await writeFile(join(dir, 'taken'), 'a file where a folder should be');
    const error = await writeFileAtomic(join(dir, 'taken', 'graph.json'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).message).toMatch(/taken\/graph\.json: could not be written \((EEXIST|ENOTDIR)\)/);
    expect(await readdir(dir)).toEqual(['taken']);
  });
});
