/**
 * Checking a definition as a whole and building its sender: the size bound, the fallback
 * template, every template prepared, and every sample it brings bound to its template and
 * checked to make a valid card. Pure; problems name the JSON path they are at.
 */
import type { Sender } from '../types.js';
import { DEFINITION_LIMITS, FALLBACK, type CustomDefinition } from './definition.js';
import { locate } from './locate.js';
import { showPath, type Problem } from './path.js';
import { customRequest, customSender, templated } from './sender.js';
import { prepareTemplate, type PreparedTemplate } from './template.js';

export type CompileResult = { ok: true; sender: Sender } | { ok: false; problems: Problem[] };

export function compileDefinition(def: CustomDefinition): CompileResult {
  const problems: Problem[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(def));
  if (bytes > DEFINITION_LIMITS.bytes) {
    problems.push({
      path: showPath([]),
      message: `the definition is ${bytes} bytes; the limit is ${DEFINITION_LIMITS.bytes}`,
    });
    return { ok: false, problems };
  }
  const names = Object.keys(def.templates);
  if (names.length > DEFINITION_LIMITS.templates) {
    problems.push({
      path: 'templates',
      message: `${names.length} templates; the limit is ${DEFINITION_LIMITS.templates}`,
    });
  }
  if (!Object.hasOwn(def.templates, FALLBACK)) {
    problems.push({
      path: 'templates',
      message: `a fallback template under "${FALLBACK}" is required: it makes the card of every event without its own template`,
    });
  }
  const templates = new Map<string, PreparedTemplate>();
  for (const name of names) {
    const prepared = prepareTemplate(def.templates[name], ['templates', name]);
    if (prepared.ok) templates.set(name, prepared.template);
    else problems.push(...prepared.problems);
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };

  (def.samples ?? []).forEach((sample, i) => {
    const at = ['samples', i] as const;
    const sampleBytes = Buffer.byteLength(JSON.stringify(sample.payload ?? null));
    if (sampleBytes > DEFINITION_LIMITS.sampleBytes) {
      problems.push({
        path: showPath([...at, 'payload']),
        message: `${sampleBytes} bytes; a sample may have ${DEFINITION_LIMITS.sampleBytes}`,
      });
      return;
    }
    if (
      typeof sample.payload !== 'object' ||
      sample.payload === null ||
      Array.isArray(sample.payload)
    ) {
      problems.push({
        path: showPath([...at, 'payload']),
        message: 'expected a JSON object, as the sender posts',
      });
      return;
    }
    const request = customRequest(def, sample.event, sample.payload, sample.headers ?? {});
    const found = locate(def.eventType, request.headers, sample.payload, 100);
    if (found !== sample.event) {
      problems.push({
        path: showPath([...at, 'event']),
        message: `the sample's event name is ${JSON.stringify(found ?? null)} where eventType looks, not ${JSON.stringify(sample.event)}`,
      });
      return;
    }
    const made = templated(def, templates, sample.event, sample.payload);
    if (made.problem) {
      const name = templates.has(sample.event) ? sample.event : FALLBACK;
      problems.push({
        path: showPath([...at]),
        message: `with templates[${JSON.stringify(name)}]: ${made.problem}`,
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return { ok: true, sender: customSender(def, templates) };
}
