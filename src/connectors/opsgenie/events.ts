/** The connector's own view of an Opsgenie alert action: what the card shows, cut to size. */

export interface OpsgenieNames {
  names: string[];
  total: number;
}

export interface OpsgenieAlert {
  id: string;
  tinyId?: string;
  message?: string;
  alias?: string;
  /** `P1` … `P5`, or the sender's own word when it is not one of those. */
  priority?: string;
  tags?: OpsgenieNames;
  entity?: string;
  source?: string;
  recipients?: OpsgenieNames;
  teams?: OpsgenieNames;
  responders?: OpsgenieNames;
  description?: string;
  /** ISO 8601. */
  createdAt?: string;
  url?: string;
}

export interface OpsgenieEvent {
  /** `Create`, `AddNote`, or a custom action's name, as Opsgenie sends it. */
  action: string;
  alert: OpsgenieAlert;
  /** Who did it: `alert.username`. */
  who?: string;
  /** When: ISO 8601. */
  at?: string;
  note?: string;
  addedTags?: string;
  removedTags?: string;
  owner?: string;
  recipient?: string;
  team?: string;
  escalation?: string;
  notified?: string;
}
