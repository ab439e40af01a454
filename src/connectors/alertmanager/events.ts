import type { AlertGroup } from '../kit/alert-group.js';

/** The group's `status`: firing while any alert fires, resolved once all have. */
export const ALERTMANAGER_EVENTS: readonly string[] = ['firing', 'resolved'];

export interface AlertmanagerEvent {
  group: AlertGroup;
}
