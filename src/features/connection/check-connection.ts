import { createAuthentikClient, unwrap } from '../../lib/authentik/client';
import { resolveMode, type ProxyInfo } from '../../lib/authentik/mode';
import { AuthentikApiError, isApiError } from '../../lib/authentik/problem';
import type { Connection, UserSelf } from './connection-store';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** authentik's `users/me/` answer: `{"user": {"pk", "username", "is_superuser", …}}`. */
function userOf(answer: unknown): UserSelf {
  const user = isRecord(answer) ? answer.user : undefined;
  if (!isRecord(user) || typeof user.username !== 'string' || typeof user.is_superuser !== 'boolean' || typeof user.pk !== 'number') {
    throw new AuthentikApiError({ kind: 'not-authentik', status: 200, contentType: 'application/json', shape: '/api/v3/core/users/me/' });
  }
  return user as unknown as UserSelf;
}

function versionOf(answer: unknown): string {
  if (!isRecord(answer) || typeof answer.version_current !== 'string') {
    throw new AuthentikApiError({ kind: 'not-authentik', status: 200, contentType: 'application/json', shape: '/api/v3/admin/version/' });
  }
  return answer.version_current;
}

/** Checks a token against authentik: who it belongs to, and which version answers. */
export async function checkConnection(input: {
  base: string;
  token: string;
  proxy: ProxyInfo | null;
  isDemo: boolean;
  remember: boolean;
}): Promise<Connection> {
  const client = createAuthentikClient({ base: input.base, token: input.token, mode: resolveMode(input.base, input.proxy) });
  const [me, version] = await Promise.all([
    unwrap(client.api.GET('/core/users/me/')).then(userOf),
    unwrap(client.api.GET('/admin/version/')).then(
      (answer) => versionOf(answer),
      (error: unknown) => {
        // A token that may not read the version is still a working token.
        if (isApiError(error) && error.problem.kind === 'permission') return null;
        throw error;
      },
    ),
  ]);
  return { client, user: me, version, proxy: input.proxy, isDemo: input.isDemo, remembered: input.remember };
}

/** Model permissions the transactional endpoint checks, plus what discovery and read-back need. */
export function permissionsForCreating(providerModel?: string): string[] {
  const provider = providerModel
    ? [`${providerModel.replace('.', '.add_')}`]
    : ['authentik_providers_oauth2.add_oauth2provider or authentik_providers_saml.add_samlprovider'];
  return [
    'authentik_core.add_application',
    ...provider,
    'authentik_core.view_application',
    'authentik_flows.view_flow',
    'authentik_crypto.view_certificatekeypair',
    'authentik_providers_oauth2.view_scopemapping / authentik_providers_saml.view_samlpropertymapping',
  ];
}
