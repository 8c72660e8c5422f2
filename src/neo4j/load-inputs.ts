// kg load's view of its inputs: which input root (folder or file) each article came from, and where its article cache lives by default.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { discoverInputs } from '../corpus/discover-inputs.js';
import type { GraphDocument } from '../schema/index.js';

/**
 * Article node id -> the absolute path of the input root it was read from, found by the file its `source` names
 * (the path inside the root; a JSON Lines record adds `:line`). Stored as the Article's loadRoot, it lets
 * `--prune` find the articles of these roots alone. Walks the folders again (names only, no file is read).
 * Articles whose file is gone (kept from the cache) get no root here, and keep the one they were stored with.
 */
export async function articleRootsOf(paths: readonly string[], doc: GraphDocument): Promise<Map<string, string>> {
  const rootOfFile = new Map<string, string>();
  for (const path of paths) {
    for await (const item of discoverInputs([path])) {
      // The first root holding a path wins, as the first article of an id does when the corpus is read.
      if ('file' in item && !rootOfFile.has(item.file.relative)) rootOfFile.set(item.file.relative, resolve(path));
    }
  }
  const roots = new Map<string, string>();
  for (const node of doc.nodes) {
    if (node.label !== 'Article') continue;
    const root = rootOfFile.get(node.source) ?? rootOfFile.get(node.source.replace(/:\d+$/, ''));
    if (root !== undefined) roots.set(node.id, root);
  }
  return roots;
}

/**
 * The default cache folder of `kg load PATHS`: under the user's cache folder ($XDG_CACHE_HOME, else ~/.cache), one
 * per set of input roots. Not inside the inputs (they may be read-only), not in the working folder (a load writes
 * no files), and one per set of roots so that the articles of other folders are never kept in, or pruned from, it.
 */
export function defaultLoadCache(paths: readonly string[], env: NodeJS.ProcessEnv): string {
  const roots = [...new Set(paths.map((path) => resolve(path)))].sort();
  const key = createHash('sha256').update(JSON.stringify(roots)).digest('hex').slice(0, 16);
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'news-kg', 'load', key);
}
