/**
 * Share links: the wizard's non-secret state in the address bar. Links are untrusted input:
 * they only prefill, never act, and never carry a secret.
 */
import type { IntegrationDefinition } from './types';
import { carriesCredentials } from './credentials-in-url';
import { GENERIC_PARAMS, inputKeys } from './wizard-params';

export { carriesCredentials };

/** Longer query strings are not read at all: no real setup needs them. */
export const MAX_SEARCH_LENGTH = 2048;

/** Letters from other scripts that look like Latin ones, as used to disguise a parameter name. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  ɑ: 'a',
  α: 'a',
  с: 'c',
  ς: 'c',
  е: 'e',
  ε: 'e',
  һ: 'h',
  і: 'i',
  ı: 'i',
  ι: 'i',
  ј: 'j',
  к: 'k',
  κ: 'k',
  ӏ: 'l',
  о: 'o',
  ο: 'o',
  σ: 'o',
  р: 'p',
  ρ: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  τ: 't',
  у: 'y',
  γ: 'y',
  х: 'x',
  χ: 'x',
  ԝ: 'w',
  ν: 'v',
};

/** Characters that render as nothing (controls, zero-width, bidi marks): dropped from names. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- invisible and combining characters are exactly what is removed
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

/**
 * A parameter name as a person reads it: compatibility forms folded (fullwidth, ligatures),
 * look-alike letters mapped to Latin, invisible characters and "[]" suffixes removed, lower case,
 * and only letters and digits kept ("Client-Secret[]" → "clientsecret").
 */
export function canonicalParamName(name: string): string {
  const folded = name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  return [...folded]
    .map((char) => CONFUSABLES[char] ?? char)
    .join('')
    .normalize('NFKC')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Any of these anywhere in the canonical name marks a credential ("x_token", "secret_key", …). */
const SECRET_PART = /token|secret|passw|passphrase|pwd|bearer|authoriz|apikey|privatekey|cookie|session|credential|jwt/;
/** Short names that are credentials on their own, or a name that starts or ends with "key". */
const SECRET_WHOLE = /^(pass|auth|sig|signature|otp|pin)$|^key|keys?$/;

/** Parameter names that smell like a credential. Such a link is refused and cleaned. */
export function isSecretParam(name: string): boolean {
  const canonical = canonicalParamName(name);
  return SECRET_PART.test(canonical) || SECRET_WHOLE.test(canonical);
}

export type LinkInspection =
  | { kind: 'ok'; params: URLSearchParams; removedSecrets: string[] }
  | { kind: 'degraded'; reason: 'too-long' | 'malformed'; removedSecrets: string[] };

/** Decodes a query string strictly (a broken %-escape makes the link malformed). */
function strictParams(search: string): URLSearchParams | null {
  const params = new URLSearchParams();
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return params;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    try {
      params.append(decodeURIComponent(rawKey.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' ')));
    } catch {
      return null;
    }
  }
  return params;
}

/** Looks at an incoming query string: drops secrets, and refuses oversized or malformed links. */
export function inspectLink(search: string): LinkInspection {
  const secretNames = [...search.replace(/^\?/, '').split('&')]
    .map((part) => {
      const name = part.split('=')[0] ?? '';
      try {
        return decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        return name;
      }
    })
    .filter((name) => name !== '' && isSecretParam(name));
  const removedSecrets = [...new Set(secretNames)];
  if (search.length > MAX_SEARCH_LENGTH) return { kind: 'degraded', reason: 'too-long', removedSecrets };
  const params = strictParams(search);
  if (!params) return { kind: 'degraded', reason: 'malformed', removedSecrets };
  const withCredentials = new Set<string>();
  for (const [name, value] of params) if (carriesCredentials(value)) withCredentials.add(name);
  for (const name of [...params.keys()]) if (isSecretParam(name) || withCredentials.has(name)) params.delete(name);
  return { kind: 'ok', params, removedSecrets: [...new Set([...removedSecrets, ...withCredentials])] };
}

/** Only the parameters a definition knows (its inputs and the generic choices), first value each. */
export function knownParams(definition: IntegrationDefinition | undefined, params: URLSearchParams): URLSearchParams {
  const known = new Set<string>([...Object.values(GENERIC_PARAMS), ...(definition ? inputKeys(definition) : [])]);
  const out = new URLSearchParams();
  for (const name of known) {
    const value = params.get(name);
    if (value !== null && value !== '' && !isSecretParam(name) && !carriesCredentials(value)) out.set(name, value);
  }
  return out;
}

export interface ParsedLink {
  /** Every known value as it came, for prefilling the form. */
  values: Record<string, string>;
  /** Inputs whose value the definition's schema refuses, with its message. */
  invalid: Record<string, string>;
  /** Parameters the wizard does not know; ignored. */
  unknown: string[];
}

/** Parses a link's inputs with the integration's own schema, reporting every invalid one. */
export function parseShareLink(definition: IntegrationDefinition, params: URLSearchParams): ParsedLink {
  const keys = inputKeys(definition);
  const generic = new Set<string>(Object.values(GENERIC_PARAMS));
  const values: Record<string, string> = {};
  const invalid: Record<string, string> = {};
  for (const key of keys) values[key] = params.get(key) ?? '';
  const result = definition.inputs.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (keys.includes(key) && values[key] !== '' && !(key in invalid)) invalid[key] = issue.message;
    }
  }
  for (const name of generic) {
    const value = params.get(name);
    if (value) values[name] = value;
  }
  const unknown = [...new Set(params.keys())].filter((name) => !keys.includes(name) && !generic.has(name));
  return { values, invalid, unknown };
}

/**
 * The share link of the current screen: its path plus only the known, non-secret parameters.
 * When the admin is connected, the link names that authentik, whatever the address bar says.
 */
export function buildShareLink(
  origin: string,
  pathname: string,
  definition: IntegrationDefinition | undefined,
  params: URLSearchParams,
  connectedBase?: string,
): string {
  const known = knownParams(definition, params);
  if (connectedBase !== undefined && !carriesCredentials(connectedBase)) known.set(GENERIC_PARAMS.authentikUrl, connectedBase);
  const query = known.toString();
  return `${origin}${pathname}${query ? `?${query}` : ''}`;
}
