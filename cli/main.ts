import { COMMANDS, type CommandName } from './commands.js';

const USAGE = `jixiao — budget performance-evaluation tables → validated records

Usage:
  jixiao extract FILE... [--json]
  jixiao import PATH... [--db FILE] [--jobs N] [--force]
  jixiao query [REPORT] [--db FILE] [--sql "SELECT …"] [--csv|--json]
  jixiao export --format csv|jsonl|xlsx [--db FILE] [--out FILE]
  jixiao schema            print the JSON Schema of the --json contract
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  if (!(name in COMMANDS)) {
    process.stderr.write(`jixiao: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return COMMANDS[name as CommandName](rest);
}
