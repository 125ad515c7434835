/** Small building blocks that integration definitions share. */
import { z } from 'zod';
import type { CreatedPair } from './types';

export type TextParse = { ok: true; value: string } | { ok: false; message: string };

/** A text input whose parser both validates and normalises (the message says what to do). */
export function validatedText(missing: string, parse: (raw: string) => TextParse) {
  return z.string({ error: missing }).transform((raw, ctx) => {
    const result = parse(raw);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });
}

/** The pks of managed property mappings discovery found; a missing one says how to restore it. */
export function mappingPks(found: Record<string, { pk: string }>, ids: readonly string[], kind: 'scope' | 'SAML'): string[] {
  return ids.map((id) => {
    const mapping = found[id];
    if (!mapping) {
      throw new Error(`authentik has no ${kind} mapping "${id}". It comes with authentik's system blueprints; re-apply them under Customization › Blueprints and try again.`);
    }
    return mapping.pk;
  });
}

/** Narrows a pair to the protocol an integration needs, with a message naming the app. */
export function expectProtocol<P extends CreatedPair['protocol']>(pair: CreatedPair, protocol: P, appName: string): Extract<CreatedPair, { protocol: P }> {
  if (pair.protocol !== protocol) {
    const needed = protocol === 'oidc' ? 'an OAuth2/OpenID provider' : 'a SAML provider';
    const has = pair.protocol === 'oidc' ? 'an OAuth2/OpenID provider' : 'a SAML provider';
    throw new Error(`${appName} needs ${needed}, but this application has ${has}.`);
  }
  return pair as Extract<CreatedPair, { protocol: P }>;
}

/**
 * The https base URL of a self-hosted app, from whatever the admin pastes: no scheme means https,
 * plain http is refused with the app's own reason, and the tail of a pasted page address
 * (`pages`) is cut so only the install path remains.
 */
export function parseHttpsBaseUrl(
  raw: string,
  app: { missing: string; example: string; httpReason: string; pages: RegExp[] },
): TextParse {
  const value = raw.trim();
  if (value === '') return { ok: false, message: app.missing };
  if (/\s/.test(value)) return { ok: false, message: `The address contains a space. Paste only the address, for example ${app.example}.` };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return { ok: false, message: `This is not a web address. Enter it like ${app.example}.` };
  }
  if (url.protocol === 'http:') return { ok: false, message: app.httpReason };
  if (url.protocol !== 'https:') return { ok: false, message: `Enter an https:// address, for example ${app.example}.` };
  if (url.username || url.password) return { ok: false, message: 'Remove the user name and password from the address.' };
  if (url.hostname === '') return { ok: false, message: app.missing };
  const path = app.pages.reduce((current, page) => current.replace(page, ''), url.pathname).replace(/\/+$/, '');
  return { ok: true, value: `https://${url.host}${path}` };
}
