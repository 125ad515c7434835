import { detectProxy } from '../../lib/authentik/mode';
import { checkConnection } from './check-connection';
import { readRemembered, setConnection, setRestoring } from './connection-store';

/** After a reload, reconnects with a token the admin chose to keep in this tab. */
export async function restoreRememberedConnection(): Promise<void> {
  const remembered = readRemembered();
  if (!remembered) return;
  setRestoring(true);
  try {
    const proxy = await detectProxy();
    setConnection(await checkConnection({ ...remembered, proxy, remember: true }));
  } catch {
    // The token no longer works (expired, rotated, authentik gone): forget it and ask again.
    setConnection(null);
  } finally {
    setRestoring(false);
  }
}
