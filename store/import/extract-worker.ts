import { parentPort } from 'node:worker_threads';
import { extractChecked } from './extract-checked.js';
import type { ExtractReply, ExtractRequest } from './worker-messages.js';

// A worker thread of the import pool: bytes in, checked record out. Files are taken strictly one
// after the other (extraction may await), so the file a crash happens on is the oldest one sent.
const port = parentPort;
if (!port) throw new Error('extract-worker.js must run as a worker thread');
let previous: Promise<void> = Promise.resolve();
port.on('message', (request: ExtractRequest) => {
  previous = previous.then(async () => {
    const reply: ExtractReply = { id: request.id, result: await extractChecked(request.bytes, request.file) };
    port.postMessage(reply);
  });
});
