/** Small helpers shared by the check builders. */
import { isApiError } from '../../../../lib/authentik/problem';
import type { CreatedPair } from '../types';
import type { CheckContext, CheckResult } from './types';

export type OidcPair = Extract<CreatedPair, { protocol: 'oidc' }>;
export type SamlPair = Extract<CreatedPair, { protocol: 'saml' }>;

export function notApplicable(kind: 'OAuth2/OpenID' | 'SAML'): CheckResult {
  return { status: 'unknown', detail: `This check applies to ${kind} providers only.` };
}

export function tryUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** authentik answered 404 (as JSON from the API, or as an HTML page from a public route). */
export function isNotFound(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const { problem } = error;
  return problem.kind === 'not-found' || (problem.kind === 'not-authentik' && problem.status === 404);
}

/** GET a public authentik URL once per round and read it as JSON. */
export function publicJson(ctx: CheckContext, url: string): Promise<unknown> {
  return ctx.shared(`public-json ${url}`, async () => {
    const response = await ctx.client.getPublic(url, { signal: ctx.signal });
    try {
      return (await response.json()) as unknown;
    } catch {
      throw new Error(`${url} did not answer with JSON.`);
    }
  });
}

/** GET a public authentik URL once per round and read it as text. */
export function publicText(ctx: CheckContext, url: string): Promise<string> {
  return ctx.shared(`public-text ${url}`, async () => {
    const response = await ctx.client.getPublic(url, { signal: ctx.signal });
    return response.text();
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "3f:a9:…" / "3FA9…" → "3fa9…" for comparing fingerprints written in different styles. */
export function normalizeHex(value: string | null | undefined): string {
  return (value ?? '').replace(/[^0-9a-f]/gi, '').toLowerCase();
}

/** "3fa9…" → "3f:a9:…", the way authentik shows fingerprints. */
export function colonHex(value: string): string {
  return normalizeHex(value).match(/.{2}/g)?.join(':') ?? '';
}

/** "(none)" for empty values in before/after diffs and in "actual". */
export function shown(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '(none)' : value;
}
