/** One entry per sub-command; each lives in its own file and returns an exit code. */
export type Command = (argv: string[]) => Promise<number>;

const lazy = (load: () => Promise<{ run: Command }>): Command => async (argv) => (await load()).run(argv);

export const COMMANDS = {
  extract: lazy(() => import('./extract.js')),
  schema: lazy(() => import('./schema.js')),
  import: lazy(() => import('./import.js')),
  query: lazy(() => import('./query.js')),
  export: lazy(() => import('./export.js')),
  merge: lazy(() => import('./merge.js')),
  // issue 10: reviewers
  diff: lazy(() => import('./diff.js')),
  corrections: lazy(() => import('./corrections.js')),
  review: lazy(() => import('./review.js')),
} satisfies Record<string, Command>;
export type CommandName = keyof typeof COMMANDS;
