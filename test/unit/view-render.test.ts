// The HTML view as text: self-contained, escaped against hostile names, explicit when empty, the same on every run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SchemaError } from '../../src/errors.js';
import { mergeDocuments } from '../../src/graph/build-graph.js';
import { loadGraph } from '../../src/export/load-graph.js';
import { emptyDocument } from '../../src/schema/index.js';
import { layoutView } from '../../src/view/layout-view.js';
import { renderViewHtml } from '../../src/view/render-view.js';
import { HOSTILE_NAME, HOSTILE_SENTENCE, hostileGraph, seedGraph } from '../fixtures/view-graphs.js';

/** The embedded data, read back the way the page reads it. */
function embeddedData(html: string): { nodes: { id: string; name: string; aliases: string[]; x: number; y: number }[]; sentences: string[] } {
  const match = /<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match![1]!);
}

describe('renderViewHtml', () => {
  const html = renderViewHtml(hostileGraph(), { title: `Seed <b>"view"</b>` });

  it('is one page with everything inline: no external script, style or URL to fetch', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });

  it('escapes a hostile name and sentence so they stay data', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('</script><script>');
    // Two script elements close, the data's and the bundle's: nothing in the data closed one early.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>Seed &lt;b&gt;&quot;view&quot;&lt;/b&gt;</title>');
    const data = embeddedData(html);
    expect(data.nodes.find((n) => n.id === 'person:evil')!.name).toBe(HOSTILE_NAME);
    expect(data.sentences).toContain(HOSTILE_SENTENCE);
  });

  it('keeps non-Latin names as they are', () => {
    const data = embeddedData(html);
    expect(html).toContain('<meta charset="utf-8">');
    expect(data.nodes.find((n) => n.id === 'person:lee-jae-myung')!.aliases).toContain('이재명');
    expect(data.nodes.find((n) => n.id === 'city:1816670')!.aliases).toContain('北京');
  });

  it('lays the graph out ahead, the same way on every run', () => {
    const data = embeddedData(html);
    expect(new Set(data.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(data.nodes.length);
    expect(renderViewHtml(seedGraph())).toBe(renderViewHtml(seedGraph()));
  });

  it('puts an article amid what it mentions, and one that mentions nothing outside the entities', () => {
    const doc = seedGraph();
    const article = doc.nodes.find((n) => n.label === 'Article')!;
    doc.nodes.push({ ...article, id: 'article:empty', name: 'An article naming no one' });
    const positions = layoutView(doc, () => 0);
    const entities = doc.nodes.filter((n) => n.label !== 'Article').map((n) => positions.get(n.id)!);
    const centre = { x: entities.reduce((s, p) => s + p.x, 0) / entities.length, y: entities.reduce((s, p) => s + p.y, 0) / entities.length };
    const farthest = Math.max(...entities.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)));
    const from = (id: string): number => Math.hypot(positions.get(id)!.x - centre.x, positions.get(id)!.y - centre.y);
    // The seed article mentions every entity: it sits near their centre, a quarter of the graph's reach at most.
    expect(from(article.id)).toBeLessThan(farthest / 4);
    expect(from('article:empty')).toBeGreaterThan(farthest);
  });

  it('says so in a valid page when the graph is empty', () => {
    const empty = renderViewHtml(emptyDocument());
    expect(empty).toContain('This graph is empty: no entities or articles were found in the input.');
    expect(empty).toMatch(/<\/html>\n$/);
    expect(embeddedData(empty).nodes).toEqual([]);
  });
});

describe('loadGraph', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const file = async (name: string, content: string): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-view-'));
    dirs.push(dir);
    await writeFile(join(dir, name), content);
    return join(dir, name);
  };

  it('reads a graph.json as the mirror holds it', async () => {
    const path = await file('graph.json', JSON.stringify(seedGraph()));
    const loaded = await loadGraph([path]);
    expect(loaded.document).toEqual(mergeDocuments([seedGraph()]));
  });

  it('refuses a file that is not a GraphDocument, naming the field', async () => {
    const doc = seedGraph() as unknown as { nodes: { label: string }[] };
    doc.nodes[2]!.label = 'Planet';
    const path = await file('graph.json', JSON.stringify(doc));
    const error = await loadGraph([path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).message).toContain(path);
    expect((error as SchemaError).issues.join('\n')).toMatch(/^nodes\.2\.label: /m);
  });

  it('refuses a file that is not JSON', async () => {
    const path = await file('graph.json', '{"schemaVersion": 1, nodes');
    await expect(loadGraph([path])).rejects.toThrow(/graph\.json: is not JSON/);
  });

  it('extracts article files and merges them', async () => {
    const path = await file('visit.txt', 'Leader visits Beijing\nThe president arrived in Beijing on Sunday.\n');
    const loaded = await loadGraph([path], { workers: 1 });
    expect(loaded.articles).toBe(1);
    expect(loaded.document.nodes.filter((n) => n.label === 'Article').map((n) => n.name)).toEqual(['Leader visits Beijing']);
  });
});
