import { api, get } from '../api.js';
import { announce, busy, fill, h, onSubmit, when } from '../dom.js';

/** May the caller manage connectors here? The API decides; this only hides buttons it would refuse. */
function mayManage(me, team) {
  return me.admin || team?.role === 'owner' || team?.role === 'member';
}

/** A channel's connectors: ingest URL to copy, setup hint, test event, rotate, remove, add. */
export async function connectorsSection(channel, catalog, ctx) {
  const section = h('section', { 'aria-labelledby': 'connectors-title' });
  const types = new Map(catalog.map((entry) => [entry.id, entry]));
  const draw = async () => {
    const { connectors } = await get(`/api/v1/channels/${channel.id}/connectors`);
    fill(
      section,
      h('h2', { id: 'connectors-title' }, 'Connectors'),
      connectors.length === 0 ? h('p', {}, 'No connector posts to this channel yet.') : '',
      h(
        'ul',
        { class: 'connectors' },
        connectors.map((c) => connectorItem(c, types.get(c.type), { ...ctx, redraw: draw })),
      ),
      mayManage(ctx.me, ctx.team) ? addForm(channel, catalog, draw) : '',
    );
  };
  await draw();
  return section;
}

function connectorItem(connector, type, ctx) {
  const item = h('li', { class: 'connector', 'data-connector': connector.id });
  const rotation = h('p', { class: 'hint', 'aria-live': 'polite' });
  if (connector.previousValidUntil) {
    fill(
      rotation,
      'The replaced URL keeps working until ',
      when(connector.previousValidUntil),
      '.',
    );
  }
  const urlId = `url-${connector.id}`;
  const copy = h('button', { type: 'button' }, 'Copy');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(connector.ingestUrl);
      announce('Ingest URL copied.');
    } catch {
      // No clipboard (plain http, or denied): select the text so Ctrl+C copies it.
      const input = document.getElementById(urlId);
      input?.select();
      announce('Press Ctrl+C (⌘C) to copy the selected URL.');
    }
  });
  const test = h('button', { type: 'button' }, 'Send test event');
  test.addEventListener('click', () =>
    busy(test, async () => {
      const result = await api('POST', `/api/v1/connectors/${connector.id}/test`, {});
      announce(
        result.deliveryId
          ? `Test event queued (delivery ${result.deliveryId}).`
          : `Test event not queued: ${result.status}`,
      );
      await ctx.refresh();
    }),
  );
  const rotate = h('button', { type: 'button' }, 'Rotate ingest URL');
  rotate.addEventListener('click', () =>
    busy(rotate, async () => {
      if (!window.confirm('Issue a new ingest URL? The old one keeps working for a grace period.'))
        return;
      const result = await api('POST', `/api/v1/connectors/${connector.id}/rotate`);
      connector.ingestUrl = result.ingestUrl;
      const input = document.getElementById(urlId);
      if (input) input.value = result.ingestUrl;
      fill(
        rotation,
        'New URL issued. The old one keeps working until ',
        when(result.previousValidUntil),
        '.',
      );
      announce('Ingest URL rotated: paste the new one into the service.');
    }),
  );
  const remove = h('button', { type: 'button', class: 'danger' }, 'Remove');
  remove.addEventListener('click', () =>
    busy(remove, async () => {
      if (!window.confirm(`Remove the ${type?.name ?? connector.type} connector?`)) return;
      await api('DELETE', `/api/v1/connectors/${connector.id}`);
      announce('Connector removed.');
      await ctx.redraw();
    }),
  );
  fill(
    item,
    h(
      'h3',
      {},
      connector.name ?? type?.name ?? connector.type,
      ' ',
      h('span', { class: 'subtle' }, `(${connector.type})`),
    ),
    h(
      'p',
      { class: 'hint' },
      'Added by ',
      connector.createdBy === ctx.me.id ? 'you' : connector.createdBy,
      ' ',
      when(connector.createdAt),
    ),
    connector.ingestUrl
      ? h(
          'div',
          { class: 'copy-row' },
          h('label', { for: urlId }, 'Ingest URL'),
          h('input', { id: urlId, readonly: true, value: connector.ingestUrl, class: 'mono' }),
          copy,
        )
      : h('p', { class: 'hint' }, 'The ingest URL is shown to people who may manage connectors.'),
    rotation,
    type?.setupHint
      ? h('details', {}, h('summary', {}, 'How to set up the sender'), h('p', {}, type.setupHint))
      : '',
    connector.ingestUrl ? h('div', { class: 'actions' }, test, rotate, remove) : '',
  );
  return item;
}

function addForm(channel, catalog, redraw) {
  const available = catalog.filter((entry) => entry.lifecycle === 'available');
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'add-connector-title' },
    h('h3', { id: 'add-connector-title' }, 'Add a connector'),
    h('label', { for: 'ac-type' }, 'Service'),
    h(
      'select',
      { id: 'ac-type', name: 'type' },
      available.map((entry) => h('option', { value: entry.id }, entry.name)),
    ),
    h('button', { type: 'submit' }, 'Add connector'),
    result,
  );
  onSubmit(form, async (data) => {
    const created = await api('POST', `/api/v1/channels/${channel.id}/connectors`, {
      type: data.get('type'),
    });
    await redraw();
    announce(
      created.secret
        ? `Connector added. Its secret, shown only now: ${created.secret}`
        : 'Connector added.',
    );
  });
  return form;
}
