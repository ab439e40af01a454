import type { Accent } from '../../core/card-model.js';

/**
 * The plugin names a build's state in the card's `Status` fact, in the words of its
 * CardBuilder (`Started`, `Build Success`, `Back to Normal`, …). They become the event names
 * a connector's filter lists; a pipeline step's `office365ConnectorSend` message, whose
 * status is whatever the pipeline says, is the `message` event.
 */
export const JENKINS_EVENTS = [
  'started',
  'success',
  'failure',
  'repeated_failure',
  'back_to_normal',
  'unstable',
  'aborted',
  'not_built',
  'message',
] as const;

export type JenkinsEventName = (typeof JENKINS_EVENTS)[number];

/** The plugin's words, lower-cased, and the `Result` names Jenkins itself prints. */
const STATUS_EVENTS: ReadonlyMap<string, JenkinsEventName> = new Map<string, JenkinsEventName>([
  ['started', 'started'],
  ['build success', 'success'],
  ['success', 'success'],
  ['build failed', 'failure'],
  ['failed', 'failure'],
  ['failure', 'failure'],
  ['repeated failure', 'repeated_failure'],
  ['back to normal', 'back_to_normal'],
  ['build unstable', 'unstable'],
  ['unstable', 'unstable'],
  ['build aborted', 'aborted'],
  ['aborted', 'aborted'],
  ['not_built', 'not_built'],
  ['not built', 'not_built'],
]);

const ACCENTS: Readonly<Record<JenkinsEventName, Accent | undefined>> = {
  started: 'accent',
  success: 'good',
  back_to_normal: 'good',
  failure: 'attention',
  repeated_failure: 'attention',
  unstable: 'warning',
  aborted: 'default',
  not_built: 'default',
  // A step's message is coloured as the step asked (the card's colour).
  message: undefined,
};

export function statusEvent(status: string | undefined): JenkinsEventName | undefined {
  return status === undefined ? undefined : STATUS_EVENTS.get(status.trim().toLowerCase());
}

/**
 * A status the plugin does not write today, on a card that reports a build's state: its
 * words as an event name (`Build Skipped` → `skipped`), at most 64 characters.
 */
export function newStatusEvent(status: string): string | undefined {
  const slug = status
    .slice(0, 200)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^build_/, '')
    .slice(0, 64);
  return slug.length > 0 ? slug : undefined;
}

export function statusAccent(event: string): Accent | undefined {
  return Object.hasOwn(ACCENTS, event) ? ACCENTS[event as JenkinsEventName] : undefined;
}

/** The Adaptive colour names the plugin uses for the headline. */
const COLOR_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['good', 'good'],
  ['warning', 'warning'],
  ['attention', 'attention'],
  ['accent', 'accent'],
]);

/**
 * A card colour as an accent: Adaptive colour names as they are; a hex `themeColor` by its
 * hue (the plugin's `#00FF00` success, Jenkins' red `#CC0003`, blue `3479BF`), grey as none.
 */
export function colorAccent(color: string | undefined): Accent | undefined {
  if (color === undefined) return undefined;
  const named = COLOR_ACCENTS.get(color.toLowerCase());
  if (named !== undefined) return named;
  const hex = color.trim().replace(/^#/, '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max < 0.2 || max - min < 0.15 * max) return 'default';
  const d = max - min;
  const hue =
    max === r
      ? (60 * ((g - b) / d) + 360) % 360
      : max === g
        ? 60 * ((b - r) / d) + 120
        : 60 * ((r - g) / d) + 240;
  if (hue < 15 || hue >= 330) return 'attention';
  if (hue < 70) return 'warning';
  if (hue < 170) return 'good';
  if (hue < 260) return 'accent';
  return 'default';
}
