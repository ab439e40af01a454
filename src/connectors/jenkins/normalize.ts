import type { CardLink } from '../../core/card-model.js';
import { excerpt } from '../../core/text.js';
import type { Outcome } from '../types.js';
import { readAdaptiveCard } from './adaptive.js';
import { jenkinsDeliveryId } from './delivery-id.js';
import type { JenkinsEvent } from './events.js';
import { inert } from '../kit/inert.js';
import { unescapeMarkdown } from './unescape.js';
import { LIMITS } from './limits.js';
import { rebuildMessageCard } from './message-card.js';
import { messageCardSchema, type MessageCardInput } from './schema.js';
import { colorAccent, newStatusEvent, statusEvent } from './status.js';

type Json = Record<string, unknown>;

const ADAPTIVE_TYPE = 'application/vnd.microsoft.card.adaptive';

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What both card formats come down to before the event is named. */
interface Read {
  event: JenkinsEvent;
  /** The line under the title that names job and status: `Notification from my\_job: …`. */
  heading?: string;
}

/**
 * The plugin sends a finished card and nothing else: a MessageCard, or, with "Adaptive
 * Cards" on, a message envelope holding an Adaptive Card. Anything else is not its format.
 */
export function normalizeJenkins(payload: unknown): Outcome<JenkinsEvent> {
  if (!isObject(payload)) return notACard();
  // An Adaptive Card, bare or in the message envelope; otherwise a MessageCard.
  const adaptive = adaptiveContent(payload);
  let read: Read;
  if (adaptive) read = fromAdaptive(adaptive);
  else {
    const card = messageCardSchema.safeParse(payload);
    if (!card.success) return notACard();
    read = fromMessageCard(card.data);
  }
  const { event } = read;
  const eventName = nameOf(event.status, read.heading);
  return {
    kind: 'event',
    eventName,
    deliveryId: jenkinsDeliveryId([
      event.format,
      event.title,
      event.status,
      event.subtitle,
      event.text,
    ]),
    event,
  };
}

function notACard(): Outcome<JenkinsEvent> {
  return {
    kind: 'malformed',
    message:
      'not a card from the Jenkins Office 365 Connector plugin: expected a MessageCard ' +
      '("@type": "MessageCard") or a message with an Adaptive Card attachment',
  };
}

/**
 * A known status names the event. A status the plugin does not write today names it too,
 * when the card reports a build's state (its heading ends with the status, as CardBuilder
 * writes it); a step's message, whose status is free text, is `message`.
 */
function nameOf(status: string | undefined, heading: string | undefined): string {
  const known = statusEvent(status);
  if (known !== undefined) return known;
  if (status !== undefined && heading !== undefined && heading.trimEnd().endsWith(`: ${status}`)) {
    return newStatusEvent(status) ?? 'message';
  }
  return 'message';
}

/** The attachment's media type, parameters aside; an attachment may leave it out. */
function isAdaptiveType(contentType: unknown): boolean {
  if (contentType === undefined) return true;
  return typeof contentType === 'string' && contentType.split(/[;\s]/)[0] === ADAPTIVE_TYPE;
}

function adaptiveContent(payload: Json): Json | undefined {
  if (payload.type === 'AdaptiveCard') return payload;
  if (payload.type !== 'message' || !Array.isArray(payload.attachments)) return undefined;
  for (const attachment of payload.attachments.slice(0, 5)) {
    if (!isObject(attachment) || !isAdaptiveType(attachment.contentType)) continue;
    if (isObject(attachment.content) && attachment.content.type === 'AdaptiveCard') {
      return attachment.content;
    }
  }
  return undefined;
}

const joined = (parts: (string | undefined)[]) =>
  excerpt(parts.filter((p) => p !== undefined && p.trim() !== '').join('\n\n'), LIMITS.text);

const NOTIFICATION = /^Notification from /;

/**
 * A link of the card model. Its title is the sender's action name, which becomes a button
 * label, and renderers escape text but not labels (a label is never Markdown): it is made
 * inert here, as in the finished card.
 */
function button(title: string, url: string): CardLink {
  return { title: inert(title), url };
}

function fromMessageCard(card: MessageCardInput): Read {
  const first = card.sections.items[0];
  const facts = card.sections.items.flatMap((s) => s.facts.items).filter((f) => f.value !== '');
  const status = facts.find((f) => f.name === 'Status')?.value;
  const heading = first?.activityTitle;
  const lifecycle =
    heading !== undefined && status !== undefined && heading.endsWith(`: ${status}`);
  const title =
    card.summary ?? card.title ?? (heading ? unescapeMarkdown(heading) : undefined) ?? 'Jenkins';
  // A step puts its message where a build card says "Latest status of build #n".
  const stepMessage = lifecycle ? undefined : first?.activitySubtitle;
  const links = [
    ...card.potentialAction.items,
    ...card.sections.items.flatMap((s) => s.potentialAction.items),
  ].flatMap((a) => (a.kind === 'link' ? [button(a.name, a.url)] : []));
  const content = rebuildMessageCard(card, title);
  const event: JenkinsEvent = {
    source: 'jenkins',
    format: 'messagecard',
    title,
    subtitle: lifecycle ? first?.activitySubtitle : undefined,
    text: joined([
      stepMessage,
      card.text,
      ...card.sections.items.flatMap((s) => [s.activityText, s.text]),
    ]),
    status,
    color: colorAccent(card.themeColor),
    facts: facts.slice(0, LIMITS.facts).map((f) => ({ title: f.name, value: f.value })),
    links: links.slice(0, LIMITS.actions),
    ...(content ? { raw: { format: 'messagecard', content } } : {}),
  };
  return { event, heading };
}

function fromAdaptive(content: Json): Read {
  const read = readAdaptiveCard(content);
  const status = read.facts.find((f) => f.title === 'Status')?.value;
  const [summary, ...rest] = read.texts;
  // The plugin's layout: the summary, "Notification from …", then the status line.
  const heading = rest[0] !== undefined && NOTIFICATION.test(rest[0]) ? rest.shift() : undefined;
  const lifecycle =
    heading !== undefined && status !== undefined && heading.endsWith(`: ${status}`);
  const subtitle = lifecycle ? rest.shift() : undefined;
  const event: JenkinsEvent = {
    source: 'jenkins',
    format: 'adaptive',
    title: summary ?? (heading ? unescapeMarkdown(heading) : 'Jenkins'),
    subtitle,
    text: joined(rest),
    status,
    color: colorAccent(read.color),
    facts: read.facts.slice(0, LIMITS.facts),
    links: read.links.slice(0, LIMITS.actions).map((l) => button(l.title, l.url)),
    ...(read.card ? { raw: { format: 'adaptive', content: read.card } } : {}),
  };
  return { event, heading };
}
