/**
 * Globs for `jixiao import 'archive/**\/*.pdf'` when the shell did not expand them
 * (quoted arguments, Windows). Supports `*`, `?`, `**`, `[abc]`, `{a,b}`; `/` separates segments.
 */
const GLOB_CHARS = /[*?[{]/;

export const isGlob = (arg: string): boolean => GLOB_CHARS.test(arg);

export interface GlobParts {
  /** the directory to walk: the segments before the first one with a glob character */
  readonly base: string;
  /** the pattern for paths relative to `base` */
  readonly pattern: string;
}

export function splitGlob(glob: string): GlobParts {
  const segments = glob.replace(/\\/g, '/').split('/');
  const first = segments.findIndex((s) => isGlob(s));
  const baseSegments = segments.slice(0, first);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, pattern: segments.slice(first).join('/') };
}

/** A glob (relative path pattern) → a RegExp matching whole `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` matches everything below
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = end;
      }
    } else if (c === '{') { re += '(?:'; braces++; }
    else if (c === '}' && braces > 0) { re += ')'; braces--; }
    else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
