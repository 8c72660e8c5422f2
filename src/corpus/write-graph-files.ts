// Writes the corpus graph files of `kg build` (JSON, GraphML, HTML view), each whole or not at all.
import { join } from 'node:path';
import { graphMLPieces } from '../export/graphml.js';
import { jsonChunks } from '../io/json-chunks.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { GraphDocument } from '../schema/graph-document.js';
import { renderViewPieces } from '../view/render-view.js';

export const GRAPH_FILES = ['graph.json', 'graph.graphml', 'view.html'] as const;

export async function writeGraphFiles(outDir: string, doc: GraphDocument): Promise<string[]> {
  const render: Record<(typeof GRAPH_FILES)[number], () => string | Iterable<string>> = {
    // In pieces: each file of a large corpus would otherwise be one string of hundreds of megabytes.
    'graph.json': () => jsonFile(doc),
    'graph.graphml': () => graphMLPieces(doc),
    'view.html': () => renderViewPieces(doc),
  };
  const written: string[] = [];
  for (const name of GRAPH_FILES) {
    const path = join(outDir, name);
    await writeFileAtomic(path, render[name]());
    written.push(path);
  }
  return written;
}

function* jsonFile(doc: GraphDocument): Generator<string> {
  yield* jsonChunks(doc);
  yield '\n';
}
