import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  hiddenCount,
  linkUrl,
  listItemLine,
  mdLink,
  moreLine,
  oneLine,
  paragraphs,
} from '../../../src/cards/markdown.js';

describe('escapeMarkdown', () => {
  it('backslash-escapes inline specials, the backslash first', () => {
    expect(escapeMarkdown('a*b_c`d[e]f~g\\h')).toBe('a\\*b\\_c\\`d\\[e\\]f\\~g\\\\h');
    expect(escapeMarkdown('**bold** and _it_')).toBe('\\*\\*bold\\*\\* and \\_it\\_');
    expect(escapeMarkdown('[click](https://evil.example)')).toBe(
      '\\[click\\](https://evil.example)',
    );
  });

  it('escapes block markers at the start of every line only', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('12. twelfth')).toBe('12\\. twelfth');
    expect(escapeMarkdown('3) third')).toBe('3\\) third');
    expect(escapeMarkdown('  - indented')).toBe('  \\- indented');
    expect(escapeMarkdown('ok\n- second\n# third')).toBe('ok\n\\- second\n\\# third');
    expect(escapeMarkdown('a - b # c > d 1. e')).toBe('a - b # c > d 1. e');
  });

  it('neutralises tag openers so <at> mentions and HTML cannot form', () => {
    const out = escapeMarkdown('hi <at>Bob</at> <b>x</b> <!-- c -->');
    expect(out).not.toContain('<');
    expect(out).toContain('‹at>Bob‹/at>');
    expect(escapeMarkdown('a < b and <3')).toBe('a < b and <3');
  });

  it('keeps entity references and Adaptive date functions literal', () => {
    expect(escapeMarkdown('Tom &amp; Jerry &#60;')).toBe('Tom \\&amp; Jerry \\&#60;');
    expect(escapeMarkdown('R&D')).toBe('R&D');
    expect(escapeMarkdown('{{DATE(2017-02-14T06:00:00Z, SHORT)}}')).not.toContain('{{DATE');
    expect(escapeMarkdown('{{ other }}')).toBe('{{ other }}');
  });

  it('normalises CRLF and leaves plain text alone', () => {
    expect(escapeMarkdown('a\r\nb\rc')).toBe('a\nb\nc');
    expect(escapeMarkdown('Plain words, 100% fine!')).toBe('Plain words, 100% fine!');
  });
});

describe('paragraphs', () => {
  it('turns every line break into the blank line Teams needs', () => {
    expect(paragraphs('a\nb')).toBe('a\n\nb');
    expect(paragraphs('a\r\nb\rc')).toBe('a\n\nb\n\nc');
    expect(paragraphs('a\n\n\n \nb')).toBe('a\n\nb');
    expect(paragraphs('single')).toBe('single');
  });
});

describe('oneLine', () => {
  it('folds line breaks into single spaces', () => {
    expect(oneLine('  a \n b\r\n\nc  ')).toBe('a b c');
  });
});

describe('linkUrl and mdLink', () => {
  it('links http(s) URLs with escaped text', () => {
    expect(mdLink('Fix *it*', 'https://x.example/p')).toBe('[Fix \\*it\\*](https://x.example/p)');
    expect(mdLink('a]b', 'http://x.example/')).toBe('[a\\]b](http://x.example/)');
  });

  it('percent-encodes parentheses, spaces and line breaks in the URL', () => {
    expect(mdLink('t', 'https://x.example/a b(c)')).toBe('[t](https://x.example/a%20b%28c%29)');
    expect(linkUrl('https://x.example/a\nb\tc<d>')).toBe('https://x.example/a%0Ab%09c%3Cd%3E');
  });

  it('never makes a link of javascript:, data: or other schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://x.example/',
      '//x.example/',
      'https://',
    ]) {
      expect(linkUrl(url)).toBeUndefined();
      const out = mdLink('click me', url);
      expect(out).toBe('click me');
      expect(out).not.toContain('](');
    }
  });

  it('can insist on https for buttons', () => {
    expect(linkUrl('http://x.example/', { httpsOnly: true })).toBeUndefined();
    expect(linkUrl('https://x.example/', { httpsOnly: true })).toBe('https://x.example/');
    expect(linkUrl(undefined)).toBeUndefined();
  });

  it('shows the URL when the link text is empty', () => {
    expect(mdLink('', 'https://x.example/')).toBe('[https://x.example/](https://x.example/)');
  });
});

describe('list lines', () => {
  it('renders code, linked text and detail', () => {
    expect(
      listItemLine({
        code: 'abc1234',
        text: 'Fix *x*',
        url: 'https://x.example/c',
        detail: 'bob_b',
      }),
    ).toBe('`abc1234` [Fix \\*x\\*](https://x.example/c) — bob\\_b');
    expect(listItemLine({ text: 'plain' })).toBe('plain');
    expect(listItemLine({ code: 'a`b', text: 'x' })).toBe('`ab` x');
  });

  it('counts hidden entries from the real total', () => {
    const items = [{ text: 'a' }, { text: 'b' }];
    expect(hiddenCount({ label: 'commits', items, total: 7 })).toBe(5);
    expect(hiddenCount({ label: 'commits', items, total: 1 })).toBe(0);
    expect(moreLine({ label: 'commits', items, total: 2 })).toBeUndefined();
    expect(moreLine({ label: 'commits', items, total: 7, moreUrl: 'https://x.example/all' })).toBe(
      '[… and 5 more commits](https://x.example/all)',
    );
    expect(moreLine({ label: 'alerts', items, total: 3 })).toBe('… and 1 more alerts');
  });
});
