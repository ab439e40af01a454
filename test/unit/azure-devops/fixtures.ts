/** Hand-made service hook bodies for the tests, shaped like Azure DevOps' (resource 1.0). */
import { interpretAzureDevOps } from '../../../src/connectors/azure-devops/interpret.js';
import type { AzureDevOpsEvent } from '../../../src/connectors/azure-devops/events.js';
import { azureDevOpsCard } from '../../../src/connectors/azure-devops/cards/index.js';
import type { CardModel } from '../../../src/core/card-model.js';

export const ORG = 'https://dev.azure.com/northwind';
export const REPO_WEB = `${ORG}/Shop/_git/shop-web`;

export const repository = () => ({
  id: 'r-1',
  name: 'shop-web',
  url: `${ORG}/_apis/git/repositories/r-1`,
  project: { id: 'p-1', name: 'Shop' },
  remoteUrl: `https://northwind@dev.azure.com/northwind/Shop/_git/shop-web`,
});

export function envelope(
  eventType: string,
  resource: unknown,
  extra: Record<string, unknown> = {},
): Record<string, any> {
  return {
    subscriptionId: '11111111-2222-3333-4444-555555555555',
    notificationId: 7,
    id: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    eventType,
    publisherId: 'tfs',
    message: { text: `Something happened (${eventType})`, markdown: `Something happened` },
    detailedMessage: { text: `Something happened (${eventType})\r\nMore detail here` },
    ...(resource === undefined ? {} : { resource }),
    createdDate: '2026-05-01T10:00:00Z',
    ...extra,
  };
}

/** The event a payload yields, failing the test when it yields anything else. */
export function eventOf(payload: unknown): AzureDevOpsEvent {
  const result = interpretAzureDevOps(payload);
  if (result.kind !== 'event') throw new Error(`expected an event, got ${JSON.stringify(result)}`);
  return result.event;
}

export function cardOf(payload: unknown): CardModel {
  return azureDevOpsCard(eventOf(payload));
}

export const factsOf = (card: CardModel) =>
  Object.fromEntries(card.facts.map((f) => [f.title, f.value]));
