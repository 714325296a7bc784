import { COMMANDS, type CommandName } from './commands.js';

const USAGE = `jixiao — budget performance-evaluation tables → validated records

Usage:
  jixiao extract FILE... [--json]                  tables of each file: a summary, or the JSON contract
  jixiao import PATH... [--db FILE] [--jobs N] [--force] [--dry-run] [--json]
                                                   files, folders, globs → SQLite (default jixiao.sqlite)
  jixiao query REPORT [ARG] [--db FILE] [--csv|--json] [--limit N]
  jixiao query --sql "SELECT …" [--db FILE] [--csv|--json]
  jixiao export --format csv|jsonl|xlsx [--entity NAME] [--db FILE] [--out FILE]
  jixiao schema                                    the JSON Schema of the --json contract
  jixiao diff A B [--json]                         two extractions (JSON, JSONL or database) compared
  jixiao corrections export|import FILE [--db FILE]  reviewers' corrections between databases
  jixiao review FILE...|--db FILE --out DIR | --db FILE --serve [--port N]
                                                   the original beside the record; corrections, verified marks

Run a command without arguments (or with --help) for its own options.
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
