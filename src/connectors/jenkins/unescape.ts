/** The plugin escapes Markdown in job names (`my\_job`); plain text has no escapes. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
