// `kg load`: extracts articles incrementally (or reads a built graph.json) and loads what changed into Neo4j.
import { extname, resolve } from 'node:path';
import { CACHE_DIR } from '../../corpus/article-cache.js';
import { buildCorpus } from '../../corpus/build-corpus.js';
import { readGraphDocument } from '../../export/load-graph.js';
import { ANALYTICS_KEYS } from '../../graph/analytics/compute-analytics.js';
import { withAnalytics } from '../../graph/analytics/with-analytics.js';
import { createDriver, resolveConnection, CONNECTION_DEFAULTS, type Neo4jConnection } from '../../neo4j/connection.js';
import { LOAD_DEFAULTS, loadIntoNeo4j, type LoadSummary } from '../../neo4j/load-into-neo4j.js';
import { articleRootsOf, defaultLoadCache } from '../../neo4j/load-inputs.js';
import { toNeo4jError } from '../../neo4j/neo4j-errors.js';
import type { GraphDocument } from '../../schema/index.js';
import { EXIT, type CliCommand, type CliIo, type ParsedArgs } from '../command.js';
import { usageError } from '../usage-error.js';
import { CORPUS_OPTIONS, corpusOptions, skipReporter } from './extract.js';

const HELP = `kg load: load the graph into Neo4j

Usage:
  kg load DIR|FILE... [--prune] [--cache DIR] [connection options]
  kg load --graph graph.json [connection options]

Extracts the articles (plain text, headline on the first line; also .md, .html, .jsonl), merges
their graphs by canonical id, resolves entities across articles as \`kg build\` does, and writes
the result into Neo4j; or loads a graph.json built by \`kg build\` (validated first: a wrong field
is reported with its path and nothing is written).

In Neo4j every entity has the Entity label and its own (Person, Country, City, Region,
Organization); each article is an Article node that its entities are MENTIONED_IN. Each
relationship keeps the ids of the articles that support it (articles) and its evidence as
parallel lists (evidenceArticles, sentences, starts, ends, rules). Example queries for Neo4j
Browser are in cypher/queries/. Entities also get the measures of \`kg stats\` as properties
(degree, weightedDegree, pagerank, betweenness, community), computed on the graph being loaded:
load the whole corpus at once for corpus-wide figures, or skip them with --without-analytics.

Incremental: a re-run extracts only new and changed articles (the article cache of \`kg build\`)
and writes only articles whose assertions changed. Each Article node keeps a fingerprint of what
it asserts in the resolved graph (assertionHash), so an unchanged article whose entities another
article re-resolved (a new article names "Maria Santos" for an earlier "President Santos") is
rewritten too, and the rest is skipped. When anything is written, the measures above are set on
every entity (one new article changes every PageRank). The result equals a load from scratch.
The summary line says what happened: "loaded 12 changed/new articles, skipped 1,333 unchanged,
pruned 2", then the rows written.

--prune: articles stored earlier from the same input folders or files (Article.loadRoot) that are
no longer among the inputs are retracted, their Article nodes deleted, and entities no article
names any more deleted. Articles from other folders, or loaded with --graph, are never touched.
Without --prune they stay in the database.

Loading is idempotent: the same input twice changes nothing. A load cut short (server stopped,
connection lost, Ctrl-C) is safe to run again: it redoes what was not finished.

Options:
  --graph FILE        load this graph.json instead of extracting articles
  --prune             delete the articles of these inputs that are gone (see above)
  --cache DIR         where the article cache goes: DIR/${CACHE_DIR}/ (default: a folder per set of
                      inputs under $XDG_CACHE_HOME/news-kg/load, else ~/.cache/news-kg/load; the
                      --out DIR of a \`kg build\` of the same inputs shares its cache)
  --uri URI           Bolt URI (env NEO4J_URI, default ${CONNECTION_DEFAULTS.uri})
  --user USER         (env NEO4J_USER, default ${CONNECTION_DEFAULTS.user})
  --password PASS     (env NEO4J_PASSWORD, default ${CONNECTION_DEFAULTS.password}); prefer the env variable
  --database NAME     (env NEO4J_DATABASE, default: the server's default database)
  --batch-size N      rows per write transaction (default ${LOAD_DEFAULTS.batchSize})
  --without-analytics do not compute the kg stats measures into node properties
  --workers N, --max-bytes N, --quiet     for article inputs, as in \`kg build --help\`
  -h, --help          this text

Exit status: 0 loaded, 1 failed, 2 usage error, 3 loaded but some inputs were skipped.

Examples:
  npm run neo4j:start                       a local server without Docker; prints its URI
  kg load seeds --uri bolt://127.0.0.1:7687
  NEO4J_PASSWORD=secret kg load ../shared/corpus/dev
  kg load news/ --prune                     after adding, changing and deleting articles in news/
  kg build ../shared/corpus/bulk --out out && kg load --graph out/graph.json
`;

