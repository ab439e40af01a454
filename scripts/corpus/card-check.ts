import { validateAdaptiveCard } from '../../test/support/adaptive-validator.js';
import { TEAMS_MAX_BODY_BYTES, type ReceivedPost } from '../../test/support/fake-teams.js';
import { namesSubject, type Subject } from './subjects.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/**
 * Why a post to the fake Teams is not a valid Adaptive Card 1.4 within the Teams size limit
 * that names its subject, or undefined when it is all of that.
 */
export function cardProblem(post: ReceivedPost, subject: Subject): string | undefined {
  const bytes = Buffer.byteLength(post.raw, 'utf8');
  if (bytes > TEAMS_MAX_BODY_BYTES) {
    return `the card is ${bytes} bytes, over the ${TEAMS_MAX_BODY_BYTES}-byte Teams limit`;
  }
  const attachments = (post.body as { attachments?: unknown } | undefined)?.attachments;
  const first: unknown = Array.isArray(attachments) ? attachments[0] : undefined;
  const attachment = first as { contentType?: unknown; content?: unknown } | undefined;
  if (attachment?.contentType !== ADAPTIVE || typeof attachment.content !== 'object') {
    return 'the post is not a message with an Adaptive Card attachment';
  }
  const problems = validateAdaptiveCard(attachment.content as object);
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return `not a valid Adaptive Card 1.4: ${problems.slice(0, 3).join('; ')}${more}`;
  }
  if (!post.landed) return `Teams would not show it: ${post.problem ?? `answered ${post.status}`}`;
  if (!subject.ok) return subject.reason;
  if (!namesSubject(attachment.content, subject.text)) {
    return `the card does not name its subject ${JSON.stringify(subject.text)} (${subject.path})`;
  }
  return undefined;
}
