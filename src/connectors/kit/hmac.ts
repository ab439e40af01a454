import { createHmac, timingSafeEqual } from 'node:crypto';
import type { VerifyResult } from '../types.js';

export type HmacAlgorithm = 'sha1' | 'sha256' | 'sha512';
export type SignatureEncoding = 'hex' | 'base64';

export interface HmacScheme {
  /** The header as the sender's docs spell it, for messages: `X-Hub-Signature-256`. */
  header: string;
  algorithm: HmacAlgorithm;
  encoding: SignatureEncoding;
  /** Text before the signature itself, e.g. `sha256=`. */
  prefix?: string;
  /** Said when no secret matches: what the user should check. */
  mismatchHint?: string;
}

/** Digest lengths in bytes, so a value of the wrong length is refused before any HMAC runs. */
const DIGEST_BYTES: Readonly<Record<HmacAlgorithm, number>> = { sha1: 20, sha256: 32, sha512: 64 };
const HEX = /^[0-9a-f]+$/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * An empty key is public knowledge: anyone can sign with it. Secrets that are empty are
 * ignored, and with none left the request is refused rather than let through.
 */
export function usableSecrets(secrets: readonly string[]): string[] {
  return secrets.filter((secret) => secret !== '');
}

/** The refusal when `usableSecrets` leaves none: `what` names the value it would check. */
export function noUsableSecret(what: string): VerifyResult {
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message: `the connector has no non-empty secret to check ${what} against`,
  };
}

export function hmacDigest(
  algorithm: HmacAlgorithm,
  secret: string,
  message: Buffer | string,
): Buffer {
  return createHmac(algorithm, secret).update(message).digest();
}

/** The header value a sender using `scheme` would send for `message`. */
export function hmacSignature(scheme: HmacScheme, secret: string, message: Buffer | string) {
  return `${scheme.prefix ?? ''}${hmacDigest(scheme.algorithm, secret, message).toString(scheme.encoding)}`;
}

function decode(scheme: HmacScheme, text: string): Buffer | undefined {
  const valid = scheme.encoding === 'hex' ? HEX.test(text) : BASE64.test(text);
  if (!valid) return undefined;
  const bytes = Buffer.from(text, scheme.encoding);
  return bytes.length === DIGEST_BYTES[scheme.algorithm] ? bytes : undefined;
}

/**
 * Checks one signature header over `message` (the raw bytes, plus whatever else the sender
 * signs) against each secret, newest first: during a rotation either may have signed.
 * Constant time per comparison; the lengths compared are fixed by the algorithm.
 */
export function verifyHmac(
  scheme: HmacScheme,
  message: Buffer,
  secrets: readonly string[],
  value: string | undefined,
): VerifyResult {
  const keys = usableSecrets(secrets);
  if (keys.length === 0) return noUsableSecret(scheme.header);
  const text = value?.trim();
  if (!text) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: `${scheme.header} header is missing` };
  }
  const prefix = scheme.prefix ?? '';
  const given =
    text.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()
      ? decode(scheme, text.slice(prefix.length))
      : undefined;
  if (given === undefined) {
    const digits = DIGEST_BYTES[scheme.algorithm] * (scheme.encoding === 'hex' ? 2 : 1);
    const form =
      scheme.encoding === 'hex' ? `${digits} hex digits` : `a base64 ${scheme.algorithm} digest`;
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: `${scheme.header} is not of the form ${prefix}<${form}>`,
    };
  }
  const matches = keys.some((secret) => {
    const expected = hmacDigest(scheme.algorithm, secret, message);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (matches) return { ok: true };
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message:
      `${scheme.header} does not match the body for any configured secret` +
      (scheme.mismatchHint ? `: ${scheme.mismatchHint}` : ''),
  };
}
