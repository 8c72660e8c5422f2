// The V8 heap setting a corpus build runs best with, for the programs that run one (the kg command, the benchmark) to apply at start.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets a heap grow up to four times what survived its last full collection before collecting again. Each
 * extraction worker keeps about 100 MB alive and the main thread the corpus graph (about 200 MB for 10,000
 * articles), so their garbage, not their data, made most of a build's memory: about 1 GB for 10,000
 * articles on 2 workers, 0.7 GB with a limit of 25%. Since the graph stopped keeping a key per mention and
 * evidence (100 MB less), 50% peaks at about 590 MB for 10,000 articles on 2 workers and 585 MB for a one-thread
 * build writing its files, and costs 3 to 6% less CPU than 25% (two A/B runs each: each full collection marks
 * the whole live heap, so collecting half as often marks half as much). The setting is process-wide (worker
 * threads share it) and changes when collections happen, never what a program computes: so it is the program's
 * to choose, before it starts workers, and the library never sets it on its own.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

const HEAP_GROWING_PERCENT = 50;
