import { z } from 'zod';
import { httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { shortSha } from '../../../core/text.js';
import { snakeToWords } from '../../kit/wording.js';
import type { GitLabNoteEvent } from '../events.js';
import { LIMITS } from '../limits.js';
import { actor, commit, optionalText, optionalUrl, optionalWord, project } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

const numbered = loose(
  z.object({ iid: integer(), title: line(LIMITS.title), url: optionalUrl }).nullish(),
);

const note = z.object({
  user: actor,
  project,
  object_attributes: z.object({
    note: optionalText(LIMITS.body),
    noteable_type: line(LIMITS.token),
    url: httpUrl,
    action: optionalWord,
  }),
  merge_request: numbered,
  issue: numbered,
  commit: loose(commit.nullish()),
  snippet: loose(z.object({ title: line(LIMITS.title), url: optionalUrl }).nullish()),
});

type Note = z.output<typeof note>;

/** What the comment is on, as a card names it; the object itself when the payload has it. */
function target(n: Note): GitLabNoteEvent['target'] {
  const type = n.object_attributes.noteable_type;
  if (type === 'MergeRequest' && n.merge_request) {
    const mr = n.merge_request;
    return { noun: 'merge request', label: `!${mr.iid}: ${mr.title}`, url: mr.url };
  }
  if (type === 'Issue' && n.issue) {
    const issue = n.issue;
    return { noun: 'issue', label: `#${issue.iid}: ${issue.title}`, url: issue.url };
  }
  if (type === 'Commit' && n.commit) {
    const c = n.commit;
    return { noun: 'commit', label: `${shortSha(c.sha, 8)}: ${c.subject}`, url: c.url };
  }
  if (type === 'Snippet' && n.snippet) {
    return { noun: 'snippet', label: n.snippet.title, url: n.snippet.url };
  }
  // `MergeRequest` → "merge request"; an unknown type keeps its own words.
  const noun = snakeToWords(type.replace(/([a-z0-9])([A-Z])/g, '$1_$2')).toLowerCase();
  return { noun: noun || 'item', label: '' };
}

/** `Note Hook` (and `Confidential Note Hook`): a comment on a merge request, issue, commit or snippet. */
export function normalizeNote(payload: unknown): NormalizeResult {
  const parsed = validate(note, payload, 'note');
  if (!parsed.ok) return malformed(parsed.message);
  const n = parsed.data;
  return {
    kind: 'event',
    event: {
      type: 'note',
      project: n.project,
      commenter: n.user,
      action: n.object_attributes.action,
      note: n.object_attributes.note,
      url: n.object_attributes.url,
      target: target(n),
    },
  };
}
