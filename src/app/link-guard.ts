/**
 * Runs once before the router reads the address bar. Only parameters the wizard knows stay;
 * everything else leaves at once (replaceState, so this tab's back history does not keep it),
 * and so does a fragment that carries parameters. A credential-like name, or a value with a
 * user name or password in it, is reported as a leaked secret. An oversized or malformed link
 * is reduced to its path. What happened is kept for the layout to tell the admin.
 */
import { inspectLink, isSecretParam } from '../features/wizard/engine/share-link';
import { KNOWN_LINK_PARAMS } from './known-link-params';

export interface LinkNotice {
  /** Names (as shown to the admin) of parameters that carried, or were named like, a secret. */
  removedSecrets: string[];
  /** Other parameters the wizard does not use, dropped from the address bar. */
  removedUnknown: string[];
  degraded: 'too-long' | 'malformed' | null;
}

/** Fragments the page itself uses (the skip link); any other fragment is dropped. */
const KEPT_FRAGMENTS = new Set(['', '#main']);

/** A parameter name fit to show in a notice: no invisible characters, bounded length. */
export function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const visible = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, '');
  return visible.length > 40 ? `${visible.slice(0, 40)}…` : visible || '(unnamed)';
}

/** Parameter names in a fragment, "#a=1&b" or a router's "#/route?a=1" alike, decoded as a query is. */
function fragmentNames(hash: string): string[] {
  const body = hash.slice(1);
  // With no "?", indexOf is -1 and the whole body is read.
  return [...new URLSearchParams(body.slice(body.indexOf('?') + 1)).keys()];
}

export function guardAddressBar(location: Location, history: History): LinkNotice | null {
  const inspection = inspectLink(location.search);
  const removedSecrets = new Set(inspection.removedSecrets.map(shownName));
  const removedUnknown = new Set<string>();
  const kept = new URLSearchParams();
  if (inspection.kind === 'ok') {
    for (const [name, value] of inspection.params) {
      if (KNOWN_LINK_PARAMS.has(name)) kept.append(name, value);
      else removedUnknown.add(shownName(name));
    }
  }
  const keepHash = KEPT_FRAGMENTS.has(location.hash);
  if (!keepHash) {
    for (const name of fragmentNames(location.hash)) (isSecretParam(name) ? removedSecrets : removedUnknown).add(shownName(name));
  }
  const unchanged = inspection.kind === 'ok' && removedSecrets.size === 0 && removedUnknown.size === 0 && keepHash;
  if (unchanged) return null;
  const search = kept.toString();
  const address = `${location.pathname}${search ? `?${search}` : ''}${keepHash ? location.hash : ''}`;
  // Stryker disable next-line StringLiteral: replaceState's second argument (a title) is ignored by every browser
  history.replaceState(history.state, '', address);
  return {
    removedSecrets: [...removedSecrets],
    removedUnknown: [...removedUnknown].filter((name) => !removedSecrets.has(name)),
    degraded: inspection.kind === 'degraded' ? inspection.reason : null,
  };
}
