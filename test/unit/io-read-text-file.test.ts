// readTextFile: every kind of bad input gives one message that names the file and says what is wrong.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readTextFile } from '../../src/io/read-text-file.js';
import { tempDir } from '../temp-dirs.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('kg-read-');
});

async function failure(name: string, content: string | Buffer | undefined, options = {}): Promise<InputError> {
  const path = join(dir, name);
  if (content !== undefined) await writeFile(path, content);
  const error = await readTextFile(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message.startsWith(`${path}: `)).toBe(true);
  return error as InputError;
}

describe('readTextFile', () => {
  it('reads UTF-8 text, with or without a byte order mark', async () => {
    await writeFile(join(dir, 'ok.txt'), 'Headline\n\nBody: Zürich, Kraków.\n');
    await writeFile(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\nBody\n')]));
    expect(await readTextFile(join(dir, 'ok.txt'))).toBe('Headline\n\nBody: Zürich, Kraków.\n');
    expect(await readTextFile(join(dir, 'bom.txt'))).toBe('Headline\nBody\n');
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'INPUT_EMPTY', 'has no text (the file is empty)'],
    ['white space only', 'blank.txt', ' \n\t\r\n  \n', 'INPUT_EMPTY', 'has no text (only white space)'],
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'INPUT_BINARY', 'binary file'],
    ['Latin-1 text', 'latin1.txt', Buffer.from('Caf\xe9 in Z\xfcrich\n', 'latin1'), 'INPUT_ENCODING', 'is not valid UTF-8 text'],
  ])('refuses %s', async (_what, name, content, code, message) => {
    const error = await failure(name, content);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('refuses a file over the limit without reading it, and says how to raise the limit', async () => {
    const error = await failure('big.txt', 'x'.repeat(2048), { maxBytes: 1024 });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toContain('2.0 KB is larger than the 1.0 KB limit');
    expect(error.hint).toContain('--max-bytes');
  });

  it('names a missing file and a directory given as a file', async () => {
    expect((await failure('missing.txt', undefined)).code).toBe('INPUT_MISSING');
    await mkdir(join(dir, 'folder.txt'));
    expect((await failure('folder.txt', undefined)).message).toContain('is a directory');
  });
});
