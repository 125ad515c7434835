import { createAuthentikClient, unwrap } from '../../lib/authentik/client';
import { resolveMode, type ProxyInfo } from '../../lib/authentik/mode';
import { isApiError } from '../../lib/authentik/problem';
import type { Connection } from './connection-store';

/** Checks a token against authentik: who it belongs to, and which version answers. */
export async function checkConnection(input: { base: string; token: string; proxy: ProxyInfo | null; isDemo: boolean; remember: boolean }): Promise<Connection> {
  const client = createAuthentikClient({ base: input.base, token: input.token, mode: resolveMode(input.base, input.proxy) });
  const [me, version] = await Promise.all([
    unwrap(client.api.GET('/core/users/me/')),
    unwrap(client.api.GET('/admin/version/')).then(
      (answer) => answer.version_current,
      (error: unknown) => {
        // A token that may not read the version is still a working token.
        if (isApiError(error) && error.problem.kind === 'permission') return null;
        throw error;
      },
    ),
  ]);
  return { client, user: me.user, version, proxy: input.proxy, isDemo: input.isDemo, remembered: input.remember };
}

/** Model permissions the transactional endpoint checks, plus what discovery and read-back need. */
export function permissionsForCreating(providerModel?: string): string[] {
  const provider = providerModel ? [`${providerModel.replace('.', '.add_')}`] : ['authentik_providers_oauth2.add_oauth2provider or authentik_providers_saml.add_samlprovider'];
  return [
    'authentik_core.add_application',
    ...provider,
    'authentik_core.view_application',
    'authentik_flows.view_flow',
    'authentik_crypto.view_certificatekeypair',
    'authentik_providers_oauth2.view_scopemapping / authentik_providers_saml.view_samlpropertymapping',
  ];
}
