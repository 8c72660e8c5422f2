// `kg build`: extracts every article (only what changed since the last run), merges them, writes the corpus graph files and prints a summary.
import { buildCorpus, type BuildSummary } from '../../corpus/build-corpus.js';
import { CACHE_DIR } from '../../corpus/article-cache.js';
import { graphCounts } from '../../corpus/graph-counts.js';
import { formatDuration } from '../../corpus/progress.js';
import { GRAPH_FILES, writeGraphFiles } from '../../corpus/write-graph-files.js';
import type { GraphDocument } from '../../schema/graph-document.js';
import { EXIT, type CliCommand } from '../command.js';
import { usageError } from '../usage-error.js';
import { CORPUS_OPTIONS, CORPUS_OPTIONS_HELP, corpusOptions, skipReporter } from './extract.js';

const HELP = `kg build: the knowledge graph of a whole corpus, merged across articles

Usage:
  kg build DIR|FILE... --out DIR [--prune] [--workers N] [--quiet]

Extracts every article (.txt, .md, .html, .jsonl: see \`kg extract --help\`), merges the graphs by
canonical id (one node per real thing, aliases and evidence accumulated), and writes into --out:
  graph.json      the corpus GraphDocument
  graph.graphml   the same graph for Gephi, yEd, Cytoscape or networkx
  view.html       an interactive view to open in a browser
then prints the number of nodes per label and edges per type.

Incremental: each article's graph is kept in DIR/${CACHE_DIR}/ with a hash of its input, so a re-run
extracts only new and changed articles and re-merges the rest; the result is the same as a build
from scratch. Articles built earlier but no longer among the inputs stay in the graph unless
--prune is given. A build that is interrupted (Ctrl-C, killed) loses nothing: run it again.

Folders are read as a stream and the articles extracted on all cores, so memory holds the graph,
not the corpus. A progress bar (articles done, rate, time left) goes to stderr on a terminal; plain
lines every few seconds otherwise.

A file that cannot be read (empty, binary, not UTF-8, too large, missing, unreadable) or a bad JSON
Lines line is reported with its name (and line) and skipped; the rest is built.

Options:
  --out DIR         where the graph files and the cache go (required)
  --prune           remove from the graph the articles that are no longer among the inputs
${CORPUS_OPTIONS_HELP}

Exit status: 0 built, 1 nothing could be built, 2 usage error, 3 built but something was skipped.

Examples:
  kg build seeds --out out
  kg build ../shared/corpus/dev ../shared/corpus/bulk --out out/corpus
  kg build news/ --out out/news --prune          after deleting articles from news/
  kg build archive.jsonl --out out/archive --workers 2 --quiet
`;

export const buildCommand: CliCommand = {
  name: 'build',
  summary: 'build the corpus graph of many articles into --out (JSON, GraphML, HTML view)',
  help: HELP,
  options: { ...CORPUS_OPTIONS, prune: { type: 'boolean', default: false } },
  async run(args, io) {
    const outDir = args.values.out as string | undefined;
    if (args.positionals.length === 0) throw usageError('build', 'expected one or more article folders or files');
    if (outDir === undefined) throw usageError('build', 'expected --out DIR: where to write the graph files');
    const started = performance.now();
    const { document, summary } = await buildCorpus(args.positionals, {
      ...corpusOptions('build', args, io),
      outDir,
      prune: Boolean(args.values.prune),
      onSkipped: skipReporter('build', io),
    });
    // Rendering the view of a large graph takes a while: say what the pause is.
    if (!args.values.quiet) io.stderr.write(`kg build: writing ${GRAPH_FILES.join(', ')} into ${outDir}\n`);
    const written = await writeGraphFiles(outDir, document);
    io.stdout.write(report(document, summary, (performance.now() - started) / 1000, written));
    return summary.skipped > 0 ? EXIT.partial : EXIT.ok;
  },
};

function report(doc: GraphDocument, summary: BuildSummary, seconds: number, written: string[]): string {
  const counts = graphCounts(doc);
  const parts = [`${summary.extracted} extracted`, `${summary.unchanged} unchanged`];
  if (summary.kept) parts.push(`${summary.kept} kept from earlier runs`);
  if (summary.pruned) parts.push(`${summary.pruned} pruned`);
  parts.push(`${summary.skipped} skipped`);
  const threads = summary.workers > 1 ? `${summary.workers} worker threads` : 'one thread';
  const rows: [string, number][] = [
    ['nodes', counts.nodes],
    ...counts.byLabel.map(([label, n]): [string, number] => [`  ${label}`, n]),
    ['edges', counts.edges],
    ...counts.byType.map(([type, n]): [string, number] => [`  ${type}`, n]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `${summary.articles} article${summary.articles === 1 ? '' : 's'} in the graph (${parts.join(', ')}) in ${formatDuration(seconds)} on ${threads}`,
    ...rows.map(([name, n]) => `  ${name.padEnd(width)}  ${String(n).padStart(7)}`),
    `wrote ${written.join(', ')}`,
    '',
  ].join('\n');
}
