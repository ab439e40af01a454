import { camelToWords } from '../kit/wording.js';

/** Trello's attribute names as its own interface words them. A Map: names come from the body. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['idAttachmentCover', 'cover image'],
  ['manualCoverAttachment', 'cover image'],
  ['cover', 'cover'],
  ['idLabels', 'labels'],
  ['idMembers', 'members'],
  ['idList', 'list'],
  ['idBoard', 'board'],
  ['desc', 'description'],
  ['due', 'due date'],
  ['dueReminder', 'due date reminder'],
  ['dueComplete', 'completion'],
  ['start', 'start date'],
  ['closed', 'archived'],
  ['pos', 'position'],
  ['prefs', 'settings'],
  ['softLimit', 'card limit'],
  ['color', 'colour'],
  ['locationName', 'location'],
  ['coordinates', 'location'],
  ['isTemplate', 'template'],
]);

/** `["idAttachmentCover", "cover", "softLimit"]` → `"cover image, cover, card limit"`. */
export function attributeWords(names: readonly string[]): string {
  const words = names.map(
    (name) => WORDS.get(name) ?? camelToWords(name.replace(/^id(?=[A-Z])/, '')).toLowerCase(),
  );
  return [...new Set(words)].join(', ');
}
