import { api, get } from '../api.js';
import { announce, budgetText, h, onSubmit, statusBadge, table } from '../dom.js';

/** Every channel the caller can see, team by team, with what needs attention first. */
export async function channelsView() {
  const { teams } = await get('/api/v1/teams');
  const rows = [];
  for (const team of teams) {
    const { channels } = await get(`/api/v1/teams/${team.id}/channels`);
    const details = await Promise.all(channels.map((c) => get(`/api/v1/channels/${c.id}`)));
    for (const channel of details) rows.push({ team, channel });
  }
  rows.sort(
    (a, b) =>
      Number(b.channel.status === 'attention_required') -
        Number(a.channel.status === 'attention_required') ||
      a.team.name.localeCompare(b.team.name) ||
      a.channel.name.localeCompare(b.channel.name),
  );
  const attention = rows.filter((r) => r.channel.status === 'attention_required').length;
  return [
    h('h1', { tabindex: '-1' }, 'Channels'),
    teams.length === 0
      ? h('p', {}, 'You are not in any team yet. An org admin adds you to one.')
      : h(
          'p',
          {},
          `${rows.length} channel${rows.length === 1 ? '' : 's'} in ${teams.length} team${teams.length === 1 ? '' : 's'}`,
          attention ? `; ${attention} need${attention === 1 ? 's' : ''} attention.` : '.',
        ),
    rows.length === 0
      ? ''
      : table(
          'Channels and the state of their webhook URLs',
          ['Channel', 'Team', 'Kind', 'Webhook URL', 'Budget use', 'Waiting', 'Status'],
          rows.map(({ team, channel }) =>
            h(
              'tr',
              { 'data-channel': channel.id },
              h('td', {}, h('a', { href: `#/channels/${channel.id}` }, channel.name)),
              h('td', {}, team.name),
              h('td', {}, channel.kind),
              h('td', {}, h('code', {}, channel.destination)),
              h('td', {}, budgetText(channel.budgetUse)),
              h('td', {}, String(channel.queue.queued + channel.queue.inflight)),
              h('td', {}, statusBadge(channel)),
            ),
          ),
        ),
    teams.length === 0 ? '' : newChannelForm(teams),
  ];
}

/** Owners (and admins) add channels; the API refuses anyone else, and says so. */
function newChannelForm(teams) {
  const owned = teams.filter((t) => t.role === 'owner' || t.role === undefined);
  if (owned.length === 0) return '';
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'new-channel' },
    h('h2', { id: 'new-channel' }, 'Add a channel'),
    h('label', { for: 'nc-team' }, 'Team'),
    h(
      'select',
      { id: 'nc-team', name: 'team' },
      owned.map((t) => h('option', { value: t.id }, t.name)),
    ),
    h('label', { for: 'nc-name' }, 'Name'),
    h('input', { id: 'nc-name', name: 'name', required: true, maxlength: '200' }),
    h('label', { for: 'nc-url' }, 'Webhook URL (Workflows or connector)'),
    h('input', { id: 'nc-url', name: 'url', type: 'url', required: true, autocomplete: 'off' }),
    h('button', { type: 'submit' }, 'Add channel'),
  );
  onSubmit(form, async (data) => {
    const channel = await api('POST', `/api/v1/teams/${data.get('team')}/channels`, {
      name: data.get('name'),
      webhookUrl: data.get('url'),
    });
    announce(`Channel ${channel.name} added.`);
    window.location.hash = `#/channels/${channel.id}`;
  });
  return form;
}
