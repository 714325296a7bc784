import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../store/import/worker-pool.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir();

/** A stand-in worker speaking the pool's protocol: misbehaves on request, else echoes the byte count. */
const FAKE_WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, file, bytes }) => {
  if (file.includes('crash')) throw new Error('boom');
  if (file.includes('exit')) process.exit(3);
  if (file.includes('hang')) return;
  parentPort.postMessage({ id, result: { kind: 'failed', errors: [{ code: 'ECHO', message: file + ':' + bytes.byteLength }] } });
});
`;

function fakeWorkerUrl(): URL {
  const path = join(tmp(), 'fake-worker.mjs');
  writeFileSync(path, FAKE_WORKER);
  return pathToFileURL(path);
}

const echo = (file: string, n: number) => ({ kind: 'failed', errors: [{ code: 'ECHO', message: `${file}:${n}` }] });

describe('worker pool', () => {
  it('answers every request with its own result, whatever the order they finish in', async () => {
    const pool = createWorkerPool({ size: 2, workerUrl: fakeWorkerUrl() });
    const files = Array.from({ length: 30 }, (_, i) => `f${i}.txt`);
    const results = await Promise.all(files.map((f, i) => pool.extract(f, new Uint8Array(i + 1))));
    await pool.close();
    expect(results).toEqual(files.map((f, i) => echo(f, i + 1)));
  });

  it('records a crash, an exit and a hang against their file only, and keeps going with fresh workers', async () => {
    const pool = createWorkerPool({ size: 2, workerUrl: fakeWorkerUrl(), timeoutMs: 500 });
    const files = ['a.txt', 'crash.txt', 'b.txt', 'exit.txt', 'c.txt', 'hang.txt', 'd.txt', 'e.txt'];
    const results = await Promise.all(files.map((f) => pool.extract(f, new Uint8Array(4))));
    await pool.close();
    const codes = results.map((r) => (r.kind === 'failed' ? r.errors[0]!.code : r.kind));
    expect(codes).toEqual(['ECHO', 'EXTRACTOR_CRASHED', 'ECHO', 'EXTRACTOR_CRASHED', 'ECHO', 'EXTRACT_TIMEOUT', 'ECHO', 'ECHO']);
    // files queued behind a crash or a hang reach another worker with their bytes
    results.forEach((r, i) => { if (codes[i] === 'ECHO') expect(r).toEqual(echo(files[i]!, 4)); });
  });

  it('leaves the bytes of the caller intact, a view into a larger buffer included', async () => {
    const pool = createWorkerPool({ size: 1, workerUrl: fakeWorkerUrl() });
    const shared = new Uint8Array(100);
    const view = shared.subarray(10, 20);
    expect(await pool.extract('v.txt', view)).toEqual(echo('v.txt', 10));
    expect(shared.byteLength).toBe(100);
    expect(view.byteLength).toBe(10);
    await pool.close();
  });
});
