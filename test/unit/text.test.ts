import { describe, expect, it } from 'vitest';
import { excerpt, firstLine, shortSha, visibleText } from '../../src/core/text.js';

describe('text helpers', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(excerpt('hello world', 5)).toBe('hell…');
    expect(excerpt('hi', 5)).toBe('hi');
    expect(excerpt('   ', 5)).toBeUndefined();
    expect(excerpt(null, 5)).toBeUndefined();
  });
  it('never splits a surrogate pair', () => {
    expect(excerpt('😀😀😀😀', 3)).toBe('😀😀…');
  });
  it('takes the first line and short shas', () => {
    expect(firstLine('subject\r\nbody')).toBe('subject');
    expect(shortSha('abcdef1234567')).toBe('abcdef1');
  });
  it('keeps only what is shown: no controls, bidi overrides or isolates', () => {
    expect(visibleText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(visibleText('a\tb\vc\fd')).toBe('a b c d');
    expect(visibleText('x\u0000\u0008\u000E\u001F\u007F\u0080\u0085\u009Fy')).toBe('xy');
    expect(visibleText('\u202A\u202B\u202C\u202D\u202Eab\u2066\u2067\u2068\u2069')).toBe('ab');
    // Marks and spaces that cannot reorder or hide text are left alone.
    expect(visibleText('a\u200Bb\u200Ec\u00A0d é 😀')).toBe('a\u200Bb\u200Ec\u00A0d é 😀');
  });
});
