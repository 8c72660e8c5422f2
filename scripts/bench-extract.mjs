#!/usr/bin/env node
// Benchmark (not a test): extracts the dev corpus repeated to at least 2,000 articles in one thread; prints articles/s and peak memory.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../dist/extract/index.js';
import { readTextFile } from '../dist/io/read-text-file.js';
import { articleFromText } from '../dist/text/article-from-text.js';

const DEV = fileURLToPath(new URL('../../shared/corpus/dev/', import.meta.url));
const TARGET = Number(process.env.KG_BENCH_ARTICLES ?? 2000);

const names = (await readdir(DEV)).filter((name) => name.endsWith('.txt')).sort();
const texts = await Promise.all(names.map((name) => readTextFile(join(DEV, name))));
const rounds = Math.ceil(TARGET / names.length);

let started = performance.now();
extractArticle(articleFromText(texts[0], 'warm-up', names[0]));
const firstMs = performance.now() - started;

let entities = 0;
started = performance.now();
for (let round = 0; round < rounds; round += 1) {
  texts.forEach((text, i) => {
    const doc = extractArticle(articleFromText(text, `r${round}/${names[i].replace(/\.txt$/, '')}`, names[i]));
    entities += doc.nodes.length - 1;
  });
}
const seconds = (performance.now() - started) / 1000;
const articles = rounds * names.length;
const characters = texts.reduce((sum, text) => sum + text.length, 0) * rounds;

console.log(`kg bench: extraction in one thread, the ${names.length} dev articles (../shared/corpus/dev) repeated ${rounds} times`);
console.log(`  articles          ${articles}`);
console.log(`  first article     ${firstMs.toFixed(0)} ms (loads the lexicons)`);
console.log(`  time              ${seconds.toFixed(2)} s`);
console.log(`  articles/s        ${Math.round(articles / seconds)}   (target: 1,000 or more)`);
console.log(`  characters/s      ${Math.round(characters / seconds).toLocaleString('en')}`);
console.log(`  nodes found       ${entities} (${(entities / articles).toFixed(1)} per article, Article nodes not counted)`);
console.log(`  peak memory       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (resident set size)`);
