import type { FindingCode } from '../schemas/finding-codes.js';
import { createHash } from 'node:crypto';
import { commandArgs } from './command-args.js';
import { documentError } from '../pipeline/findings.js';
import type { Document } from '../schemas/record.js';
import { summarizeDocument } from './summary.js';
import { readCapped } from '../store/import/read-capped.js';
import { createWorkerPool } from '../store/import/worker-pool.js';
import { escapeControls, escapeLines } from '../store/import/terminal-text.js';
import { codeMessage } from '../schemas/messages.js';

const USAGE = 'Usage: jixiao extract FILE... [--json]\n  --json  print exactly the JSON contract ({ "documents": [...] }) instead of a summary\n';

/** `jixiao extract FILE... [--json]` — a readable summary, or exactly the JSON contract. */
export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('extract', argv, { json: { type: 'boolean', default: false } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  // --json streams the documents array, so a long file list never sits in memory at once
  let failed = 0;
  let count = 0;
  // each file is extracted on a worker thread with memory and time limits: a file that crashes,
  // exhausts its heap or hangs costs only itself (issue 9), as in `import`
  const extractor = createWorkerPool({ size: 1 });
  try {
    if (values.json) process.stdout.write('{\n  "documents": [');
    for (const file of positionals) {
      const doc = await extractFile(file, extractor);
      if (doc.errors.length > 0) {
        failed++;
        for (const e of doc.errors) process.stderr.write(escapeControls(`jixiao: ${doc.file}: ${codeMessage(e.code, e.message)} [${e.code}]`) + '\n');
      }
      if (values.json) process.stdout.write((count++ ? ',' : '') + '\n    ' + JSON.stringify(doc, null, 2).replace(/\n/g, '\n    '));
      else process.stdout.write(escapeLines(summarizeDocument(doc)));
    }
    if (values.json) process.stdout.write((count ? '\n  ' : '') + ']\n}\n');
  } finally {
    await extractor.close();
  }
  return failed > 0 ? 1 : 0;
}

/** One file → its record; a file that cannot be read or extracted → a record holding the error. */
async function extractFile(file: string, extractor: ReturnType<typeof createWorkerPool>): Promise<Document> {
  const read = await readCapped(file);
  if (read.kind === 'error') {
    return { file, sha256: '', format: 'text', encoding: null, tables: [], errors: [documentError(read.code, read.message, file)] };
  }
  const result = await extractor.extract(file, read.bytes);
  if (result.kind === 'document') return result.document;
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  return { file, sha256, format: 'text', encoding: null, tables: [], errors: result.errors.map((e) => documentError(e.code as FindingCode, e.message, file)) };
}
