import { randomBytes } from 'node:crypto';
import { senderFor } from '../../src/connectors/registry.js';
import type { CorpusFolder } from './folders.js';
import { WORKFLOW_ID, type Harness } from './harness.js';
import { replayFile, type FileResult, type Target } from './replay-file.js';
import { HEADER_RULES } from './sender-headers.js';
import { SUBJECT_PATHS } from './subjects.js';

export interface ReplayOutcome {
  results: FileResult[];
  /** Problems of the run as a whole (posts no file accounts for), not of one file. */
  problems: string[];
}

/** Every file of a folder failed for the same reason, before anything was sent. */
function allFailed(folder: CorpusFolder, reason: string): FileResult[] {
  return folder.files.map((f) => ({
    type: folder.type,
    file: `${folder.folder}/${f.name}`,
    ok: false,
    expected: 'card',
    unsent: true,
    reason,
  }));
}

async function targetFor(
  folder: CorpusFolder,
  harness: Harness,
): Promise<Target | { reason: string }> {
  const sender = senderFor(folder.type);
  if (!sender) return { reason: `no such connector type '${folder.type}'` };
  const rule = HEADER_RULES.get(folder.type);
  if (!rule) return { reason: `no header rules for connector type '${folder.type}'` };
  if (!SUBJECT_PATHS.has(folder.type)) {
    return { reason: `no subject paths for connector type '${folder.type}'` };
  }
  const wanted =
    sender.secret === 'none' ? undefined : (rule.secret?.() ?? randomBytes(16).toString('hex'));
  try {
    const connector = await harness.createConnector(folder.type, wanted);
    // A sender that requires a secret may have been given one by the relay instead.
    const secret = sender.secret === 'none' ? undefined : (connector.secret ?? wanted);
    return { type: folder.type, sender, rule, connector, secret, queued: new Map() };
  } catch (err) {
    return { reason: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * A test event through the first connector, queued after every corpus event on the same
 * channel: when it arrives, everything before it was settled, so any post beyond the cards
 * counted is one no file accounts for (a handshake that posted after all, a card sent twice).
 */
async function closingCheck(
  harness: Harness,
  connectorId: string,
  queued: number,
  timeoutMs: number,
): Promise<string[]> {
  const before = harness.teams.posts(WORKFLOW_ID).length;
  const res = await harness.api('POST', `/api/v1/connectors/${connectorId}/test`, {});
  if (res.status !== 202) {
    return [`the closing test event was answered ${res.status}: ${JSON.stringify(res.body)}`];
  }
  try {
    await harness.teams.waitForPosts(WORKFLOW_ID, before + 1, timeoutMs);
  } catch {
    return [`the closing test event did not arrive within ${timeoutMs} ms`];
  }
  const extra = harness.teams.posts(WORKFLOW_ID).length - (queued + 1);
  return extra === 0
    ? []
    : [`${extra} post(s) reached Teams beyond one per queued event: cards may be misattributed`];
}

/** Each folder in turn through its connector; files one at a time, each card awaited. */
export async function replayCorpus(
  folders: readonly CorpusFolder[],
  harness: Harness,
  cardTimeoutMs: number,
): Promise<ReplayOutcome> {
  const results: FileResult[] = [];
  let firstConnector: string | undefined;
  for (const folder of folders) {
    const target = await targetFor(folder, harness);
    if ('reason' in target) {
      results.push(...allFailed(folder, target.reason));
      continue;
    }
    firstConnector ??= target.connector.id;
    // Files the sender sends unsigned (Sentry's legacy plugin) go where a user would send
    // them: to a second connector of the type, one without a secret.
    let unsigned: Target | undefined;
    for (const file of folder.files) {
      const alone = target.rule.unsigned?.(file) === true && target.sender.secret === 'optional';
      if (alone) {
        unsigned ??= {
          ...target,
          connector: await harness.createConnector(folder.type, undefined),
          secret: undefined,
          queued: target.queued,
        };
      }
      results.push(await replayFile(file, alone ? unsigned! : target, harness, cardTimeoutMs));
    }
  }
  const queued = results.filter((r) => r.deliveryId !== undefined).length;
  const problems =
    firstConnector === undefined
      ? []
      : await closingCheck(harness, firstConnector, queued, cardTimeoutMs);
  return { results, problems };
}
