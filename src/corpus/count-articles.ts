// Counts the articles ahead of a run (file names only, and line counts of JSON Lines files) for the progress total.
import { createReadStream } from 'node:fs';
import { discoverInputs } from './discover-inputs.js';

export async function countArticles(paths: readonly string[]): Promise<{ files: number; articles: number }> {
  let files = 0;
  let articles = 0;
  for await (const item of discoverInputs(paths)) {
    if (!('file' in item)) continue;
    files += 1;
    articles += item.file.format === 'jsonl' ? await countLines(item.file.path) : 1;
  }
  return { files, articles };
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      last = chunk[chunk.length - 1] ?? last;
    }
  } catch {
    // The run itself reports an unreadable file; here it just counts as one.
    return 1;
  }
  return Math.max(1, last === 10 ? lines : lines + 1);
}
