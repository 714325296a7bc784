/** CPU time (user + system) of one call, in microseconds: less disturbed by a busy machine than wall time. */
function cpuMicros(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * How many times longer `large` takes than `small`: medians of interleaved repetitions, each
 * repetition at least `minMicros` of work (small inputs are repeated to get there), so a
 * scheduler hiccup on a shared machine moves one sample, not the answer.
 */
export function cpuGrowth(small: () => unknown, large: () => unknown, options: { repeats?: number; minMicros?: number; limit?: number; attempts?: number } = {}): number {
  // a linear cost grows 10× from n to 10n, close to a 12× limit: a second or third measurement
  // settles a noisy first one (a quadratic cost is ~100× on every attempt)
  const { limit = 12, attempts = 3 } = options;
  let best = Infinity;
  for (let a = 0; a < attempts && best >= limit; a++) best = Math.min(best, measureGrowth(small, large, options));
  return best;
}

function measureGrowth(small: () => unknown, large: () => unknown, { repeats = 5, minMicros = 20_000 } = {}): number {
  small(); large(); // warm up (JIT, lazy imports)
  const perCall = (work: () => unknown): number => {
    let calls = 0; let spent = 0;
    while (spent < minMicros || calls === 0) { spent += cpuMicros(work); calls++; }
    return spent / calls;
  };
  const smalls: number[] = []; const larges: number[] = [];
  for (let i = 0; i < repeats; i++) { smalls.push(perCall(small)); larges.push(perCall(large)); }
  return median(larges) / Math.max(1, median(smalls));
}
