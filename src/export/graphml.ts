// GraphML export: the graph with typed node and edge attributes, readable by Gephi, yEd, networkx and Cytoscape.
import type { GraphDocument, GraphEdge, GraphNode } from '../schema/index.js';
import { edgeKey } from '../graph/build-graph.js';
import { EDGE_COLUMNS, columnText, nodeColumns, type Column } from './attribute-columns.js';
import { escapeXml } from './xml-escape.js';

// Gephi shows the attribute named "label" on nodes and edges: the node's name and the edge's type.
const NODE_DISPLAY: Column<GraphNode> = { name: 'label', type: 'string', value: (n) => n.name };
const EDGE_DISPLAY: Column<GraphEdge> = { name: 'label', type: 'string', value: (e) => e.type };

export function toGraphML(doc: GraphDocument): string {
  return [...graphMLPieces(doc)].join('');
}

/** The GraphML text node by node and edge by edge, so a large graph can be written without one string of the whole file. */
export function* graphMLPieces(doc: GraphDocument): Generator<string> {
  const nodeKeys = [NODE_DISPLAY, ...nodeColumns(doc.nodes)];
  const edgeKeys = [EDGE_DISPLAY, ...EDGE_COLUMNS];
  yield lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', 'n', nodeKeys),
    ...keys('edge', 'e', edgeKeys),
    '  <graph id="G" edgedefault="directed">',
  ]);
  // One piece per element, not per line: a corpus has hundreds of thousands of lines, and each piece costs the writer.
  for (const node of doc.nodes) {
    yield `    <node id="${escapeXml(node.id)}">\n${data('n', nodeKeys, node)}    </node>\n`;
  }
  for (const edge of doc.edges) {
    const id = edgeKey(edge.type, edge.source, edge.target);
    yield `    <edge id="${escapeXml(id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n${data('e', edgeKeys, edge)}    </edge>\n`;
  }
  yield lines(['  </graph>', '</graphml>']);
}

function lines(texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}

function keys<T>(domain: 'node' | 'edge', prefix: string, columns: Column<T>[]): string[] {
  return columns.map((column, i) => `  <key id="${prefix}${i}" for="${domain}" attr.name="${escapeXml(column.name)}" attr.type="${column.type}"/>`);
}

/** The element's data lines, each ending in a line break. */
function data<T>(prefix: string, columns: Column<T>[], item: T): string {
  let text = '';
  columns.forEach((column, i) => {
    const value = columnText(column.value(item));
    if (value !== undefined) text += `      <data key="${prefix}${i}">${escapeXml(value)}</data>\n`;
  });
  return text;
}
