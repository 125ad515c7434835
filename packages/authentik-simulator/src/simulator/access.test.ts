/**
 * Who may open an application: the simulator's `check_access` follows authentik's policy engine
 * (authentik/policies/engine.py) for group, user and policy bindings in both engine modes, on
 * every simulated release; groups are read and created through /core/groups/.
 */
import { describe, expect, it } from 'vitest';
import { releaseFacts } from '../release-facts.ts';
import { RELEASES } from '../releases.ts';
import { ALICE_PK, AKADMIN_PK, BOB_PK } from './seed.ts';
import { TRANSACTIONAL, oauth2Body, serveSimulatorForTests } from './test-helpers.ts';

const { sim, client } = serveSimulatorForTests({ validateResponses: true });

async function createGroup(name: string, users: number[] = [], parent?: string): Promise<string> {
  const parentField = parent === undefined ? {} : releaseFacts(sim.release).groupParentsList ? { parents: [parent] } : { parent };
  const res = await client.call('POST', '/api/v3/core/groups/', { body: { name, users, ...parentField } });
  expect(res.status).toBe(201);
  return res.body.pk as string;
}

async function createApp(bindings: unknown[], mode: 'any' | 'all' = 'any'): Promise<void> {
  const body = oauth2Body(sim);
  const res = await client.call('PUT', TRANSACTIONAL, {
    body: { ...body, app: { ...body.app, policy_engine_mode: mode }, policy_bindings: bindings },
  });
  expect(res.body).toEqual({ applied: true, logs: [] });
}

async function passes(userPk: number): Promise<boolean> {
  const res = await client.get(`/api/v3/core/applications/osticket/check_access/?for_user=${userPk}`);
  expect(res.status).toBe(200);
  return res.body.passing as boolean;
}

describe('check_access evaluates bindings as authentik does', () => {
  it('a group binding lets members in and keeps everyone else out', async () => {
    const team = await createGroup('Ops', [ALICE_PK]);
    await createApp([{ group: team, order: 0 }]);
    expect(await passes(ALICE_PK)).toBe(true);
    expect(await passes(BOB_PK)).toBe(false);
    // superusers are not exempt: access is decided by bindings only
    expect(await passes(AKADMIN_PK)).toBe(false);
  });

  it('members of a group below the bound group pass (User.all_groups walks the parents)', async () => {
    const staff = await createGroup('Staff');
    await createGroup('Ops', [ALICE_PK], staff);
    await createApp([{ group: staff, order: 0 }]);
    expect(await passes(ALICE_PK)).toBe(true);
    expect(await passes(BOB_PK)).toBe(false);
  });

  it('user bindings name one user each; mode any needs one of them', async () => {
    await createApp([
      { user: ALICE_PK, order: 0 },
      { user: BOB_PK, order: 1 },
    ]);
    expect(await passes(ALICE_PK)).toBe(true);
    expect(await passes(BOB_PK)).toBe(true);
    expect(await passes(AKADMIN_PK)).toBe(false);
  });

  it('mode all needs every static binding to pass', async () => {
    const ops = await createGroup('Ops', [ALICE_PK, BOB_PK]);
    await createApp(
      [
        { group: ops, order: 0 },
        { user: ALICE_PK, order: 1 },
      ],
      'all',
    );
    expect(await passes(ALICE_PK)).toBe(true);
    expect(await passes(BOB_PK)).toBe(false);
  });

  it('a negated group binding keeps its members out and lets the others in', async () => {
    const blocked = await createGroup('Contractors', [BOB_PK]);
    await createApp([{ group: blocked, order: 0, negate: true }]);
    expect(await passes(ALICE_PK)).toBe(true);
    expect(await passes(BOB_PK)).toBe(false);
  });

  it('a disabled binding does not count: the application is open again', async () => {
    const ops = await createGroup('Ops', [ALICE_PK]);
    await createApp([{ group: ops, order: 0, enabled: false }]);
    expect(await passes(BOB_PK)).toBe(true);
  });

  it('the picker finds groups by search, and the list answers fit the schema', async () => {
    await createGroup('Grafana Admins', [ALICE_PK]);
    await createGroup('Grafana Editors');
    const res = await client.get('/api/v3/core/groups/?search=grafana&include_users=false&ordering=name');
    expect(res.body.results.map((group: { name: string }) => group.name)).toEqual(['Grafana Admins', 'Grafana Editors']);
    const users = await client.get('/api/v3/core/users/?search=ali');
    expect(users.body.results.map((user: { username: string }) => user.username)).toEqual(['alice']);
    expect(sim.violations).toEqual([]);
  });

  it('creating a group needs add_group; a token without it is refused and nothing is created', async () => {
    const res = await client.call('POST', '/api/v3/core/groups/', { body: { name: 'Ops' }, token: sim.tokens.regular });
    expect(res.status).toBe(403);
    expect(sim.state.groups.map((group) => group.name)).toEqual(['authentik Admins']);
    const listed = await client.get('/api/v3/core/groups/', { token: sim.tokens.regular });
    expect(listed.body.results).toEqual([]);
  });

  it('a second group of the same name is refused', async () => {
    await createGroup('Ops');
    const res = await client.call('POST', '/api/v3/core/groups/', { body: { name: 'Ops' } });
    expect(res.status).toBe(400);
    expect(res.body.name).toBeTruthy();
  });

  it('the bindings of an application can be listed by target', async () => {
    const ops = await createGroup('Ops', [ALICE_PK]);
    await createApp([{ group: ops, order: 0 }]);
    const app = sim.state.applications[0]!;
    const res = await client.get(`/api/v3/policies/bindings/?target=${app.pk}`);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.results[0]).toMatchObject({ group: ops, target: app.pk, order: 0, group_obj: { name: 'Ops' } });
  });
});

