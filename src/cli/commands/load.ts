// `kg load`: extracts articles (or reads a built graph.json) and loads the graph into Neo4j.
import { readGraphDocument } from '../../export/load-graph.js';
import { withAnalytics } from '../../graph/analytics/with-analytics.js';
import { createDriver, resolveConnection, CONNECTION_DEFAULTS, type Neo4jConnection } from '../../neo4j/connection.js';
import { LOAD_DEFAULTS, loadIntoNeo4j } from '../../neo4j/load-into-neo4j.js';
import { toNeo4jError } from '../../neo4j/neo4j-errors.js';
import { EXIT, type CliCommand, type CliIo, type ParsedArgs } from '../command.js';
import { usageError } from '../usage-error.js';
import { CORPUS_OPTIONS } from './extract.js';
import { loadInputGraph } from './view.js';

const HELP = `kg load: load the graph into Neo4j

Usage:
  kg load DIR|FILE... [--uri URI] [--user USER] [--password PASSWORD] [--database NAME]
  kg load --graph graph.json [connection options]

Extracts the articles (plain text, headline on the first line; also .md, .html, .jsonl), merges
their graphs by canonical id and writes the result into Neo4j; or loads a graph.json built by
\`kg build\` (validated first: a wrong field is reported with its path and nothing is written).

In Neo4j every entity has the Entity label and its own (Person, Country, City, Region,
Organization); each article is an Article node that its entities are MENTIONED_IN. Each
relationship keeps the ids of the articles that support it (articles) and its evidence as
parallel lists (evidenceArticles, sentences, starts, ends, rules). Example queries for Neo4j
Browser are in cypher/queries/. Entities also get the measures of \`kg stats\` as properties
(degree, weightedDegree, pagerank, betweenness, community), computed on the graph being loaded:
load the whole corpus at once for corpus-wide figures, or skip them with --without-analytics.

Loading is idempotent: the same input twice changes nothing. Loading a changed article replaces
what it asserted before. A load cut short (server stopped, connection lost) is safe to run again.

Options:
  --graph FILE        load this graph.json instead of extracting articles
  --uri URI           Bolt URI (env NEO4J_URI, default ${CONNECTION_DEFAULTS.uri})
  --user USER         (env NEO4J_USER, default ${CONNECTION_DEFAULTS.user})
  --password PASS     (env NEO4J_PASSWORD, default ${CONNECTION_DEFAULTS.password}); prefer the env variable
  --database NAME     (env NEO4J_DATABASE, default: the server's default database)
  --batch-size N      rows per write transaction (default ${LOAD_DEFAULTS.batchSize})
  --without-analytics do not compute the kg stats measures into node properties
  --workers N, --max-bytes N, --quiet     for article inputs, as in \`kg build --help\`
  -h, --help          this text

Examples:
  npm run neo4j:start                       a local server without Docker; prints its URI
  kg load seeds --uri bolt://127.0.0.1:7687
  NEO4J_PASSWORD=secret kg load ../shared/corpus/dev
  kg build ../shared/corpus/bulk --out out && kg load --graph out/graph.json
`;

export const loadCommand: CliCommand = {
  name: 'load',
  summary: 'load the graph into Neo4j (idempotent, batched)',
  help: HELP,
  options: {
    workers: CORPUS_OPTIONS.workers!,
    'max-bytes': CORPUS_OPTIONS['max-bytes']!,
    quiet: CORPUS_OPTIONS.quiet!,
    graph: { type: 'string' },
    uri: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    database: { type: 'string' },
    'batch-size': { type: 'string' },
    'without-analytics': { type: 'boolean', default: false },
  },
  async run(args, io) {
    const graphFile = args.values.graph as string | undefined;
    if (graphFile !== undefined && args.positionals.length > 0) throw usageError('load', 'give either --graph FILE or article inputs, not both');
    if (graphFile === undefined && args.positionals.length === 0) throw usageError('load', 'expected article folders or files, or --graph graph.json');
    const batchSize = batchSizeOf(args);
    const connection = connectionOf(args, io);

    // Read and validate everything before connecting: a bad input writes nothing.
    const loaded = graphFile !== undefined ? { document: await readGraphDocument(graphFile), skipped: [] } : await loadInputGraph('load', args, io);
    const document = args.values['without-analytics'] ? loaded.document : withAnalytics(loaded.document).document;

    const started = performance.now();
    let driver;
    try {
      driver = createDriver(connection);
    } catch (error) {
      throw toNeo4jError(error, { uri: connection.uri, action: 'connecting' });
    }
    try {
      const summary = await loadIntoNeo4j(document, driver, {
        batchSize,
        uri: connection.uri,
        ...(connection.database ? { database: connection.database } : {}),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const replaced = summary.replacedArticles > 0 ? `; replaced ${summary.replacedArticles} earlier article version(s)` : '';
      const deleted = summary.deletedEntities > 0 ? `, deleted ${summary.deletedEntities} entities no article names any more` : '';
      io.stdout.write(
        `loaded ${summary.entities} entities, ${summary.articles} articles, ${summary.relationships} relationships into ${connection.uri}` +
          `${connection.database ? ` (database ${connection.database})` : ''} in ${seconds} s${replaced}${deleted}\n`,
      );
    } finally {
      await driver.close();
    }
    return loaded.skipped.length > 0 ? EXIT.partial : EXIT.ok;
  },
};

function connectionOf(args: ParsedArgs, io: CliIo): Neo4jConnection {
  const explicit: Partial<Neo4jConnection> = {};
  for (const key of ['uri', 'user', 'password', 'database'] as const) {
    const value = args.values[key] as string | undefined;
    if (value !== undefined) explicit[key] = value;
  }
  return resolveConnection(explicit, io.env);
}

function batchSizeOf(args: ParsedArgs): number {
  const value = args.values['batch-size'] as string | undefined;
  if (value === undefined) return LOAD_DEFAULTS.batchSize;
  if (!/^[1-9]\d*$/.test(value)) throw usageError('load', `--batch-size takes a positive whole number, not "${value}"`);
  return Number(value);
}
