// The V8 heap setting a corpus build runs best with, for the programs that run one (the kg command, the benchmark) to apply at start.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets a heap grow up to four times what survived its last full collection before collecting again. Each
 * extraction worker keeps about 100 MB alive and the main thread the corpus graph (about 200 MB for 10,000
 * articles), so their garbage, not their data, made most of a build's memory: about 1 GB for 10,000
 * articles on 2 workers, 0.7 GB with this limit. 50% costs no speed but left a one-thread build writing its files
 * at 1.1 GB; 25% cost about 8% of the build time in one A/B run. The setting is process-wide (worker threads
 * share it) and changes when collections happen, never what a program computes: so it is the program's to
 * choose, before it starts workers, and the library never sets it on its own.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

const HEAP_GROWING_PERCENT = 25;
