/**
 * An admin who restricted the application to groups or users downloads the blueprint and the
 * Terraform file: both carry the policy bindings, by group and user NAME, and the blueprint applies
 * to a fresh authentik (twice) where the bindings decide who may open the application.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator } from 'authentik-simulator';
import { loadContract } from 'authentik-simulator/contract';
import { loadAll } from '../../../integrations/load-all.support';
import { discoveredContext } from '../../../integrations/test-context';
import { exampleInputs } from '../../../integrations/examples.support';
import { blueprintProblems, terraformProblems } from '../../../integrations/export-proof.support';
import { capabilities, type ReleaseId } from '../../../lib/authentik/releases';
import type { AccessChoice } from '../engine/access';
import { toBlueprint } from './blueprint';
import { exportPlan } from './plan';
import { toTerraform } from './terraform';

const integrations = await loadAll();
const oidc = integrations.find((definition) => definition.id === 'grafana')!;
const saml = integrations.find((definition) => definition.protocol.id === 'saml' && !definition.data.roundTrip)!;

function planFor(definition: (typeof integrations)[number], access: AccessChoice, release: ReleaseId = '2026.8') {
  const inputs = definition.inputs.parse(exampleInputs(definition));
  const context = discoveredContext({ release: capabilities(release), base: 'https://authentik.company' });
  return exportPlan({ definition, inputs, identity: definition.identity(inputs), context, access });
}

function passes(sim: ReturnType<typeof createSimulator>, slug: string, username: string): boolean {
  // The simulator's own policy engine, as its check_access answers (packages/authentik-simulator/src/simulator/policy.ts).
  const app = sim.state.applications.find((entry) => entry.slug === slug)!;
  const user = sim.state.users.find((entry) => entry.username === username)!;
  return sim.checkAccess(app.slug, user.pk);
}

describe('exports of an application restricted to groups', () => {
  const groups: AccessChoice = { mode: 'groups', names: ['Grafana Admins', 'Ops "night" ${shift}'] };

  it.each([oidc, saml].map((definition) => [definition.id, definition] as const))(
    '%s: the blueprint makes the missing groups empty, binds them, and applies twice',
    (_id, definition) => {
      const plan = planFor(definition, groups);
      const text = toBlueprint(plan);
      expect(text).toContain('model: authentik_policies.policybinding');
      expect(text).toContain('name: "Ops \\"night\\" ${shift}"');
      const sim = createSimulator({ release: '2026.8' });
      sim.applyBlueprint(text);
      sim.applyBlueprint(text);
      expect(sim.state.groups.map((group) => group.name).sort()).toEqual(['Grafana Admins', 'Ops "night" ${shift}', 'authentik Admins']);
      expect(sim.state.policyBindings).toHaveLength(2);
      // Nobody is in the new groups yet: nobody may open the application, not even the admin.
      expect(passes(sim, plan.slug, 'alice')).toBe(false);
      expect(passes(sim, plan.slug, 'akadmin')).toBe(false);
      sim.state.users.find((user) => user.username === 'alice')!.groups.push(sim.state.groups.find((group) => group.name === 'Grafana Admins')!.pk);
      expect(passes(sim, plan.slug, 'alice')).toBe(true);
      expect(passes(sim, plan.slug, 'bob')).toBe(false);
    },
  );

  it('an existing group is bound, never changed', () => {
    const sim = createSimulator({ release: '2026.8' });
    const admins = sim.state.groups[0]!;
    const plan = planFor(oidc, { mode: 'groups', names: [admins.name] });
    sim.applyBlueprint(toBlueprint(plan));
    expect(sim.state.groups).toEqual([admins]);
    expect(sim.state.policyBindings).toEqual([expect.objectContaining({ group: admins.pk, order: 0 })]);
    expect(passes(sim, plan.slug, 'akadmin')).toBe(true);
    expect(passes(sim, plan.slug, 'alice')).toBe(false);
  });

  it.each(['2025.4', '2025.8', '2025.12', '2026.5', '2026.8'] as const)(
    'authentik %s: every entry fits the release’s schema and the Terraform file the provider’s',
    async (release) => {
      const plan = planFor(oidc, groups, release);
      expect(blueprintProblems(toBlueprint(plan), loadContract(release))).toEqual([]);
      const terraform = toTerraform(plan);
      const { problems, parsed } = await terraformProblems(terraform, release);
      expect(problems).toEqual([]);
      const bindings = (parsed.resource?.authentik_policy_binding ?? {}) as Record<string, [Record<string, unknown>]>;
      expect(Object.values(bindings).map(([block]) => block)).toEqual([
        { target: '${authentik_application.grafana.uuid}', group: '${data.authentik_group.grafana_access_group_1.id}', order: 0 },
        { target: '${authentik_application.grafana.uuid}', group: '${data.authentik_group.grafana_access_group_2.id}', order: 1 },
      ]);
      expect(terraform).toContain('name = "Ops \\"night\\" $${shift}"');
    },
  );
});

describe('exports of an application restricted to users', () => {
  it('binds each user found by user name; Terraform reads the user’s pk', async () => {
    const plan = planFor(oidc, { mode: 'users', names: ['alice'] });
    const sim = createSimulator({ release: '2026.8' });
    sim.applyBlueprint(toBlueprint(plan));
    expect(passes(sim, plan.slug, 'alice')).toBe(true);
    expect(passes(sim, plan.slug, 'bob')).toBe(false);
    const { problems } = await terraformProblems(toTerraform(plan), '2026.8');
    expect(problems).toEqual([]);
    expect(toTerraform(plan)).toMatch(/user\s+= data\.authentik_user\.grafana_access_user_1\.pk/);
  });

  it('a user the target authentik lacks fails the whole blueprint: the application is never left open', () => {
    const sim = createSimulator({ release: '2026.8' });
    expect(() => sim.applyBlueprint(toBlueprint(planFor(oidc, { mode: 'users', names: ['nobody'] })))).toThrow(
      /policybinding.*user A valid integer is required/,
    );
    expect(sim.state.applications).toEqual([]);
  });

  it('everyone: no binding entry, the files are as before', () => {
    const before = toBlueprint(planFor(oidc, { mode: null, names: [] }));
    expect(toBlueprint(planFor(oidc, { mode: 'everyone', names: [] }))).toBe(before);
    expect(before).not.toContain('policybinding');
  });
});

describe('exports of the groups an app’s roles come from', () => {
  const roleGroups = ['Grafana Admins', 'Grafana Editors'];
  const planWith = (access: AccessChoice, release: ReleaseId = '2026.8') => {
    const inputs = oidc.inputs.parse(exampleInputs(oidc));
    const context = discoveredContext({ release: capabilities(release), base: 'https://authentik.company' });
    return exportPlan({ definition: oidc, inputs, identity: oidc.identity(inputs), context, access, roleGroups });
  };

  it('the blueprint makes each role group (empty) before the pair, keeps an existing one, and applies twice', () => {
    const sim = createSimulator({ release: '2026.8' });
    const editors = {
      pk: 'c0000000-0000-4000-8000-000000000001',
      name: 'Grafana Editors',
      parents: [],
      isSuperuser: false,
      attributes: { team: 'x' },
    };
    sim.state.groups.push(editors);
    const text = toBlueprint(planWith({ mode: null, names: [] }));
    expect(text.indexOf('name: "Grafana Admins"')).toBeLessThan(text.indexOf('model: authentik_providers_oauth2.oauth2provider'));
    sim.applyBlueprint(text);
    sim.applyBlueprint(text);
    expect(sim.state.groups.map((group) => group.name).sort()).toEqual(['Grafana Admins', 'Grafana Editors', 'authentik Admins']);
    expect(sim.state.groups.find((group) => group.name === 'Grafana Editors')).toEqual(editors);
  });

  it('Terraform manages each role group by name; access to a role group binds the same resource', async () => {
    const plan = planWith({ mode: 'groups', names: ['Grafana Admins'] }, '2026.5');
    const terraform = toTerraform(plan);
    const { problems, parsed } = await terraformProblems(terraform, '2026.5');
    expect(problems).toEqual([]);
    const groups = (parsed.resource?.authentik_group ?? {}) as Record<string, [Record<string, unknown>]>;
    expect(Object.values(groups).map(([block]) => block)).toEqual([{ name: 'Grafana Admins' }, { name: 'Grafana Editors' }]);
    expect(parsed.data?.authentik_group).toBeUndefined();
    const bindings = (parsed.resource?.authentik_policy_binding ?? {}) as Record<string, [Record<string, unknown>]>;
    expect(Object.values(bindings).map(([block]) => block.group)).toEqual(['${authentik_group.grafana_role_group_1.id}']);
    // The blueprint of the same plan: the member of the role group passes, a non-member does not.
    const sim = createSimulator({ release: '2026.5' });
    sim.applyBlueprint(toBlueprint(plan));
    sim.state.users.find((user) => user.username === 'alice')!.groups.push(sim.state.groups.find((group) => group.name === 'Grafana Admins')!.pk);
    expect(passes(sim, plan.slug, 'alice')).toBe(true);
    expect(passes(sim, plan.slug, 'bob')).toBe(false);
  });
});
