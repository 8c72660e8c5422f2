// `kg view`: one self-contained HTML page drawing the graph of articles or of a graph.json, to open in a browser.
import { InputError } from '../../errors.js';
import { loadGraph, type LoadedGraph } from '../../export/load-graph.js';
import { formatBytes } from '../../io/read-text-file.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { renderViewHtml } from '../../view/render-view.js';
import { EXIT, type CliCommand, type CliIo, type ParsedArgs } from '../command.js';
import { usageError } from '../usage-error.js';
import { CORPUS_OPTIONS, corpusOptions, skipReporter } from './extract.js';

const HELP = `kg view: an interactive HTML view of the graph

Usage:
  kg view DIR|FILE|graph.json... [--out view.html] [--title TEXT]

Reads a graph.json (from \`kg build\` or \`kg export --format json\`) or extracts articles (.txt, .md,
.html, .jsonl files and folders of them), and writes one HTML file that opens from disk in any
browser, with no server and no network: the data, the layout and the drawing code are inside it.

The page draws the graph with sigma.js, already laid out (each community on its own disc, then a
short force refinement, computed here, the same every run). Nodes are coloured by label (legend on the right) and sized by PageRank; edges show
their relation type. The search box finds a node by its name or any alias ("ROK" finds Republic of
Korea). Clicking a node shows its names, its measures, its relations and the evidence sentences
with their articles. Check boxes filter labels and relation types; articles and MENTIONED_IN
edges are hidden until ticked.

Options:
  --out FILE        the HTML file to write (default view.html)
  --title TEXT      the page title (default: "Knowledge graph")
  --workers N       extraction threads for article inputs (see \`kg build --help\`)
  --max-bytes N     largest article accepted (see \`kg build --help\`)
  --quiet           no progress on stderr
  -h, --help        this text

Exit status: 0 written, 1 failed, 2 usage error, 3 written but some inputs were skipped.

Examples:
  kg view out/graph.json --out out/view.html
  kg view seeds --out seed-view.html --title "ROK leader visits China"
`;

/** Loads the positional inputs, reporting skipped ones on stderr; fails when nothing could be read. */
export async function loadInputGraph(command: string, args: ParsedArgs, io: CliIo): Promise<LoadedGraph> {
  if (args.positionals.length === 0) throw usageError(command, 'expected a graph.json, or article folders or files');
  const loaded = await loadGraph(args.positionals, corpusOptions(command, args, io));
  const report = skipReporter(command, io);
  loaded.skipped.forEach(report);
  if (loaded.document.nodes.length === 0 && loaded.skipped.length > 0) {
    throw new InputError('NO_ARTICLES', `none of the ${args.positionals.length === 1 ? 'input' : 'inputs'} could be read`, {
      hint: 'See the messages above for each file.',
    });
  }
  return loaded;
}

export const viewCommand: CliCommand = {
  name: 'view',
  summary: 'write an interactive HTML view of the graph (sigma.js, opens from disk)',
  help: HELP,
  options: { ...CORPUS_OPTIONS, title: { type: 'string' } },
  async run(args, io) {
    const out = (args.values.out as string | undefined) ?? 'view.html';
    const loaded = await loadInputGraph('view', args, io);
    const started = performance.now();
    const title = args.values.title as string | undefined;
    const html = renderViewHtml(loaded.document, title === undefined ? {} : { title });
    await writeFileAtomic(out, html);
    const { nodes, edges } = loaded.document;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      nodes.length === 0
        ? `wrote ${out}: the graph is empty (no entities or articles), the page says so\n`
        : `wrote ${out} (${formatBytes(Buffer.byteLength(html))}): ${nodes.length} nodes, ${edges.length} edges, laid out in ${seconds} s\n`,
    );
    return loaded.skipped.length > 0 ? EXIT.partial : EXIT.ok;
  },
};
