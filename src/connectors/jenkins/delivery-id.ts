import { createHash } from 'node:crypto';

/**
 * Jenkins sends no delivery id, and retries a failed post up to three times back to back
 * (HttpWorker.RETRIES). A card's summary names the job and build, and the status says which
 * of the build's notifications it is; a step's message tells its cards apart. Their hash is
 * stable across those retries and 24 hours of de-duplication keep the copies out.
 */
export function jenkinsDeliveryId(parts: readonly (string | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part ?? '').update('\u0000');
  return `jenkins-${hash.digest('hex').slice(0, 40)}`;
}
