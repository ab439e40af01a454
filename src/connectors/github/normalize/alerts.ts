import { z } from 'zod';
import { httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import {
  lowerWord,
  optionalCount,
  optionalPath,
  optionalSender,
  optionalText,
  repository,
} from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

/** Code scanning, Dependabot and secret scanning alerts on one repository. */

const alertBase = {
  number: integer(),
  html_url: httpUrl,
  state: lowerWord,
};

const codeScanning = z.object({
  action: line(LIMITS.token),
  alert: z.object({
    ...alertBase,
    rule: z.object({
      id: optionalText(LIMITS.name),
      name: optionalText(LIMITS.name),
      description: optionalText(LIMITS.title),
      severity: lowerWord,
      // CodeQL's security rules grade themselves critical … low; others say error … note.
      security_severity_level: lowerWord,
    }),
    tool: loose(z.object({ name: line(LIMITS.name) }).nullish()),
    most_recent_instance: loose(
      z
        .object({
          ref: optionalText(LIMITS.name * 2),
          location: loose(z.object({ path: optionalPath, start_line: optionalCount }).nullish()),
        })
        .nullish(),
    ),
    dismissed_reason: lowerWord,
  }),
  ref: optionalText(LIMITS.name * 2),
  sender: optionalSender,
  repository,
});

export function normalizeCodeScanningAlert(payload: unknown): NormalizeResult {
  const parsed = validate(codeScanning, payload, 'code_scanning_alert');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, alert: a, ref, sender, repository: repo } = parsed.data;
  const instance = a.most_recent_instance;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'code_scanning_alert',
      repo,
      action,
      number: a.number,
      state: a.state,
      url: a.html_url,
      sender: sender?.login,
      rule: a.rule.description ?? a.rule.name ?? a.rule.id ?? `alert ${a.number}`,
      severity: a.rule.security_severity_level ?? a.rule.severity,
      tool: a.tool?.name,
      path: instance?.location?.path,
      line: instance?.location?.start_line,
      ref: ref ?? instance?.ref,
      dismissedReason: a.dismissed_reason,
    },
  };
}

const packageRef = loose(
  z.object({ ecosystem: optionalText(LIMITS.token), name: line(LIMITS.name) }).nullish(),
);

const dependabot = z.object({
  action: line(LIMITS.token),
  alert: z.object({
    ...alertBase,
    dependency: loose(z.object({ package: packageRef, manifest_path: optionalPath }).nullish()),
    security_advisory: loose(
      z
        .object({
          ghsa_id: optionalText(LIMITS.token),
          cve_id: optionalText(LIMITS.token),
          severity: lowerWord,
          summary: optionalText(LIMITS.title),
        })
        .nullish(),
    ),
    security_vulnerability: loose(
      z
        .object({
          package: packageRef,
          severity: lowerWord,
          vulnerable_version_range: optionalText(LIMITS.name),
          first_patched_version: loose(z.object({ identifier: line(LIMITS.name) }).nullish()),
        })
        .nullish(),
    ),
    dismissed_reason: lowerWord,
  }),
  sender: optionalSender,
  repository,
});

export function normalizeDependabotAlert(payload: unknown): NormalizeResult {
  const parsed = validate(dependabot, payload, 'dependabot_alert');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, alert: a, sender, repository: repo } = parsed.data;
  const advisory = a.security_advisory;
  const vulnerability = a.security_vulnerability;
  const pkg = a.dependency?.package ?? vulnerability?.package;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'dependabot_alert',
      repo,
      action,
      number: a.number,
      state: a.state,
      url: a.html_url,
      sender: sender?.login,
      package: pkg?.name,
      ecosystem: pkg?.ecosystem,
      severity: vulnerability?.severity ?? advisory?.severity,
      summary: advisory?.summary,
      ghsa: advisory?.ghsa_id,
      cve: advisory?.cve_id,
      manifest: a.dependency?.manifest_path,
      vulnerableRange: vulnerability?.vulnerable_version_range,
      fixedIn: vulnerability?.first_patched_version?.identifier,
      dismissedReason: a.dismissed_reason,
    },
  };
}

const secretScanning = z.object({
  action: line(LIMITS.token),
  alert: z.object({
    ...alertBase,
    secret_type_display_name: optionalText(LIMITS.name),
    secret_type: optionalText(LIMITS.name),
    resolution: lowerWord,
    validity: lowerWord,
    publicly_leaked: loose(z.boolean().nullish()),
  }),
  sender: optionalSender,
  repository,
});

export function normalizeSecretScanningAlert(payload: unknown): NormalizeResult {
  const parsed = validate(secretScanning, payload, 'secret_scanning_alert');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, alert: a, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'secret_scanning_alert',
      repo,
      action,
      number: a.number,
      state: a.state,
      url: a.html_url,
      sender: sender?.login,
      secretType: a.secret_type_display_name ?? a.secret_type ?? 'secret',
      resolution: a.resolution,
      validity: a.validity,
      publiclyLeaked: a.publicly_leaked === true || action === 'publicly_leaked',
    },
  };
}
