// Progress: a bar redrawn in place on a terminal, plain lines elsewhere, nothing when off.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressMode } from '../../src/corpus/progress.js';

function run(mode: ProgressMode, steps: number[]): string {
  const stream = new PassThrough();
  let chunks = '';
  stream.on('data', (chunk: Buffer) => (chunks += chunk.toString()));
  let clock = 0;
  const progress = createProgress({ mode, stream, label: 'kg build', total: 100, now: () => clock, lineInterval: 2000 });
  for (const ms of steps) {
    clock += ms;
    progress.tick(10);
  }
  progress.finish();
  return chunks;
}

describe('createProgress', () => {
  it('draws a bar with done/total, rate (from the first article on) and time left, then ends the line', () => {
    const out = run('bar', [3000, 1000]);
    expect(out.split('\r')).toEqual([
      '',
      '\x1b[2Kkg build [#####-------------------] 20/100 articles, 10.0/s, ETA 8.0 s',
      '\x1b[2Kkg build [#####-------------------] 20/100 articles, 5.0/s, done in 4.0 s\n',
    ]);
  });

  it('writes a plain line every two seconds and a last one at the end', () => {
    expect(run('lines', [500, 500, 500, 500, 500]).split('\n')).toEqual([
      'kg build: 40/100 articles, 20.0/s, about 3.0 s left',
      'kg build: 50/100 articles, 20.0/s, done in 2.5 s',
      '',
    ]);
  });

  it('writes nothing when off (--quiet)', () => {
    expect(run('off', [5000, 5000])).toBe('');
  });
});
