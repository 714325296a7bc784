import { readFile } from 'node:fs/promises';
import { commandArgs } from './command-args.js';
import { extractDocument } from '../pipeline/extract-document.js';
import type { Document } from '../schemas/record.js';
import { summarizeDocument } from './summary.js';
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
  if (values.json) process.stdout.write('{\n  "documents": [');
  for (const file of positionals) {
    let doc: Document;
    try {
      const bytes = await readFile(file);
      doc = await extractDocument(bytes, { file });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const code = err.code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE';
      const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
      doc = { file, sha256: '', format: 'text', encoding: null, tables: [], errors: [{ code, message: `${file}: ${reason}` }] };
    }
    if (doc.errors.length > 0) {
      failed++;
      for (const e of doc.errors) process.stderr.write(`jixiao: ${codeMessage(e.code, e.message)} [${e.code}]\n`);
    }
    if (values.json) process.stdout.write((count++ ? ',' : '') + '\n    ' + JSON.stringify(doc, null, 2).replace(/\n/g, '\n    '));
    else process.stdout.write(summarizeDocument(doc));
  }
  if (values.json) process.stdout.write((count ? '\n  ' : '') + ']\n}\n');
  return failed > 0 ? 1 : 0;
}
