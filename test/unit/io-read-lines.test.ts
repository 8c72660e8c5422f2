// readLines: byte lines with their numbers, whatever the chunk boundaries, without keeping an overlong line.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/io/read-lines.js';
import { tempDir } from '../temp-dirs.js';

async function lines(content: string | Buffer, max = 1000): Promise<[number, string, boolean][]> {
  const path = join(await tempDir('kg-lines-'), 'in.jsonl');
  await writeFile(path, content);
  const out: [number, string, boolean][] = [];
  for await (const line of readLines(path, max)) out.push([line.number, line.bytes.toString('utf8'), line.tooLong]);
  return out;
}

describe('readLines', () => {
  it('numbers lines from 1, keeps blank ones, and yields a last line without a newline', async () => {
    expect(await lines('a\n\nb\nc')).toEqual([
      [1, 'a', false],
      [2, '', false],
      [3, 'b', false],
      [4, 'c', false],
    ]);
  });

  it('joins lines across the 64 KB chunks of the stream', async () => {
    const long = 'é'.repeat(50_000);
    const result = await lines(`${long}\n${long}\n`, 1_000_000);
    expect(result.map(([n, text]) => [n, text.length])).toEqual([
      [1, 50_000],
      [2, 50_000],
    ]);
  });

  it('marks a line over the limit and goes on with the next one', async () => {
    expect(await lines(`short\n${'x'.repeat(200)}\nnext\n`, 100)).toEqual([
      [1, 'short', false],
      [2, '', true],
      [3, 'next', false],
    ]);
  });
});
