import { z } from 'zod';
import { excerpt } from '../../../core/text.js';
import { camelToWords } from '../../kit/wording.js';
import { loose } from '../../kit/schema.js';
import type { AdoBase, AdoFieldChange, AdoWorkItemAction, AdoWorkItemEvent } from '../events.js';
import { htmlToText } from '../html.js';
import { LIMITS } from '../limits.js';
import { identity, jsonObject, optionalInteger, webLinks, webPage } from '../schema.js';

/**
 * Work item fields arrive keyed by reference name (`System.Title`). Identity fields are a
 * string (`Jamal Hartnett <jamal@…>`) in older payloads and an identity object in newer ones;
 * rich-text fields are HTML.
 */

const PERSON_FIELDS = new Set(['System.AssignedTo', 'System.CreatedBy', 'System.ChangedBy']);
const HTML_FIELDS = new Set([
  'System.History',
  'System.Description',
  'Microsoft.VSTS.TCM.ReproSteps',
  'Microsoft.VSTS.Common.AcceptanceCriteria',
]);
/** Bookkeeping every revision changes: listing it would bury what a person changed. */
const QUIET_FIELDS = new Set([
  'System.Rev',
  'System.AuthorizedDate',
  'System.RevisedDate',
  'System.ChangedDate',
  'System.ChangedBy',
  'System.Watermark',
  'System.AuthorizedAs',
  'System.PersonId',
  'System.CommentCount',
  'System.History',
  'System.BoardColumnDone',
  'Microsoft.VSTS.Common.StateChangeDate',
]);
const NAME_WITH_ADDRESS = /^(.{1,200}?)\s*<[^<>\s]{1,200}@[^<>\s]{1,200}>$/;

/** A field value as a card shows it; undefined when it has none worth showing. */
function fieldValue(field: string, value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const display = (value as Record<string, unknown>).displayName;
    return typeof display === 'string' ? excerpt(display, LIMITS.name) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (HTML_FIELDS.has(field)) return htmlToText(value.slice(0, LIMITS.message), LIMITS.body);
  const capped = excerpt(value.slice(0, LIMITS.message), LIMITS.name * 2);
  if (capped !== undefined && PERSON_FIELDS.has(field)) {
    return capped.match(NAME_WITH_ADDRESS)?.[1] ?? capped;
  }
  return capped;
}

/** `Microsoft.VSTS.Common.Severity` → "Severity", `System.AssignedTo` → "Assigned to". */
export function fieldLabel(field: string): string {
  const last = field.slice(field.lastIndexOf('.') + 1);
  return excerpt(camelToWords(last), LIMITS.name) ?? field;
}

type Fields = Readonly<Record<string, unknown>>;

const read = (fields: Fields | undefined, field: string) =>
  fields && Object.hasOwn(fields, field) ? fieldValue(field, fields[field]) : undefined;

const change = z.object({ oldValue: z.unknown(), newValue: z.unknown() }).partial();

/** The fields an update changed, in payload order, skipping bookkeeping. */
function changesOf(fields: Fields | undefined): { changes: AdoFieldChange[]; total: number } {
  const changes: AdoFieldChange[] = [];
  if (fields === undefined) return { changes, total: 0 };
  const keys = Object.keys(fields);
  // Fields past those read are counted as changes: the card's "… and N more" stays honest.
  let total = Math.max(0, keys.length - LIMITS.fields);
  for (const field of keys.slice(0, LIMITS.fields)) {
    if (QUIET_FIELDS.has(field) || field.startsWith('WEF_')) continue;
    const parsed = change.safeParse(fields[field]);
    if (!parsed.success) continue;
    const from = fieldValue(field, parsed.data.oldValue);
    const to = fieldValue(field, parsed.data.newValue);
    if (from === to) continue;
    total += 1;
    if (changes.length < LIMITS.changes) changes.push({ field: fieldLabel(field), from, to });
  }
  return { changes, total };
}

const workItem = z.object({
  id: optionalInteger,
  /** `workitem.updated`: `id` is the update's; the item is `workItemId` or `revision.id`. */
  workItemId: optionalInteger,
  fields: loose(jsonObject),
  revisedBy: identity,
  revision: loose(z.object({ id: optionalInteger, fields: loose(jsonObject), _links: webLinks })),
  _links: webLinks,
});

/** `workitem.created|updated|commented|deleted|restored`. */
export function normalizeWorkItem(
  resource: unknown,
  base: AdoBase,
  action: AdoWorkItemAction,
): AdoWorkItemEvent | undefined {
  const parsed = workItem.safeParse(resource);
  if (!parsed.success) return undefined;
  const w = parsed.data;
  const updated = action === 'updated';
  // An update carries the item's current fields in `revision` and the changes in `fields`.
  const current = updated ? (w.revision?.fields ?? undefined) : w.fields;
  const changed = updated ? w.fields : undefined;
  const id = updated ? (positive(w.workItemId) ?? w.revision?.id) : w.id;
  // What the item says now: a changed field's new value, else the revision's.
  const now = (field: string) => {
    const edit =
      changed && Object.hasOwn(changed, field) ? change.safeParse(changed[field]) : undefined;
    const newValue = edit?.success ? fieldValue(field, edit.data.newValue) : undefined;
    return newValue ?? read(current, field);
  };
  const title = now('System.Title');
  if (id === undefined && title === undefined) return undefined;
  const { changes, total } = changesOf(changed);
  return {
    ...base,
    kind: 'work_item',
    action,
    id,
    title,
    type: now('System.WorkItemType'),
    state: now('System.State'),
    assignedTo: now('System.AssignedTo'),
    area: now('System.AreaPath'),
    iteration: now('System.IterationPath'),
    project: now('System.TeamProject'),
    createdBy: now('System.CreatedBy'),
    changedBy: w.revisedBy ?? now('System.ChangedBy'),
    changes,
    changesTotal: total,
    // A comment is the revision's `System.History`: the commented event's, or one added in an update.
    comment:
      action === 'commented'
        ? read(current, 'System.History')
        : changed && Object.hasOwn(changed, 'System.History')
          ? now('System.History')
          : undefined,
    url: webPage(w._links) ?? webPage(w.revision?._links) ?? base.message.url,
  };
}

/** Azure DevOps' own sample sends `workItemId: 0`; ids start at 1. */
function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}
