import { api, get } from '../api.js';
import { announce, h, onSubmit } from '../dom.js';

const SWITCHES = [
  ['connectorsEnabled', 'Connectors enabled for the organisation', 'Off stops every team.'],
  [
    'connectorsEnabledForTeams',
    'Connectors enabled for Teams',
    'Off stops every team; each team has its own switch too.',
  ],
  [
    'actionableMessagesEnabled',
    'Actionable messages',
    'Off strips buttons that call back (HttpPOST, Action.Submit, …); links stay.',
  ],
];
const CLOUDS = ['commercial', 'gcc', 'gcch', 'dod'];

/** The org switches and the operators' alert channel: admins only (the API says so too). */
export async function orgView() {
  const org = await get('/api/v1/org');
  const { teams } = await get('/api/v1/teams');
  const channels = (
    await Promise.all(
      teams.map(async (team) =>
        (await get(`/api/v1/teams/${team.id}/channels`)).channels.map((c) => ({ team, c })),
      ),
    )
  ).flat();
  const form = h(
    'form',
    { class: 'stack' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Switches'),
      SWITCHES.map(([name, label, hint]) =>
        h(
          'div',
          { class: 'check' },
          h('input', { type: 'checkbox', id: `org-${name}`, name, checked: org[name] }),
          h('label', { for: `org-${name}` }, label),
          h('p', { class: 'hint' }, hint),
        ),
      ),
    ),
    h('label', { for: 'org-cloud' }, 'Cloud'),
    h(
      'select',
      { id: 'org-cloud', name: 'cloud' },
      CLOUDS.map((cloud) => h('option', { value: cloud, selected: org.cloud === cloud }, cloud)),
    ),
    h(
      'p',
      { class: 'hint' },
      'gcc, gcch and dod refuse custom connectors; moving into one turns the connector switches off.',
    ),
    h('label', { for: 'org-alerts' }, 'Alert channel (receives operator alerts)'),
    h(
      'select',
      { id: 'org-alerts', name: 'alertChannelId' },
      h('option', { value: '' }, '— none —'),
      channels.map(({ team, c }) =>
        h(
          'option',
          { value: c.id, selected: org.alertChannelId === c.id },
          `${c.name} (${team.name})`,
        ),
      ),
    ),
    h('button', { type: 'submit' }, 'Save settings'),
  );
  onSubmit(form, async (data) => {
    const patch = { cloud: data.get('cloud') };
    for (const [name] of SWITCHES) patch[name] = data.get(name) === 'on';
    const alert = data.get('alertChannelId');
    patch.alertChannelId = alert ? alert : null;
    await api('PATCH', '/api/v1/org', patch);
    announce('Settings saved.');
  });
  return [h('h1', { tabindex: '-1' }, 'Organisation'), form];
}
