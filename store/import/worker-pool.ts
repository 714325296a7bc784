import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { FindingCode } from '../../schemas/finding-codes.js';
import type { ExtractResult, Extractor } from './extract-result.js';
import type { ExtractReply, ExtractRequest } from './worker-messages.js';

export interface WorkerPoolOptions {
  readonly size: number;
  /** compiled worker module; resolves next to this file inside dist/ */
  readonly workerUrl?: URL;
  /** a file that takes longer is abandoned (its worker replaced) and recorded as EXTRACT_TIMEOUT */
  readonly timeoutMs?: number;
  /** V8 heap limits of each worker: a file that needs more is recorded as OUT_OF_MEMORY */
  readonly resourceLimits?: ResourceLimits;
}

/**
 * Per-document memory: the largest accepted file (64 MiB) decodes, splits and extracts well
 * inside this (measured: 60 MB of prose peaks at 415 MB RSS in a whole process, 39 MB of tables
 * at 290 MB); a crafted file that would need more costs only its own worker.
 */
export const DEFAULT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };

interface Task {
  readonly request: ExtractRequest;
  readonly resolve: (result: ExtractResult) => void;
  /** when the worker is expected to have started it (the previous task's answer, or dispatch) */
  started: number;
}

interface Slot {
  worker: Worker;
  /** oldest first: the one the worker is on, then the one waiting in its port */
  readonly tasks: Task[];
}

export const DEFAULT_WORKER_URL = new URL('./extract-worker.js', import.meta.url);

/**
 * Two files per worker: the next one waits in the worker's port, so a worker never idles while
 * the main thread is busy writing the previous answer to the database.
 */
const DEPTH = 2;

/**
 * Extraction spread over worker threads. A worker that crashes or hangs costs only the file it was
 * on (recorded as a failure); it is replaced and the file queued behind it goes to another worker.
 */
export function createWorkerPool(options: WorkerPoolOptions): Extractor {
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const queue: Task[] = [];
  let nextId = 1;
  let closing = false;

  const failed = (code: FindingCode, message: string): ExtractResult => ({ kind: 'failed', errors: [{ code, message }] });

  /** The worker failed on its current file: answer that file, queue the others again, start afresh. */
  const replace = (slot: Slot, code: FindingCode, message: string): void => {
    const [current, ...waiting] = slot.tasks.splice(0);
    current?.resolve(failed(code, `${message} (${current.request.file})`));
    queue.unshift(...waiting);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (closing) return;
    slot.worker = spawn(slot);
    dispatch();
  };

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(workerUrl, { resourceLimits: options.resourceLimits ?? DEFAULT_WORKER_LIMITS });
    worker.on('message', (reply: ExtractReply) => {
      const index = slot.tasks.findIndex((t) => t.request.id === reply.id);
      if (index < 0) return;
      const [task] = slot.tasks.splice(index, 1);
      task!.resolve(reply.result);
      if (slot.tasks[0]) slot.tasks[0].started = performance.now();
      dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') replace(slot, 'OUT_OF_MEMORY', `extraction ran out of its memory limit (${(options.resourceLimits ?? DEFAULT_WORKER_LIMITS).maxOldGenerationSizeMb} MB heap)`);
      else replace(slot, 'EXTRACTOR_CRASHED', `worker crashed: ${error.message}`);
    });
    worker.on('exit', (code) => replace(slot, 'EXTRACTOR_CRASHED', `worker exited with code ${code}`));
    return worker;
  };

  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => {
    const slot = { tasks: [] as Task[] } as unknown as Slot;
    slot.worker = spawn(slot);
    return slot;
  });

  const dispatch = (): void => {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of slots) {
        if (queue.length === 0) return;
        if (slot.tasks.length >= depth) continue;
        const task = queue.shift()!;
        if (slot.tasks.length === 0) task.started = performance.now();
        slot.tasks.push(task);
        // copied, not transferred: a file queued behind a crash is sent again to another worker
        slot.worker.postMessage(task.request);
      }
    }
  };

  // one timer for the pool: the file a worker is on may take `timeoutMs`, counted from when it started
  const watchdog = setInterval(() => {
    const now = performance.now();
    for (const slot of slots) {
      const current = slot.tasks[0];
      if (current && now - current.started > timeoutMs) replace(slot, 'EXTRACT_TIMEOUT', `extraction took longer than ${timeoutMs} ms`);
    }
  }, Math.min(1000, Math.max(10, timeoutMs / 4)));
  watchdog.unref();

  return {
    extract(file, bytes) {
      if (closing) return Promise.resolve(failed('EXTRACTOR_CRASHED', 'worker pool closed'));
      return new Promise<ExtractResult>((resolve) => {
        queue.push({ request: { id: nextId++, file, bytes }, resolve, started: 0 });
        dispatch();
      });
    },
    async close() {
      closing = true;
      clearInterval(watchdog);
      for (const task of [...slots.flatMap((s) => s.tasks.splice(0)), ...queue.splice(0)]) {
        task.resolve(failed('EXTRACTOR_CRASHED', 'worker pool closed'));
      }
      await Promise.all(slots.map((slot) => {
        slot.worker.removeAllListeners();
        return slot.worker.terminate();
      }));
    },
  };
}
