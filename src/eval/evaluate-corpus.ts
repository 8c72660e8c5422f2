// Scores a corpus: every gold file against the system's graph for the same article, extracted now or read from disk.
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InputError, KgError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import { readTextFile } from '../io/read-text-file.js';
import { articleFromText } from '../text/article-from-text.js';
import { parseGold } from './gold.js';
import { readJsonFile } from './read-json-file.js';
import { emptyScoredGraph, parseScoredGraph, type ScoredGraph } from './scored-graph.js';
import { microAverage, scoreArticle, type ArticleScore, type Figures } from './score.js';

/** Where the system's graphs come from: articles to extract, or graphs already written (`NAME.json`). */
export type SystemSource = { articlesDir: string } | { systemDir: string };

export interface ArticleEvaluation {
  /** The article's name: its file name without extension. */
  name: string;
  score: ArticleScore;
}

export interface CorpusEvaluation {
  articles: ArticleEvaluation[];
  micro: { entities: Figures; relations: Figures };
  /** What was left out or scored as an empty graph, one line each; the figures are partial when it is not empty. */
  problems: string[];
}

const UNGRADED_LISTED = 5;

export async function evaluateCorpus(source: SystemSource, goldDir: string): Promise<CorpusEvaluation> {
  const goldNames = await namesIn(goldDir, '.json');
  if (goldNames.length === 0) {
    throw new KgError('NO_ARTICLES', `${goldDir}: has no gold files (NAME.json)`, {
      subject: goldDir,
      hint: 'Give the directory of gold graphs, e.g. ../shared/corpus/dev-gold.',
    });
  }
  const problems: string[] = [];
  let systemGraph: (name: string) => Promise<ScoredGraph>;
  if ('articlesDir' in source) {
    const articleNames = await namesIn(source.articlesDir, '.txt');
    const gold = new Set(goldNames);
    // A folder of many articles with gold for a few (a hand-annotated sample) is named in five lines, not one per article.
    const ungraded = articleNames.filter((name) => !gold.has(name));
    for (const name of ungraded.slice(0, UNGRADED_LISTED)) problems.push(`${join(source.articlesDir, `${name}.txt`)}: no gold file ${join(goldDir, `${name}.json`)}, not scored`);
    if (ungraded.length > UNGRADED_LISTED) problems.push(`${source.articlesDir}: ${ungraded.length - UNGRADED_LISTED} more articles with no gold file in ${goldDir}, not scored`);
    systemGraph = (name) => extractedGraph(source.articlesDir, name);
  } else {
    const systemDir = source.systemDir;
    if ((await namesIn(systemDir, '.json')).length === 0) {
      throw new KgError('NO_ARTICLES', `${systemDir}: has no system graphs (NAME.json)`, {
        subject: systemDir,
        hint: 'Write them first, e.g. `kg extract ARTICLES_DIR --out DIR`, then `kg eval --system DIR GOLD_DIR`.',
      });
    }
    systemGraph = (name) => readJsonFile(join(systemDir, `${name}.json`), parseScoredGraph);
  }

  const articles: ArticleEvaluation[] = [];
  for (const name of goldNames) {
    const goldPath = join(goldDir, `${name}.json`);
    let gold;
    try {
      gold = await readJsonFile(goldPath, parseGold);
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      problems.push(`${error.message}; not scored`);
      continue;
    }
    let system: ScoredGraph;
    try {
      system = await systemGraph(name);
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      // A system that produced nothing usable for an article scores as if it found nothing, as the reference scorer does.
      problems.push(`${error.message}; scored as an empty graph`);
      system = emptyScoredGraph();
    }
    articles.push({ name, score: scoreArticle(gold, system) });
  }
  if (articles.length === 0) {
    throw new KgError('NO_ARTICLES', `${goldDir}: no article could be scored:\n  ${problems.join('\n  ')}`, { subject: goldDir });
  }
  return { articles, micro: microAverage(articles.map((a) => a.score)), problems };
}

async function extractedGraph(articlesDir: string, name: string): Promise<ScoredGraph> {
  const path = join(articlesDir, `${name}.txt`);
  const text = await readTextFile(path);
  return extractArticle(articleFromText(text, name, path));
}

/** Base names of the files with this extension directly in `dir`, sorted, so reports list articles in one order. */
async function namesIn(dir: string, extension: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('INPUT_MISSING', `${dir}: no such directory`, { subject: dir, cause: error });
    if (code === 'ENOTDIR') throw new InputError('INPUT_UNREADABLE', `${dir}: is a file, expected a directory`, { subject: dir, cause: error });
    throw new InputError('INPUT_UNREADABLE', `${dir}: cannot be read (${code ?? String(error)})`, { subject: dir, cause: error });
  }
  return entries
    .filter((entry) => entry.isFile() && extname(entry.name) === extension)
    .map((entry) => basename(entry.name, extension))
    .sort();
}
