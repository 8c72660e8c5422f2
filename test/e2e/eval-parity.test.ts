// `kg eval --system` must print the figures of the reference scorer (../shared/eval/score.mjs) on the same graphs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGold, type GoldGraph } from '../../src/eval/gold.js';
import type { ScoredGraph } from '../../src/eval/scored-graph.js';
import { extractArticle } from '../../src/extract/index.js';
import { articleFromText } from '../../src/text/article-from-text.js';
import { messyCopy, perfectCopy } from '../fixtures/eval/system-variants.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KG = join(ROOT, 'bin/kg.js');
const SCORER = join(ROOT, '../shared/eval/score.mjs');
const DEV = join(ROOT, '../shared/corpus/dev');
const DEV_GOLD = join(ROOT, '../shared/corpus/dev-gold');

interface Printed {
  entities: [number, number, number];
  relations: [number, number, number];
}

/** Parses `score.mjs --summary`: one line per gold file, then the MICRO line. */
function parseSummary(output: string): Map<string, Printed> {
  const rows = new Map<string, Printed>();
  const pattern = /^(\S+?)(?:\.json)?\s+ent P (\S+) R (\S+) F1 (\S+) \| rel P (\S+) R (\S+) F1 (\S+)$/;
  const micro = /^MICRO entities P (\S+) R (\S+) F1 (\S+) \| relations P (\S+) R (\S+) F1 (\S+)$/;
  for (const line of output.trim().split('\n')) {
    const m = pattern.exec(line) ?? micro.exec(line);
    if (!m) throw new Error(`unexpected score.mjs line: ${line}`);
    const n = m.slice(m.length - 6).map(Number) as number[];
    rows.set(m.length === 8 ? m[1]! : 'MICRO', { entities: [n[0]!, n[1]!, n[2]!], relations: [n[3]!, n[4]!, n[5]!] });
  }
  return rows;
}

interface KgReport {
  articles: Array<{ name: string; entities: { precision: number; recall: number; f1: number }; relations: { precision: number; recall: number; f1: number } }>;
  micro: { entities: { precision: number; recall: number; f1: number }; relations: { precision: number; recall: number; f1: number } };
}

function kgFigures(report: KgReport): Map<string, Printed> {
  const rows = new Map<string, Printed>();
  const triple = (f: { precision: number; recall: number; f1: number }): [number, number, number] => [f.precision, f.recall, f.f1];
  for (const a of report.articles) rows.set(a.name, { entities: triple(a.entities), relations: triple(a.relations) });
  rows.set('MICRO', { entities: triple(report.micro.entities), relations: triple(report.micro.relations) });
  return rows;
}

let work: string;
let golds: Map<string, GoldGraph>;
let goldFiles: string[];

beforeAll(async () => {
  if (!existsSync(SCORER)) throw new Error(`the reference scorer is needed beside the project: ${SCORER} is missing`);
  work = await mkdtemp(join(tmpdir(), 'kg-eval-parity-'));
  goldFiles = (await readdir(DEV_GOLD)).filter((f) => f.endsWith('.json')).sort().map((f) => join(DEV_GOLD, f));
  golds = new Map();
  for (const file of goldFiles) golds.set(file.slice(DEV_GOLD.length + 1, -'.json'.length), parseGold(JSON.parse(await readFile(file, 'utf8')), file));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function writeVariant(name: string, make: (gold: GoldGraph, article: string) => ScoredGraph | Promise<ScoredGraph>): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  for (const [article, gold] of golds) await writeFile(join(dir, `${article}.json`), JSON.stringify(await make(gold, article)));
  return dir;
}

async function compare(dir: string): Promise<Map<string, Printed>> {
  const reference = await run(process.execPath, [SCORER, '--summary', dir, ...goldFiles], { cwd: ROOT });
  const ours = await run(process.execPath, [KG, 'eval', '--system', dir, DEV_GOLD, '--json'], { cwd: ROOT });
  const expected = parseSummary(reference.stdout);
  const actual = kgFigures(JSON.parse(ours.stdout) as KgReport);
  expect(actual).toEqual(expected);
  expect(actual.size).toBe(golds.size + 1);
  return actual;
}

async function fromExtractor(_gold: GoldGraph, article: string): Promise<ScoredGraph> {
  return extractArticle(articleFromText(await readFile(join(DEV, `${article}.txt`), 'utf8'), article, `${article}.txt`));
}

const VARIANTS: Array<[string, (gold: GoldGraph, article: string) => ScoredGraph | Promise<ScoredGraph>]> = [
  ['empty graphs', () => ({ nodes: [], edges: [] })],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, (gold: GoldGraph) => ScoredGraph] => [`messy copies, seed ${seed}`, (gold) => messyCopy(gold, seed)]),
  ['graphs from the extractor', fromExtractor],
];

