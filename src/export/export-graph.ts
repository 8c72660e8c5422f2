// Writes a graph in one of the export formats: a file for GraphML, GEXF and JSON, a folder of CSV files for neo4j-admin.
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { GraphDocument } from '../schema/index.js';
import { toGEXF } from './gexf.js';
import { toGraphML } from './graphml.js';
import { toNeo4jCsv } from './neo4j-csv.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function toJson(doc: GraphDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Writes `doc` to `out` (a file, or for csv a folder); returns the paths written. Each file is written whole or not at all. */
export async function writeExport(doc: GraphDocument, format: ExportFormat, out: string): Promise<string[]> {
  if (format === 'csv') {
    const written: string[] = [];
    for (const file of toNeo4jCsv(doc)) {
      const path = join(out, file.name);
      await writeFileAtomic(path, file.content);
      written.push(path);
    }
    return written;
  }
  const render = { graphml: toGraphML, gexf: toGEXF, json: toJson }[format];
  await writeFileAtomic(out, render(doc));
  return [out];
}
