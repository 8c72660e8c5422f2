// Worker thread entry: extracts the batches of articles the main thread sends and answers each batch with their JSON.
import { parentPort, workerData } from 'node:worker_threads';
import { extractToJson } from './extract-to-json.js';
import type { WorkerAnswer, WorkerJob } from './extractor.js';

const { pretty } = workerData as { pretty: boolean };

parentPort?.on('message', (batch: WorkerJob[]) => {
  // Only the JSON crosses back: the main thread parses what it merges, and copying the object twice would cost more.
  const answers = batch.map(({ seq, article }): WorkerAnswer => {
    const extracted = extractToJson(article, pretty);
    return { seq, result: 'json' in extracted ? { json: extracted.json } : extracted };
  });
  parentPort?.postMessage(answers);
});
