import { describe, expect, it } from 'vitest';
import { stripMarkup } from '../../normalizers/strip-markup.js';

describe('stripMarkup', () => {
  it('removes paragraph and break tags', () => {
    expect(stripMarkup('<p>为深入贯彻落实</p>')).toBe('为深入贯彻落实');
    expect(stripMarkup('第一行<br>第二行<br/>第三行<br />第四行')).toBe('第一行第二行第三行第四行');
  });

  it('is case-insensitive and tolerates attributes', () => {
    expect(stripMarkup('<P>甲</P><BR><Br/><p class="x" style="a:b">乙</p>')).toBe('甲乙');
  });

  it('turns &nbsp; into a space', () => {
    expect(stripMarkup('完成率&nbsp;100%')).toBe('完成率 100%');
    expect(stripMarkup('a&NBSP;b')).toBe('a b');
  });

  it('keeps other tags, comparators and text that only looks like markup', () => {
    expect(stripMarkup('<pre>x</pre><param><b>y</b>')).toBe('<pre>x</pre><param><b>y</b>');
    expect(stripMarkup('满意度<90% 或 >=95%')).toBe('满意度<90% 或 >=95%');
    expect(stripMarkup('&amp; &nbsp')).toBe('&amp; &nbsp');
    expect(stripMarkup('')).toBe('');
  });
});
