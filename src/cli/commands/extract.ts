// `kg extract`: one article's graph on stdout, or one NAME.json per article of a folder written to --out.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputError } from '../../errors.js';
import { PARALLEL_THRESHOLD, processArticles, type ProcessOptions } from '../../corpus/process-articles.js';
import { createProgress } from '../../corpus/progress.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../../io/read-text-file.js';
import { slugify } from '../../schema/ids.js';
import { EXIT, type CliCommand, type CliIo, type OptionSpec, type ParsedArgs } from '../command.js';
import { usageError } from '../usage-error.js';

/** The help lines of the options `kg extract` and `kg build` share. */
export const CORPUS_OPTIONS_HELP = `  --workers N       extraction threads (default: one per core, at most 8, when there are more than
                    ${PARALLEL_THRESHOLD} articles, else 1; 1 extracts in the main thread)
  --max-bytes N     largest article accepted, in bytes, or with K or M (default ${formatBytes(DEFAULT_MAX_BYTES)})
  --quiet           no progress on stderr
  -h, --help        this text`;

const HELP = `kg extract: the knowledge graph of each article, as GraphDocument JSON

Usage:
  kg extract FILE                      print the article's graph on stdout
  kg extract DIR|FILE... --out DIR     write one NAME.json per article into DIR

Reads articles and finds the people, countries, cities, regions and organisations they name and
the relations the text states between them. Input formats, by extension:
  .txt            plain text, the headline on the first line
  .md             Markdown: the first heading is the headline, markup is dropped
  .html, .htm     a web page: headline from <h1> (or <title>), text from the article's paragraphs
  .jsonl          JSON Lines, one article per line: {"id", "title", "text", "date", "url"}
A file named on the command line is read as plain text whatever its extension; folders are searched
recursively for the extensions above (hidden entries and README files are passed over).

With --out, NAME.json keeps the article's path inside the folder (a/b.txt -> DIR/a/b.json; a JSON
Lines record goes to DIR/ID.json). Each file is written whole or not at all.
A file that cannot be read (empty, binary, not UTF-8, too large, missing, unreadable) or a bad JSON
Lines line is reported with its name (and line) and skipped; the others are done.

Options:
  --out DIR         write the graphs into DIR instead of printing one
${CORPUS_OPTIONS_HELP}

Exit status: 0 done, 1 nothing could be extracted, 2 usage error, 3 done but something was skipped.

Examples:
  kg extract seeds/rok-leader-state-visit-china.txt
  kg extract seeds/rok-leader-state-visit-china.txt | jq '.nodes[] | select(.label == "Person") | .name'
  kg extract ../shared/corpus/dev --out out/dev
  kg extract articles.jsonl --out out/articles --workers 2
`;

/** The options `kg extract` and `kg build` share. */
export const CORPUS_OPTIONS: OptionSpec = {
  out: { type: 'string' },
  workers: { type: 'string' },
  'max-bytes': { type: 'string' },
  quiet: { type: 'boolean', default: false },
};

/** The shared options as the library takes them, refusing values that make no sense. */
export function corpusOptions(command: string, args: ParsedArgs, io: CliIo): ProcessOptions {
  const workers = args.values.workers as string | undefined;
  const maxBytes = args.values['max-bytes'] as string | undefined;
  const options: ProcessOptions = {};
  if (workers !== undefined) {
    if (!/^[1-9]\d*$/.test(workers)) throw usageError(command, `--workers takes a whole number of threads of 1 or more, not "${workers}"`);
    options.workers = Number(workers);
  }
  if (maxBytes !== undefined) {
    const match = /^(\d+)\s*([kKmM]?)[bB]?$/.exec(maxBytes);
    if (!match) throw usageError(command, `--max-bytes takes a size such as 5000000, 500K or 20M, not "${maxBytes}"`);
    options.maxBytes = Number(match[1]) * (match[2] === '' ? 1 : /k/i.test(match[2]!) ? 1024 : 1024 * 1024);
  }
  if (!args.values.quiet) {
    options.progress = (total) => createProgress({ mode: io.interactive ? 'bar' : 'lines', stream: io.stderr, label: `kg ${command}`, total });
  }
  return options;
}

/** Prints one skipped input: the message names the file (and line); a hint is given once per kind. */
export function skipReporter(command: string, io: CliIo, verb = 'skipped '): (error: InputError) => void {
  const hinted = new Set<string>();
  return (error) => {
    io.stderr.write(`kg ${command}: ${verb}${error.message}\n`);
    if (error.hint && !hinted.has(error.hint)) {
      hinted.add(error.hint);
      io.stderr.write(`  hint: ${error.hint}\n`);
    }
  };
}

/** The path of an article's JSON file under --out: its id, each part slugged so no id can leave the folder. */
export function outputName(articleId: string): string {
  return `${articleId.split('/').map((part) => slugify(part) || '_').join('/')}.json`;
}

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'extract the graph of one article (stdout) or of many (--out DIR)',
  help: HELP,
  options: CORPUS_OPTIONS,
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('extract', 'expected a FILE, or DIR|FILE... with --out DIR');
    const outDir = args.values.out as string | undefined;
    const options = corpusOptions('extract', args, io);
    if (outDir === undefined) return printOne(args.positionals, options, io);

    const report = skipReporter('extract', io);
    const summary = await processArticles(args.positionals, { ...options, pretty: true }, {
      onExtracted: (article, { json }) => writeFileAtomic(join(outDir, outputName(article.id)), `${json}\n`),
      onSkipped: report,
    });
    if (summary.extracted === 0) return EXIT.failed;
    io.stderr.write(`kg extract: wrote ${summary.extracted} graph${summary.extracted === 1 ? '' : 's'} to ${outDir}${summary.skipped ? `, skipped ${summary.skipped}` : ''}\n`);
    return summary.skipped > 0 ? EXIT.partial : EXIT.ok;
  },
};

/** Without --out, exactly one article: its graph goes to stdout, its problems to stderr. */
async function printOne(paths: string[], options: ProcessOptions, io: CliIo): Promise<number> {
  if (paths.length > 1) throw usageError('extract', `${paths.length} paths given: use --out DIR to write one graph per article`);
  if (await stat(paths[0]!).then((info) => info.isDirectory(), () => false)) {
    throw usageError('extract', `${paths[0]} is a directory: use --out DIR to write one graph per article`);
  }
  const graphs: string[] = [];
  const report = skipReporter('extract', io, '');
  const summary = await processArticles(paths, { ...options, progress: undefined, pretty: true, workers: 1 }, {
    onExtracted: (_, { json }) => {
      graphs.push(json);
    },
    onSkipped: report,
  });
  if (summary.read > 1) throw usageError('extract', `${paths[0]} holds ${summary.read} articles: use --out DIR to write one graph per article`);
  if (graphs.length === 0) return EXIT.failed;
  io.stdout.write(`${graphs[0]}\n`);
  return summary.skipped > 0 ? EXIT.partial : EXIT.ok;
}
