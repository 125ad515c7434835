/**
 * Share links: the wizard's non-secret state in the address bar. Links are untrusted input:
 * they only prefill, never act, and never carry a secret.
 */
import type { IntegrationDefinition } from './types';
import { GENERIC_PARAMS, inputKeys } from './wizard-params';

/** Longer query strings are not read at all: no real setup needs them. */
export const MAX_SEARCH_LENGTH = 2048;

/** Parameter names that smell like a credential. Such a link is refused and cleaned. */
const SECRET_PARAM = /^(token|api[-_]?(token|key)|access[-_]?token|auth(entik)?[-_]?token|bearer|authorization|secret|client[-_]?secret|password|passwd|pass|pwd|private[-_]?key|key[-_]?data|session|cookie)$/i;

export function isSecretParam(name: string): boolean {
  return SECRET_PARAM.test(name.trim());
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
  for (const name of [...params.keys()]) if (isSecretParam(name)) params.delete(name);
  return { kind: 'ok', params, removedSecrets };
}

/** Only the parameters a definition knows (its inputs and the generic choices), first value each. */
export function knownParams(definition: IntegrationDefinition | undefined, params: URLSearchParams): URLSearchParams {
  const known = new Set<string>([...Object.values(GENERIC_PARAMS), ...(definition ? inputKeys(definition) : [])]);
  const out = new URLSearchParams();
  for (const name of known) {
    const value = params.get(name);
    if (value !== null && value !== '' && !isSecretParam(name)) out.set(name, value);
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

/** The share link of the current screen: its path plus only the known, non-secret parameters. */
export function buildShareLink(origin: string, pathname: string, definition: IntegrationDefinition | undefined, params: URLSearchParams): string {
  const query = knownParams(definition, params).toString();
  return `${origin}${pathname}${query ? `?${query}` : ''}`;
}
