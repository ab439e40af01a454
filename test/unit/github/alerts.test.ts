import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import {
  codeScanningAlertPayload,
  dependabotAlertPayload,
  secretScanningAlertPayload,
  securityAdvisoryPayload,
  vulnerabilityAlertPayload,
} from '../../fixtures/github/security-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';

describe('GitHub code_scanning_alert', () => {
  it('shows the rule, severity, tool, location and state', () => {
    const c = cardFor('code_scanning_alert', codeScanningAlertPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] Code scanning alert #10 created: Database query built from user-controlled sources',
    );
    expect(c.titleUrl).toBe(`${REPO_URL}/security/code-scanning/10`);
    expect(c.subtitle).toBe('Found by CodeQL');
    expect(c.accent).toBe('attention');
    expect(c.facts).toEqual([
      { title: 'Severity', value: 'high' },
      { title: 'Location', value: 'src/db.ts:84' },
      { title: 'Ref', value: 'main' },
      { title: 'State', value: 'open' },
    ]);
  });

  it.each([
    ['critical', 'attention'],
    ['medium', 'warning'],
    ['low', 'default'],
  ])('colours an open %s alert', (level, accent) => {
    const payload = codeScanningAlertPayload({
      alert: { rule: { security_severity_level: level } },
    });
    expect(cardFor('code_scanning_alert', payload).accent).toBe(accent);
  });

  it('falls back to the rule’s own severity and to its id', () => {
    const payload = codeScanningAlertPayload({
      alert: { rule: { security_severity_level: null, severity: 'warning', description: '' } },
    });
    const c = cardFor('code_scanning_alert', payload);
    expect(c.title).toBe('[octo-org/octo-repo] Code scanning alert #10 created: js/sql-injection');
    expect(c.accent).toBe('warning');
  });

  it('shows a fixed alert in green, and one dismissed as a false positive too', () => {
    const fixed = codeScanningAlertPayload({ action: 'fixed', alert: { state: 'fixed' } });
    expect(cardFor('code_scanning_alert', fixed).accent).toBe('good');
    const dismissed = codeScanningAlertPayload({
      action: 'closed_by_user',
      alert: { state: 'dismissed', dismissed_reason: 'false positive' },
    });
    const c = cardFor('code_scanning_alert', dismissed);
    expect(c.title).toContain('Code scanning alert #10 dismissed:');
    expect(c.accent).toBe('good');
    expect(c.facts).toContainEqual({ title: 'Dismissed as', value: 'false positive' });
  });

  it('does not call an alert dismissed as "won\'t fix" good news', () => {
    const payload = codeScanningAlertPayload({
      action: 'closed_by_user',
      alert: { state: 'dismissed', dismissed_reason: "won't fix" },
    });
    expect(cardFor('code_scanning_alert', payload).accent).toBe('default');
  });

  it('calls an alert without a number malformed', () => {
    expect(
      malformedMessage('code_scanning_alert', without(codeScanningAlertPayload(), 'alert.number')),
    ).toBe('code_scanning_alert payload is missing alert.number');
  });
});

