import { usableSecrets } from '../connectors/kit/hmac.js';
import type { IngestRequest, SampleEvent, Sender } from '../connectors/types.js';
import { RelayError } from '../core/errors.js';

/** The sample for `event`, or the sender's default one; a 404 lists the samples there are. */
export function sampleFor(sender: Sender, event: string | undefined): SampleEvent {
  if (event === undefined) return sender.samples[0];
  const sample = sender.samples.find((s) => s.event === event);
  if (sample) return sample;
  const known = sender.samples.map((s) => s.event);
  throw new RelayError(
    'NOT_FOUND',
    `no ${sender.name} sample for event '${event}'; samples exist for: ${known.join(', ')}`,
    { events: known },
  );
}

/** The sample as the sender would send it to `callbackUrl`, signed with the newest secret. */
export function sampleRequest(
  sender: Sender,
  sample: SampleEvent,
  callbackUrl: string,
  secrets: readonly string[],
  receivedAt: number,
): IngestRequest {
  const rawBody = Buffer.from(sample.body, 'utf8');
  const unsigned = { rawBody, callbackUrl, headers: sample.headers, receivedAt };
  const secret = sender.secret === 'none' ? undefined : usableSecrets(secrets)[0];
  const signature = secret === undefined ? {} : sender.sign(unsigned, secret);
  return { method: 'POST', ...unsigned, headers: { ...sample.headers, ...signature } };
}
