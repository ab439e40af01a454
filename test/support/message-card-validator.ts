/**
 * Checks a legacy MessageCard against what Teams' O365 connectors accept (TEAMS.md): the
 * type and context, a summary or text (else 400 "Summary or Text is required."), a 6-digit
 * theme colour, at most 10 sections of at most 5 actions, facts as {name, value}, and only
 * link actions on a webhook. Returns a list of problems; empty means fine.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

function checkActions(actions: unknown, path: string, out: string[]): void {
  if (actions === undefined) return;
  if (!Array.isArray(actions)) {
    out.push(`${path}: expected an array`);
    return;
  }
  if (actions.length > 5) out.push(`${path}: ${actions.length} actions; Teams shows at most 5`);
  actions.forEach((a, i) => {
    if (!isObject(a) || a['@type'] !== 'OpenUri') {
      out.push(`${path}[${i}]: only OpenUri links belong on a webhook card`);
      return;
    }
    if (!nonEmpty(a.name)) out.push(`${path}[${i}].name: empty`);
    const targets = a.targets;
    const uri = Array.isArray(targets) && isObject(targets[0]) ? targets[0].uri : undefined;
    if (typeof uri !== 'string' || !/^https:\/\//.test(uri)) {
      out.push(`${path}[${i}].targets[0].uri: expected an https URL`);
    }
  });
}

export function validateMessageCard(card: unknown): string[] {
  const out: string[] = [];
  if (!isObject(card)) return ['$: not an object'];
  if (card['@type'] !== 'MessageCard') out.push('$["@type"]: expected "MessageCard"');
  if (card['@context'] !== 'https://schema.org/extensions') out.push('$["@context"]: wrong');
  if (!nonEmpty(card.summary) && !nonEmpty(card.text)) {
    out.push('$: Summary or Text is required.');
  }
  if (
    card.themeColor !== undefined &&
    !(typeof card.themeColor === 'string' && /^[0-9A-Fa-f]{6}$/.test(card.themeColor))
  ) {
    out.push('$.themeColor: expected 6 hex digits');
  }
  const sections = card.sections ?? [];
  if (!Array.isArray(sections)) out.push('$.sections: expected an array');
  else {
    if (sections.length > 10) out.push(`$.sections: ${sections.length}; Teams shows 10`);
    sections.forEach((s, i) => {
      if (!isObject(s)) {
        out.push(`$.sections[${i}]: not an object`);
        return;
      }
      const facts = s.facts ?? [];
      if (!Array.isArray(facts)) out.push(`$.sections[${i}].facts: expected an array`);
      else
        facts.forEach((f, j) => {
          if (!isObject(f) || typeof f.name !== 'string' || typeof f.value !== 'string') {
            out.push(`$.sections[${i}].facts[${j}]: expected {name, value} strings`);
          }
        });
      checkActions(s.potentialAction, `$.sections[${i}].potentialAction`, out);
    });
  }
  checkActions(card.potentialAction, '$.potentialAction', out);
  return out;
}
