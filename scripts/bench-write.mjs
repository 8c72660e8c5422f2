#!/usr/bin/env node
// Benchmark (not a test): kg build's write phase on a built graph.json: analytics, view layout and each graph file, timed apart; prints the figures.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGraphFiles } from '../dist/corpus/write-graph-files.js';
import { graphMLPieces } from '../dist/export/graphml.js';
import { computeAnalytics } from '../dist/graph/analytics/compute-analytics.js';
import { jsonChunks } from '../dist/io/json-chunks.js';
import { renderViewPieces } from '../dist/view/render-view.js';
import { toViewData } from '../dist/view/view-data.js';

const USAGE = `usage: node scripts/bench-write.mjs GRAPH.json [--screenshot FILE.png]
  GRAPH.json is a graph kg build wrote (kg build ../shared/corpus/bulk --out OUT gives OUT/graph.json).
  --screenshot draws the written view.html in headless Chromium and saves the picture, to compare layouts by eye.`;

const args = process.argv.slice(2);
const input = args.find((a) => !a.startsWith('--'));
const screenshotAt = args.indexOf('--screenshot');
const screenshot = screenshotAt >= 0 ? args[screenshotAt + 1] : undefined;
if (!input || (screenshotAt >= 0 && !screenshot)) {
  console.error(USAGE);
  process.exit(2);
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** Wall-clock and CPU time (all threads) of a step: CPU time moves less when other work shares the cores. */
const time = async (fn) => {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return [value, { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 }];
};
const figures = ({ wall, cpu }) => `${seconds(wall).padStart(8)} (CPU ${seconds(cpu)})`;
/** Consumes a generator of text pieces, as the writer would, without keeping them. */
const drain = (pieces) => {
  let chars = 0;
  for (const piece of pieces) chars += piece.length;
  return chars;
};

const doc = JSON.parse(await readFile(input, 'utf8'));
const entities = doc.nodes.filter((n) => n.label !== 'Article').length;
console.log(`kg bench:write: ${input}: ${doc.nodes.length} nodes (${entities} entities), ${doc.edges.length} edges; load average ${loadavg()[0].toFixed(2)}`);

// The parts first (each on its own), then the whole write as kg build does it.
const [, analyticsMs] = await time(() => computeAnalytics(doc));
const [, viewDataMs] = await time(() => toViewData(doc, 'bench'));
const [, jsonMs] = await time(() => drain(jsonChunks(doc)));
const [, graphMLMs] = await time(() => drain(graphMLPieces(doc)));
const [, viewMs] = await time(() => drain(renderViewPieces(doc)));
const out = await mkdtemp(join(tmpdir(), 'kg-bench-write-'));
try {
  const [, writeMs] = await time(() => writeGraphFiles(out, doc));
  console.log(`  analytics (degree, PageRank, betweenness, Louvain)  ${figures(analyticsMs)}`);
  console.log(`  view data (analytics + layout)                      ${figures(viewDataMs)}`);
  console.log(`  graph.json text                                     ${figures(jsonMs)}`);
  console.log(`  graph.graphml text                                  ${figures(graphMLMs)}`);
  console.log(`  view.html text (view data, JSON, bundle)            ${figures(viewMs)}`);
  console.log(`  writeGraphFiles, all three files to disk            ${figures(writeMs)}`);
  console.log(`  peak memory, RSS                                    ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  if (screenshot) {
    const { launchChromium, openView } = await import('./headless-chromium.mjs');
    const browser = await launchChromium();
    try {
      const { page, errors, firstRenderMs } = await openView(browser, join(out, 'view.html'));
      await page.screenshot({ path: screenshot });
      console.log(`  view: first render ${seconds(firstRenderMs)}, picture in ${screenshot}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
