#!/usr/bin/env node
// Benchmark (not a test): builds a 10,000-article corpus in parallel and on one thread, in the same run; prints articles/s, peak memory and the speed-up.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const SOURCES = ['dev', 'bulk/bbc', 'bulk/chinadaily'];
const TARGET = Number(process.env.KG_BENCH_ARTICLES ?? 10_000);
/** Linux's USER_HZ, the unit of /proc CPU times, is 100 on every common platform. */
const CLOCK_TICKS = 100;

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  await parent();
}

/** One build in its own process, so that its peak memory is its own. */
async function child(corpus, out, workers) {
  // As bin/kg.js does: the V8 settings are the program's, not the library's.
  const { setCorpusBuildFlags } = await import('../dist/corpus/v8-flags.js');
  setCorpusBuildFlags();
  const { buildCorpus } = await import('../dist/corpus/build-corpus.js');
  const { writeGraphFiles } = await import('../dist/corpus/write-graph-files.js');
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  const [cpuAtStart, mainAtStart, helpersAtStart] = [process.cpuUsage(), mainThreadCpuMs(), helperThreadsCpuMs()];
  let first = await buildCorpus([corpus], { outDir: out, workers });
  const build = (performance.now() - started) / 1000;
  // CPU of every thread (workers too), and of the main thread: 2,000 articles/s on 2 cores needs at most 1 ms of
  // CPU an article in all, of which at most 0.5 ms on the main thread.
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const mainCpuMs = mainAtStart === undefined ? undefined : mainThreadCpuMs() - mainAtStart;
  const helpersCpuMs = helpersAtStart === undefined ? undefined : helperThreadsCpuMs() - helpersAtStart;
  const buildRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  const writeStarted = performance.now();
  await writeGraphFiles(out, first.document);
  const write = (performance.now() - writeStarted) / 1000;
  // kg build ends here; the re-run below is a second run, which would not hold the first one's graph.
  const { summary } = first;
  const [nodes, edges] = [first.document.nodes.length, first.document.edges.length];
  first = undefined;
  const againStarted = performance.now();
  const again = await buildCorpus([corpus], { outDir: out, workers });
  const rebuild = (performance.now() - againStarted) / 1000;
  clearInterval(sample);
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  process.stdout.write(JSON.stringify({ build, cpuMs, mainCpuMs, helpersCpuMs, write, rebuild, maxRss, buildRss, summary, unchanged: again.summary.unchanged, nodes, edges }));
}

/** CPU time of this process's main thread (ms), where Linux tells it (/proc): Node 20 has no per-thread figure. */
function mainThreadCpuMs() {
  try {
    return threadCpuMs(String(process.pid));
  } catch {
    return undefined;
  }
}

/**
 * CPU time (ms) of the threads other than the main one that are alive now. Counted before and after a build, when
 * no extraction worker runs, these are V8's own threads: garbage collection and the optimising compiler, which each
 * isolate (the main thread and every worker) keeps busy on its own.
 */
function helperThreadsCpuMs() {
  try {
    return readdirSync('/proc/self/task')
      .filter((tid) => tid !== String(process.pid))
      .reduce((sum, tid) => sum + threadCpuMs(tid), 0);
  } catch {
    return undefined;
  }
}

function threadCpuMs(tid) {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

function perArticle(ms) {
  return ms === undefined ? 'n/a' : (ms / TARGET).toFixed(2);
}

function run(corpus, out, workers) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', corpus, out, String(workers)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    proc.stdout.on('data', (chunk) => (output += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`benchmark child exited with ${code}`))));
  });
}

async function parent() {
  const work = await mkdtemp(join(tmpdir(), 'kg-bench-corpus-'));
  const corpus = join(work, 'corpus');
  const originals = [];
  for (const source of SOURCES) {
    for (const name of (await readdir(join(SHARED, source))).filter((n) => n.endsWith('.txt')).sort()) originals.push(join(SHARED, source, name));
  }
  const texts = await Promise.all(originals.map((path) => readFile(path)));
  let bytes = 0;
  for (let i = 0; i < TARGET; i += 1) {
    // Copy k of an article lives in folder rK/, so its id (its path) is distinct while its text is the same.
    const round = Math.floor(i / texts.length);
    const folder = join(corpus, `r${round}`);
    if (i % texts.length === 0) await mkdir(folder, { recursive: true });
    const text = texts[i % texts.length];
    await writeFile(join(folder, `a${i % texts.length}.txt`), text);
    bytes += text.length;
  }
  // What kg build uses by default: a worker per core (up to a cap).
  const { defaultWorkers } = await import('../dist/corpus/extractor.js');
  const workers = defaultWorkers();
  console.log(`kg bench:corpus: ${TARGET} articles (${(bytes / 1024 / 1024).toFixed(1)} MB): the ${texts.length} dev and bulk articles`);
  console.log(`  of ../shared/corpus repeated with distinct ids (same texts, so entities repeat too); ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}`);

  const parallel = await run(corpus, join(work, 'out-parallel'), workers);
  const single = await run(corpus, join(work, 'out-single'), 1);
  const rows = [
    ['', `${workers} workers`, '1 thread'],
    ['build: read, extract, merge (s)', parallel.build.toFixed(2), single.build.toFixed(2)],
    ['articles/s', Math.round(TARGET / parallel.build), Math.round(TARGET / single.build)],
    ['CPU time, all threads (ms/article)', perArticle(parallel.cpuMs), perArticle(single.cpuMs)],
    ['CPU time, main thread (ms/article)', perArticle(parallel.mainCpuMs), perArticle(single.mainCpuMs)],
    ['CPU time, V8 GC and JIT threads (ms/article)', perArticle(parallel.helpersCpuMs), perArticle(single.helpersCpuMs)],
    ['write graph.json, .graphml, view (s)', parallel.write.toFixed(2), single.write.toFixed(2)],
    ['re-run, all unchanged (s)', parallel.rebuild.toFixed(2), single.rebuild.toFixed(2)],
    ['peak memory while building, RSS (MB)', (parallel.buildRss / 1024 / 1024).toFixed(0), (single.buildRss / 1024 / 1024).toFixed(0)],
    ['peak memory with writing, RSS (MB)', (parallel.maxRss / 1024 / 1024).toFixed(0), (single.maxRss / 1024 / 1024).toFixed(0)],
  ];
  for (const [name, a, b] of rows) console.log(`  ${String(name).padEnd(46)}${String(a).padStart(12)}${String(b).padStart(12)}`);
  console.log(`  speed-up of ${workers} workers over 1 thread: ${(single.build / parallel.build).toFixed(2)}x`);
  console.log(`  graph: ${parallel.nodes} nodes, ${parallel.edges} edges; skipped ${parallel.summary.skipped}; re-runs found ${parallel.unchanged} and ${single.unchanged} unchanged`);
  console.log('  (a re-run finds fewer unchanged when the extractor or data/ changed during the benchmark)');
  console.log(`  load average at the end ${loadavg()[0].toFixed(2)} (other work on the machine shares its cores)`);
  console.log(`  targets: 2,000 articles/s or more on 2 cores, peak memory under 1,024 MB`);
  await rm(work, { recursive: true, force: true });
}
