/**
 * What a template's `${...}` may do. Adaptive Cards Templating evaluates its expressions with
 * adaptive-expressions, an interpreter of its own language (no `eval`, no `Function`): names
 * read the bound data, and calls go to a fixed table of functions. The table is cut down to
 * functions whose work is at most proportional to what they are given, that read no clock or
 * randomness, and that change nothing: `range` (arrays of any length), `replace` (output that
 * grows with the product of its inputs), `isMatch` (a regular expression can backtrack for
 * hours), `setProperty` and friends (they change the bound data in place), `json`, `xPath`,
 * `jPath` (parsers of their own), `utcNow`, `rand`, `newGuid` (a card must not depend on when
 * or where it was rendered) and the lambda functions `foreach`, `select`, `where`, `all`,
 * `any` (nested, they multiply). Repetition is what `$data` is for, and it is counted.
 */
import type * as AEL from 'adaptive-expressions';

/** Expression node kinds that are not function calls. */
const STRUCTURE = new Set(['Accessor', 'Element', 'Constant']);

/** Every function a template may call, by the name adaptive-expressions parses it to. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // logic and comparison
  'if',
  'and',
  'or',
  'not',
  '&&',
  '||',
  '!',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'equals',
  'greater',
  'greaterOrEquals',
  'less',
  'lessOrEquals',
  'coalesce',
  'exists',
  'empty',
  'isString',
  'isInteger',
  'isFloat',
  'isArray',
  'isObject',
  'isBoolean',
  'isDateTime',
  // arithmetic
  '+',
  '-',
  '*',
  '/',
  '%',
  'add',
  'sub',
  'mul',
  'div',
  'mod',
  'abs',
  'ceiling',
  'floor',
  'round',
  'max',
  'min',
  'sum',
  'average',
  // text
  'concat',
  '&',
  'length',
  'substring',
  'toLower',
  'toUpper',
  'trim',
  'titleCase',
  'sentenceCase',
  'startsWith',
  'endsWith',
  'contains',
  'indexOf',
  'lastIndexOf',
  'split',
  'join',
  'string',
  'int',
  'float',
  'bool',
  'formatNumber',
  'countWord',
  'addOrdinal',
  'EOL',
  'uriComponent',
  'uriHost',
  'uriPath',
  'uriPathAndQuery',
  'uriQuery',
  'uriScheme',
  'uriPort',
  // collections (linear, no callbacks)
  'count',
  'first',
  'last',
  'take',
  'skip',
  'subArray',
  'reverse',
  'unique',
  'flatten',
  'union',
  'intersection',
  'createArray',
  'sortBy',
  'sortByDescending',
  'getProperty',
  // dates (of a value given, never of now)
  'formatDateTime',
  'formatEpoch',
  'formatTicks',
  'addDays',
  'addHours',
  'addMinutes',
  'addSeconds',
  'dateTimeDiff',
  'dayOfMonth',
  'dayOfWeek',
  'dayOfYear',
  'month',
  'year',
  'date',
  'startOfDay',
  'startOfHour',
  'startOfMonth',
  'ticks',
  'convertFromUTC',
  'convertToUTC',
]);

/** Problems with one parsed expression: functions it may not call. */
export function expressionProblems(expression: AEL.Expression): string[] {
  const problems = new Set<string>();
  const stack: AEL.Expression[] = [expression];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    seen += 1;
    if (seen > 5000) {
      problems.add('the expression is too complex');
      break;
    }
    if (!STRUCTURE.has(node.type) && !ALLOWED_FUNCTIONS.has(node.type)) {
      problems.add(`function '${node.type}' is not allowed in templates`);
    }
    if (node.type === 'Constant' && typeof (node as AEL.Constant).value === 'string') {
      if (((node as AEL.Constant).value as string).includes('${')) {
        problems.add("an expression is not closed: '${' without its '}'");
      }
    }
    stack.push(...node.children);
  }
  return [...problems];
}
