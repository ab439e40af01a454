import { api, get } from '../api.js';
import { cardPreview } from '../card-preview.js';
import { announce, budgetText, fill, h, onSubmit, statusBadge } from '../dom.js';
import { connectorsSection } from './connectors.js';
import { deliveriesSection } from './deliveries.js';

/** One channel: its state, Update URL, its connectors, its deliveries and its last card. */
export async function channelView(channelId, signal) {
  const [channel, catalog, me] = await Promise.all([
    get(`/api/v1/channels/${channelId}`),
    get('/api/v1/catalog'),
    get('/api/v1/me'),
  ]);
  const summary = h('div', { id: 'channel-summary' });
  const deliveries = h('section', { 'aria-labelledby': 'deliveries-title' });
  const lastCard = h('section', { 'aria-labelledby': 'last-card-title' });

  const refresh = async () => {
    const fresh = await get(`/api/v1/channels/${channelId}`);
    fill(summary, summaryOf(fresh));
    await Promise.all([
      deliveriesSection(deliveries, channelId, refresh),
      lastCardSection(lastCard, channelId),
    ]);
    return fresh;
  };
  fill(summary, summaryOf(channel));
  const team = me.teams.find((t) => t.id === channel.teamId);
  await Promise.all([
    deliveriesSection(deliveries, channelId, refresh),
    lastCardSection(lastCard, channelId),
  ]);
  return [
    h('p', {}, h('a', { href: '#/' }, '← All channels')),
    h('h1', { tabindex: '-1' }, channel.name),
    summary,
    updateUrlForm(channelId, refresh, signal),
    await connectorsSection(channel, catalog, { me, team, refresh }),
    deliveries,
    lastCard,
  ];
}

function summaryOf(channel) {
  const waiting = channel.queue.queued + channel.queue.inflight;
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Status'),
    h('dd', { id: 'channel-status' }, statusBadge(channel)),
    h('dt', {}, 'Kind'),
    h('dd', {}, channel.kind),
    h('dt', {}, 'Webhook URL'),
    h('dd', {}, h('code', {}, channel.destination)),
    h('dt', {}, 'Budget use'),
    h('dd', {}, budgetText(channel.budgetUse)),
    h('dt', {}, 'Waiting'),
    h('dd', {}, `${waiting} queued, ${channel.queue.dead} dead`),
    channel.held
      ? [
          h('dt', {}, 'Held'),
          h('dd', {}, `connectors are switched off; held until ${channel.held.until}`),
        ]
      : '',
  );
}

/**
 * Update URL: the same rotation the API does. Parked events go out to the new URL in order;
 * the page follows them until nothing waits.
 */
function updateUrlForm(channelId, refresh, signal) {
  const input = h('input', {
    id: 'new-url',
    name: 'webhookUrl',
    type: 'url',
    required: true,
    autocomplete: 'off',
    placeholder: 'https://…',
  });
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'update-url-title' },
    h('h2', { id: 'update-url-title' }, 'Update URL'),
    h(
      'p',
      { class: 'hint' },
      'Paste the channel’s new webhook URL. Events held for this channel then go out to it, in order.',
    ),
    h('label', { for: 'new-url' }, 'New webhook URL'),
    input,
    h('button', { type: 'submit' }, 'Update URL'),
  );
  onSubmit(form, async () => {
    const result = await api('POST', `/api/v1/channels/${channelId}/rotate`, {
      webhookUrl: input.value.trim(),
    });
    input.value = '';
    announce(
      result.warning ? `URL saved, but: ${result.warning}` : 'URL updated.',
      result.warning ? 'warning' : 'info',
    );
    await followUntilSettled(refresh, signal);
  });
  return form;
}

/** Re-reads the channel every second while events wait, for at most a minute. */
async function followUntilSettled(refresh, signal) {
  for (let i = 0; i < 60 && !signal.aborted; i++) {
    const channel = await refresh();
    if (channel.queue.queued + channel.queue.inflight === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function lastCardSection(section, channelId) {
  const title = h('h2', { id: 'last-card-title' }, 'Last card');
  try {
    const last = await get(`/api/v1/channels/${channelId}/last-card`);
    fill(
      section,
      title,
      h(
        'p',
        { class: 'hint' },
        `${last.connectorType} · ${last.eventName}`,
        last.digestId ? ` · went out in digest ${last.digestId}` : '',
      ),
      cardPreview(last.card, last.format),
    );
  } catch (err) {
    if (err.status !== 404) throw err;
    fill(section, title, h('p', {}, 'Nothing has been delivered to this channel yet.'));
  }
}
