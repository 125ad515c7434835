/**
 * The audit checks who may sign in to every application that has bindings: a member of a bound
 * group passes authentik's check_access, and a binding whose group is gone fails (it lets nobody in).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthentikClient, type AuthentikClient } from '../lib/authentik/client';
import { capabilities, NEWEST_RELEASE } from '../lib/authentik/releases';
import { createSimulator } from '../server/simulator/index';
import { runAudit } from '../features/audit/run-audit';
import { discover } from '../features/wizard/api/discovery';
import { createOnce } from '../features/wizard/api/create-pair';
import { resolveContext } from '../features/wizard/engine/resolve-context';
import { loadAll } from './load-all.support';

const all = await loadAll();
const grafana = all.find((definition) => definition.id === 'grafana')!;

describe('the audit and who may sign in', () => {
  const simulator = createSimulator({ release: NEWEST_RELEASE });
  let listening: Awaited<ReturnType<typeof simulator.listen>>;
  let client: AuthentikClient;
  beforeAll(async () => {
    listening = await simulator.listen(0);
    client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
  });
  afterAll(() => listening.close());

  it('checks a member of each bound group, and reports a binding to a group that no longer exists', async () => {
    const release = capabilities(NEWEST_RELEASE);
    const inputs = grafana.inputs.parse(grafana.data.expected.inputs);
    const resolved = resolveContext(grafana, await discover(client, grafana, release), {}, { release, base: listening.url });
    const team = { pk: randomUUID(), name: 'Grafana Users', parents: [], isSuperuser: false, attributes: {} };
    const gone = { pk: randomUUID(), name: 'Old team', parents: [], isSuperuser: false, attributes: {} };
    simulator.state.groups.push(team, gone);
    simulator.state.users.find((user) => user.username === 'alice')!.groups.push(team.pk);
    for (const [slug, group] of [
      ['grafana-team', team.pk],
      ['grafana-gone', gone.pk],
    ] as const)
      await createOnce(
        client,
        { definition: grafana, inputs, identity: { name: slug, slug }, context: resolved.context!, policyBindings: [{ group, order: 0 }] },
        false,
      );
    await createOnce(client, { definition: grafana, inputs, identity: { name: 'open', slug: 'grafana-open' }, context: resolved.context! }, false);
    simulator.state.groups.splice(simulator.state.groups.indexOf(gone), 1);

    const admin = simulator.state.users.find((user) => user.username === 'akadmin')!;
    const report = await runAudit({
      client,
      user: { pk: admin.pk, is_superuser: true, username: 'akadmin' },
      version: simulator.version,
      definitions: all,
      signal: new AbortController().signal,
    });
    const access = (slug: string) => report.rows.find((row) => row.key === slug)?.checks.find((check) => check.id === 'who-may-sign-in')?.result;
    expect(access('grafana-team')).toMatchObject({ status: 'pass', actual: 'alice, a member of “Grafana Users”, may open the application' });
    expect(access('grafana-gone')).toMatchObject({ status: 'fail', actual: 'A binding targets a group that no longer exists' });
    // Without bindings (and not sensitive), nothing is said.
    expect(access('grafana-open')).toBeUndefined();
  });

  it('reports the sensitive applications open to everyone once, for the instance, and not the ones bound to a group', async () => {
    simulator.reset();
    const release = capabilities(NEWEST_RELEASE);
    const sensitive = all.find((definition) => definition.sensitive && definition.protocol.id === 'oidc' && !definition.followUp)!;
    const inputs = sensitive.inputs.parse(sensitive.data.expected.inputs);
    const resolved = resolveContext(sensitive, await discover(client, sensitive, release), {}, { release, base: listening.url });
    const team = { pk: randomUUID(), name: 'Operators', parents: [], isSuperuser: false, attributes: {} };
    simulator.state.groups.push(team);
    const make = (slug: string, policyBindings?: { group: string; order: number }[]) =>
      createOnce(
        client,
        { definition: sensitive, inputs, identity: { name: slug, slug }, context: resolved.context!, ...(policyBindings ? { policyBindings } : {}) },
        false,
      );
    await make('ops-bound', [{ group: team.pk, order: 0 }]);
    await make('ops-open');
    const admin = simulator.state.users.find((user) => user.username === 'akadmin')!;
    const report = await runAudit({
      client,
      user: { pk: admin.pk, is_superuser: true, username: 'akadmin' },
      version: simulator.version,
      definitions: all,
      signal: new AbortController().signal,
    });
    const finding = report.instance.find((entry) => entry.check.id === 'sensitive-open-to-everyone');
    expect(finding?.check.result.status).toBe('warn');
    expect(finding?.applications).toEqual(['ops-open']);
  });
});
