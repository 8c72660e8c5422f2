// `kg export`: the graph as GraphML, GEXF, JSON or neo4j-admin CSV files, with the entities' analytics.
import { EXPORT_FORMATS, isExportFormat, writeExport } from '../../export/export-graph.js';
import { neo4jImportCommand } from '../../export/neo4j-csv.js';
import { basename } from 'node:path';
import { withAnalytics } from '../../graph/analytics/with-analytics.js';
import { EXIT, type CliCommand } from '../command.js';
import { usageError } from '../usage-error.js';
import { CORPUS_OPTIONS } from './extract.js';
import { loadInputGraph } from './view.js';

const HELP = `kg export: the graph in formats other tools read

Usage:
  kg export DIR|FILE|graph.json... --format graphml|gexf|json|csv --out PATH [--without-analytics]

Reads a graph.json or extracts articles, adds each entity's measures (degree, weightedDegree,
pagerank, betweenness, community: see \`kg stats --help\`) to its properties, and writes:
  graphml   one GraphML file (Gephi, yEd, Cytoscape, networkx): typed attributes, "label" is the
            node's name and the edge's relation type
  gexf      one GEXF 1.2 file (Gephi): node names and edge types as labels, evidence counts as weights
  json      one GraphDocument, the format every kg command reads
  csv       a folder of CSV files for \`neo4j-admin database import\`: nodes-LABEL.csv per label and
            relationships-TYPE.csv per relation type (id:ID, :LABEL, :START_ID, :END_ID, :TYPE,
            typed properties, arrays split on ";"); the import command is printed
Files are written whole or not at all (temporary name, then rename).

Options:
  --format F            graphml, gexf, json or csv (required)
  --out PATH            the file to write; a folder for csv (required)
  --without-analytics   export the graph as it is, without the measures
  --workers N, --max-bytes N, --quiet     for article inputs, as in \`kg build --help\`
  -h, --help            this text

Examples:
  kg export out/graph.json --format gexf --out out/graph.gexf
  kg export out/graph.json --format csv --out out/import
  kg export ../shared/corpus/dev --format graphml --out dev.graphml
`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the graph as GraphML, GEXF, JSON or neo4j-admin import CSV',
  help: HELP,
  options: { ...CORPUS_OPTIONS, format: { type: 'string' }, 'without-analytics': { type: 'boolean', default: false } },
  async run(args, io) {
    const format = args.values.format as string | undefined;
    const out = args.values.out as string | undefined;
    if (format === undefined || !isExportFormat(format)) {
      throw usageError('export', format === undefined ? `expected --format ${EXPORT_FORMATS.join('|')}` : `unknown format "${format}": use ${EXPORT_FORMATS.join(', ')}`);
    }
    if (out === undefined) throw usageError('export', `expected --out ${format === 'csv' ? 'DIR' : 'FILE'}: where to write the export`);
    const loaded = await loadInputGraph('export', args, io);
    const doc = args.values['without-analytics'] ? loaded.document : withAnalytics(loaded.document).document;
    const written = await writeExport(doc, format, out);
    io.stdout.write(`wrote ${written.length === 1 ? written[0] : `${written.length} files to ${out}`} (${doc.nodes.length} nodes, ${doc.edges.length} edges)\n`);
    if (format === 'csv') {
      io.stdout.write(`import them with (from ${out}, Neo4j stopped):\n  ${neo4jImportCommand(written.map((path) => basename(path)))}\n`);
    }
    return loaded.skipped.length > 0 ? EXIT.partial : EXIT.ok;
  },
};
