// Inputs of kg view/stats/export as one GraphDocument: graph.json files are validated, article files and folders extracted, all merged.
import { extname } from 'node:path';
import { processArticles, type ProcessOptions } from '../corpus/process-articles.js';
import { InputError } from '../errors.js';
import { createGraph, graphToDocument, mergeDocument, parseGraphDocument } from '../graph/build-graph.js';
import { readTextFile } from '../io/read-text-file.js';
import type { GraphDocument } from '../schema/index.js';

export interface LoadedGraph {
  document: GraphDocument;
  /** Articles extracted from text inputs. */
  articles: number;
  /** Inputs reported and skipped (unreadable files, bad records). */
  skipped: InputError[];
}

/** A graph file may hold a whole corpus: far larger than one article may be. */
const MAX_GRAPH_BYTES = 1024 * 1024 * 1024;

/** Paths ending in .json are GraphDocuments; every other path is an article file or a folder of them. */
export async function loadGraph(paths: readonly string[], options: Pick<ProcessOptions, 'workers' | 'maxBytes' | 'progress'> = {}): Promise<LoadedGraph> {
  const graph = createGraph();
  const graphFiles = paths.filter((path) => extname(path).toLowerCase() === '.json');
  const articlePaths = paths.filter((path) => !graphFiles.includes(path));
  for (const path of graphFiles) mergeDocument(graph, await readGraphDocument(path));
  const skipped: InputError[] = [];
  let articles = 0;
  if (articlePaths.length > 0) {
    const summary = await processArticles(articlePaths, options, {
      onExtracted: (_, extracted) => mergeDocument(graph, extracted.doc ?? (JSON.parse(extracted.json) as GraphDocument), { adopt: true }),
      onSkipped: (error) => skipped.push(error),
    });
    articles = summary.extracted;
  }
  return { document: graphToDocument(graph), articles, skipped };
}

/** Reads and validates one graph.json; a wrong field is reported with its path (`nodes.3.label: ...`). */
export async function readGraphDocument(path: string): Promise<GraphDocument> {
  const text = await readTextFile(path, { maxBytes: MAX_GRAPH_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('INPUT_MALFORMED', `${path}: is not JSON (${(error as Error).message})`, {
      subject: path,
      hint: 'Give a graph.json written by `kg build` or `kg export --format json`, or article files (.txt).',
    });
  }
  return parseGraphDocument(data, path);
}
