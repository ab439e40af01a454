export { compileDefinition, type CompileResult } from './compile.js';
export {
  definitionSchema,
  DEFINITION_LIMITS,
  FALLBACK,
  TYPE_ID,
  type CustomDefinition,
} from './definition.js';
export { customRequest, eventsOf, TEMPLATE_PROBLEM } from './sender.js';
export type { Problem } from './path.js';
