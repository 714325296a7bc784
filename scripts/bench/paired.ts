/**
 * Side-by-side timing that a shared, noisy machine cannot fool easily: the measured work (A)
 * and its baseline (B) run interleaved — A B, B A, A B, … (the order flips each round so
 * neither always runs on a warmer or colder machine) — and each run records CPU time (what
 * the work itself consumed) next to wall time (what a user waits, including waiting for a
 * core). Reported: the median of each, and the median of the per-round ratios A/B, so one
 * disturbed round moves one sample, not the answer.
 */
import { spawnSync } from 'node:child_process';

/** One run: wall-clock and CPU (user + system, all threads of the process) milliseconds. */
export interface Sample { readonly wallMs: number; readonly cpuMs: number }

export interface PairedResult {
  readonly rounds: number;
  readonly a: Sample;
  readonly b: Sample;
  /** median over rounds of A's CPU time / B's CPU time in the same round */
  readonly cpuRatio: number;
  /** median over rounds of A's wall time / B's wall time */
  readonly wallRatio: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const medianSample = (xs: readonly Sample[]): Sample => ({ wallMs: median(xs.map((x) => x.wallMs)), cpuMs: median(xs.map((x) => x.cpuMs)) });

/** Runs `a` and `b` `rounds` times each, interleaved, and summarises them. */
export async function paired(a: () => Promise<Sample> | Sample, b: () => Promise<Sample> | Sample, rounds: number): Promise<PairedResult> {
  const as: Sample[] = [], bs: Sample[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) { as.push(await a()); bs.push(await b()); }
    else { bs.push(await b()); as.push(await a()); }
  }
  return {
    rounds,
    a: medianSample(as),
    b: medianSample(bs),
    cpuRatio: median(as.map((s, i) => s.cpuMs / Math.max(1e-6, bs[i]!.cpuMs))),
    wallRatio: median(as.map((s, i) => s.wallMs / Math.max(1e-6, bs[i]!.wallMs))),
  };
}

/** Times work done in this process (it should be the only thing running in it). */
export async function inProcess(work: () => Promise<unknown> | unknown): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Times a whole child process, start-up included, as a user would run it. Its CPU time comes
 * from the shell's `times` (the children's user and system time, as the kernel accounts them),
 * so any program can be measured, not only Node. Output is discarded; a failing command throws.
 */
export function childProcess(command: string, args: readonly string[], options: { cwd?: string } = {}): Sample {
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>"$BENCH_ERR"; s=$?; times; exit $s', 'bench', command, ...args], {
    cwd: options.cwd, encoding: 'utf8', env: { ...process.env, BENCH_ERR: '/dev/null' },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')}… exited ${r.status}`);
  return { wallMs, cpuMs: childrenCpuMs(r.stdout) };
}

/** The second line of bash's `times` (children's user and system time): `0m1.234s 0m0.056s`. */
export function childrenCpuMs(timesOutput: string): number {
  const line = timesOutput.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) throw new Error(`unexpected output of times: ${JSON.stringify(timesOutput)}`);
  return parts.reduce((sum, [, min, sec]) => sum + (Number(min) * 60 + Number(sec)) * 1000, 0);
}
