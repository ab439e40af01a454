import type { Accent, CardList, CardModel } from '../../../core/card-model.js';
import type { AdoWorkItemAction, AdoWorkItemEvent } from '../events.js';
import { SOURCE, capitalize, facts } from './common.js';

const VERBS: Readonly<Record<AdoWorkItemAction, string>> = {
  created: 'created',
  updated: 'updated',
  commented: 'commented on',
  deleted: 'deleted',
  restored: 'restored',
};

const ACCENTS: Readonly<Record<AdoWorkItemAction, Accent>> = {
  created: 'accent',
  updated: 'default',
  commented: 'default',
  deleted: 'warning',
  restored: 'good',
};

/** "Bug #5 Some great new idea!", from whichever of the three the payload had. */
function itemName(e: AdoWorkItemEvent): string {
  const head = [e.type ?? 'Work item', e.id === undefined ? undefined : `#${e.id}`]
    .filter((part) => part !== undefined)
    .join(' ');
  return e.title ? `${head} ${e.title}` : head;
}

/** Work item created, updated (with what changed), commented on, deleted or restored. */
export function workItemCard(e: AdoWorkItemEvent): CardModel {
  const verb = VERBS[e.action];
  const name = itemName(e);
  const who = e.action === 'created' ? (e.createdBy ?? e.changedBy) : e.changedBy;
  const by = who ? ` by ${who}` : '';
  return {
    source: SOURCE,
    summary: `${name} ${verb}${by}`,
    title: name,
    titleUrl: e.url,
    subtitle: `${capitalize(verb)}${by}`,
    accent: ACCENTS[e.action],
    text: e.comment,
    facts: facts(
      ['State', e.state],
      ['Assigned to', e.assignedTo],
      ['Area', e.area],
      ['Iteration', e.iteration],
      ['Created by', e.action === 'created' ? undefined : e.createdBy],
    ),
    list: changeList(e),
    links: e.url ? [{ title: 'View work item', url: e.url }] : [],
  };
}

function changeList(e: AdoWorkItemEvent): CardList | undefined {
  if (e.changes.length === 0) return undefined;
  return {
    label: 'changed fields',
    items: e.changes.map((c) => ({
      text: `${c.field}: ${c.from ?? '(empty)'} → ${c.to ?? '(empty)'}`,
    })),
    total: e.changesTotal,
    moreUrl: e.url,
  };
}
