// CSV files in the header format of `neo4j-admin database import`: one nodes file per label, one relationships file per type.
import type { GraphDocument, GraphEdge } from '../schema/index.js';
import { EDGE_COLUMNS, LIST_SEPARATOR, nodeColumns, type Column, type ColumnValue } from './attribute-columns.js';

export interface CsvFile {
  /** File name, e.g. `nodes-Person.csv` or `relationships-VISITED.csv`. */
  name: string;
  content: string;
}

const IMPORT_TYPE = { string: 'string', int: 'long', double: 'double', boolean: 'boolean' } as const;

/** Files sorted by name; labels and types that have no node or edge get no file. */
export function toNeo4jCsv(doc: GraphDocument): CsvFile[] {
  const files: CsvFile[] = [];
  const byLabel = groupBy(doc.nodes, (node) => node.label);
  for (const [label, nodes] of byLabel) {
    // Each label's file has only the columns its nodes use (articles have no analytics, entities no content hash).
    const columns = nodeColumns(nodes).filter((column) => column.name !== 'labels' && nodes.some((n) => present(column.value(n))));
    const header = ['id:ID', ':LABEL', ...columns.map(headerOf)];
    const rows = nodes.map((node) => [node.id, node.label, ...columns.map((column) => cell(column.value(node)))]);
    files.push({ name: `nodes-${label}.csv`, content: csv([header, ...rows]) });
  }
  for (const [type, edges] of groupBy(doc.edges, (edge) => edge.type)) {
    const columns = EDGE_COLUMNS.filter((column) => edges.some((e) => present(column.value(e))));
    const header = [':START_ID', ':END_ID', ':TYPE', ...columns.map(headerOf)];
    const rows = edges.map((edge: GraphEdge) => [edge.source, edge.target, edge.type, ...columns.map((column) => cell(column.value(edge)))]);
    files.push({ name: `relationships-${type}.csv`, content: csv([header, ...rows]) });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The import command for these files, run from the folder that holds them. */
export function neo4jImportCommand(fileNames: readonly string[], database = 'neo4j'): string {
  const args = fileNames.map((name) => (name.startsWith('nodes-') ? `--nodes=${name}` : `--relationships=${name}`));
  return ['neo4j-admin database import full', ...args, `--array-delimiter="${LIST_SEPARATOR}"`, '--overwrite-destination', database].join(' \\\n  ');
}

function headerOf<T>(column: Column<T>): string {
  return `${column.name}:${IMPORT_TYPE[column.type]}${column.list ? '[]' : ''}`;
}

function present(value: ColumnValue): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

function cell(value: ColumnValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    // neo4j-admin has no escape for the array delimiter: an element holding it would split in two.
    return value.map((item) => item.replaceAll(LIST_SEPARATOR, ',')).join(LIST_SEPARATOR);
  }
  return String(value);
}

/**
 * RFC 4180 quoting with neo4j-admin's default quote character `"`: values quoted, quotes doubled.
 * Absent values stay unquoted and empty, which neo4j-admin reads as "no property" (a quoted "" would be an empty string, and no number).
 */
function csv(rows: string[][]): string {
  return rows.map((row) => row.map((field) => (field === '' ? '' : `"${field.replaceAll('"', '""')}"`)).join(',')).join('\n') + '\n';
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
