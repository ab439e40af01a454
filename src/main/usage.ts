import { RELAY_ROLES, settingsHelp } from '../config/index.js';
import { RELAY_VERSION } from '../relay/version.js';

const COMMANDS: Array<[string, string]> = [
  ['serve [--role all|api|worker]', 'start the relay (the default command)'],
  ['org show', "a running relay's organisation switches (--url/RELAY_URL, --token/ADMIN_TOKEN)"],
  [
    'org set --connectors-enabled B …',
    'change them: --connectors-enabled, --connectors-enabled-for-teams,',
  ],
  ['', '--connectors-actionable-messages-enabled (true|false), --cloud'],
  ['help', 'show this help (also --help, -h)'],
  ['version', 'print the version (also --version, -v)'],
];

/** A default as the help shows it: unset variables and empty lists read as such. */
const shown = (value: string | undefined) =>
  value === undefined ? '(unset)' : value === '' ? '(none)' : value;

/** The help text; the variables come from the settings schema, so it cannot drift from it. */
export function usage(): string {
  const width = (rows: string[]) => Math.max(...rows.map((r) => r.length)) + 2;
  const cw = width(COMMANDS.map(([c]) => c));
  const settings = settingsHelp();
  const sw = width(settings.map((s) => s.name));
  const dw = width(settings.map((s) => shown(s.default)));
  const lines = [
    `connector-relay ${RELAY_VERSION}: a webhook relay for Microsoft Teams`,
    '',
    'Usage: connector-relay [command] [options]',
    '',
    'Commands:',
    ...COMMANDS.map(([c, what]) => `  ${c.padEnd(cw)}${what}`),
    '',
    'Options:',
    `  --role ROLE   ${RELAY_ROLES.join(', ')}; overrides RELAY_ROLE`,
    '  --help, -h    show this help',
    '  --version, -v print the version',
    '',
    'Environment (all optional; name, default, meaning):',
    ...settings.map((s) => `  ${s.name.padEnd(sw)}${shown(s.default).padEnd(dw)}${s.description}`),
    '',
    'See the README for what each setting does and how to run the relay in production.',
  ];
  return lines.join('\n');
}
