// The HTML view in a real browser (Debian's headless Chromium): it draws the graph, search finds aliases, a click shows evidence.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractArticle } from '../../src/extract/index.js';
import { emptyDocument, type GraphDocument } from '../../src/schema/index.js';
import { articleFromText } from '../../src/text/article-from-text.js';
import { renderViewHtml } from '../../src/view/render-view.js';
import { LABEL_COLOURS } from '../../src/view/palette.js';
import { HOSTILE_NAME, hostileGraph } from '../fixtures/view-graphs.js';
// @ts-expect-error: a plain ES module shared with scripts/bench-view.mjs, without type declarations.
import { chromiumAvailable, clickNode, colouredPixels, launchChromium, openView } from '../../scripts/headless-chromium.mjs';

const OUT = 'test-results';
const SEED = 'seeds/rok-leader-state-visit-china.txt';
// In CI a missing browser is a failure (.ci/run installs it); on a workstation without it the tests are skipped.
const skip = !chromiumAvailable() && !process.env.CI;

interface ViewPage {
  page: Page;
  errors: string[];
  requests: string[];
}

async function openHtml(browser: Browser, name: string, html: string): Promise<ViewPage> {
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}/${name}.html`, html);
  return openView(browser, `${OUT}/${name}.html`);
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('#kg-search', query);
  return page.locator('#kg-results li .name').allTextContents();
}

/** Every check a user would make on a drawn graph; holds for the fixture and for a correct extraction of the seed. */
async function checkSeedView(view: ViewPage, doc: GraphDocument, screenshot: string): Promise<void> {
  const { page } = view;
  expect(await page.evaluate(() => (window as any).kgView.ready)).toBe(true);
  // Node count in the page equals the graph's.
  expect(await page.evaluate(() => (window as any).kgView.graph.order)).toBe(doc.nodes.length);
  expect(await page.locator('#kg-status').getAttribute('data-nodes')).toBe(String(doc.nodes.length));
  // The canvas really drew nodes in their label colours (read back from a screenshot).
  const pixels = await colouredPixels(page, [LABEL_COLOURS.Person, LABEL_COLOURS.Country]);
  expect(pixels[LABEL_COLOURS.Person]).toBeGreaterThan(50);
  expect(pixels[LABEL_COLOURS.Country]).toBeGreaterThan(50);
  await page.screenshot({ path: `${OUT}/${screenshot}.png` });

  // A click on Lee Jae-myung where sigma drew him shows his relations and the evidence sentences with their article.
  const lee = doc.nodes.find((n) => n.label === 'Person' && n.name === 'Lee Jae-myung')!;
  await clickNode(page, lee.id);
  await expect.poll(() => page.locator('#kg-details h2').textContent()).toBe('Lee Jae-myung');
  const evidence = page.locator('#kg-details ul.evidence li');
  expect(await evidence.count()).toBeGreaterThan(0);
  expect((await evidence.locator('q').allTextContents()).some((sentence) => /arrived in Beijing|Lee/.test(sentence))).toBe(true);
  const article = doc.nodes.find((n) => n.label === 'Article')!;
  expect(new Set(await evidence.locator('cite').allTextContents())).toEqual(new Set([article.name]));
  await page.screenshot({ path: `${OUT}/${screenshot}-selected.png` });

  // Search by alias: "ROK" finds the Republic of Korea first.
  expect((await searchFor(page, 'ROK'))[0]).toBe('Republic of Korea');
  await page.locator('#kg-results li').first().click();
  await expect.poll(() => page.locator('#kg-details h2').textContent()).toBe('Republic of Korea');

  expect(view.errors).toEqual([]);
  expect(view.requests).toEqual([]);
}

describe.skipIf(skip)('kg view in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the seed graph (hand-made fixture), finds "ROK", shows evidence on click, and keeps a hostile name as text', async () => {
    const doc = hostileGraph();
    const view = await openHtml(browser, 'view-fixture', renderViewHtml(doc, { title: 'Seed fixture' }));
    await checkSeedView(view, doc, 'view-fixture');
    const { page } = view;
    // Non-Latin aliases are searchable and shown as they are.
    expect((await searchFor(page, '이재명'))[0]).toBe('Lee Jae-myung');
    expect((await searchFor(page, '北京'))[0]).toBe('Beijing');
    // The hostile name ran no script and made no element: it is shown as text.
    expect((await searchFor(page, 'Evil'))[0]).toBe(HOSTILE_NAME);
    await page.locator('#kg-results li').first().click();
    await expect.poll(() => page.locator('#kg-details h2').textContent()).toBe(HOSTILE_NAME);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.locator('img, b').count()).toBe(0);
    await page.close();
  });

  it('filters hide a label and a relation type', async () => {
    const doc = hostileGraph();
    const { page } = await openHtml(browser, 'view-filters', renderViewHtml(doc));
    const visible = () => page.evaluate(() => {
      const { graph, renderer } = (window as any).kgView;
      return graph.filterNodes((n: string) => !renderer.getNodeDisplayData(n)?.hidden && renderer.getNodeDisplayData(n) !== undefined).length;
    });
    const before = await visible();
    await page.locator('input[data-filter="Person"]').uncheck();
    expect(await visible()).toBe(before - doc.nodes.filter((n) => n.label === 'Person').length);
    expect(await page.locator('#kg-status').textContent()).toMatch(new RegExp(`· ${before - 4} nodes shown`));
    await page.close();
  });

  it('shows a clear message for an empty graph', async () => {
    const view = await openHtml(browser, 'view-empty', renderViewHtml(emptyDocument()));
    expect(await view.page.locator('#kg-message').textContent()).toContain('This graph is empty');
    expect(view.errors).toEqual([]);
    await view.page.screenshot({ path: `${OUT}/view-empty.png` });
    await view.page.close();
  });

  // Runs once extractArticle finds the seed's entities (while it is a stub it returns only the Article node).
  const seedDoc = extractArticle(articleFromText(readFileSync(SEED, 'utf8'), 'rok-leader-state-visit-china', SEED));
  it.skipIf(seedDoc.nodes.length <= 1)('kg view of the seed article itself (the real extraction)', async () => {
    await mkdir(OUT, { recursive: true });
    await promisify(execFile)('node', ['bin/kg.js', 'view', SEED, '--out', `${OUT}/view-seed.html`, '--quiet']);
    const doc = JSON.parse((await promisify(execFile)('node', ['bin/kg.js', 'extract', SEED])).stdout) as GraphDocument;
    const view = await openView(browser, `${OUT}/view-seed.html`);
    await checkSeedView(view, doc, 'view-seed');
    await view.page.close();
  });
});
