import { commandArgs } from './command-args.js';
import { extractOutputJsonSchema } from '../schemas/record.js';

const USAGE = `Usage: jixiao schema
  prints the JSON Schema (draft 2020-12) of the extract --json contract, generated from the zod schema
`;

export async function run(argv: string[] = []): Promise<number> {
  const parsed = commandArgs('schema', argv, {}, USAGE);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  process.stdout.write(JSON.stringify(extractOutputJsonSchema(), null, 2) + '\n');
  return 0;
}
