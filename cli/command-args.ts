import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;
type Config<O extends Options> = { args: string[]; allowPositionals: true; strict: true; options: O & typeof HELP };

/**
 * Every sub-command's arguments the same way: `--help`/`-h` prints the usage (exit 0); an
 * unknown or malformed option prints the reason and the usage (exit 2). Returns the parsed
 * arguments, or the exit code when the command should stop here.
 */
export function commandArgs<O extends Options>(command: string, argv: string[], options: O, usage: string): ReturnType<typeof parseArgs<Config<O>>> | number {
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs<Config<O>>({ args: argv, allowPositionals: true, strict: true, options: { ...options, ...HELP } });
  } catch (error) {
    process.stderr.write(`jixiao ${command}: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(usage);
    return 0;
  }
  return parsed;
}
