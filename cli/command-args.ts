import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from './closest.js';
import { say } from '../schemas/messages.js';

type NodeOptions = NonNullable<ParseArgsConfig['options']>;

/** What a string option accepts, checked after parsing so the message names the option and the allowed values. */
export type ValueRule =
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'integer'; readonly min: number };

export type OptionSpec =
  | { readonly type: 'boolean'; readonly short?: string; readonly default?: boolean }
  | { readonly type: 'string'; readonly short?: string; readonly default?: string; readonly rule?: ValueRule };

type Specs = Readonly<Record<string, OptionSpec>>;
const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;
type Config<O extends NodeOptions> = { args: string[]; allowPositionals: true; strict: true; options: O & typeof HELP };
export type ParsedArgs<O extends Specs> = ReturnType<typeof parseArgs<Config<O & NodeOptions>>>;

/** A usage problem: the message says what is wrong and what is allowed; the usage follows. */
export const usageError = (command: string, message: string): number => {
  process.stderr.write(`jixiao ${command}: ${message}\n${say('SEE_HELP', { command })}\n`);
  return 2;
};

/**
 * `--sql "-- a comment …"`, `--out -x.csv`: a value that starts with `-` is still the value of
 * the string option before it (Node's parser refuses it as ambiguous), unless it is itself one
 * of the command's options. Written as `--name=value`, which the parser takes as it is.
 */
function joinDashValues(argv: readonly string[], specs: Specs): string[] {
  const known = new Set(Object.keys(specs).map((n) => `--${n}`).concat(['--help', '-h']));
  for (const spec of Object.values(specs)) if (spec.short) known.add(`-${spec.short}`);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { out.push(...argv.slice(i)); break; }
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    const next = argv[i + 1];
    if (name !== null && specs[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !known.has(next.split('=')[0]!)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** The first option the command does not know, with the nearest known name. */
function unknownOption(argv: readonly string[], specs: Specs): string | null {
  const names = [...Object.keys(specs), 'help'];
  const shorts = new Set(Object.values(specs).flatMap((s) => (s.short ? [s.short] : [])).concat('h'));
  for (const arg of argv) {
    if (arg === '--') return null;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!;
      if (!names.includes(name)) {
        const near = closest(name, names);
        return say('UNKNOWN_OPTION', { option: `--${name}`, suggestion: near ? `--${near}` : null });
      }
    } else if (/^-[^-\d]/.test(arg) && ![...arg.slice(1)].every((c) => shorts.has(c))) {
      return say('UNKNOWN_OPTION', { option: arg, suggestion: null });
    }
  }
  return null;
}

function checkRule(name: string, value: string, rule: ValueRule): string | null {
  if (rule.kind === 'choice') {
    if (rule.values.includes(value)) return null;
    const near = closest(value, rule.values);
    return say('BAD_CHOICE', { option: `--${name}`, value, allowed: rule.values.join(', '), suggestion: near });
  }
  const n = Number(value);
  return /^\s*-?\d+\s*$/.test(value) && Number.isSafeInteger(n) && n >= rule.min ? null : say('BAD_INTEGER', { option: `--${name}`, value, min: rule.min });
}

/**
 * Every sub-command's arguments the same way: `--help`/`-h` prints the usage (exit 0); an
 * unknown option (with the nearest known name), a malformed one or a value outside what the
 * option accepts prints exactly what is wrong (exit 2). Returns the parsed arguments, or the
 * exit code when the command should stop here.
 */
export function commandArgs<O extends Specs>(command: string, argv: string[], specs: O, usage: string): ParsedArgs<O> | number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  const args = joinDashValues(argv, specs);
  const unknown = unknownOption(args, specs);
  if (unknown) return usageError(command, unknown);
  const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => {
    const { rule: _rule, ...node } = spec as OptionSpec & { rule?: ValueRule };
    return [name, node];
  })) as unknown as O & NodeOptions;
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs<Config<O & NodeOptions>>({ args, allowPositionals: true, strict: true, options: { ...options, ...HELP } });
  } catch (error) {
    return usageError(command, (error as Error).message.split('. ')[0]!);
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = (parsed.values as Record<string, unknown>)[name];
    if (spec.type === 'string' && spec.rule && typeof value === 'string') {
      const problem = checkRule(name, value, spec.rule);
      if (problem) return usageError(command, problem);
    }
  }
  return parsed;
}
