import type { CardModel } from '../../core/card-model.js';
import type { JenkinsEvent } from './events.js';
import { statusAccent, statusEvent } from './status.js';

const SOURCE = 'Jenkins';

/**
 * The card model of a plugin card, for destinations its own format does not suit: the
 * summary as the title (with the status when the summary leaves it out, as `Started` cards
 * do), the status in colour, every fact, and the build page as the title's link.
 */
export function jenkinsCard(e: JenkinsEvent): CardModel {
  const known = statusEvent(e.status);
  const accent = (known && statusAccent(known)) ?? e.color ?? 'default';
  // "Build Success" is said by a summary ending in "Success".
  const said = e.status?.replace(/^build\s+/i, '').toLowerCase();
  const missing = said !== undefined && said !== '' && !e.title.toLowerCase().includes(said);
  const title = known !== undefined && missing ? `${e.title} ${e.status}` : e.title;
  const build = e.links.find((l) => /\bbuild\b/i.test(l.title)) ?? e.links[0];
  return {
    source: SOURCE,
    summary: missing && known === undefined ? `${title} (${e.status})` : title,
    title,
    titleUrl: build?.url,
    subtitle: e.subtitle,
    accent,
    text: e.text,
    facts: e.facts,
    links: e.links,
  };
}
