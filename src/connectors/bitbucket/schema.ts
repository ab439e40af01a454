import { z } from 'zod';
import { httpUrl, line, loose, looseWord, prose } from '../kit/schema.js';
import { excerpt, firstLine } from '../../core/text.js';
import type { BitbucketCommit, BitbucketRepo } from './events.js';
import { LIMITS } from './limits.js';

/** Zod pieces for Bitbucket Cloud's payloads; the generic ones are in the kit. */

/** `links.html.href`, the page a person opens (the other links are the REST API's). */
export const htmlLink = loose(
  z.object({ html: z.object({ href: httpUrl }) }).transform((l) => l.html.href),
);

export const repositoryObject = z.object({
  full_name: line(LIMITS.path),
  links: z.object({ html: z.object({ href: httpUrl }) }),
});

export function toRepo(r: z.output<typeof repositoryObject>): BitbucketRepo {
  return { fullName: r.full_name, url: r.links.html.href };
}

export const repository = repositoryObject.transform(toRepo);

/**
 * An account as every payload writes one. `display_name` is what Bitbucket shows; a missing or
 * odd account (a deleted user) only costs the card a name.
 */
export const account = loose(
  z
    .object({ display_name: line(LIMITS.name).nullish(), nickname: line(LIMITS.name).nullish() })
    .nullish()
    .transform((a) => a?.display_name || a?.nickname || undefined),
);

/** Abbreviated (12 digits in pull requests) or full commit hashes. */
export const hash = z.string().regex(/^[0-9a-f]{7,64}$/i, 'Expected a commit hash');

/** A closed-vocabulary word (state, kind, priority); blank or null is absent. */
export const word = looseWord(LIMITS.token, { keepCase: true });

/** Text that only adds a detail: null, blank or of another type leaves it out. */
export const optionalText = (max: number) => loose(prose(max));

/** `{raw, markup, html}` as issues, comments and descriptions carry text. */
export const rendered = loose(
  z
    .object({ raw: prose(LIMITS.body) })
    .nullish()
    .transform((c) => c?.raw),
);

export const commit = z
  .object({
    hash,
    message: z.string().nullish(),
    author: loose(
      z.object({
        raw: line(LIMITS.name * 2).nullish(),
        user: account,
      }),
    ),
    links: htmlLink,
  })
  .transform((c): BitbucketCommit => ({
    hash: c.hash,
    subject: excerpt(firstLine(c.message), LIMITS.subject) ?? '',
    author: c.author?.user ?? authorName(c.author?.raw),
    url: c.links,
  }));

/** `Jane Doe <jane@example.com>` → `Jane Doe`: the address is not for a channel. */
function authorName(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const name = raw.replace(/\s*<[^>]*>\s*$/, '').trim();
  return name || undefined;
}

/** A JSON object, checked without visiting its keys: callers read only the few they need. */
export const plainObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'Expected object',
);

/** The first few own keys of an object, for "what changed" lines. */
export function firstKeys(obj: Record<string, unknown> | null | undefined, max: number): string[] {
  if (!obj) return [];
  const out: string[] = [];
  for (const key in obj) {
    if (out.length === max) break;
    if (Object.hasOwn(obj, key)) out.push(key.slice(0, LIMITS.token));
  }
  return out;
}
