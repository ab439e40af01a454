import type { LifecycleState } from '../core/entities.js';
import type { Store } from '../store/index.js';

/** A type nobody has changed is available. */
export async function lifecycleOf(store: Store, typeId: string): Promise<LifecycleState> {
  return (await store.connectors.lifecycle(typeId)) ?? { lifecycle: 'available' };
}