describe('kg eval --system agrees with score.mjs --summary on every dev article', () => {
  it('perfect copies of the gold graphs: all figures 1', async () => {
    const figures = await compare(await writeVariant('perfect', perfectCopy));
    for (const [, row] of figures) expect(row).toEqual({ entities: [1, 1, 1], relations: [1, 1, 1] });
  });

  it.each(VARIANTS)('%s', async (name, make) => {
    await compare(await writeVariant(name.replace(/\W+/g, '-'), make));
  });

  it('kg eval ARTICLES_DIR GOLD_DIR, extracting as it goes, prints the figures score.mjs gives on the written graphs', async () => {
    const dir = await writeVariant('extracted-for-articles-mode', fromExtractor);
    const expected = await compare(dir);
    const ours = await run(process.execPath, [KG, 'eval', DEV, DEV_GOLD, '--json'], { cwd: ROOT });
    expect(kgFigures(JSON.parse(ours.stdout) as KgReport)).toEqual(expected);
  });
});

describe('scoreArticle agrees with score.mjs score() count for count', () => {
  it('on 100 messy copies of every dev gold graph: tp, fp, fn and the missed, spurious, duplicate and wrong-label lists', async () => {
    const { scoreArticle } = await import('../../src/eval/score.js');
    const reference = (await import(pathToFileURL(SCORER).href)) as { score: (gold: unknown, sys: unknown) => ReferenceReport };
    let duplicates = 0;
    let wrongLabels = 0;
    for (const [, gold] of golds) {
      for (let seed = 100; seed < 200; seed++) {
        const system = messyCopy(gold, seed);
        const expected = reference.score(gold, system);
        const actual = scoreArticle(gold, system);
        expect({ ...actual.entities, precision: undefined, recall: undefined, f1: undefined }).toEqual({
          tp: expected.entities.tp, fp: expected.entities.fp, fn: expected.entities.fn,
          missed: expected.entities.missed, spurious: expected.entities.spurious,
          duplicates: expected.entities.duplicates, wrongLabel: expected.entities.wrongLabel,
          precision: undefined, recall: undefined, f1: undefined,
        });
        expect([actual.relations.tp, actual.relations.fp, actual.relations.fn]).toEqual([expected.relations.tp, expected.relations.fp, expected.relations.fn]);
        expect([actual.relations.missed, actual.relations.spurious]).toEqual([expected.relations.missed, expected.relations.spurious]);
        duplicates += actual.entities.duplicates.length;
        wrongLabels += actual.entities.wrongLabel.length;
      }
    }
    // the variations really exercise the rules they are meant to
    expect(duplicates).toBeGreaterThan(100);
    expect(wrongLabels).toBeGreaterThan(100);
  });
});

interface ReferenceCounts {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  spurious: string[];
}
interface ReferenceReport {
  entities: ReferenceCounts & { duplicates: string[]; wrongLabel: string[] };
  relations: ReferenceCounts;
}
