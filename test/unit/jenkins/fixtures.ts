/** Hand-made plugin cards, shaped as CardBuilder writes them. */
import { jenkinsSender } from '../../../src/connectors/jenkins/index.js';
import type { MessageContent } from '../../../src/core/message.js';

export const BUILD_URL = 'https://jenkins.example.org/job/api/12/display/redirect';

export function messageCard(over: Record<string, unknown> = {}, status = 'Build Failed') {
  return {
    '@context': 'https://schema.org/extensions',
    '@type': 'MessageCard',
    summary: 'api: Build #12 Failed',
    themeColor: '#CC0003',
    sections: [
      {
        markdown: true,
        facts: [
          { name: 'Status', value: status },
          { name: 'Remarks', value: 'Started by timer.' },
          { name: 'Developers', value: 'Ana Silva' },
        ],
        activityTitle: `Notification from api: ${status}`,
        activitySubtitle: 'Latest status of build #12',
      },
    ],
    potentialAction: [
      {
        '@context': 'http://schema.org',
        '@type': 'ViewAction',
        name: 'View Build',
        target: [BUILD_URL],
      },
    ],
    ...over,
  };
}

export function adaptiveCard(content: Record<string, unknown> = {}) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          version: '1.4',
          msTeams: { width: 'Full' },
          body: [
            {
              text: 'api: Build #12 Success',
              weight: 'bolder',
              size: 'large',
              color: 'good',
              type: 'TextBlock',
              wrap: true,
            },
            {
              type: 'ColumnSet',
              columns: [
                {
                  type: 'Column',
                  items: [
                    {
                      text: 'Notification from api: Build Success',
                      weight: 'bolder',
                      size: 'default',
                      color: 'default',
                      type: 'TextBlock',
                      wrap: true,
                    },
                    {
                      text: 'Latest status of build #12',
                      weight: 'default',
                      size: 'default',
                      color: 'default',
                      type: 'TextBlock',
                      wrap: true,
                    },
                  ],
                },
              ],
              width: 'stretch',
            },
            {
              facts: [
                { title: 'Status', value: 'Build Success' },
                { title: 'Remarks', value: 'Started by Ana.' },
              ],
              type: 'FactSet',
            },
          ],
          ...content,
        },
      },
    ],
  };
}

const REQUEST = {
  method: 'POST',
  headers: {},
  rawBody: Buffer.alloc(0),
  callbackUrl: 'https://relay.example/hooks/c/t',
  receivedAt: 0,
};

/** Parse and interpret a body as the ingest edge would. */
export function interpret(payload: unknown, body = JSON.stringify(payload)) {
  const req = {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    rawBody: Buffer.from(body, 'utf8'),
    callbackUrl: 'https://relay.example/hooks/c/t',
    receivedAt: 0,
  };
  const parsed = jenkinsSender.parse(req);
  if (!parsed.ok) return { kind: 'unparsed' as const, message: parsed.message };
  return jenkinsSender.interpret(parsed.payload, req);
}

/** A payload as interpreted, through the JSON text unless `direct` (an object test-made). */
export function contentOf(
  payload: unknown,
  opts: { direct?: boolean } = {},
): MessageContent & { eventName: string; deliveryId?: string } {
  const result = opts.direct ? jenkinsSender.interpret(payload, REQUEST) : interpret(payload);
  if (result.kind !== 'event') throw new Error(`expected an event, got ${JSON.stringify(result)}`);
  return { ...result.event, eventName: result.eventName, deliveryId: result.deliveryId };
}

export const factsOf = (content: MessageContent) =>
  Object.fromEntries(content.card.facts.map((f) => [f.title, f.value]));
