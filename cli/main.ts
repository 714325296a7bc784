import { COMMANDS, type CommandName } from './commands.js';
import { closest } from './closest.js';
import { LANGUAGES, say, setLanguage, type Language } from '../schemas/messages.js';
import { toolVersion } from '../store/tool-version.js';

const USAGE = `jixiao — budget performance-evaluation tables → validated records

Usage:
  jixiao extract FILE... [--json]                  tables of each file: a summary, or the JSON contract
  jixiao import PATH... [--db FILE] [--jobs N] [--shard I/N] [--force] [--dry-run] [--json] [--ascii]
                                                   files, folders, globs → SQLite (default jixiao.sqlite)
  jixiao query REPORT [ARG] [--db FILE] [--csv|--json] [--limit N]
  jixiao query --sql "SELECT …" | --sql-file FILE | --sql - [--db FILE] [--csv|--json]
  jixiao export --format csv|jsonl|xlsx [--entity NAME] [--db FILE] [--out FILE] [--headers en|zh] [--raw]
  jixiao merge SOURCE.sqlite... --db TARGET.sqlite  databases imported elsewhere (shards) → one
  jixiao schema                                    the JSON Schema of the --json contract
  jixiao diff A B [--json]                         two extractions (JSON, JSONL or database) compared
  jixiao corrections export|import FILE [--db FILE]  reviewers' corrections between databases
  jixiao review FILE...|--db FILE --out DIR | --db FILE --serve [--port N]
                                                   the original beside the record; corrections, verified marks

  jixiao help COMMAND, jixiao COMMAND --help       a command's own options
  --lang en|zh                                     language of messages (default: from LANG / LC_ALL)
  --version                                        the version
`;

/** `--lang zh` may stand anywhere on the command line; it is taken out before the command parses. */
function takeLanguage(argv: string[]): { argv: string[]; error: string | null } {
  const rest: string[] = [];
  let error: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value === null) { rest.push(arg); continue; }
    if ((LANGUAGES as readonly string[]).includes(value ?? '')) setLanguage(value as Language);
    else error = say('BAD_CHOICE', { option: '--lang', value: value ?? '', allowed: LANGUAGES.join(', '), suggestion: null });
  }
  return { argv: rest, error };
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

export async function main(argvIn: string[]): Promise<number> {
  const { argv, error } = takeLanguage(argvIn);
  if (error) {
    process.stderr.write(`jixiao: ${error}\n`);
    return 2;
  }
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`jixiao ${toolVersion()}\n`);
    return 0;
  }
  if (name === 'help' && rest[0] !== undefined) {
    // `jixiao help import` is `jixiao import --help`
    return isCommand(rest[0]) ? COMMANDS[rest[0]](['--help']) : unknownCommand(rest[0]);
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? process.stdout : process.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  if (!isCommand(name)) return unknownCommand(name);
  return COMMANDS[name](rest);
}

function unknownCommand(name: string): number {
  const suggestion = closest(name, Object.keys(COMMANDS));
  process.stderr.write(`jixiao: ${say('UNKNOWN_COMMAND', { command: name, suggestion })}\n\n${USAGE}`);
  return 2;
}
