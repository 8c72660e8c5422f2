// Drives the view in Debian's headless Chromium through playwright-core (never a downloaded browser): shared by the e2e test and bench:view.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * --disable-gpu keeps Chromium off any real GPU; WebGL (which sigma needs) then runs on SwiftShader,
 * the software renderer. --use-angle=swiftshader and --enable-unsafe-swiftshader ask for it
 * explicitly, as newer Chromium versions no longer fall back to it on their own.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable() {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium() {
  if (!chromiumAvailable()) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** Opens a view file and waits until its script has run; collects page errors and any request that leaves the file. */
export async function openView(browser, htmlPath) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url());
  });
  const started = performance.now();
  await page.goto(pathToFileURL(htmlPath).href);
  await page.waitForFunction(() => window.kgView !== undefined);
  // Sigma draws on the next animation frame: wait for two so the first render is on screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, errors, requests, firstRenderMs: performance.now() - started };
}

/** Pixels of the graph area (a screenshot decoded by the page itself) close to each of `colours` (#rrggbb). */
export async function colouredPixels(page, colours) {
  const png = (await page.locator('#kg-graph').screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        targets.forEach(([r, g, b], i) => {
          if (Math.abs(data[p] - r) + Math.abs(data[p + 1] - g) + Math.abs(data[p + 2] - b) < 30) counts[i] += 1;
        });
      }
      return Object.fromEntries(colours.map((colour, i) => [colour, counts[i]]));
    },
    { png, colours },
  );
}

/** Clicks a node where sigma drew it. */
export async function clickNode(page, id) {
  const { x, y } = await page.evaluate((id) => {
    const { renderer, graph } = window.kgView;
    const point = renderer.graphToViewport(graph.getNodeAttributes(id));
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
  await page.mouse.click(x, y);
}
