// Streams a file line by line as bytes (no decoding, so each line can be checked for UTF-8 on its own).
import { createReadStream } from 'node:fs';

export interface RawLine {
  /** 1-based line number. */
  number: number;
  bytes: Buffer;
  /** True when the line was longer than the limit: its bytes are dropped, not kept in memory. */
  tooLong: boolean;
}

export async function* readLines(path: string, maxLineBytes: number): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): RawLine => {
    number += 1;
    const line = { number, bytes: tooLong ? Buffer.alloc(0) : Buffer.concat(pending, pendingBytes), tooLong };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      append(chunk.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    append(chunk.subarray(start));
  }
  if (pendingBytes > 0 || tooLong) yield finish();

  function append(part: Buffer): void {
    if (tooLong || part.length === 0) return;
    if (pendingBytes + part.length > maxLineBytes) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    // The chunk is reused by the stream only through new allocations, so keeping a view is safe.
    pending.push(part);
    pendingBytes += part.length;
  }
}
