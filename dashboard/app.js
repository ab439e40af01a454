// The dashboard: one page, drawn from the API by hash route. No build step: plain modules.
import { get } from './api.js';
import { announce, fill, h } from './dom.js';
import { catalogView } from './views/catalog.js';
import { channelView } from './views/channel.js';
import { channelsView } from './views/channels.js';
import { orgView } from './views/org.js';
import { peopleView } from './views/people.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let me;
let current = new AbortController();

const ROUTES = [
  { pattern: /^#?\/?$/, title: 'Channels', draw: () => channelsView() },
  {
    pattern: /^#\/channels\/([\w-]+)$/,
    title: 'Channel',
    draw: (m, signal) => channelView(m[1], signal),
  },
  { pattern: /^#\/catalog$/, title: 'Catalog', draw: () => catalogView(me) },
  { pattern: /^#\/org$/, title: 'Organisation', draw: () => orgView(), admin: true },
  { pattern: /^#\/people$/, title: 'Users and teams', draw: () => peopleView(), admin: true },
];

function drawNav(hash) {
  const links = [
    ['#/', 'Channels'],
    ['#/catalog', 'Catalog'],
    ...(me.admin
      ? [
          ['#/org', 'Organisation'],
          ['#/people', 'Users and teams'],
          ['/admin/queues', 'Queues'],
        ]
      : []),
  ];
  fill(
    nav,
    links.map(([href, text]) =>
      h(
        'li',
        {},
        h('a', { href, 'aria-current': (hash || '#/') === href ? 'page' : undefined }, text),
      ),
    ),
  );
}

async function render() {
  current.abort();
  current = new AbortController();
  const { signal } = current;
  const hash = window.location.hash;
  drawNav(hash);
  const route = ROUTES.find((r) => r.pattern.test(hash));
  if (!route || (route.admin && !me.admin)) {
    fill(
      main,
      h('h1', { tabindex: '-1' }, 'Not here'),
      h('p', {}, h('a', { href: '#/' }, 'Back to the channels')),
    );
    return;
  }
  document.title = `${route.title} · connector-relay`;
  fill(main, h('p', { 'aria-busy': 'true' }, 'Loading…'));
  try {
    const content = await route.draw(hash.match(route.pattern), signal);
    if (signal.aborted) return;
    fill(main, content);
  } catch (err) {
    if (signal.aborted) return;
    fill(
      main,
      h('h1', { tabindex: '-1' }, route.title),
      h('p', { class: 'note error', role: 'alert' }, err.message),
    );
  }
  // Keyboard and screen-reader users land on the new view's heading.
  main.querySelector('h1')?.focus();
}

async function start() {
  try {
    me = await get('/api/v1/me');
  } catch (err) {
    announce(err.message, 'error');
    return;
  }
  window.addEventListener('hashchange', () => {
    document.getElementById('status')?.replaceChildren();
    void render();
  });
  await render();
}

void start();