describe.each(RELEASES)('authentik %s', (release) => {
  const served = serveSimulatorForTests({ release, validateResponses: true });
  it('accepts policy_bindings in the transactional create and evaluates them', async () => {
    const group = await served.client.call('POST', '/api/v3/core/groups/', { body: { name: 'Ops', users: [ALICE_PK] } });
    expect(group.status).toBe(201);
    const res = await served.client.call('PUT', TRANSACTIONAL, {
      body: { ...oauth2Body(served.sim), policy_bindings: [{ group: group.body.pk, order: 0 }] },
    });
    expect(res.body).toEqual({ applied: true, logs: [] });
    const alice = await served.client.get(`/api/v3/core/applications/osticket/check_access/?for_user=${ALICE_PK}`);
    const bob = await served.client.get(`/api/v3/core/applications/osticket/check_access/?for_user=${BOB_PK}`);
    expect([alice.body.passing, bob.body.passing]).toEqual([true, false]);
    expect(served.sim.violations).toEqual([]);
  });
});

describe('release facts of access', () => {
  it('groups get several parents from 2025.12; the default-access flag is settable from 2026.5; every release takes bindings in the transactional create', () => {
    expect(RELEASES.filter((release) => releaseFacts(release).groupParentsList)).toEqual(['2025.12', '2026.2', '2026.5', '2026.8']);
    expect(RELEASES.filter((release) => releaseFacts(release).settingsFlagCoreDefaultAppAccess)).toEqual(['2026.5', '2026.8']);
    expect(RELEASES.every((release) => releaseFacts(release).transactionalPolicyBindings)).toBe(true);
  });

  it('an application without bindings is closed when core_default_app_access is off, on releases that have the flag', async () => {
    await createApp([]);
    sim.state.settings.flags.core_default_app_access = false;
    expect(await passes(ALICE_PK)).toBe(false);
  });
});

describe('blueprints with groups and policy bindings', () => {
  it('a group and a binding to it apply, and the binding decides access', async () => {
    await createApp([]);
    sim.applyBlueprint(`version: 1
entries:
  - model: authentik_core.group
    id: ops
    identifiers: { name: Ops }
    attrs: { name: Ops }
  - model: authentik_policies.policybinding
    identifiers:
      target: !Find [authentik_core.application, [slug, osticket]]
      group: !KeyOf ops
    attrs: { order: 0 }
`);
    sim.state.users.find((user) => user.pk === ALICE_PK)!.groups.push(sim.state.groups.find((group) => group.name === 'Ops')!.pk);
    expect(await passes(ALICE_PK)).toBe(true);
    expect(await passes(BOB_PK)).toBe(false);
  });

  it('a binding to a group that does not exist fails the whole blueprint', () => {
    expect(() =>
      sim.applyBlueprint(`version: 1
entries:
  - model: authentik_core.application
    identifiers: { slug: wiki }
    attrs: { name: Wiki }
  - model: authentik_policies.policybinding
    identifiers:
      target: !Find [authentik_core.application, [slug, wiki]]
      group: !Find [authentik_core.group, [name, Nobody]]
    attrs: { order: 0 }
`),
    ).toThrow(/One of 'group', 'policy', 'user' must be set|does not exist/);
    expect(sim.state.applications).toEqual([]);
  });
});
