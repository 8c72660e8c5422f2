// `kg eval`: scores the extractor (or saved graphs) against gold graphs, per article and micro-averaged.
import { EXIT, type CliCommand, type CliIo, type ParsedArgs } from '../command.js';
import { usageError } from '../usage-error.js';
import { evaluateCorpus, type CorpusEvaluation, type SystemSource } from '../../eval/evaluate-corpus.js';
import type { Figures } from '../../eval/score.js';

const HELP = `kg eval: how well the extractor finds the gold graph, in precision, recall and F1

Usage:
  kg eval ARTICLES_DIR GOLD_DIR [--json] [--details]
  kg eval --system SYSTEM_DIR GOLD_DIR [--json] [--details]

For every gold graph GOLD_DIR/NAME.json, extracts ARTICLES_DIR/NAME.txt (or, with --system, reads
the graph SYSTEM_DIR/NAME.json already written by \`kg extract --out\` or any other system) and
scores it by the rules of ../shared/corpus/README.md; the figures are those of
\`node ../shared/eval/score.mjs --summary SYSTEM_DIR GOLD_DIR/*.json\` on the same graphs.

  Entities   a node matches a gold entity when the labels agree and a name or alias is the same
             once normalised (case, accents, punctuation, a leading "the" ignored). Each gold
             entity is matched once: a second node for it (a surname beside the full name) is a
             false positive, because an unresolved duplicate is a defect.
  Relations  an edge matches when its type agrees and both ends match the gold ends (either order
             for MET_WITH and TRADES_WITH); the same relation found twice counts once.
             MENTIONED_IN is not scored; an edge to the Article node stands for @article.
  Optional   gold entities and relations marked optional are neither gained nor lost.
  Micro      true/false positives and false negatives are summed over the articles, then
             precision, recall and F1 computed once. Figures are rounded to three decimals.

An article whose graph is missing or unreadable is scored as an empty graph; an article without a
gold file, or a gold file that is not valid, is not scored. Both are reported on stderr, and the
exit status is then 3.

Options:
  --system DIR   score the graphs in DIR (NAME.json) instead of extracting articles
  --json         print the scores as JSON on stdout (per article: counts, figures, and the
                 missed, spurious, duplicate and wrong-label entities and relations)
  --details      after the table, list per article what was missed and what was spurious
  -h, --help     this text

Exit status: 0 scored, 1 nothing could be scored, 2 usage error, 3 some articles left out or
scored as empty.

Examples:
  kg eval ../shared/corpus/dev ../shared/corpus/dev-gold
  kg eval ../shared/corpus/dev ../shared/corpus/dev-gold --details | less
  kg extract ../shared/corpus/dev --out out/dev && kg eval --system out/dev ../shared/corpus/dev-gold
  kg eval ../shared/corpus/dev ../shared/corpus/dev-gold --json > scores.json
`;

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'score extracted graphs against gold graphs (precision, recall, F1)',
  help: HELP,
  options: {
    system: { type: 'string' },
    json: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
  },
  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const systemDir = args.values.system as string | undefined;
    const wanted = systemDir === undefined ? 2 : 1;
    if (args.positionals.length !== wanted) {
      const usage = systemDir === undefined ? 'ARTICLES_DIR GOLD_DIR' : '--system SYSTEM_DIR GOLD_DIR';
      throw usageError('eval', `expected ${usage}, got ${args.positionals.length} path(s)`);
    }
    const source: SystemSource = systemDir === undefined ? { articlesDir: args.positionals[0]! } : { systemDir };
    const goldDir = args.positionals[wanted - 1]!;
    const evaluation = await evaluateCorpus(source, goldDir);

    if (args.values.json) {
      io.stdout.write(`${JSON.stringify(jsonReport(evaluation), null, 2)}\n`);
    } else {
      io.stdout.write(table(evaluation));
      if (args.values.details) io.stdout.write(details(evaluation));
    }
    for (const problem of evaluation.problems) io.stderr.write(`kg eval: ${problem}\n`);
    return evaluation.problems.length > 0 ? EXIT.partial : EXIT.ok;
  },
};

function jsonReport(evaluation: CorpusEvaluation): object {
  return {
    articles: evaluation.articles.map(({ name, score }) => ({ name, ...score })),
    micro: evaluation.micro,
    problems: evaluation.problems,
  };
}

const FIGURE_COLUMNS = 'P      R      F1     tp   fp   fn';

function table(evaluation: CorpusEvaluation): string {
  const width = Math.max(24, ...evaluation.articles.map((a) => a.name.length)) + 2;
  const micro = `micro-average (${evaluation.articles.length})`;
  const lines = [
    `${''.padEnd(width)}${'entities'.padEnd(FIGURE_COLUMNS.length + 3)}relations`,
    `${'article'.padEnd(width)}${FIGURE_COLUMNS} | ${FIGURE_COLUMNS}`,
    ...evaluation.articles.map(({ name, score }) => row(name, width, score.entities, score.relations)),
    '-'.repeat(width + FIGURE_COLUMNS.length * 2 + 3),
    row(micro, width, evaluation.micro.entities, evaluation.micro.relations),
    '',
    'P precision, R recall, F1 their harmonic mean; tp/fp/fn: true positives, false positives, false negatives.',
    '',
  ];
  return lines.join('\n');
}

function row(name: string, width: number, entities: Figures, relations: Figures): string {
  return `${name.padEnd(width)}${cells(entities)} | ${cells(relations)}`;
}

function cells({ precision, recall, f1, tp, fp, fn }: Figures): string {
  const figure = (x: number): string => x.toFixed(3).padEnd(7);
  const count = (x: number): string => String(x).padStart(3).padEnd(5);
  return `${figure(precision)}${figure(recall)}${figure(f1)}${count(tp)}${count(fp)}${count(fn)}`.trimEnd().padEnd(FIGURE_COLUMNS.length);
}

function details(evaluation: CorpusEvaluation): string {
  const out: string[] = [];
  for (const { name, score } of evaluation.articles) {
    const sections: Array<[string, string[]]> = [
      ['missed entities', score.entities.missed],
      ['spurious entities', score.entities.spurious],
      ['duplicate entities', score.entities.duplicates],
      ['wrong label', score.entities.wrongLabel],
      ['missed relations', score.relations.missed],
      ['spurious relations', score.relations.spurious],
    ];
    const filled = sections.filter(([, items]) => items.length > 0);
    if (filled.length === 0) continue;
    out.push(`\n${name}`);
    for (const [title, items] of filled) out.push(`  ${title} (${items.length}):`, ...items.map((item) => `    ${item}`));
  }
  return out.length ? `${out.join('\n')}\n` : '\nNothing missed, nothing spurious.\n';
}
