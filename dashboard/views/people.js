import { api, get } from '../api.js';
import { announce, busy, fill, h, onSubmit, table, when } from '../dom.js';

/** A new token to show once the page is drawn again: it is never shown a second time. */
let tokenToShow;

const tokenNote = (name, token) =>
  h(
    'p',
    { class: 'note warning' },
    `Token for ${name}, shown only now: `,
    h('code', { class: 'mono' }, token),
  );

/** Users and teams: create them, add members, reset a token. Admins only. */
export async function peopleView() {
  const [{ users }, { teams }] = await Promise.all([get('/api/v1/users'), get('/api/v1/teams')]);
  const members = await Promise.all(teams.map((t) => get(`/api/v1/teams/${t.id}`)));
  const names = new Map(users.map((u) => [u.id, u.name]));
  const secret = h('div', { id: 'new-token', 'aria-live': 'polite' });
  const showToken = (name, token) => fill(secret, tokenNote(name, token));
  if (tokenToShow) {
    showToken(tokenToShow.name, tokenToShow.token);
    tokenToShow = undefined;
  }
  const redraw = () => window.dispatchEvent(new HashChangeEvent('hashchange'));

  const userRows = users.map((user) => {
    const reset = h('button', { type: 'button' }, 'Reset token');
    reset.addEventListener('click', () =>
      busy(reset, async () => {
        if (!window.confirm(`Give ${user.name} a new token? The old one stops working now.`))
          return;
        const result = await api('POST', `/api/v1/users/${user.id}/token`);
        showToken(result.name, result.token);
      }),
    );
    return h(
      'tr',
      {},
      h('td', {}, user.name),
      h('td', {}, h('code', {}, user.id)),
      h('td', {}, user.admin ? 'admin' : 'user'),
      h('td', {}, when(user.createdAt)),
      h('td', {}, reset),
    );
  });

  const teamRows = members.map((team) =>
    h(
      'tr',
      {},
      h('td', {}, team.name),
      h('td', {}, team.connectorsEnabled ? 'on' : 'off'),
      h(
        'td',
        {},
        (team.members ?? [])
          .map((m) => `${names.get(m.userId) ?? m.userId} (${m.role})`)
          .join(', ') || '—',
      ),
    ),
  );

  return [
    h('h1', { tabindex: '-1' }, 'Users and teams'),
    secret,
    table('Users', ['Name', 'Id', 'Kind', 'Created', ''], userRows),
    newUserForm(redraw),
    table('Teams', ['Team', 'Connectors', 'Members'], teamRows),
    newTeamForm(users, redraw),
    teams.length && users.length ? memberForm(teams, users, redraw) : '',
  ];
}

function newUserForm(redraw) {
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'new-user-title' },
    h('h2', { id: 'new-user-title' }, 'Add a user'),
    h('label', { for: 'nu-name' }, 'Name'),
    h('input', { id: 'nu-name', name: 'name', required: true, maxlength: '200' }),
    h(
      'div',
      { class: 'check' },
      h('input', { type: 'checkbox', id: 'nu-admin', name: 'admin' }),
      h('label', { for: 'nu-admin' }, 'Org admin'),
    ),
    h('button', { type: 'submit' }, 'Add user'),
  );
  return onSubmit(form, async (data) => {
    const user = await api('POST', '/api/v1/users', {
      name: data.get('name'),
      admin: data.get('admin') === 'on',
    });
    tokenToShow = { name: user.name, token: user.token };
    announce(`User ${user.name} added.`);
    redraw();
  });
}

function newTeamForm(users, redraw) {
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'new-team-title' },
    h('h2', { id: 'new-team-title' }, 'Add a team'),
    h('label', { for: 'nt-name' }, 'Name'),
    h('input', { id: 'nt-name', name: 'name', required: true, maxlength: '200' }),
    h('label', { for: 'nt-owner' }, 'Owner'),
    h(
      'select',
      { id: 'nt-owner', name: 'owner' },
      h('option', { value: '' }, '— none yet —'),
      users.map((u) => h('option', { value: u.id }, u.name)),
    ),
    h('button', { type: 'submit' }, 'Add team'),
  );
  return onSubmit(form, async (data) => {
    const owner = data.get('owner');
    const team = await api('POST', '/api/v1/teams', {
      name: data.get('name'),
      ...(owner ? { owners: [owner] } : {}),
    });
    announce(`Team ${team.name} added.`);
    redraw();
  });
}

function memberForm(teams, users, redraw) {
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'member-title' },
    h('h2', { id: 'member-title' }, 'Add a member, or change a role'),
    h('label', { for: 'm-team' }, 'Team'),
    h(
      'select',
      { id: 'm-team', name: 'team' },
      teams.map((t) => h('option', { value: t.id }, t.name)),
    ),
    h('label', { for: 'm-user' }, 'User'),
    h(
      'select',
      { id: 'm-user', name: 'user' },
      users.map((u) => h('option', { value: u.id }, u.name)),
    ),
    h('label', { for: 'm-role' }, 'Role'),
    h(
      'select',
      { id: 'm-role', name: 'role' },
      h('option', { value: 'member' }, 'member'),
      h('option', { value: 'owner' }, 'owner'),
    ),
    h('button', { type: 'submit' }, 'Save membership'),
  );
  return onSubmit(form, async (data) => {
    await api('PUT', `/api/v1/teams/${data.get('team')}/members/${data.get('user')}`, {
      role: data.get('role'),
    });
    announce('Membership saved.');
    redraw();
  });
}
