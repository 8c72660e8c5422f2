// The typed attribute columns that GraphML, GEXF and CSV exports write for nodes and edges.
import type { GraphEdge, GraphNode } from '../schema/index.js';

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';
export type ColumnValue = string | number | boolean | string[] | null | undefined;

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** True when the value is a list (aliases, article ids): CSV writes it as an array, XML joins it. */
  list?: boolean;
  value(item: T): ColumnValue;
}

/** Separator of list values in XML attributes; also neo4j-admin's default array delimiter. */
export const LIST_SEPARATOR = ';';

const BASE_NODE_COLUMNS: Column<GraphNode>[] = [
  { name: 'labels', type: 'string', value: (n) => n.label },
  { name: 'name', type: 'string', value: (n) => n.name },
  { name: 'aliases', type: 'string', list: true, value: (n) => n.aliases },
  { name: 'mentionCount', type: 'int', value: (n) => n.mentions.length },
  { name: 'source', type: 'string', value: (n) => (n.label === 'Article' ? n.source : undefined) },
  { name: 'contentHash', type: 'string', value: (n) => (n.label === 'Article' ? n.contentHash : undefined) },
  { name: 'date', type: 'string', value: (n) => (n.label === 'Article' ? n.date : undefined) },
  { name: 'url', type: 'string', value: (n) => (n.label === 'Article' ? n.url : undefined) },
];

/** Node columns: the fixed ones, then one per property key found in `nodes` (sorted), typed from its values. */
export function nodeColumns(nodes: readonly GraphNode[]): Column<GraphNode>[] {
  const reserved = new Set(BASE_NODE_COLUMNS.map((c) => c.name));
  const valuesByKey = new Map<string, unknown[]>();
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (value === null) continue;
      const values = valuesByKey.get(key) ?? [];
      values.push(value);
      valuesByKey.set(key, values);
    }
  }
  const propertyColumns = [...valuesByKey.keys()].sort().map((key): Column<GraphNode> => ({
    // A property that shadows a fixed column keeps its value under another name rather than overwriting it.
    name: reserved.has(key) ? `property_${key}` : key,
    type: inferType(valuesByKey.get(key)!),
    value: (n) => n.properties?.[key],
  }));
  return [...BASE_NODE_COLUMNS, ...propertyColumns];
}

export const EDGE_COLUMNS: Column<GraphEdge>[] = [
  { name: 'evidenceCount', type: 'int', value: (e) => e.evidence.length },
  { name: 'articles', type: 'string', list: true, value: (e) => [...new Set(e.evidence.map((ev) => ev.article))].sort() },
  // The evidence as JSON: sentences hold any character, including the list separator, so a joined list would be ambiguous.
  { name: 'evidence', type: 'string', value: (e) => (e.evidence.length ? JSON.stringify(e.evidence) : undefined) },
];

function inferType(values: unknown[]): ColumnType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isSafeInteger(v)) ? 'int' : 'double';
  return 'string';
}

/** A value as attribute text: lists joined by the separator, absent values as undefined. */
export function columnText(value: ColumnValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length ? value.join(LIST_SEPARATOR) : undefined;
  return String(value);
}

