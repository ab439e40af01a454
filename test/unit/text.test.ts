import { describe, expect, it } from 'vitest';
import { excerpt, firstLine, shortSha } from '../../src/core/text.js';

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
});
