import { describe, expect, it } from 'vitest';
import { childProcess, childrenCpuMs, median, paired } from '../scripts/bench/paired.js';

describe('paired benchmark timing', () => {
  it('reads the children line of bash times', () => {
    expect(childrenCpuMs('0m0.004s 0m0.001s\n1m2.500s 0m0.250s\n')).toBeCloseTo(62_750, 6);
    expect(() => childrenCpuMs('garbage')).toThrow(/times/);
  });

  it('medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interleaves A and B, flipping the order each round, and takes the median of per-round ratios', async () => {
    const order: string[] = [];
    // A costs 3× B except in one disturbed round where A is 100× slower: the median ignores it
    const aCosts = [30, 30, 3000, 30, 30];
    let i = 0;
    const result = await paired(
      () => { order.push('A'); const c = aCosts[i++]!; return { wallMs: c, cpuMs: c }; },
      () => { order.push('B'); return { wallMs: 10, cpuMs: 10 }; },
      5,
    );
    expect(order.join('')).toBe('ABBAABBAAB');
    expect(result.cpuRatio).toBe(3);
    expect(result.wallRatio).toBe(3);
    expect(result.a.cpuMs).toBe(30);
  });

  it('measures a child process CPU time, which a sleeping child does not consume', () => {
    const busy = childProcess(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 300) {}']);
    const idle = childProcess(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
    expect(busy.wallMs).toBeGreaterThanOrEqual(300);
    expect(idle.wallMs).toBeGreaterThanOrEqual(300);
    expect(busy.cpuMs).toBeGreaterThan(idle.cpuMs + 150);
    expect(() => childProcess(process.execPath, ['-e', 'process.exit(3)'])).toThrow(/exited 3/);
  });
});
