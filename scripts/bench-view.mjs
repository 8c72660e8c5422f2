// bench:view: builds a 2,000-article corpus graph, renders kg view's HTML, and opens it in headless Chromium; prints the figures.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractArticle } from '../dist/extract/index.js';
import { buildGraph, graphToDocument } from '../dist/graph/build-graph.js';
import { readTextFile } from '../dist/io/read-text-file.js';
import { articleFromText } from '../dist/text/article-from-text.js';
import { renderViewHtml } from '../dist/view/render-view.js';
import { launchChromium, openView } from './headless-chromium.mjs';

const CORPUS = process.env.KG_BENCH_CORPUS ?? '../shared/corpus/bulk';
const ARTICLES = Number(process.env.KG_BENCH_ARTICLES ?? 2000);
const OUT = 'test-results/bench-view.html';

async function articleFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const time = async (fn) => {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
};

const files = await articleFiles(CORPUS);
if (files.length === 0) throw new Error(`${CORPUS}: no .txt articles (set KG_BENCH_CORPUS)`);
// The bulk corpus has fewer articles than the benchmark wants: it is read again under other ids, so
// Article nodes and mentions grow as they would while entities repeat as they do across real news.
const [articles, readMs] = await time(async () => {
  const list = [];
  for (let i = 0; i < ARTICLES; i += 1) {
    const path = files[i % files.length];
    const round = Math.floor(i / files.length);
    const id = `${path.slice(CORPUS.length + 1, -4)}${round ? `~${round + 1}` : ''}`;
    list.push(articleFromText(await readTextFile(path), id, path));
  }
  return list;
});
const [docs, extractMs] = await time(() => articles.map((a) => extractArticle(a)));
const [doc, mergeMs] = await time(() => graphToDocument(buildGraph(docs)));
const entities = doc.nodes.filter((n) => n.label !== 'Article').length;
const [html, renderMs] = await time(() => renderViewHtml(doc, { title: `Bench: ${ARTICLES} articles` }));
await mkdir('test-results', { recursive: true });
await writeFile(OUT, html);

console.log(`corpus: ${ARTICLES} articles from ${CORPUS} (${files.length} files${ARTICLES > files.length ? ', read again under new ids to reach the count' : ''})`);
if (entities === 0) console.log('NOTE: extractArticle found no entities (it is still a stub): the graph is Article nodes only.');
console.log(`graph: ${doc.nodes.length} nodes (${entities} entities), ${doc.edges.length} edges`);
console.log(`read ${seconds(readMs)}, extract ${seconds(extractMs)} (${Math.round(ARTICLES / (extractMs / 1000))} articles/s), merge ${seconds(mergeMs)}`);
console.log(`analytics + layout + HTML: ${seconds(renderMs)}`);
console.log(`HTML: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB (${OUT})`);

const browser = await launchChromium();
try {
  const { page, errors, firstRenderMs } = await openView(browser, OUT);
  console.log(`browser: first render ${seconds(firstRenderMs)} (load, parse, sigma's first frame)`);
  // Search for the most important entity (or an article when there are none) and select it.
  const target = await page.evaluate(() => {
    const { graph } = window.kgView;
    let best;
    graph.forEachNode((id, a) => {
      if (!best || (a.kind !== 'Article') > (best.kind !== 'Article') || ((a.kind !== 'Article') === (best.kind !== 'Article') && a.size > best.size)) best = { id, ...a };
    });
    return best;
  });
  const searchStarted = performance.now();
  await page.fill('#kg-search', target.label);
  await page.locator('#kg-results li').first().waitFor();
  const searchMs = performance.now() - searchStarted;
  await page.locator('#kg-results li').first().click();
  const shown = await page.locator('#kg-details h2').textContent();
  const frames = await page.evaluate(
    () => new Promise((resolve) => {
      let n = 0;
      const started = performance.now();
      const tick = () => (performance.now() - started < 1000 ? (n += 1, requestAnimationFrame(tick)) : resolve(n));
      requestAnimationFrame(tick);
    }),
  );
  console.log(`search "${target.label}": results in ${seconds(searchMs)}, selected "${shown}" ${shown === target.label ? '(ok)' : '(MISMATCH)'}`);
  console.log(`interactive: ${frames} frames in the second after selecting (camera animation)`);
  await page.screenshot({ path: 'test-results/bench-view.png' });
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
}
