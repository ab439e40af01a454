import { api, get } from '../api.js';
import { announce, busy, fill, h, onSubmit, stateBadge, table, when } from '../dom.js';

const FAILED = new Set(['dead']);
const REPLAYABLE = new Set(['dead', 'delivered']);

const STATES = ['queued', 'retrying', 'delivered', 'dead', 'parked'];

/** The state shown per channel, kept while the page redraws the section. */
const shownState = new Map();

/** Recent deliveries with every attempt, replay of one, and replay of all failed since a time. */
export async function deliveriesSection(section, channelId, refresh) {
  const state = shownState.get(channelId) ?? '';
  const query = `limit=50${state ? `&state=${state}` : ''}`;
  const { deliveries } = await get(`/api/v1/channels/${channelId}/deliveries?${query}`);
  const failed = deliveries.filter((d) => FAILED.has(d.state)).length;
  const filter = h(
    'select',
    { id: 'deliveries-state' },
    h('option', { value: '' }, 'every state'),
    STATES.map((s) => h('option', { value: s, selected: s === state }, s)),
  );
  filter.addEventListener('change', () => {
    shownState.set(channelId, filter.value);
    void deliveriesSection(section, channelId, refresh).then(() =>
      document.getElementById('deliveries-state')?.focus(),
    );
  });
  fill(
    section,
    h('h2', { id: 'deliveries-title' }, 'Deliveries'),
    h(
      'div',
      { class: 'inline' },
      h('label', { for: 'deliveries-state' }, 'Show deliveries in'),
      filter,
    ),
    deliveries.length === 0
      ? h('p', {}, state ? `No ${state} deliveries among the recent ones.` : 'No events yet.')
      : table(
          `The 50 most recent${state ? ` ${state}` : ''} deliveries, newest first`,
          ['Received', 'Event', 'State', 'Attempts', 'Digest', ''],
          deliveries.map((d) => row(d, refresh)),
        ),
    bulkReplayForm(channelId, refresh, failed),
  );
}

function row(delivery, refresh) {
  const replay = REPLAYABLE.has(delivery.state) ? h('button', { type: 'button' }, 'Replay') : '';
  if (replay) {
    replay.addEventListener('click', () =>
      busy(replay, async () => {
        const result = await api('POST', `/api/v1/deliveries/${delivery.id}/replay`);
        announce(
          result.warning
            ? `Replayed, but: ${result.warning}`
            : `Delivery queued again (${result.state}).`,
        );
        await refresh();
      }),
    );
  }
  return h(
    'tr',
    { 'data-delivery': delivery.id, 'data-state': delivery.state },
    h('td', {}, when(delivery.receivedAt)),
    h(
      'td',
      {},
      `${delivery.connectorType} · ${delivery.eventName}`,
      delivery.test ? ' (test)' : '',
    ),
    h('td', {}, stateBadge(delivery.state)),
    h(
      'td',
      {},
      delivery.log.length === 0
        ? '—'
        : h(
            'ol',
            { class: 'attempts' },
            delivery.log.map((a) =>
              h(
                'li',
                {},
                `${a.outcome}${a.status ? ` ${a.status}` : ''}`,
                a.reason ? h('span', { class: 'subtle' }, ` — ${a.reason}`) : '',
              ),
            ),
          ),
    ),
    h('td', {}, delivery.digestId ?? ''),
    h('td', {}, replay),
  );
}

function bulkReplayForm(channelId, refresh, failed) {
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
  // datetime-local wants local time without a zone.
  const local = new Date(yesterday.getTime() - yesterday.getTimezoneOffset() * 60000)
    .toISOString()
    .slice(0, 16);
  const input = h('input', {
    id: 'replay-since',
    type: 'datetime-local',
    value: local,
    required: true,
  });
  const button = h('button', { type: 'submit' }, 'Replay all failed');
  const form = h(
    'form',
    { class: 'inline' },
    h(
      'label',
      { for: 'replay-since' },
      `Replay every failed delivery (${failed} shown above) since`,
    ),
    input,
    button,
  );
  onSubmit(form, async () => {
    const since = new Date(input.value).toISOString();
    const result = await api('POST', `/api/v1/channels/${channelId}/replay`, { since });
    announce(
      `${result.replayed.length} queued again; ${result.waiting} still waiting on their own.`,
    );
    await refresh();
  });
  return form;
}
