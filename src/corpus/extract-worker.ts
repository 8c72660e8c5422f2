// Worker thread entry: extracts the articles the main thread sends and answers with their JSON.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../schema/article.js';
import { extractToJson } from './extract-to-json.js';

const { pretty } = workerData as { pretty: boolean };

parentPort?.on('message', ({ seq, article }: { seq: number; article: ArticleInput }) => {
  const extracted = extractToJson(article, pretty);
  // Only the JSON crosses back: the main thread parses what it merges, and copying the object twice would cost more.
  parentPort?.postMessage({ seq, result: 'json' in extracted ? { json: extracted.json } : extracted });
});
