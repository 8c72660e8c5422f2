// GraphML and GEXF exports parsed back with an XML parser: same nodes, edges and attributes as the graphology mirror.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.js';
import { toGraphML } from '../../src/export/graphml.js';
import { withAnalytics } from '../../src/graph/analytics/with-analytics.js';
import { buildGraph, edgeKey } from '../../src/graph/build-graph.js';
import { emptyDocument } from '../../src/schema/index.js';
import { HOSTILE_NAME, HOSTILE_SENTENCE, hostileGraph } from '../fixtures/view-graphs.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name) });
const doc = withAnalytics(hostileGraph()).document;
const mirror = buildGraph([doc]);

type Row = Record<string, string>;

function graphmlRows(xml: string): { nodes: Map<string, Row>; edges: Map<string, Row & { source: string; target: string }> } {
  const root = parser.parse(xml).graphml;
  const keys = new Map<string, string>(root.key.map((k: Row) => [k.id, k['attr.name']]));
  const values = (data: { key: string; '#text'?: string }[] = []) => Object.fromEntries(data.map((d) => [keys.get(d.key)!, d['#text'] ?? '']));
  return {
    nodes: new Map((root.graph.node ?? []).map((n: { id: string; data: [] }) => [n.id, values(n.data)])),
    edges: new Map((root.graph.edge ?? []).map((e: { id: string; source: string; target: string; data: [] }) => [e.id, { ...values(e.data), source: e.source, target: e.target }])),
  };
}

describe('toGraphML', () => {
  const xml = toGraphML(doc);
  const { nodes, edges } = graphmlRows(xml);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has every node of the mirror with its label, name, aliases and analytics', () => {
    expect([...nodes.keys()].sort()).toEqual(mirror.nodes().sort());
    mirror.forEachNode((id, attributes) => {
      const row = nodes.get(id)!;
      expect(row.labels).toBe(attributes.label);
      expect(row.name).toBe(attributes.name);
      expect(row.label).toBe(attributes.name);
      expect(row.aliases ?? '').toBe(attributes.aliases.join(';'));
      for (const [key, value] of Object.entries(attributes.properties ?? {})) expect(row[key]).toBe(String(value));
    });
    expect(nodes.get('person:evil')!.name).toBe(HOSTILE_NAME);
    expect(nodes.get('country:KR')!.aliases).toBe('ROK;South Korea');
  });

  it('declares typed keys so tools read numbers as numbers', () => {
    expect(xml).toContain('attr.name="pagerank" attr.type="double"');
    expect(xml).toContain('attr.name="community" attr.type="int"');
    expect(xml).toContain('attr.name="degree" attr.type="int"');
  });

  it('has every edge of the mirror with its type and evidence', () => {
    expect(edges.size).toBe(mirror.size);
    mirror.forEachEdge((key, attributes, source, target) => {
      const row = edges.get(key)!;
      expect(row).toMatchObject({ source, target, label: attributes.type, evidenceCount: String(attributes.evidence.length) });
      if (attributes.evidence.length) expect(JSON.parse(row.evidence!)).toEqual(attributes.evidence);
    });
    const evil = edges.get(edgeKey('MET_WITH', 'person:evil', 'person:lee-jae-myung'))!;
    expect(JSON.parse(evil.evidence!)[0].sentence).toBe(HOSTILE_SENTENCE);
  });

  it('writes an empty graph as a valid document', () => {
    const empty = toGraphML(emptyDocument());
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain('<graph id="G" edgedefault="directed">');
  });

  it('replaces characters XML cannot hold instead of writing an unreadable file', () => {
    const bad = emptyDocument();
    bad.nodes.push({ id: 'person:x', label: 'Person', name: 'Bell\u0007 Ringer', aliases: [], mentions: [] });
    const xml = toGraphML(bad);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(graphmlRows(xml).nodes.get('person:x')!.name).toBe('Bell\uFFFD Ringer');
  });
});

describe('toGEXF', () => {
  const xml = toGEXF(doc);
  const root = parser.parse(xml).gexf;
  const [nodeAttributes, edgeAttributes] = root.graph.attributes as { class: string; attribute: Row[] }[];
  const titles = (declared: { attribute: Row[] }) => new Map(declared.attribute.map((a) => [a.id, a.title]));
  const rowOf = (item: { attvalues?: { attvalue: Row[] } }, names: Map<string, string>) =>
    Object.fromEntries((item.attvalues?.attvalue ?? []).map((v) => [names.get(v.for)!, v.value]));

  it('is well-formed GEXF 1.2 with node and edge attribute declarations', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(root.version).toBe('1.2');
    expect(root.graph.defaultedgetype).toBe('directed');
    expect(nodeAttributes!.class).toBe('node');
    expect(edgeAttributes!.class).toBe('edge');
    expect(nodeAttributes!.attribute).toContainEqual({ id: expect.any(String), title: 'pagerank', type: 'double' });
  });

  it('has every node with its name as label and its attributes', () => {
    const names = titles(nodeAttributes!);
    const nodes = new Map(root.graph.nodes.node.map((n: { id: string; label: string }) => [n.id, n]));
    expect([...nodes.keys()].sort()).toEqual(mirror.nodes().sort());
    mirror.forEachNode((id, attributes) => {
      const node = nodes.get(id) as { label: string; attvalues?: { attvalue: Row[] } };
      expect(node.label).toBe(attributes.name);
      const row = rowOf(node, names);
      expect(row.labels).toBe(attributes.label);
      for (const [key, value] of Object.entries(attributes.properties ?? {})) expect(row[key]).toBe(String(value));
    });
  });

  it('has every edge with its type as label and evidence count as weight', () => {
    const names = titles(edgeAttributes!);
    const edges = new Map(root.graph.edges.edge.map((e: { id: string }) => [e.id, e]));
    expect(edges.size).toBe(mirror.size);
    mirror.forEachEdge((key, attributes, source, target) => {
      const edge = edges.get(key) as Row & { attvalues?: { attvalue: Row[] } };
      expect(edge).toMatchObject({ source, target, label: attributes.type, weight: String(Math.max(1, attributes.evidence.length)) });
      expect(rowOf(edge, names).evidenceCount).toBe(String(attributes.evidence.length));
    });
  });
});
