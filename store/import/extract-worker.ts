import { parentPort } from 'node:worker_threads';
import { extractChecked } from './extract-checked.js';
import type { ExtractReply, ExtractRequest } from './worker-messages.js';

// A worker thread of the import pool: one file at a time, bytes in, checked record out.
const port = parentPort;
if (!port) throw new Error('extract-worker.js must run as a worker thread');
port.on('message', async (request: ExtractRequest) => {
  const reply: ExtractReply = { id: request.id, result: await extractChecked(request.bytes, request.file) };
  port.postMessage(reply);
});
