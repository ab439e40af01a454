import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  hiddenCount,
  italic,
  linkUrl,
  listItemLine,
  mdLink,
  moreLine,
  oneLine,
  paragraphs,
} from '../../../src/cards/markdown.js';

/** The zero-width space that breaks a construct without showing; "‹" is the '<' lookalike. */
const Z = '\u200B';

describe('escapeMarkdown leaves text that Markdown would not format as written', () => {
  it.each([
    '0.0.1',
    'in_progress',
    'snake_case_name',
    'v1.2.3',
    'v1.2.3-beta',
    'C#',
    'a * b',
    '50% off',
    '1.5x faster',
    'file.test.ts',
    '@user',
    'issue #12',
    '#hashtag',
    'https://x.example/a_b_c/_next/static',
    'a - b # c > d 1. e + f',
    'Plain words, 100% fine!',
    'R&D',
    'a < b and <3',
    '{{ other }}',
    'foo\\bar C:\\Users',
    '[just brackets] and (parens)',
    '####### seven is not a heading',
    '===',
    '--',
  ])('%s', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('leaves a delimiter alone when nothing in the paragraph could pair with it', () => {
    for (const text of ['a*b', '5* rating', '*args, **kwargs', 'foo_', '_private', '~/a and ~/b']) {
      expect(escapeMarkdown(text)).toBe(text);
    }
    expect(escapeMarkdown('one ` tick')).toBe('one ` tick');
    // Backtick runs of different lengths never pair.
    expect(escapeMarkdown('`a ``')).toBe('`a ``');
    // Paragraphs are separate: emphasis cannot pair across a blank line.
    expect(escapeMarkdown('a *b\n\nc* d')).toBe('a *b\n\nc* d');
  });
});

describe('escapeMarkdown keeps Markdown inert', () => {
  it('backslash-escapes emphasis and strike-through that could pair, on both sides', () => {
    expect(escapeMarkdown('*bold*')).toBe('\\*bold\\*');
    expect(escapeMarkdown('**x**')).toBe('\\*\\*x\\*\\*');
    expect(escapeMarkdown('_it_')).toBe('\\_it\\_');
    expect(escapeMarkdown('__init__')).toBe('\\_\\_init\\_\\_');
    expect(escapeMarkdown('2*3*4')).toBe('2\\*3\\*4');
    expect(escapeMarkdown('~~gone~~')).toBe('\\~\\~gone\\~\\~');
    expect(escapeMarkdown('**bold** and _it_ in snake_case')).toBe(
      '\\*\\*bold\\*\\* and \\_it\\_ in snake_case',
    );
    // Lines of one paragraph pair with each other.
    expect(escapeMarkdown('a *b\nc* d')).toBe('a \\*b\nc\\* d');
  });

  it('escapes every backtick once two runs could make a code span', () => {
    expect(escapeMarkdown('Fix `foo` now')).toBe('Fix \\`foo\\` now');
    // An escaped backtick still closes a span an unescaped one opened, so the lone one goes too.
    expect(escapeMarkdown('`a ``b``')).toBe('\\`a \\`\\`b\\`\\`');
  });

  it('breaks links, reference links and link definitions with a zero-width space', () => {
    expect(escapeMarkdown('[a](http://x)')).toBe(`[a]${Z}(http://x)`);
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe(`[click]${Z}(javascript:alert(1))`);
    expect(escapeMarkdown('![img](https://x/y.png)')).toBe(`![img]${Z}(https://x/y.png)`);
    expect(escapeMarkdown('see [x][y]')).toBe(`see [x]${Z}[y]`);
    expect(escapeMarkdown('[x]: https://evil.example')).toBe(`[x]${Z}: https://evil.example`);
  });

  it('keeps a backslash literal where it would escape or break a line', () => {
    expect(escapeMarkdown('a\\*b')).toBe(`a\\${Z}*b`);
    expect(escapeMarkdown('\\\\server\\share')).toBe(`\\${Z}\\server\\share`);
    expect(escapeMarkdown('end\\\nnext')).toBe(`end\\${Z}\nnext`);
  });

  it('breaks block markers at the start of a line only, and only when they form a block', () => {
    for (const line of [
      '# Heading',
      '###### h6',
      '#',
      '> quote',
      '- item',
      '+ item',
      '* item',
      '-',
      '1. item',
      '12. twelfth',
      '3) third',
      '---',
      '***',
      '___',
      '- - -',
      '```js',
      '~~~',
    ]) {
      expect(escapeMarkdown(line)).toBe(Z + line);
    }
    expect(escapeMarkdown('ok\n- second\n# third')).toBe(`ok\n${Z}- second\n${Z}# third`);
    // Under a line of text: setext underlines and table delimiter rows.
    expect(escapeMarkdown('Title\n===')).toBe(`Title\n${Z}===`);
    expect(escapeMarkdown('Title\n--')).toBe(`Title\n${Z}--`);
    expect(escapeMarkdown('a | b\n| --- | :-: |')).toBe(`a | b\n${Z}| --- | :-: |`);
  });

  it('drops indentation, which Markdown never shows and which would start a code block', () => {
    expect(escapeMarkdown('  - indented')).toBe(`${Z}- indented`);
    expect(escapeMarkdown('intro\n    code *x*')).toBe('intro\ncode \\*x\\*');
  });

  it('neutralises tag openers so <at> mentions, HTML and autolinks cannot form', () => {
    expect(escapeMarkdown('<at>x</at>')).toBe('‹at>x‹/at>');
    const out = escapeMarkdown('hi <at>Bob</at> <b>x</b> <!-- c --> <https://evil.example>');
    expect(out).not.toContain('<');
    expect(out).toContain('‹at>Bob‹/at>');
  });

  it('keeps entity references and Adaptive date functions literal', () => {
    expect(escapeMarkdown('Tom &amp; Jerry &#60; &#x3C;')).toBe(
      `Tom &${Z}amp; Jerry &${Z}#60; &${Z}#x3C;`,
    );
    expect(escapeMarkdown('{{DATE(2017-02-14T06:00:00Z, SHORT)}}')).not.toContain('{{DATE');
    expect(escapeMarkdown('{{time(2017-02-14T06:00:00Z)}}')).toBe(
      `{${Z}{time(2017-02-14T06:00:00Z)}}`,
    );
  });

  it('normalises line breaks', () => {
    expect(escapeMarkdown('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('invisible characters', () => {
  const hostile = 'a\u202Eb\u2066c\u2069d\u202Ae\u0000f\u0007g\u001Bh\u007Fi\u0085j\u009Fk';

  it('are stripped from escaped text and one-line values alike', () => {
    expect(escapeMarkdown(hostile)).toBe('abcdefghijk');
    expect(oneLine(hostile)).toBe('abcdefghijk');
    expect(mdLink(hostile, 'https://x.example/')).toBe('[abcdefghijk](https://x.example/)');
    expect(italic(hostile)).toBe('_abcdefghijk_');
  });

  it('keep line breaks, and tabs become spaces', () => {
    expect(escapeMarkdown('a\tb\nc')).toBe('a b\nc');
    expect(oneLine('a\tb\r\nc')).toBe('a b c');
  });

  it('are percent-encoded in URLs, and make a host invalid', () => {
    expect(linkUrl('https://x.example/a\u202Eb')).toBe('https://x.example/a%E2%80%AEb');
    expect(linkUrl('https://exa\u202Emple.com/')).toBeUndefined();
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

describe('italic', () => {
  it('wraps one line in underscores, escaping the ones inside', () => {
    expect(italic('Shortened.')).toBe('_Shortened._');
    expect(italic('snake_case and _x_')).toBe('_snake\\_case and \\_x\\__');
    expect(italic(' a\nb ')).toBe('_a b_');
    expect(italic('  ')).toBe('');
  });
});

describe('linkUrl and mdLink', () => {
  it('links http(s) URLs with minimally escaped text', () => {
    expect(mdLink('Fix *it*', 'https://x.example/p')).toBe('[Fix \\*it\\*](https://x.example/p)');
    expect(mdLink('in_progress 0.0.1', 'https://x.example/p')).toBe(
      '[in_progress 0.0.1](https://x.example/p)',
    );
    // Link text never starts a line, so block markers in it are plain text.
    expect(mdLink('# Release 1.0', 'https://x.example/p')).toBe(
      '[# Release 1.0](https://x.example/p)',
    );
  });

  it('lets brackets that pair stay, escapes the others, and never nests a link', () => {
    expect(mdLink('[WIP] Fix', 'https://x.example/')).toBe('[[WIP] Fix](https://x.example/)');
    expect(mdLink('a]b', 'http://x.example/')).toBe('[a\\]b](http://x.example/)');
    expect(mdLink('a [b', 'http://x.example/')).toBe('[a \\[b](http://x.example/)');
    expect(mdLink('see [x](https://evil.example)', 'https://x.example/')).toBe(
      `[see [x]${Z}(https://evil.example)](https://x.example/)`,
    );
  });

  it('escapes any backtick and a trailing backslash in link text', () => {
    // A backtick could pair with one after the link; a backslash would escape the ']'.
    expect(mdLink('a `b', 'https://x.example/')).toBe('[a \\`b](https://x.example/)');
    expect(mdLink('dir\\', 'https://x.example/')).toBe(`[dir\\${Z}](https://x.example/)`);
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
    expect(mdLink('\u202E', 'https://x.example/')).toBe('[https://x.example/](https://x.example/)');
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
    ).toBe('`abc1234` [Fix \\*x\\*](https://x.example/c) — bob_b');
    expect(listItemLine({ text: 'plain' })).toBe('plain');
    expect(listItemLine({ code: 'a`b', text: 'x' })).toBe('`ab` x');
  });

  it('escapes unlinked text and detail together, so emphasis cannot pair across them', () => {
    expect(listItemLine({ text: 'a *b', detail: 'c* d' })).toBe('a \\*b — c\\* d');
    expect(listItemLine({ code: 'abc', text: 'a *b', detail: 'c* d' })).toBe(
      '`abc` a \\*b — c\\* d',
    );
    // Inside link text emphasis cannot reach the detail, so neither needs a backslash.
    expect(listItemLine({ text: 'a *b', url: 'https://x.example/', detail: 'c* d' })).toBe(
      '[a *b](https://x.example/) — c* d',
    );
  });

  it('treats text after the code as mid-line, text without it as a line start', () => {
    expect(listItemLine({ code: 'abc', text: '- not a list' })).toBe('`abc` - not a list');
    expect(listItemLine({ text: '- not a list' })).toBe(`${Z}- not a list`);
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

describe('plain text, which is returned at once, and the characters that need work', () => {
  it.each([
    ['Fix the build on main', 'Fix the build on main'],
    ['See [docs](x)', `See [docs]${Z}(x)`],
    ['Use <b>bold</b>', 'Use ‹b>bold‹/b>'],
    ['Tom &amp; Jerry', `Tom &${Z}amp; Jerry`],
    ['Due {{DATE(2024-01-01)}}', `Due {${Z}{DATE(2024-01-01)}}`],
    ['Make it *loud* now', 'Make it \\*loud\\* now'],
    ['Tab\there', 'Tab here'],
    ['Hidden\u202Ebidi', 'Hiddenbidi'],
    ['Two\n# lines', `Two\n${Z}# lines`],
    ['# not a heading', `${Z}# not a heading`],
  ])('escapeMarkdown(%j)', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('oneLine trims a single line and joins several', () => {
    expect(oneLine('  one line  ')).toBe('one line');
    expect(oneLine(' one\r\n  two \n\n three ')).toBe('one two three');
    expect(oneLine('tab\tin\u0007it')).toBe('tab init');
  });
});
