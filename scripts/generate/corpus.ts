/**
 * A stream of generated documents holding at least a given number of tables, and the
 * `expected.jsonl` line of each. Pure: the CLI (scripts/generate-corpus.ts) and the benchmark
 * write the files.
 */
import { generateDocument, type GeneratedDocument, type GenerateOptions } from './generate-document.js';

export interface CorpusOptions extends Pick<GenerateOptions, 'layout' | 'perturbations' | 'kinds' | 'injectRate'> {
  /** stop once the documents hold at least this many tables */
  readonly tables: number;
  /** seed of the first document; the next ones count up from it */
  readonly seed: number;
}

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const { tables, seed, ...generate } = options;
  let count = 0;
  for (let s = seed; count < tables; s++) {
    const doc = generateDocument(s, generate);
    count += doc.expected.length;
    yield doc;
  }
}

/** One line of expected.jsonl: the file, how to regenerate it, and its expected tables. */
export function expectedLine(doc: GeneratedDocument): string {
  return JSON.stringify({
    file: doc.file, seed: doc.seed, layout: doc.layout, perturbations: doc.perturbations, class: doc.class,
    encoding: doc.encoding, tables: doc.expected,
  });
}
