import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createAuthentikClient } from '../../../lib/authentik/client';
import { AuthentikApiError, type ApiProblem } from '../../../lib/authentik/problem';
import { flowsQuery, signingKeysQuery } from './discovery';
import { isStaleDiscovery, refreshStaleDiscovery } from './stale-discovery';

const client = createAuthentikClient({ base: 'http://127.0.0.1:9100', token: 't', mode: 'direct' });
const other = createAuthentikClient({ base: 'https://other.example', token: 't', mode: 'direct' });
const refused = (fields: Record<string, string[]>, nonField: string[] = []) =>
  new AuthentikApiError({ kind: 'validation', fields, nonField } satisfies ApiProblem);
const invalidPk = (pk: string) => `Invalid pk "${pk}" - object does not exist.`;

describe('after authentik restarts, a create refused for pks that no longer exist refreshes discovery', () => {
  it.each([
    ['the authorization flow', 'provider.authorization_flow'],
    ['the invalidation flow', 'provider.invalidation_flow'],
    ['the SAML signing key', 'provider.signing_kp'],
    ['the OIDC signing key', 'provider.signing_key'],
    ['a property mapping', 'provider.property_mappings.1'],
  ])('%s with “Invalid pk” is stale discovery', (_what, field) => {
    expect(isStaleDiscovery(refused({ [field]: [invalidPk('6b1c…')] }))).toBe(true);
  });

  it.each([
    ['a taken slug', refused({ 'app.slug': ['Application with this slug already exists.'] })],
    ['an invalid pk on a field the admin typed', refused({ 'provider.redirect_uris': [invalidPk('x')] })],
    ['another message on a flow', refused({ 'provider.authorization_flow': ['This field may not be null.'] })],
    ['a permission problem', new AuthentikApiError({ kind: 'permission', detail: 'nope' })],
    ['something that is not an API error', new Error('Invalid pk "x" - object does not exist.')],
  ])('%s is not', (_what, error) => {
    expect(isStaleDiscovery(error)).toBe(false);
  });

  it('refetches this connection’s flows and keys, leaves other connections alone, and says it did', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const fetchFlows = vi.fn().mockResolvedValue([{ pk: 'new' }]);
    const flows = { ...flowsQuery(client, 'authorization'), queryFn: fetchFlows };
    const observer = new QueryObserver(queryClient, flows);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    expect(fetchFlows).toHaveBeenCalledTimes(1);
    queryClient.setQueryData(signingKeysQuery(client).queryKey, [{ pk: 'old-key' }] as never);
    queryClient.setQueryData(signingKeysQuery(other).queryKey, [{ pk: 'other-key' }] as never);

    const refreshed = await refreshStaleDiscovery(queryClient, client, refused({ 'provider.authorization_flow': [invalidPk('old')] }));
    expect(refreshed).toBe(true);
    expect(fetchFlows).toHaveBeenCalledTimes(2);
    expect(queryClient.getQueryState(signingKeysQuery(client).queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(signingKeysQuery(other).queryKey)?.isInvalidated).toBe(false);
    unsubscribe();
  });

  it('any other refusal changes nothing', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(signingKeysQuery(client).queryKey, [{ pk: 'key' }] as never);
    expect(await refreshStaleDiscovery(queryClient, client, refused({ 'app.slug': ['taken'] }))).toBe(false);
    expect(queryClient.getQueryState(signingKeysQuery(client).queryKey)?.isInvalidated).toBe(false);
  });
});
