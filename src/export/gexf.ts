// GEXF 1.2 export (Gephi's own format): node names as labels, edge types as labels, typed attributes, evidence counts as weights.
import type { GraphDocument, GraphEdge, GraphNode } from '../schema/index.js';
import { edgeKey } from '../graph/build-graph.js';
import { EDGE_COLUMNS, columnText, nodeColumns, type Column } from './attribute-columns.js';
import { escapeXml } from './xml-escape.js';

const GEXF_TYPE = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' } as const;

export function toGEXF(doc: GraphDocument): string {
  const nodeAttributes = nodeColumns(doc.nodes);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>news-kg</creator>',
    '    <description>Knowledge graph of people, places and organisations read from news articles</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', nodeAttributes),
    ...declarations('edge', EDGE_COLUMNS),
    '    <nodes>',
  ];
  for (const node of doc.nodes) {
    lines.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.name)}">`, ...values(nodeAttributes, node), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of doc.edges) {
    const id = edgeKey(edge.type, edge.source, edge.target);
    // Gephi's layouts read the weight: more evidence, a stronger tie.
    const weight = Math.max(1, edge.evidence.length);
    lines.push(
      `      <edge id="${escapeXml(id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${edge.type}" weight="${weight}">`,
      ...values(EDGE_COLUMNS, edge),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function declarations<T extends GraphNode | GraphEdge>(domain: 'node' | 'edge', columns: Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map((column, i) => `      <attribute id="${i}" title="${escapeXml(column.name)}" type="${GEXF_TYPE[column.type]}"/>`),
    '    </attributes>',
  ];
}

function values<T>(columns: Column<T>[], item: T): string[] {
  const lines: string[] = [];
  columns.forEach((column, i) => {
    const text = columnText(column.value(item));
    if (text !== undefined) lines.push(`          <attvalue for="${i}" value="${escapeXml(text)}"/>`);
  });
  return lines.length ? ['        <attvalues>', ...lines, '        </attvalues>'] : [];
}
