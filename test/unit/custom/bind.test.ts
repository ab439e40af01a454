import { describe, expect, it } from 'vitest';
import {
  BIND_LIMITS,
  WORK_LIMITS,
  bindTemplate,
  boundedData,
} from '../../../src/connectors/custom/bind.js';
import { readPointer } from '../../../src/connectors/custom/locate.js';
import { prepareTemplate } from '../../../src/connectors/custom/template.js';

/** A card template of one TextBlock per given text, prepared as on upload. */
function prepared(body: unknown[]) {
  const result = prepareTemplate({ type: 'AdaptiveCard', version: '1.4', body }, [
    'templates',
    '*',
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.template;
}

function problemsOf(text: string): string[] {
  const result = prepareTemplate(
    { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text }] },
    ['templates', '*'],
  );
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

const bindText = (text: string, payload: unknown) => {
  const result = bindTemplate(prepared([{ type: 'TextBlock', text }]), payload, { event: 'e' });
  if (!result.ok) throw new Error(result.reason);
  return (result.value as { body: Array<{ text: unknown }> }).body[0]!.text;
};

describe('templates are data, never code', () => {
  it('refuses calls into JavaScript, by name, at the JSON path', () => {
    expect(problemsOf("${constructor.constructor('return process')()}")).toEqual([
      expect.stringMatching(
        /^templates\["\*"\]\.body\[0\]\.text: function 'constructor\.constructor/,
      ),
    ]);
    for (const call of [
      "${eval('1')}",
      "${Function('return 1')}",
      "${require('fs')}",
      '${process.exit()}',
    ]) {
      expect(problemsOf(call).join(), call).toMatch(/is not allowed|does not parse/);
    }
  });

  it('refuses functions that change data, read the clock or have unbounded work', () => {
    for (const fn of [
      "setProperty($root, 'a', 1)",
      "addProperty($root, '__proto__', 1)",
      'range(0, 100000000)',
      "replace(a, 'x', a)",
      "isMatch(a, '(a+)+$')",
      "json('{}')",
      "jPath($root, '$..a')",
      'utcNow()',
      'rand(1, 2)',
      'newGuid()',
      'foreach(items, x, x)',
      'where(items, x, true)',
    ]) {
      const name = fn.slice(0, fn.indexOf('('));
      expect(problemsOf(`\${${fn}}`), fn).toContainEqual(
        expect.stringContaining(`function '${name}' is not allowed`),
      );
    }
  });

  it('finds nothing JavaScript objects inherit: constructor, __proto__, prototype stay unresolved', () => {
    const payload = { a: { b: 'own' }, s: 'text' };
    for (const text of [
      '${constructor}',
      '${a.constructor}',
      '${a.__proto__}',
      '${s.constructor.name}',
      "${getProperty($root, 'constructor')}",
      "${getProperty(a, '__proto__')}",
      '${toString}',
      '${$root.hasOwnProperty}',
    ]) {
      const out = JSON.stringify(bindText(text, payload));
      expect(out, text).not.toMatch(/function|native code|Object\]/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a payload\'s own "__proto__" a plain key, and pollutes nothing', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": "yes"}, "n": 1}');
    const copy = boundedData(payload) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    bindText('${n}', payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses computed and "__proto__" property names in templates', () => {
    const result = prepareTemplate(
      {
        type: 'AdaptiveCard',
        version: '1.4',
        body: [JSON.parse('{"type":"TextBlock","__proto__":{"x":1},"text":"a"}')],
      },
      ['templates', '*'],
    );
    expect(result.ok).toBe(false);
  });
});

describe('JSON pointers read own properties only', () => {
  it('reads paths, escapes and array indexes', () => {
    const body = { a: { 'b/c': [{ '~d': 1 }] } };
    expect(readPointer(body, '/a/b~1c/0/~0d')).toBe(1);
    expect(readPointer(body, '')).toBe(body);
    expect(readPointer(body, '/a/b~1c/01')).toBeUndefined();
  });

  it('finds nothing inherited', () => {
    for (const pointer of [
      '/__proto__',
      '/constructor',
      '/toString',
      '/a/constructor/name',
      '/a/__proto__/hasOwnProperty',
    ]) {
      expect(readPointer({ a: {} }, pointer), pointer).toBeUndefined();
    }
    expect(readPointer(JSON.parse('{"__proto__": "own"}'), '/__proto__')).toBe('own');
  });
});

describe("a binding's work is bounded", () => {
  const items = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      i,
      children: Array.from({ length: n }, (_, j) => ({ j })),
    }));

  it('cuts the data: long strings, long arrays, deep nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { d: deep };
    const copy = boundedData({
      s: 'x'.repeat(100_000),
      list: Array.from({ length: 10_000 }, (_, i) => i),
      deep,
    }) as any;
    expect(copy.s).toHaveLength(BIND_LIMITS.stringChars);
    expect(copy.list).toHaveLength(BIND_LIMITS.arrayItems);
    expect(JSON.stringify(copy.deep)).not.toContain('bottom');
  });

  it('stops a $data repetition that would explode, after a bounded number of steps', () => {
    // 50 × 50 × 50 rows: 125 000 elements if let run.
    const template = prepared([
      {
        type: 'Container',
        $data: '${items}',
        items: [
          {
            type: 'Container',
            $data: '${$root.items}',
            items: [{ type: 'TextBlock', $data: '${$root.items}', text: '${i}' }],
          },
        ],
      },
    ]);
    const result = bindTemplate(template, { items: items(50) }, { event: 'e' });
    expect(result).toEqual({
      ok: false,
      reason: `expanding it takes more than ${WORK_LIMITS.nodes} steps`,
    });
    // The engine was stopped at the bound, not after the 125 000 elements.
    expect(template.meter.nodes).toBe(WORK_LIMITS.nodes + 1);
  });

  it('stops expressions whose intermediate results grow, even when what they show is short', () => {
    const costly = `\${length(concat(${Array(40).fill('string($root)').join(', ')}))}`;
    const template = prepared([{ type: 'TextBlock', $data: '${items}', text: costly }]);
    const result = bindTemplate(
      template,
      { items: items(50), pad: 'p'.repeat(2000) },
      { event: 'e' },
    );
    expect(result).toEqual({
      ok: false,
      reason: `its expressions make more than ${WORK_LIMITS.produced} characters`,
    });
    expect(template.meter.produced).toBeLessThan(WORK_LIMITS.produced + 200_000);
  });

  it('meters every binding afresh', () => {
    const template = prepared([{ type: 'TextBlock', text: '${n}' }]);
    for (let i = 0; i < 3; i++)
      expect(bindTemplate(template, { n: i }, { event: 'e' }).ok).toBe(true);
    expect(template.meter.nodes).toBeLessThan(10);
  });

  it('stops a template whose text would grow past the output bound', () => {
    const template = prepared([
      { type: 'TextBlock', $data: '${items}', text: '${string($root)}${string($root)}' },
    ]);
    const payload = { items: items(50), pad: 'p'.repeat(2000) };
    const result = bindTemplate(template, payload, { event: 'e' });
    expect(result).toEqual({
      ok: false,
      reason: `it makes more than ${WORK_LIMITS.outputChars} characters of text`,
    });
  });

  it('binds an ordinary repetition in full', () => {
    const template = prepared([{ type: 'TextBlock', $data: '${items}', text: 'item ${i}' }]);
    const result = bindTemplate(template, { items: items(3) }, { event: 'e' });
    expect(result.ok && (result.value as any).body.map((b: any) => b.text)).toEqual([
      'item 0',
      'item 1',
      'item 2',
    ]);
  });
});
