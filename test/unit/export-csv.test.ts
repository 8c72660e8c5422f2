// neo4j-admin import CSV files read back with a CSV parser: headers in the import format, every node and relationship present.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../src/export/export-graph.js';
import { neo4jImportCommand, toNeo4jCsv } from '../../src/export/neo4j-csv.js';
import { withAnalytics } from '../../src/graph/analytics/with-analytics.js';
import { HOSTILE_NAME, hostileGraph } from '../fixtures/view-graphs.js';

const doc = withAnalytics(hostileGraph()).document;
const files = new Map(toNeo4jCsv(doc).map((f) => [f.name, f.content]));
const read = (name: string): string[][] => parse(files.get(name)!, { relax_column_count: false });

/** Reads a file the way neo4j-admin does: typed header columns, arrays split on ";", empty fields absent. */
function records(name: string): Record<string, unknown>[] {
  const [header, ...rows] = read(name);
  return rows.map((row) =>
    Object.fromEntries(
      header!.flatMap((column, i) => {
        const raw = row[i]!;
        if (raw === '') return [];
        const [key, type = 'string'] = column.split(':');
        const name = key || type;
        if (type.endsWith('[]')) return [[name, raw.split(';')]];
        if (type === 'ID') return [['id', raw]];
        if (type === 'long' || type === 'double') return [[name, Number(raw)]];
        return [[name, raw]];
      }),
    ),
  );
}

describe('toNeo4jCsv', () => {
  it('writes one nodes file per label and one relationships file per type', () => {
    const labels = [...new Set(doc.nodes.map((n) => n.label))].map((l) => `nodes-${l}.csv`);
    const types = [...new Set(doc.edges.map((e) => e.type))].map((t) => `relationships-${t}.csv`);
    expect([...files.keys()].sort()).toEqual([...labels, ...types].sort());
  });

  it('uses the neo4j-admin header format', () => {
    const [header] = read('nodes-Country.csv');
    expect(header!.slice(0, 4)).toEqual(['id:ID', ':LABEL', 'name:string', 'aliases:string[]']);
    expect(header).toEqual(expect.arrayContaining(['pagerank:double', 'community:long', 'degree:long', 'iso:string']));
    expect(read('relationships-VISITED.csv')[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'evidenceCount:long', 'articles:string[]', 'evidence:string']);
    expect(read('nodes-Article.csv')[0]).toEqual(expect.arrayContaining(['contentHash:string', 'source:string']));
    expect(read('nodes-Article.csv')[0]).not.toContain('pagerank:double');
  });

  it('reads back to every node with its properties', () => {
    const nodes = [...files.keys()].filter((n) => n.startsWith('nodes-')).flatMap(records);
    expect(nodes.map((n) => n.id).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    for (const node of doc.nodes) {
      const row = nodes.find((n) => n.id === node.id)!;
      expect(row).toMatchObject({ LABEL: node.label, name: node.name, ...node.properties });
      expect(row.aliases ?? []).toEqual(node.aliases);
    }
    expect(nodes.find((n) => n.id === 'person:evil')!.name).toBe(HOSTILE_NAME);
  });

  it('reads back to every relationship with its evidence', () => {
    const edges = [...files.keys()].filter((n) => n.startsWith('relationships-')).flatMap(records);
    expect(edges).toHaveLength(doc.edges.length);
    for (const edge of doc.edges) {
      const row = edges.find((r) => r.START_ID === edge.source && r.END_ID === edge.target && r.TYPE === edge.type)!;
      expect(row.evidenceCount).toBe(edge.evidence.length);
      if (edge.evidence.length) expect(JSON.parse(row.evidence as string)).toEqual(edge.evidence);
    }
  });

  it('prints the import command for the files', () => {
    const command = neo4jImportCommand([...files.keys()]);
    expect(command).toMatch(/^neo4j-admin database import full/);
    expect(command).toContain('--nodes=nodes-Person.csv');
    expect(command).toContain('--relationships=relationships-MET_WITH.csv');
  });
});

describe('writeExport', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('writes the CSV files into a folder, and JSON as a GraphDocument, with no temporary file left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
    dirs.push(dir);
    const written = await writeExport(doc, 'csv', join(dir, 'import'));
    expect(written).toHaveLength(files.size);
    expect((await readdir(join(dir, 'import'))).sort()).toEqual([...files.keys()].sort());
    await writeExport(doc, 'json', join(dir, 'graph.json'));
    expect(JSON.parse(await readFile(join(dir, 'graph.json'), 'utf8'))).toEqual(doc);
    expect((await readdir(dir)).sort()).toEqual(['graph.json', 'import']);
  });
});
