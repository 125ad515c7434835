/**
 * Runs once before the router reads the address bar: a link that carries a credential loses it
 * at once (replaceState, so it is not kept in history either), and an oversized or malformed link
 * is reduced to its path. What happened is kept for the layout to tell the admin.
 */
import { inspectLink } from '../features/wizard/engine/share-link';

export interface LinkNotice {
  removedSecrets: string[];
  degraded: 'too-long' | 'malformed' | null;
}

export function guardAddressBar(location: Location, history: History): LinkNotice | null {
  const inspection = inspectLink(location.search);
  if (inspection.kind === 'ok' && inspection.removedSecrets.length === 0) return null;
  const search = inspection.kind === 'ok' ? inspection.params.toString() : '';
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  return { removedSecrets: inspection.removedSecrets, degraded: inspection.kind === 'degraded' ? inspection.reason : null };
}
