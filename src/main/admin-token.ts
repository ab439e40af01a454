import { hashToken, newToken } from '../core/ids.js';
import type { OrgStore } from '../store/org-store.js';

/**
 * ADMIN_TOKEN, when set, always wins. Otherwise the first start generates one, keeps only
 * its hash and returns the token so it can be printed once; later starts return nothing.
 * Call it only once the relay is up (startRelay does, after the port is bound): a start that
 * fails after storing the hash would leave a token nobody was ever shown, locking the admin out.
 */
export async function bootstrapAdminToken(
  org: OrgStore,
  configured: string | undefined,
): Promise<string | undefined> {
  if (configured) {
    await org.setAdminTokenHash(hashToken(configured), false);
    return undefined;
  }
  const token = newToken();
  const created = await org.setAdminTokenHash(hashToken(token), true);
  return created ? token : undefined;
}
