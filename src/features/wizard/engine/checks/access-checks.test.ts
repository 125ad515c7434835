/**
 * "Members of the chosen groups may open the application", against the simulator's policy engine
 * (its check_access): a member passes, a binding to a group nobody is in or to a group that is
 * gone is reported, and a sensitive application open to everyone is a warning.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createAuthentikClient, type AuthentikClient } from '../../../../lib/authentik/client';
import { capabilities, NEWEST_RELEASE } from '../../../../lib/authentik/releases';
import { createSimulator } from '../../../../server/simulator/index';
import { loadAll } from '../../../../integrations/load-all.support';
import { discover } from '../../api/discovery';
import { createOnce } from '../../api/create-pair';
import { resolveContext } from '../resolve-context';
import type { CreatedPair } from '../types';
import { createShared } from './run-checks';
import { pairChecks } from './pair-checks';
import { ACCESS_CHECK_ID, whoMaySignInCheck } from './access-checks';

const integrations = await loadAll();
const grafana = integrations.find((definition) => definition.id === 'grafana')!;
const proxmox = integrations.find((definition) => definition.sensitive)!;

describe('who may sign in, checked against authentik', () => {
  const simulator = createSimulator({ release: NEWEST_RELEASE });
  let listening: Awaited<ReturnType<typeof simulator.listen>>;
  let client: AuthentikClient;
  beforeAll(async () => {
    listening = await simulator.listen(0);
    client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
  });
  afterAll(() => listening.close());
  beforeEach(() => simulator.reset());

  const admin = () => simulator.state.users.find((user) => user.username === 'akadmin')!;
  const addGroup = (name: string) => {
    const group = { pk: randomUUID(), name, parents: [], isSuperuser: false, attributes: {} };
    simulator.state.groups.push(group);
    return group;
  };

  async function create(definition = grafana, group?: string): Promise<CreatedPair> {
    const release = capabilities(NEWEST_RELEASE);
    const inputs = definition.inputs.parse(definition.data.expected.inputs);
    const resolved = resolveContext(definition, await discover(client, definition, release), {}, { release, base: listening.url });
    const pk = group ? simulator.state.groups.find((entry) => entry.name === group)!.pk : undefined;
    return createOnce(
      client,
      { definition, inputs, identity: definition.identity(inputs), context: resolved.context!, policyBindings: pk ? [{ group: pk, order: 0 }] : [] },
      false,
    );
  }

  const run = (pair: CreatedPair, sensitive = false) =>
    whoMaySignInCheck({ appName: 'Grafana', sensitive }).run({
      pair,
      client,
      user: { pk: admin().pk, is_superuser: true, username: 'akadmin' },
      signal: new AbortController().signal,
      shared: createShared(),
    });

  it('a member of the bound group passes authentik’s check_access', async () => {
    const team = addGroup('Grafana Users');
    simulator.state.users.find((user) => user.username === 'alice')!.groups.push(team.pk);
    const result = await run(await create(grafana, 'Grafana Users'));
    expect(result).toMatchObject({ status: 'pass', actual: 'alice, a member of “Grafana Users”, may open the application' });
  });

  it('a member refused by another binding (policy engine mode all) fails', async () => {
    const team = addGroup('Grafana Users');
    const other = addGroup('Finance');
    simulator.state.users.find((user) => user.username === 'alice')!.groups.push(team.pk);
    const pair = await create(grafana, 'Grafana Users');
    const app = simulator.state.applications.find((entry) => entry.slug === pair.application.slug)!;
    app.policy_engine_mode = 'all';
    simulator.state.policyBindings.push({ ...simulator.state.policyBindings[0]!, pk: randomUUID(), group: other.pk, order: 1 });
    expect(await run(pair)).toMatchObject({ status: 'fail', actual: expect.stringMatching(/^authentik refuses alice/) });
  });

  it('a group nobody is in is a warning; a group that is gone fails', async () => {
    const empty = addGroup('Grafana Users');
    const pair = await create(grafana, 'Grafana Users');
    expect(await run(pair)).toMatchObject({ status: 'warn', actual: '“Grafana Users” has no member yet' });
    simulator.state.groups.splice(simulator.state.groups.indexOf(empty), 1);
    expect(await run(pair)).toMatchObject({ status: 'fail', actual: 'A binding targets a group that no longer exists' });
  });

  it('open to everyone: a warning on a sensitive app, a pass otherwise', async () => {
    const pair = await create();
    expect(await run(pair, true)).toMatchObject({ status: 'warn', actual: 'No binding: everyone with an authentik account may sign in' });
    expect(await run(pair, false)).toMatchObject({ status: 'pass' });
  });

  it('verify lists it once access is restricted, and for a sensitive app left open to everyone', async () => {
    const pair = await create();
    const ids = (definition: typeof grafana, access?: 'restricted' | 'everyone') => pairChecks(definition, pair, { access }).map((check) => check.id);
    expect(ids(proxmox, 'everyone')).toContain(ACCESS_CHECK_ID);
    expect(ids(grafana, 'everyone')).not.toContain(ACCESS_CHECK_ID);
    expect(ids(grafana, 'restricted')).toContain(ACCESS_CHECK_ID);
    expect(ids(proxmox)).not.toContain(ACCESS_CHECK_ID);
  });
});
