import { extractOutputJsonSchema } from '../schemas/record.js';

export async function run(): Promise<number> {
  process.stdout.write(JSON.stringify(extractOutputJsonSchema(), null, 2) + '\n');
  return 0;
}
