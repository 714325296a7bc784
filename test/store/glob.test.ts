import { describe, expect, it } from 'vitest';
import { globToRegExp, isGlob, splitGlob } from '../../store/import/glob.js';

describe('glob', () => {
  it('splits the static folder from the pattern', () => {
    expect(splitGlob('archive/2022/*.txt')).toEqual({ base: 'archive/2022', pattern: '*.txt' });
    expect(splitGlob('**/*.pdf')).toEqual({ base: '.', pattern: '**/*.pdf' });
    expect(splitGlob('/data/a*/x.txt')).toEqual({ base: '/data', pattern: 'a*/x.txt' });
    expect(isGlob('plain/path.txt')).toBe(false);
  });

  it('matches * within one segment and ** across segments', () => {
    const star = globToRegExp('*.txt');
    expect(star.test('a.txt')).toBe(true);
    expect(star.test('sub/a.txt')).toBe(false);
    const deep = globToRegExp('**/*.txt');
    for (const p of ['a.txt', 'x/a.txt', 'x/y/z/a.txt']) expect(deep.test(p), p).toBe(true);
    expect(deep.test('x/a.pdf')).toBe(false);
  });

  it('supports ?, classes, negated classes and alternatives, and escapes regex characters', () => {
    expect(globToRegExp('doc?.txt').test('doc1.txt')).toBe(true);
    expect(globToRegExp('doc?.txt').test('doc12.txt')).toBe(false);
    expect(globToRegExp('[ab]*.txt').test('b1.txt')).toBe(true);
    expect(globToRegExp('[!ab]*.txt').test('b1.txt')).toBe(false);
    expect(globToRegExp('*.{pdf,txt}').test('x.pdf')).toBe(true);
    expect(globToRegExp('*.{pdf,txt}').test('x.doc')).toBe(false);
    expect(globToRegExp('a+b(1).txt').test('a+b(1).txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });
});
