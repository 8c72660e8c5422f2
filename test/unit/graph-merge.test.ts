// The graphology mirror: merging documents it may adopt gives the same graph as merging copies, in any order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { createGraph, graphToDocument, mergeDocument } from '../../src/graph/build-graph.js';
import type { GraphDocument } from '../../src/schema/index.js';

const DEV = '../shared/corpus/dev';
const articles = ['rok-leader-state-visit-china', 'obama-merkel-hanover-trade-talks', 'uk-companies-seek-larger-role-in-china'];
const json = articles.map((name) => {
  const text = readFileSync(`${DEV}/${name}.txt`, 'utf8');
  return JSON.stringify(extractArticle({ id: name, title: name, text, source: `${name}.txt` }));
});

function merged(order: number[], adopt: boolean): GraphDocument {
  const graph = createGraph();
  for (const k of order) mergeDocument(graph, JSON.parse(json[k]!) as GraphDocument, { adopt });
  return graphToDocument(graph);
}

describe('mergeDocument', () => {
  it('gives the same graph whether it adopts or copies the documents, whatever their order', () => {
    const copied = merged([0, 1, 2], false);
    expect(merged([0, 1, 2], true)).toEqual(copied);
    expect(merged([2, 0, 1], true)).toEqual(copied);
  });

  it('leaves a copied document untouched when later documents merge into the same nodes', () => {
    const first = JSON.parse(json[0]!) as GraphDocument;
    const before = JSON.stringify(first);
    const graph = createGraph();
    mergeDocument(graph, first);
    mergeDocument(graph, JSON.parse(json[0]!.replaceAll('"article:rok-leader-state-visit-china"', '"article:again"')) as GraphDocument);
    expect(JSON.stringify(first)).toBe(before);
  });

  it('sorts a node\'s aliases once a second document names the node, and keeps them sorted', () => {
    const naming = (name: string, aliases: string[]): GraphDocument =>
      ({ schemaVersion: 1, nodes: [{ id: 'country:XL', label: 'Country', name, aliases, mentions: [] }], edges: [] }) as unknown as GraphDocument;
    const graph = createGraph();
    const aliases = (): string[] => graph.getNodeAttribute('country:XL', 'aliases');
    mergeDocument(graph, naming('Xland', ['Zedland', 'Ayland']));
    expect(aliases()).toEqual(['Zedland', 'Ayland']);
    mergeDocument(graph, naming('Xland', ['Zedland', 'Ayland']));
    expect(aliases()).toEqual(['Ayland', 'Zedland']);
    mergeDocument(graph, naming('Xland', ['Xland', 'Beeland']));
    expect(aliases()).toEqual(['Ayland', 'Beeland', 'Zedland']);
    mergeDocument(graph, naming('Republic of Xland', []));
    expect(graph.getNodeAttribute('country:XL', 'name')).toBe('Republic of Xland');
    expect(aliases()).toEqual(['Ayland', 'Beeland', 'Xland', 'Zedland']);
  });

  it('adds a mention or evidence once when a document repeats it, or is merged again', () => {
    const again = (): GraphDocument => JSON.parse(json[0]!.replaceAll('"article:rok-leader-state-visit-china"', '"article:again"')) as GraphDocument;
    const plain = createGraph();
    for (const doc of [JSON.parse(json[0]!) as GraphDocument, again()]) mergeDocument(plain, doc);
    const expected = graphToDocument(plain);

    const repeating = again();
    const country = repeating.nodes.find((node) => node.label === 'Country' && node.mentions.length > 0)!;
    const edge = repeating.edges.find((e) => e.evidence.length > 0)!;
    repeating.nodes.push({ ...country, mentions: [country.mentions[0]!, { ...country.mentions[0]! }] });
    repeating.edges.push({ ...edge, evidence: [...edge.evidence].reverse() });
    const graph = createGraph();
    mergeDocument(graph, JSON.parse(json[0]!) as GraphDocument);
    mergeDocument(graph, repeating);
    expect(graphToDocument(graph)).toEqual(expected);
    mergeDocument(graph, again());
    expect(graphToDocument(graph)).toEqual(expected);
  });
});
