// `kg eval` from the command line: the table, --json, and what it says about missing or broken inputs.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEV = join(ROOT, '../shared/corpus/dev');
const DEV_GOLD = join(ROOT, '../shared/corpus/dev-gold');
const SEED = 'rok-leader-state-visit-china';
const OTHER = 'nigeria-france-reschedule-debt';

function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-eval-cli-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('kg eval', () => {
  it('teaches its use with --help', async () => {
    const { code, stdout } = await kg('eval', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('kg eval ARTICLES_DIR GOLD_DIR');
    expect(stdout).toContain('--system DIR');
    expect(stdout).toMatch(/Examples:\n {2}kg eval /);
  });

  it.each([[[]], [['one-dir']], [['--system', 'out', 'a', 'b']]])('refuses %j with a usage error', async (args) => {
    const { code, stderr } = await kg('eval', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kg eval: expected .*GOLD_DIR/);
  });

  it('prints a row per dev article and the micro-average', async () => {
    const { code, stdout, stderr } = await kg('eval', DEV, DEV_GOLD);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.split('\n');
    expect(rows.filter((row) => /^[a-z0-9-]+ +\d\.\d{3} /.test(row))).toHaveLength(7);
    expect(rows.find((row) => row.startsWith('micro-average (7)'))).toMatch(/(\d\.\d{3} +){3}/);
  });

  it('gives the same scores as JSON, for machines', async () => {
    const { code, stdout } = await kg('eval', DEV, DEV_GOLD, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { articles: Array<{ name: string; entities: { f1: number } }>; micro: { relations: { tp: number; fp: number; fn: number } }; problems: string[] };
    expect(report.articles.map((a) => a.name)).toContain(SEED);
    expect(report.micro.relations.tp + report.micro.relations.fn).toBe(105); // required relations of the dev gold graphs
    expect(report.problems).toEqual([]);
  });

  it('scores a gold file without its article as an empty graph, leaves an article without gold out, and exits 3', async () => {
    const articles = join(work, 'articles');
    const gold = join(work, 'gold');
    await mkdir(articles, { recursive: true });
    await mkdir(gold, { recursive: true });
    await copyFile(join(DEV, `${SEED}.txt`), join(articles, `${SEED}.txt`));
    await copyFile(join(DEV_GOLD, `${SEED}.json`), join(gold, `${SEED}.json`));
    await copyFile(join(DEV_GOLD, `${OTHER}.json`), join(gold, `${OTHER}.json`));
    await writeFile(join(articles, 'no-gold.txt'), 'A headline\nA body.\n');
    const { code, stdout, stderr } = await kg('eval', articles, gold);
    expect(code).toBe(3);
    expect(stderr).toContain(`${join(articles, 'no-gold.txt')}: no gold file`);
    expect(stderr).toContain(`${join(articles, `${OTHER}.txt`)}: no such file or directory; scored as an empty graph`);
    expect(stdout).toMatch(new RegExp(`^${OTHER} +0\\.000 +0\\.000 +0\\.000 +0 +0 +12 `, 'm'));
    expect(stdout).toContain('micro-average (2)');
  });

  it('reports a system graph that is not valid JSON or not a graph, naming the file', async () => {
    const system = join(work, 'system');
    await mkdir(system, { recursive: true });
    await writeFile(join(system, `${SEED}.json`), '{"nodes": [');
    await writeFile(join(system, `${OTHER}.json`), JSON.stringify({ nodes: [{ id: 'a', label: 'Person' }], edges: [] }));
    const { code, stderr } = await kg('eval', '--system', system, DEV_GOLD);
    expect(code).toBe(3);
    expect(stderr).toContain(`${join(system, `${SEED}.json`)}: is not valid JSON`);
    expect(stderr).toContain(`${join(system, `${OTHER}.json`)}: not a graph that can be scored:\n  nodes.0.name:`);
  });

  it('refuses a gold file that breaks the gold format, and fails when nothing can be scored', async () => {
    const gold = join(work, 'bad-gold');
    await mkdir(gold, { recursive: true });
    await writeFile(join(gold, `${SEED}.json`), JSON.stringify({ article: 'x.txt', entities: [], relations: [{ type: 'VISITED', source: 'Nobody', target: 'China' }] }));
    const bad = await kg('eval', DEV, gold);
    expect(bad.stderr).toContain(`${join(gold, `${SEED}.json`)}: not a valid gold graph:\n  relations.0.source: "Nobody" is not the name of a gold entity`);
    expect(bad.stderr).toContain('no article could be scored');
    expect(bad.code).toBe(1);
    const missing = await kg('eval', DEV, join(work, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`kg eval: ${join(work, 'nowhere')}: no such directory\n`);
  });
});
