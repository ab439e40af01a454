import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type {
  GitHubPullRequestRef,
  GitHubReviewCommentEvent,
  GitHubReviewEvent,
  GitHubReviewThreadEvent,
} from '../events.js';
import { SOURCE, capitalize, facts, fileLine, repoTag, snakeToWords } from './common.js';

/** How a submitted review reads at the start of the title, by its state. */
const STATE_PHRASES: ReadonlyMap<string, string> = new Map([
  ['approved', 'Approved'],
  ['changes_requested', 'Changes requested on'],
  ['commented', 'Reviewed'],
]);

/** GitHub's own colours: a green tick, a red "changes requested", a grey comment. */
const STATE_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['approved', 'good'],
  ['changes_requested', 'attention'],
  ['commented', 'accent'],
]);

function prLink(pr: GitHubPullRequestRef): CardLink {
  return { title: 'View pull request', url: pr.url };
}

function prLabel(pr: GitHubPullRequestRef): string {
  return `pull request #${pr.number}: ${pr.title}`;
}

export function reviewCard(e: GitHubReviewEvent): CardModel {
  const submitted = e.action === 'submitted';
  const lead = submitted
    ? (STATE_PHRASES.get(e.state) ?? `Reviewed (${snakeToWords(e.state)})`)
    : `Review ${snakeToWords(e.action)} on`;
  const title = `${repoTag(e.repo)} ${lead} ${prLabel(e.pr)}`;
  const dismissed = e.action === 'dismissed';
  const subtitle =
    dismissed && e.sender && e.sender !== e.reviewer
      ? `Review by ${e.reviewer}, dismissed by ${e.sender}`
      : `Review by ${e.reviewer}`;
  return {
    source: SOURCE,
    summary: `${title} (${subtitle.toLowerCase()})`,
    title,
    titleUrl: e.url,
    subtitle,
    accent: dismissed ? 'default' : (STATE_ACCENTS.get(e.state) ?? 'default'),
    text: dismissed ? undefined : e.body,
    facts: facts(['Review', snakeToWords(e.state)]),
    links: [{ title: 'View review', url: e.url }, prLink(e.pr)],
  };
}

export function reviewCommentCard(e: GitHubReviewCommentEvent): CardModel {
  const what =
    e.action === 'created' ? 'New review comment' : `Review comment ${snakeToWords(e.action)}`;
  const title = `${repoTag(e.repo)} ${what} on ${prLabel(e.pr)}`;
  const deleted = e.action === 'deleted';
  return {
    source: SOURCE,
    summary: `${title} by ${e.commenter}`,
    title,
    // A deleted comment's anchor no longer exists; the pull request does.
    titleUrl: deleted ? e.pr.url : e.url,
    subtitle: `Comment by ${e.commenter}`,
    accent: 'default',
    text: deleted ? undefined : e.body,
    facts: facts(['File', fileLine(e.path, e.line)]),
    links: [...(deleted ? [] : [{ title: 'View comment', url: e.url }]), prLink(e.pr)],
  };
}

export function reviewThreadCard(e: GitHubReviewThreadEvent): CardModel {
  const verb = snakeToWords(e.action);
  const title = `${repoTag(e.repo)} Review thread ${verb} on ${prLabel(e.pr)}`;
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.url,
    subtitle: e.sender ? `${capitalize(verb)} by ${e.sender}` : undefined,
    // A resolved thread is settled; a reopened one needs someone again.
    accent: e.action === 'resolved' ? 'good' : e.action === 'unresolved' ? 'warning' : 'default',
    facts: facts(['File', fileLine(e.path, e.line)]),
    links: [{ title: 'View thread', url: e.url }, prLink(e.pr)],
  };
}
