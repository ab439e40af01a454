/**
 * A card template checked and prepared once, when its definition is uploaded (or read back):
 * its shape is an Adaptive Card 1.4, its nesting is bounded, and every `${...}` parses and
 * calls only allowed functions. Parsing is adaptivecards-templating's own, so what passes
 * here is exactly what it will evaluate.
 */
import * as AEL from 'adaptive-expressions';
import * as ACT from 'adaptivecards-templating/lib/template-engine.js';
import { DEFINITION_LIMITS } from './definition.js';
import { cardShapeProblems } from './card-shape.js';
import { expressionProblems } from './expressions.js';
import { Meter } from './meter.js';
import type { PathPart, Problem } from './path.js';
import { showPath } from './path.js';

/** A template ready to bind: the engine's own, with every expression node metered. */
export interface PreparedTemplate {
  engine: ACT.Template;
  meter: Meter;
}

interface Evaluator {
  tryEvaluate(
    expression: unknown,
    state: unknown,
    options: unknown,
  ): { value: unknown; error: unknown };
}

/**
 * Puts `meter` in front of every node of `expression`. Each node keeps its own evaluator as
 * the prototype of the metered one (so its type and return type read the same); the shared
 * evaluators of the library are left alone.
 */
function metered(expression: AEL.Expression, meter: Meter): void {
  const stack: AEL.Expression[] = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const original = node.evaluator as unknown as Evaluator;
    const wrapped = Object.create(original, {
      tryEvaluate: {
        value: (expr: unknown, state: unknown, options: unknown) => {
          meter.evaluation();
          const result = original.tryEvaluate(expr, state, options);
          meter.made(result.value);
          return result;
        },
      },
    }) as Evaluator;
    (node as { evaluator: unknown }).evaluator = wrapped;
    stack.push(...node.children);
  }
}

/** Every expression of the engine's prepared payload (a private field, checked to be there). */
function meterAll(engine: ACT.Template, meter: Meter): void {
  const prepared = (engine as unknown as { _preparedPayload?: unknown })._preparedPayload;
  if (prepared === undefined)
    throw new Error('adaptivecards-templating: prepared payload not found');
  const stack: unknown[] = [prepared];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value instanceof AEL.Expression) metered(value, meter);
    else if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (typeof value === 'object' && value !== null) {
      stack.push(...(Object.values(value) as unknown[]));
    }
  }
}

export type TemplateResult =
  { ok: true; template: PreparedTemplate } | { ok: false; problems: Problem[] };

/** Depth, expression length and expression checks over the raw template. */
function walk(value: unknown, path: PathPart[], depth: number, problems: Problem[]): void {
  if (problems.length >= 20) return;
  if (depth > DEFINITION_LIMITS.depth) {
    problems.push({
      path: showPath(path),
      message: `nested deeper than ${DEFINITION_LIMITS.depth} levels`,
    });
    return;
  }
  if (typeof value === 'string') {
    if (!value.includes('${')) return;
    if (value.length > DEFINITION_LIMITS.expressionChars) {
      problems.push({
        path: showPath(path),
        message: `an expression string longer than ${DEFINITION_LIMITS.expressionChars} characters`,
      });
      return;
    }
    let parsed: ReturnType<typeof ACT.Template.parseInterpolatedString>;
    try {
      parsed = ACT.Template.parseInterpolatedString(value);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      problems.push({
        path: showPath(path),
        message: `expression does not parse: ${reason.slice(0, 200)}`,
      });
      return;
    }
    if (typeof parsed === 'string') return;
    for (const message of expressionProblems(parsed))
      problems.push({ path: showPath(path), message });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], depth + 1, problems));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '__proto__' || key.includes('${')) {
        problems.push({
          path: showPath([...path, key]),
          message: 'property names cannot be computed or be "__proto__"',
        });
        continue;
      }
      walk(child, [...path, key], depth + 1, problems);
    }
  }
}

export function prepareTemplate(value: unknown, path: readonly PathPart[]): TemplateResult {
  const problems: Problem[] = [];
  walk(value, [...path], 0, problems);
  if (problems.length === 0) problems.push(...cardShapeProblems(value, 'template', path));
  if (problems.length > 0) return { ok: false, problems };
  try {
    const engine = new ACT.Template(value);
    const meter = new Meter();
    meterAll(engine, meter);
    return { ok: true, template: { engine, meter } };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problems: [
        { path: showPath(path), message: `template does not parse: ${reason.slice(0, 200)}` },
      ],
    };
  }
}
