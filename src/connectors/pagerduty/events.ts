/** The connector's own view of a PagerDuty event: what the cards show, already cut to size. */

export interface PagerDutyLink {
  name?: string;
  url?: string;
}

/** Names of a list the payload may have held more of. */
export interface PagerDutyNames {
  names: string[];
  total: number;
}

export interface PagerDutyIncident {
  number?: number;
  title?: string;
  url?: string;
  status?: string;
  urgency?: string;
  priority?: string;
  service?: PagerDutyLink;
  assignees?: PagerDutyNames;
  escalationPolicy?: string;
  teams?: PagerDutyNames;
  /** How it was resolved when not by hand: "merged into Disk full". */
  resolveReason?: string;
  conferenceUrl?: string;
  conferenceNumber?: string;
}

interface Base {
  /** `incident.triggered`, as PagerDuty names it. */
  eventType: string;
  /** Who or what did it: a user, a service, an integration. */
  agent?: string;
  occurredAt?: string;
}

export type PagerDutyEvent =
  | (Base & { kind: 'incident'; incident: PagerDutyIncident })
  | (Base & { kind: 'note'; incident: PagerDutyLink; note?: string; trimmed: boolean })
  | (Base & { kind: 'status_update'; incident: PagerDutyLink; message?: string; trimmed: boolean })
  | (Base & {
      kind: 'responder';
      incident: PagerDutyLink;
      responder?: PagerDutyLink;
      escalationPolicy?: string;
      message?: string;
      state?: string;
    })
  | (Base & { kind: 'service'; service: PagerDutyLink; teams?: PagerDutyNames })
  /** A type without a card of its own: named by its type and by what it is about. */
  | (Base & { kind: 'other'; resourceType?: string; subject: PagerDutyLink; text?: string });

export type PagerDutyEventOf<K extends PagerDutyEvent['kind']> = Extract<
  PagerDutyEvent,
  { kind: K }
>;
