import type { SampleEvent } from '../types.js';

/**
 * Cards as the Office 365 Connector plugin builds them (CardBuilder, FactsBuilder), for
 * `/connectors/{id}/test` and catalog previews. The first is a MessageCard, the plugin's
 * default format; one is an Adaptive Card, as sent with "Adaptive Cards" enabled.
 */
const JENKINS = 'https://ci.example.com';
const JOB = 'shop-api » main';
const ESCAPED_JOB = 'shop\\-api » main';
const HEADERS = { 'content-type': 'application/json; charset=UTF-8' };

const viewBuild = (n: number) => ({
  '@context': 'http://schema.org',
  '@type': 'ViewAction',
  name: 'View Build',
  target: [`${JENKINS}/job/shop-api/job/main/${n}/display/redirect`],
});

function messageCard(
  event: string,
  card: {
    summary: string;
    themeColor: string;
    status: string;
    subtitle?: string;
    heading?: string;
    facts?: { name: string; value: string }[];
    actions?: unknown[];
  },
): SampleEvent {
  const body = {
    '@context': 'https://schema.org/extensions',
    '@type': 'MessageCard',
    summary: card.summary,
    themeColor: card.themeColor,
    sections: [
      {
        markdown: true,
        facts: [{ name: 'Status', value: card.status }, ...(card.facts ?? [])],
        activityTitle: card.heading ?? `Notification from ${ESCAPED_JOB}: ${card.status}`,
        activitySubtitle: card.subtitle ?? 'Latest status of build #58',
      },
    ],
    ...(card.actions ? { potentialAction: card.actions } : {}),
  };
  return { event, headers: HEADERS, body: JSON.stringify(body) };
}

const people = [
  { name: 'Remarks', value: 'Started by GitHub push by priya-r.' },
  { name: 'Developers', value: 'Priya Raman, Tomás Ortega' },
];

function adaptiveCard(event: string, status: string, color: string, n: number): SampleEvent {
  const content = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    msTeams: { width: 'Full' },
    body: [
      {
        text: `${JOB}: Build #${n} ${status.replace(/^Build /, '')}`,
        weight: 'bolder',
        size: 'large',
        color,
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
                text: `Notification from ${ESCAPED_JOB}: ${status}`,
                weight: 'bolder',
                size: 'default',
                color: 'default',
                type: 'TextBlock',
                wrap: true,
              },
              {
                text: `Latest status of build #${n}`,
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
          { title: 'Status', value: status },
          ...people.map((f) => ({ title: f.name, value: f.value })),
        ],
        type: 'FactSet',
      },
    ],
    actions: [
      {
        type: 'Action.OpenUrl',
        title: 'View Build',
        url: `${JENKINS}/job/shop-api/job/main/${n}/display/redirect`,
      },
    ],
  };
  const body = {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
  };
  return { event, headers: HEADERS, body: JSON.stringify(body) };
}

export const JENKINS_SAMPLES = [
  messageCard('failure', {
    summary: `${JOB}: Build #58 Failed`,
    themeColor: '#CC0003',
    status: 'Build Failed',
    facts: [...people, { name: 'Committers', value: 'priya-r' }],
    actions: [viewBuild(58)],
  }),
  messageCard('started', {
    summary: `${JOB}: Build #58`,
    themeColor: '3479BF',
    status: 'Started',
    facts: people,
    actions: [viewBuild(58)],
  }),
  messageCard('back_to_normal', {
    summary: `${JOB}: Build #59 Back to Normal`,
    themeColor: '#00FF00',
    status: 'Back to Normal',
    subtitle: 'Latest status of build #59',
    facts: people,
  }),
  messageCard('message', {
    summary: `${JOB}: Build #59`,
    themeColor: '#FFA500',
    status: 'Deploying',
    heading: `Notification from ${ESCAPED_JOB}`,
    subtitle: 'Deploying shop-api 2.4.0 to staging (canary at 10 %)',
    actions: [viewBuild(59)],
  }),
  adaptiveCard('unstable', 'Build Unstable', 'warning', 60),
] as const satisfies readonly SampleEvent[];

/** A status the plugin does not write today, on a build card shaped like the others. */
export const JENKINS_UNKNOWN_EVENT = messageCard('skipped', {
  summary: `${JOB}: Build #61 Skipped`,
  themeColor: '#9E9E9E',
  status: 'Build Skipped',
  subtitle: 'Latest status of build #61',
  actions: [viewBuild(61)],
});
