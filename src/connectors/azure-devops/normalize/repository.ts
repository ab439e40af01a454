import { z } from 'zod';
import { loose } from '../../kit/schema.js';
import type { AdoRepoRef } from '../events.js';
import { name, optionalUrl } from '../schema.js';
import { pageUrl, withoutCredentials } from '../urls.js';

/** `resource.repository` of git events: its web page is `webUrl`, or the clone URL. */
export const repository = loose(
  z
    .object({
      name,
      webUrl: optionalUrl,
      remoteUrl: optionalUrl,
      project: loose(z.object({ name })),
    })
    .transform((r): AdoRepoRef => ({
      name: r.name,
      project: r.project?.name,
      url: pageUrl(withoutCredentials(r.webUrl ?? r.remoteUrl)),
    })),
).transform((r): AdoRepoRef => r ?? {});
