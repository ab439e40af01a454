import { z } from 'zod';
import { loose } from '../kit/schema.js';
import type { HerokuBuildEvent, HerokuReleaseEvent } from './events.js';
import { LIMITS } from './limits.js';
import type { Base, Resource } from './normalized.js';
import { emailOf, text, version, word } from './schema.js';

const sha = loose(z.string().regex(/^[0-9a-f]{7,64}$/i));

const release = z.object({
  version,
  status: word,
  description: text(LIMITS.description),
  user: emailOf,
  slug: loose(z.object({ commit: sha }).nullable()),
  stack: text(LIMITS.token),
  created_at: text(40),
});

/** `api:release`: a new release of an app (a deploy, a config or add-on change, a rollback). */
export function normalizeRelease(base: Base, { data }: Resource): HerokuReleaseEvent {
  const r = release.safeParse(data).data ?? {};
  return {
    ...base,
    type: 'release',
    actor: base.actor ?? r.user?.email,
    at: r.created_at ?? base.at,
    version: r.version,
    status: r.status,
    description: r.description,
    commit: r.slug?.commit,
    stack: r.stack,
  };
}

const build = z.object({
  id: text(LIMITS.token),
  status: word,
  user: emailOf,
  source_blob: loose(z.object({ version: text(LIMITS.token) }).nullable()),
  stack: text(LIMITS.token),
  release: loose(z.object({ version }).nullable()),
  updated_at: text(40),
});

/** `api:build`: a slug being built from source, before it is released. */
export function normalizeBuild(base: Base, { data }: Resource): HerokuBuildEvent {
  const b = build.safeParse(data).data ?? {};
  return {
    ...base,
    type: 'build',
    actor: base.actor ?? b.user?.email,
    at: b.updated_at ?? base.at,
    id: b.id,
    status: b.status,
    sourceVersion: b.source_blob?.version,
    stack: b.stack,
    releaseVersion: b.release?.version,
  };
}
