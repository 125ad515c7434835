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