export const loadCommand: CliCommand = {
  name: 'load',
  summary: 'load the graph into Neo4j (incremental, idempotent, batched)',
  help: HELP,
  options: {
    workers: CORPUS_OPTIONS.workers!,
    'max-bytes': CORPUS_OPTIONS['max-bytes']!,
    quiet: CORPUS_OPTIONS.quiet!,
    graph: { type: 'string' },
    prune: { type: 'boolean', default: false },
    cache: { type: 'string' },
    uri: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    database: { type: 'string' },
    'batch-size': { type: 'string' },
    'without-analytics': { type: 'boolean', default: false },
  },
  async run(args, io) {
    const graphFile = args.values.graph as string | undefined;
    const paths = args.positionals;
    if (graphFile !== undefined && paths.length > 0) throw usageError('load', 'give either --graph FILE or article inputs, not both');
    if (graphFile === undefined && paths.length === 0) throw usageError('load', 'expected article folders or files, or --graph graph.json');
    if (graphFile !== undefined && (args.values.prune || args.values.cache !== undefined)) throw usageError('load', '--prune and --cache go with article inputs, not --graph');
    const json = paths.find((path) => extname(path).toLowerCase() === '.json');
    if (json !== undefined) throw usageError('load', `${json} looks like a graph file: load it with --graph ${json}`);
    const batchSize = batchSizeOf(args);
    const connection = connectionOf(args, io);
    const prune = Boolean(args.values.prune);

    // Read and validate everything before connecting: a bad input writes nothing.
    let document: GraphDocument;
    let skipped = 0;
    let articleRoots: Map<string, string> | undefined;
    if (graphFile !== undefined) {
      document = await readGraphDocument(graphFile);
    } else {
      const built = await buildCorpus(paths, {
        ...corpusOptions('load', args, io),
        outDir: (args.values.cache as string | undefined) ?? defaultLoadCache(paths, io.env),
        prune,
        onSkipped: skipReporter('load', io),
      });
      document = built.document;
      skipped = built.summary.skipped;
      articleRoots = await articleRootsOf(paths, document);
    }
    const analytics = !args.values['without-analytics'];
    if (analytics) document = withAnalytics(document).document;

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
        ...(articleRoots ? { articleRoots } : {}),
        ...(prune ? { pruneRoots: paths.map((path) => resolve(path)) } : {}),
        ...(analytics ? { corpusWideProperties: ANALYTICS_KEYS } : {}),
      });
      io.stdout.write(report(summary, connection, (performance.now() - started) / 1000));
    } finally {
      await driver.close();
    }
    return skipped > 0 ? EXIT.partial : EXIT.ok;
  },
};

function report(summary: LoadSummary, connection: Neo4jConnection, seconds: number): string {
  const n = (count: number, noun: string) => `${count.toLocaleString('en-US')} ${count === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
  const { written } = summary;
  const rows = summary.changedArticles + summary.prunedArticles === 0
    ? 'nothing written'
    : `wrote ${n(written.entities, 'entity')}, ${n(written.articles, 'article')}, ${n(written.relationships, 'relationship')}` +
      (written.properties > 0 ? `, measures of ${n(written.properties, 'other entity')}` : '');
  const replaced = summary.replacedArticles > 0 ? `; replaced ${n(summary.replacedArticles, 'earlier article version')}` : '';
  const deleted = summary.deletedEntities > 0 ? `, deleted ${n(summary.deletedEntities, 'entity')} no article names any more` : '';
  return (
    `loaded ${n(summary.changedArticles, 'changed/new article')}, skipped ${summary.unchangedArticles.toLocaleString('en-US')} unchanged, ` +
    `pruned ${summary.prunedArticles.toLocaleString('en-US')}: ` +
    `${rows} into ${connection.uri}${connection.database ? ` (database ${connection.database})` : ''} in ${seconds.toFixed(1)} s${replaced}${deleted}\n` +
    `the graph: ${n(summary.entities, 'entity')}, ${n(summary.articles, 'article')}, ${n(summary.relationships, 'relationship')}\n`
  );
}

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
