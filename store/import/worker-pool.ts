import { Worker } from 'node:worker_threads';
import type { FindingCode } from '../../schemas/finding-codes.js';
import type { ExtractResult, Extractor } from './extract-result.js';
import type { ExtractReply, ExtractRequest } from './worker-messages.js';

export interface WorkerPoolOptions {
  readonly size: number;
  /** compiled worker module; resolves next to this file inside dist/ */
  readonly workerUrl?: URL;
  /** a file that takes longer is abandoned (its worker replaced) and recorded as EXTRACT_TIMEOUT */
  readonly timeoutMs?: number;
}

interface Task {
  readonly request: ExtractRequest;
  readonly resolve: (result: ExtractResult) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

export const DEFAULT_WORKER_URL = new URL('./extract-worker.js', import.meta.url);

/**
 * Extraction spread over worker threads, one file per worker at a time. A worker that crashes or
 * hangs costs only its current file (recorded as a failure) and is replaced.
 */
export function createWorkerPool(options: WorkerPoolOptions): Extractor {
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const queue: Task[] = [];
  let nextId = 1;
  let closing = false;

  const fail = (slot: Slot, code: FindingCode, message: string): void => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    task?.resolve({ kind: 'failed', errors: [{ code, message }] });
  };

  const replaceWorker = (slot: Slot): void => {
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (closing) return;
    slot.worker = spawn(slot);
    dispatch();
  };

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(workerUrl);
    worker.on('message', (reply: ExtractReply) => {
      if (slot.task?.request.id !== reply.id) return;
      const task = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      slot.task = null;
      slot.timer = null;
      task.resolve(reply.result);
      dispatch();
    });
    worker.on('error', (error) => {
      fail(slot, 'EXTRACTOR_CRASHED', `worker crashed on ${slot.task?.request.file}: ${error.message}`);
      replaceWorker(slot);
    });
    worker.on('exit', (code) => {
      if (closing) return;
      fail(slot, 'EXTRACTOR_CRASHED', `worker exited with code ${code} on ${slot.task?.request.file}`);
      replaceWorker(slot);
    });
    return worker;
  };

  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => {
    const slot: Slot = { worker: undefined as unknown as Worker, task: null, timer: null };
    slot.worker = spawn(slot);
    return slot;
  });

  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.task) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        fail(slot, 'EXTRACT_TIMEOUT', `extraction took longer than ${timeoutMs} ms`);
        replaceWorker(slot);
      }, timeoutMs);
      const { bytes } = task.request;
      // transfer the buffer when the view owns all of it; copy a view into a shared buffer
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const sent = owned ? bytes : bytes.slice();
      slot.worker.postMessage({ ...task.request, bytes: sent }, [sent.buffer as ArrayBuffer]);
    }
  };

  return {
    extract(file, bytes) {
      if (closing) return Promise.resolve({ kind: 'failed', errors: [{ code: 'EXTRACTOR_CRASHED', message: 'worker pool closed' }] });
      return new Promise<ExtractResult>((resolve) => {
        queue.push({ request: { id: nextId++, file, bytes }, resolve });
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const slot of slots) fail(slot, 'EXTRACTOR_CRASHED', 'worker pool closed');
      for (const task of queue.splice(0)) task.resolve({ kind: 'failed', errors: [{ code: 'EXTRACTOR_CRASHED', message: 'worker pool closed' }] });
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
