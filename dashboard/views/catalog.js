import { api, get } from '../api.js';
import { cardPreview } from '../card-preview.js';
import { announce, busy, fill, h, table } from '../dom.js';

const LIFECYCLES = ['available', 'retired', 'scheduled'];

/** The connector types, each with its preview card; admins set their lifecycle. */
export async function catalogView(me) {
  const catalog = await get('/api/v1/catalog');
  const preview = h('section', {
    id: 'preview',
    'aria-labelledby': 'preview-title',
    'aria-live': 'polite',
  });
  const rows = catalog.map((entry) => {
    const show = h('button', { type: 'button' }, 'Preview');
    show.addEventListener('click', () =>
      busy(show, async () => {
        const card = await get(`/api/v1/catalog/${entry.id}/preview`);
        fill(
          preview,
          h('h2', { id: 'preview-title', tabindex: '-1' }, `${entry.name}: ${card.event}`),
          h('p', { class: 'hint' }, card.summary),
          card.problem ? h('p', { class: 'note warning' }, card.problem) : '',
          cardPreview(card.card, 'adaptive'),
        );
        preview.querySelector('h2')?.focus();
      }),
    );
    return h(
      'tr',
      { 'data-type': entry.id },
      h('td', {}, entry.name),
      h('td', {}, entry.kind),
      h('td', {}, me.admin ? lifecycleControl(entry) : entry.lifecycle),
      h('td', {}, show),
    );
  });
  return [
    h('h1', { tabindex: '-1' }, 'Catalog'),
    table('Connector types', ['Service', 'Kind', 'Lifecycle', 'Card'], rows),
    preview,
  ];
}

function lifecycleControl(entry) {
  const id = `lc-${entry.id}`;
  const select = h(
    'select',
    { id, 'aria-label': `Lifecycle of ${entry.name}` },
    LIFECYCLES.map((l) => h('option', { value: l, selected: entry.lifecycle === l }, l)),
  );
  const from = h('input', {
    type: 'datetime-local',
    'aria-label': `${entry.name} available from`,
    hidden: entry.lifecycle !== 'scheduled',
  });
  const save = h('button', { type: 'button' }, 'Set');
  select.addEventListener('change', () => {
    from.hidden = select.value !== 'scheduled';
  });
  save.addEventListener('click', () =>
    busy(save, async () => {
      const body = { lifecycle: select.value };
      if (select.value === 'scheduled') {
        if (!from.value) throw new Error('Say from when the type is available.');
        body.availableFrom = new Date(from.value).toISOString();
      }
      await api('PATCH', `/api/v1/catalog/${entry.id}`, body);
      announce(`${entry.name} is now ${select.value}.`);
    }),
  );
  return h('div', { class: 'inline' }, select, from, save);
}
