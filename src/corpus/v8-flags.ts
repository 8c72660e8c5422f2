// The V8 settings a corpus build runs best with, for the programs that run one (the kg command, the benchmark) to apply at start.
import { setFlagsFromString } from 'node:v8';

/**
 * Heap: V8 lets a heap grow up to four times what survived its last full collection before collecting again. Each
 * extraction worker keeps about 100 MB alive and the main thread the corpus graph (about 200 MB for 10,000
 * articles), so their garbage, not their data, made most of a build's memory: about 1 GB for 10,000
 * articles on 2 workers, 0.7 GB with a limit of 25%. Since the graph stopped keeping a key per mention and
 * evidence (100 MB less), 50% peaks at about 590 MB for 10,000 articles on 2 workers and 585 MB for a one-thread
 * build writing its files, and costs 3 to 6% less CPU than 25% (two A/B runs each: each full collection marks
 * the whole live heap, so collecting half as often marks half as much).
 *
 * Compiler: every worker is an isolate of its own that warms the optimising compiler up from nothing, so a build
 * of 10,000 articles on 2 workers spent about 0.75 ms of CPU an article in V8's compiler threads (after the
 * extractor stopped breaking its optimised code with arrays and objects of new shapes; 1.05 before). A third of
 * the default inlining budget and twice the default wait before optimising a function (fewer functions compiled
 * early on little type feedback, so fewer thrown away) cut that to 0.56-0.58 ms (bench:corpus, four runs at
 * load 3 to 5; one thread 0.31-0.35 ms, was 0.40-0.46), and CPU in all threads from 2.66 to 2.49-2.55 ms an
 * article. A smaller budget (150) or the budget alone did no better; the wait alone saved less (0.69-0.78).
 *
 * Young generation: extracting an article allocates about 0.6 MB, nearly all of it dead by the article's end, so an
 * extraction worker scavenges every 25 articles or so with V8's 16 MB halves, copying whatever the article in hand
 * holds at that moment. Halves of 32 MB cut CPU in all threads by about 5% (4,056 articles on 2
 * workers, six A/B pairs at load 2 to 6: 4.03 against 4.26 ms an article, start-up included) for about 30 MB more
 * per worker; 64 MB saved no more and cost 120 MB. The main isolate is configured before this runs and keeps its own.
 *
 * Tiers, none kept (4,000 articles on 2 workers, four A/B pairs each at load 3 to 6, CPU in all threads an article,
 * start-up included): Maglev is not built into Node 20 (process.config.variables.v8_enable_maglev is 0), so
 * `--maglev` is accepted and compiles nothing. Sparkplug is on by default and earns a little (off: 4.64 against 4.54
 * ms); `--always-sparkplug` (4.38 against 4.31), `--no-lazy-feedback-allocation` (4.49 against 4.27) and feedback
 * vectors four times later (`--interrupt-budget-factor-for-feedback-allocation=32`: 4.62 against 4.58) did no
 * better; `--concurrent-sparkplug` crashes the workers (segmentation fault) when set here and did no better on the
 * command line (4.57 against 4.46). TurboFan's compiling is most of the helper threads' 1.5 ms an article (0.33
 * without TurboFan) but repays it several times over: without it 6.1 against 4.4 ms, 184 against 380 articles/s.
 *
 * The settings are process-wide (worker threads share them) and change when V8 collects and what it compiles,
 * never what a program computes: so they are the program's to choose, before it starts workers, and the library
 * never sets them on its own.
 */
export function setCorpusBuildFlags(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
}

const HEAP_GROWING_PERCENT = 50;
/** Bytecode bytes TurboFan may inline into one function (V8's default: 920). */
const INLINED_BYTECODE_BUDGET = 300;
/** Bytecode bytes a function runs before V8 considers optimising it (V8's default: 66 KiB). */
const INTERRUPT_BUDGET = 132 * 1024;
/** MB of each of the young generation's two halves in every isolate started after (V8's default: 16 on 64-bit). */
const SEMI_SPACE_MB = 32;
