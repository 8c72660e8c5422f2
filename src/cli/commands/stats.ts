// `kg stats`: centrality and community measures of the entities, printed as tables of the top entities.
import { computeAnalytics } from '../../graph/analytics/compute-analytics.js';
import { formatStats, summariseStats } from '../../graph/analytics/stats-report.js';
import { buildGraph } from '../../graph/build-graph.js';
import { EXIT, type CliCommand } from '../command.js';
import { usageError } from '../usage-error.js';
import { CORPUS_OPTIONS } from './extract.js';
import { loadInputGraph } from './view.js';

const HELP = `kg stats: who matters in the graph, and which groups it falls into

Usage:
  kg stats DIR|FILE|graph.json... [--top N] [--seed N] [--json]

Reads a graph.json or extracts articles, then measures every entity:
  degree          relations it takes part in (MENTIONED_IN not counted)
  weightedDegree  evidence sentences behind those relations
  pagerank        PageRank over the relations, weighted by evidence
  betweenness     how often it lies on the shortest paths between others (0..1); above 2,000
                  entities with relations, estimated from paths out of a seeded sample of 1,000
  community       its Louvain community (0 is the largest)
and prints the top entities per measure and the largest communities with their members.

Article nodes and MENTIONED_IN edges are left out of the measures: every entity of an article is
tied to it, so they would make articles the centre of everything. Relations count both ways.
Louvain starts from a seeded random walk: the same graph and seed give the same communities.

The same measures go into \`kg export\` files and, when loading Neo4j, into node properties.

Options:
  --top N           entities per table and communities listed (default 10)
  --seed N          Louvain's random seed (default 1)
  --json            print the summary as JSON instead of tables
  --workers N, --max-bytes N, --quiet     for article inputs, as in \`kg build --help\`
  -h, --help        this text

Examples:
  kg stats out/graph.json
  kg stats ../shared/corpus/dev --top 5
  kg stats out/graph.json --json > stats.json
`;

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'rank entities (degree, PageRank, betweenness) and find communities (Louvain)',
  help: HELP,
  options: { ...CORPUS_OPTIONS, top: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(args, io) {
    const top = wholeNumber('top', args.values.top as string | undefined, 10);
    const seed = wholeNumber('seed', args.values.seed as string | undefined, 1);
    const loaded = await loadInputGraph('stats', args, io);
    const result = computeAnalytics(buildGraph([loaded.document]), { seed });
    const summary = summariseStats(loaded.document, result, top);
    io.stdout.write(args.values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatStats(summary));
    return loaded.skipped.length > 0 ? EXIT.partial : EXIT.ok;
  },
};

function wholeNumber(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw usageError('stats', `--${option} takes a whole number, not "${value}"`);
  return Number(value);
}
