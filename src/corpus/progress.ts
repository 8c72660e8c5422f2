// Progress on stderr: a one-line bar (done/total, rate, time left) on a terminal, plain periodic lines otherwise.
export type ProgressMode = 'bar' | 'lines' | 'off';

export interface Progress {
  /** Counts articles done (extracted, taken from the cache, or skipped). */
  tick(count?: number): void;
  /** Raises the total when a file holds more articles than counted up front. */
  setTotal(total: number): void;
  /** Prints the last state and ends the line. */
  finish(): void;
}

export interface ProgressOptions {
  mode: ProgressMode;
  stream: NodeJS.WritableStream;
  /** What is counted, e.g. "kg build". */
  label: string;
  total: number;
  now?: () => number;
  /** Plain lines come this often (ms); the bar is redrawn at most every tenth of a second. */
  lineInterval?: number;
}

const BAR_WIDTH = 24;

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.mode === 'bar' ? 100 : (options.lineInterval ?? 2000);
  const started = now();
  let total = options.total;
  let done = 0;
  let lastDraw = started;
  // The rate is taken from the first article on: start-up (threads, lexicons) would make the first ETAs absurd.
  let firstAt: number | undefined;
  let doneAtFirst = 0;

  const draw = (final: boolean): void => {
    const t = now();
    const elapsed = (t - started) / 1000;
    const running = firstAt === undefined ? 0 : (t - firstAt) / 1000;
    const rate = final ? (elapsed > 0 ? done / elapsed : 0) : running > 0 ? (done - doneAtFirst) / running : 0;
    const left = rate > 0 ? Math.max(0, total - done) / rate : undefined;
    const figures = `${done}/${total} articles, ${formatRate(rate)}/s`;
    if (options.mode === 'bar') {
      const filled = total > 0 ? Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH)) : 0;
      const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
      const tail = final ? `done in ${formatDuration(elapsed)}` : `ETA ${left === undefined ? '?' : formatDuration(left)}`;
      options.stream.write(`\r\x1b[2K${options.label} [${bar}] ${figures}, ${tail}${final ? '\n' : ''}`);
    } else {
      const tail = final ? `done in ${formatDuration(elapsed)}` : `about ${left === undefined ? '?' : formatDuration(left)} left`;
      options.stream.write(`${options.label}: ${figures}, ${tail}\n`);
    }
  };

  if (options.mode === 'off') return { tick() {}, setTotal() {}, finish() {} };
  return {
    tick(count = 1) {
      done += count;
      if (done > total) total = done;
      const t = now();
      if (firstAt === undefined) {
        firstAt = t;
        doneAtFirst = done;
        return;
      }
      if (t - lastDraw >= interval) {
        lastDraw = t;
        draw(false);
      }
    },
    setTotal(value) {
      total = Math.max(value, done);
    },
    finish() {
      draw(true);
    },
  };
}

function formatRate(rate: number): string {
  return rate >= 100 ? String(Math.round(rate)) : rate.toFixed(1);
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}
