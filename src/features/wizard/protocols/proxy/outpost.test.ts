/**
 * The outpost attachment against the simulator: the provider joins the embedded outpost next to
 * the one already there (which stays), and a token without the change permission writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from 'authentik-simulator';
import { createAuthentikClient } from '../../../../lib/authentik/client';
import { attachToOutpost, readOutposts, targetOutpost } from './outpost';
import { evaluateOnOutpost } from './checks';

const simulator = createSimulator();
let listening: Awaited<ReturnType<typeof simulator.listen>>;
beforeAll(async () => {
  listening = await simulator.listen(0);
});
afterAll(() => listening.close());

function seedProxy(name: string, pk: number) {
  simulator.applyBlueprint(`version: 1
entries:
  - model: authentik_providers_proxy.proxyprovider
    identifiers: { name: ${name} }
    attrs:
      authorization_flow: !Find [authentik_flows.flow, [slug, default-provider-authorization-implicit-consent]]
      invalidation_flow: !Find [authentik_flows.flow, [slug, default-provider-invalidation-flow]]
      external_host: https://${name}.company
      mode: forward_single
`);
  expect(simulator.state.providers.at(-1)!.pk).toBe(pk);
}

describe('adding a proxy provider to the embedded outpost', () => {
  it('keeps the provider that was there, adds the new one, and says so', async () => {
    simulator.reset();
    seedProxy('old', 1);
    seedProxy('new', 2);
    simulator.state.outposts[0]!.providers = [1];
    const client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
    const target = targetOutpost(await readOutposts(client));
    const report = await attachToOutpost(client, { pk: 2, name: 'new' }, target, true);
    expect(report).toEqual({ status: 'attached', outpost: 'authentik Embedded Outpost', added: 'new', kept: ['old'] });
    expect(simulator.state.outposts[0]!.providers).toEqual([1, 2]);
    expect((await attachToOutpost(client, { pk: 2, name: 'new' }, target, true)).status).toBe('already');
  });

  it('a token without the change permission is never asked to write, and gets the manual step', async () => {
    simulator.reset();
    seedProxy('new', 1);
    const client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
    const target = targetOutpost(await readOutposts(client));
    const before = simulator.requests.filter((request) => request.method === 'PATCH').length;
    const report = await attachToOutpost(client, { pk: 1, name: 'new' }, target, false);
    expect(report.status).toBe('no-permission');
    expect(report.status !== 'attached' && report.status !== 'already' && report.message).toMatch(/Applications › Outposts/);
    expect(simulator.requests.filter((request) => request.method === 'PATCH').length).toBe(before);
  });

  it('a provider on no outpost fails the outpost check', () => {
    expect(evaluateOnOutpost([], true).status).toBe('fail');
    expect(evaluateOnOutpost(null, true).status).toBe('unknown');
  });
});
