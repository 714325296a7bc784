import { commandArgs } from './command-args.js';
import { ReviewDb } from '../review/review-db.js';
import { startReviewServer } from '../review/serve-review.js';
import { writeSiteFromDb, writeSiteFromFiles, type SiteSummary } from '../review/write-site.js';
import { StoreError } from '../store/store-error.js';

const USAGE = `Usage: jixiao review PATH... --out DIR            a static review site of files, folders, globs: open DIR/index.html (no network)
       jixiao review --db DB --out DIR              the same for every document of a database, with its corrections
       jixiao review --db DB --serve [--port N] [--reviewer NAME]
                                                    the pages on http://127.0.0.1:N/ where values are corrected and
                                                    tables marked verified (stored in DB; Ctrl-C stops)
  Each document page shows the original (PDF pages with every cell's box, text lines with numbers)
  beside the record; hovering or clicking a value lights up its source cell, and the reverse.
`;

const report = (out: string, s: SiteSummary): number => {
  for (const f of s.failed) process.stderr.write(`jixiao review: ${f}\n`);
  process.stderr.write(`review site: ${out}/index.html (${s.documents} documents, ${s.tables} tables)\n`);
  return s.failed.length > 0 ? 1 : 0;
};

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('review', argv, {
    db: { type: 'string' },
    out: { type: 'string' },
    serve: { type: 'boolean', default: false },
    port: { type: 'string', default: '8420' },
    reviewer: { type: 'string' },
  }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const port = Number(values.port);
  const fromDb = values.db !== undefined;
  const valid = fromDb ? positionals.length === 0 && (values.serve ? values.out === undefined : values.out !== undefined)
    : positionals.length > 0 && values.out !== undefined && !values.serve;
  if (!valid || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!fromDb) return report(values.out!, await writeSiteFromFiles(positionals, values.out!));

  let db: ReviewDb;
  try {
    db = ReviewDb.open(values.db!);
  } catch (error) {
    const code = error instanceof StoreError ? ` [${error.code}]` : '';
    process.stderr.write(`jixiao review: ${(error as Error).message}${code}\n`);
    return 2;
  }
  if (!values.serve) {
    try {
      return report(values.out!, await writeSiteFromDb(db, values.out!));
    } finally {
      db.close();
    }
  }
  let started;
  try {
    started = await startReviewServer(db, { port, reviewer: values.reviewer });
  } catch (error) {
    db.close();
    process.stderr.write(`jixiao review: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`review server: ${started.url}\n`);
  return new Promise((resolve) => {
    const stop = () => {
      started.server.close();
      started.server.closeAllConnections();
      db.close();
      resolve(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
