import { z } from 'zod';
import { arrayHead, count, httpUrl, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { lowerWord, optionalText, repository } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

/** GHSA ids are `GHSA-xxxx-xxxx-xxxx`; only such an id becomes part of a link. */
const ghsaId = z.string().regex(/^GHSA(?:-[0-9a-z]{4}){3}$/i, 'Expected a GHSA id');

const vulnerabilityAlert = z.object({
  action: line(LIMITS.token),
  alert: z.object({
    // Older deliveries have no number; the card then links the repository's alert list.
    number: loose(count),
    affected_package_name: line(LIMITS.name),
    affected_range: optionalText(LIMITS.name),
    fixed_in: optionalText(LIMITS.name),
    severity: lowerWord,
    state: lowerWord,
    ghsa_id: optionalText(LIMITS.token),
    external_identifier: optionalText(LIMITS.token),
  }),
  repository,
});

/** The legacy Dependabot alert event; its alerts now live under Security → Dependabot. */
export function normalizeVulnerabilityAlert(payload: unknown): NormalizeResult {
  const parsed = validate(vulnerabilityAlert, payload, 'repository_vulnerability_alert');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, alert: a, repository: repo } = parsed.data;
  const list = `${repo.url}/security/dependabot`;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'repository_vulnerability_alert',
      repo,
      action,
      number: a.number,
      package: a.affected_package_name,
      severity: a.severity,
      affectedRange: a.affected_range,
      fixedIn: a.fixed_in,
      state: a.state,
      ghsa: a.ghsa_id,
      cve: a.external_identifier?.startsWith('CVE-') ? a.external_identifier : undefined,
      url: a.number === undefined ? list : `${list}/${a.number}`,
    },
  };
}

const securityAdvisory = z.object({
  action: line(LIMITS.token),
  security_advisory: z.object({
    ghsa_id: ghsaId,
    summary: line(LIMITS.title),
    severity: lowerWord,
    cve_id: optionalText(LIMITS.token),
    // The CVE is one of a handful of identifiers; a few are enough to find it.
    identifiers: loose(
      arrayHead(z.object({ type: line(LIMITS.token), value: line(LIMITS.token) }), 5),
    ),
    html_url: loose(httpUrl),
  }),
});

export function normalizeSecurityAdvisory(payload: unknown): NormalizeResult {
  const parsed = validate(securityAdvisory, payload, 'security_advisory');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, security_advisory: a } = parsed.data;
  const cve = a.cve_id ?? a.identifiers?.find((id) => id.type === 'CVE')?.value;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'security_advisory',
      action,
      ghsa: a.ghsa_id,
      summary: a.summary,
      severity: a.severity,
      cve,
      url: a.html_url ?? `https://github.com/advisories/${a.ghsa_id}`,
    },
  };
}
