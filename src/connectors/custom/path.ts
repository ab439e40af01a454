/** Paths into a definition as people read them: `templates["deploy.finished"].body[0].text`. */
export type PathPart = string | number;

export function showPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(definition)' : out;
}

/** One thing wrong with a definition, and where. */
export interface Problem {
  path: string;
  message: string;
}
