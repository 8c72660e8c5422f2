// Runs `kg load` in this process against the test server, as the user would type it, and collects its output.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { testServer } from './neo4j-test-context.js';

export async function kgLoad(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d) => (chunks.out += d));
  stderr.on('data', (d) => (chunks.err += d));
  const { uri, user, password } = testServer();
  // The default article cache goes under XDG_CACHE_HOME: a temporary folder, not the user's.
  const cacheHome = mkdtempSync(join(tmpdir(), 'kg-load-cache-'));
  const code = await main(['load', ...args], {
    stdout,
    stderr,
    interactive: false,
    env: { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, XDG_CACHE_HOME: cacheHome, ...env },
  });
  return { code, ...chunks };
}
