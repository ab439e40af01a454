import { RelayError } from '../core/errors.js';
import type { Org, Team } from '../core/entities.js';
import { connectorsOffMessage, connectorsSwitchedOffBy } from '../core/policy.js';

/**
 * Rule 1: the effective switch (org AND org-for-Teams AND team). Refused with 403
 * CONNECTORS_DISABLED naming the switch that is off (the tenant's first), with the level in
 * `details.level` for programs.
 */
export function requireConnectorsOn(org: Org, team: Team, consequence: string): void {
  const level = connectorsSwitchedOffBy(org, team);
  if (!level) return;
  throw new RelayError('CONNECTORS_DISABLED', connectorsOffMessage(level, consequence), { level });
}