describe('GitHub dependabot_alert', () => {
  it('reads the package, advisory, manifest and fix', () => {
    expect(eventOf('dependabot_alert', dependabotAlertPayload(), 'dependabot_alert')).toMatchObject(
      {
        number: 20,
        state: 'open',
        package: 'semver',
        ecosystem: 'npm',
        severity: 'medium',
        ghsa: 'GHSA-c2qf-rxjj-qqgw',
        cve: 'CVE-2022-25883',
        manifest: 'package-lock.json',
        vulnerableRange: '< 7.5.2',
        fixedIn: '7.5.2',
      },
    );
  });

  it('shows a medium alert as a warning with what to upgrade to', () => {
    const c = cardFor('dependabot_alert', dependabotAlertPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Dependabot alert #20 created: semver (npm)');
    expect(c.accent).toBe('warning');
    expect(c.text).toBe('semver vulnerable to Regular Expression Denial of Service');
    expect(c.facts).toEqual([
      { title: 'Severity', value: 'medium' },
      { title: 'Advisory', value: 'GHSA-c2qf-rxjj-qqgw / CVE-2022-25883' },
      { title: 'Manifest', value: 'package-lock.json' },
      { title: 'Vulnerable', value: '< 7.5.2' },
      { title: 'Fixed in', value: '7.5.2' },
      { title: 'State', value: 'open' },
    ]);
  });

  it('colours by state and severity', () => {
    const critical = dependabotAlertPayload({
      alert: { security_vulnerability: { severity: 'critical' } },
    });
    expect(cardFor('dependabot_alert', critical).accent).toBe('attention');
    const fixed = dependabotAlertPayload({ action: 'fixed', alert: { state: 'fixed' } });
    expect(cardFor('dependabot_alert', fixed).accent).toBe('good');
    const accepted = dependabotAlertPayload({
      action: 'dismissed',
      alert: { state: 'dismissed', dismissed_reason: 'tolerable_risk' },
    });
    expect(cardFor('dependabot_alert', accepted).accent).toBe('default');
  });
});

describe('GitHub secret_scanning_alert', () => {
  it('shows the secret type in red while the alert is open', () => {
    const c = cardFor('secret_scanning_alert', secretScanningAlertPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] Secret scanning alert #3 created: GitHub Personal Access Token',
    );
    expect(c.titleUrl).toBe(`${REPO_URL}/security/secret-scanning/3`);
    expect(c.accent).toBe('attention');
    expect(c.facts).toEqual([
      { title: 'State', value: 'open' },
      { title: 'Validity', value: 'active' },
    ]);
  });

  it('shows a revoked secret in green and one left as "won’t fix" plainly', () => {
    const revoked = secretScanningAlertPayload({
      action: 'resolved',
      alert: { state: 'resolved', resolution: 'revoked' },
    });
    const c = cardFor('secret_scanning_alert', revoked);
    expect(c.accent).toBe('good');
    expect(c.facts).toContainEqual({ title: 'Resolution', value: 'revoked' });
    const kept = secretScanningAlertPayload({
      action: 'resolved',
      alert: { state: 'resolved', resolution: 'wont_fix' },
    });
    expect(cardFor('secret_scanning_alert', kept).accent).toBe('default');
  });

  it('flags a secret found in public whatever the state', () => {
    const payload = secretScanningAlertPayload({
      action: 'publicly_leaked',
      alert: { state: 'resolved', resolution: 'revoked', publicly_leaked: true },
    });
    const c = cardFor('secret_scanning_alert', payload);
    expect(c.title).toContain('Secret scanning alert #3 found in public');
    expect(c.accent).toBe('attention');
    expect(c.facts).toContainEqual({ title: 'Publicly leaked', value: 'yes' });
  });
});

describe('GitHub repository_vulnerability_alert', () => {
  it('shows the package, severity, affected range and fix', () => {
    const c = cardFor('repository_vulnerability_alert', vulnerabilityAlertPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Vulnerability alert #2 created: rack');
    expect(c.titleUrl).toBe(`${REPO_URL}/security/dependabot/2`);
    expect(c.accent).toBe('attention');
    expect(c.facts).toEqual([
      { title: 'Severity', value: 'high' },
      { title: 'Affected versions', value: '>= 2.0.4, < 2.0.6' },
      { title: 'Fixed in', value: '2.0.6' },
      { title: 'Advisory', value: 'GHSA-hg78-4f6x-99wq / CVE-2018-16470' },
      { title: 'State', value: 'open' },
    ]);
  });

  it('reads the state from the action when an older delivery has none', () => {
    const payload = vulnerabilityAlertPayload({
      action: 'resolve',
      alert: { state: undefined, number: undefined },
    });
    const c = cardFor('repository_vulnerability_alert', payload);
    expect(c.title).toBe('[octo-org/octo-repo] Vulnerability alert resolved: rack');
    expect(c.titleUrl).toBe(`${REPO_URL}/security/dependabot`);
    expect(c.accent).toBe('good');
  });
});

describe('GitHub security_advisory', () => {
  it('shows the GHSA id, summary, severity and CVE, linking the advisory', () => {
    const c = cardFor('security_advisory', securityAdvisoryPayload());
    expect(c.title).toBe(
      '[GitHub Advisory Database] Advisory GHSA-rf4j-j272-fj86 published: Moderate severity vulnerability that affects django',
    );
    expect(c.titleUrl).toBe('https://github.com/advisories/GHSA-rf4j-j272-fj86');
    expect(c.accent).toBe('attention');
    expect(c.facts).toEqual([
      { title: 'Severity', value: 'critical' },
      { title: 'CVE', value: 'CVE-2018-6188' },
    ]);
  });

  it('shows a withdrawn advisory plainly', () => {
    const c = cardFor('security_advisory', securityAdvisoryPayload({ action: 'withdrawn' }));
    expect(c.accent).toBe('default');
  });

  it('refuses a GHSA id that is not one, as it becomes part of a link', () => {
    const payload = securityAdvisoryPayload({ security_advisory: { ghsa_id: '../../evil' } });
    expect(malformedMessage('security_advisory', payload)).toBe(
      'security_advisory payload has invalid security_advisory.ghsa_id: Expected a GHSA id',
    );
  });
});
