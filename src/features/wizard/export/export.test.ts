/**
 * An admin downloads the pair as a blueprint and as Terraform: what is in the files beyond what
 * the battery proves for every app (which applies the blueprint and checks the Terraform schema).
 */
import { describe, expect, it } from 'vitest';
import { parseBlueprint, KeyOfTag } from 'authentik-simulator';
import { loadAll } from '../../../integrations/load-all.support';
import { discoveredContext, rsaKey } from '../../../integrations/test-context';
import { capabilities } from '../../../lib/authentik/releases';
import { toBlueprint } from './blueprint';
import { exportFileNames, exportPlan } from './plan';
import { hclString, toTerraform } from './terraform';

const integrations = await loadAll();
const examples = (definition: (typeof integrations)[number]) => definition.inputs.parse(Object.fromEntries(Object.entries(definition.inputUi).map(([key, ui]) => [key, ui.example])));
const withCustom = integrations.find((definition) => definition.discovery.customMappings.length > 0 && definition.protocol.id === 'oidc')!;
const plain = integrations.find((definition) => definition.protocol.id === 'oidc' && definition.discovery.customMappings.length === 0 && definition.discovery.signingKey !== 'none')!;

function planFor(definition: (typeof integrations)[number], context = discoveredContext({ release: capabilities('2026.8') })) {
  const inputs = examples(definition);
  return exportPlan({ definition, inputs, identity: definition.identity(inputs), context });
}

describe('the exported files', () => {
  it('declare a custom mapping before the provider, keep an admin’s mapping of that name, and reference it with !KeyOf', () => {
    const plan = planFor(withCustom);
    const blueprint = parseBlueprint(toBlueprint(plan));
    const [first] = blueprint.entries;
    expect(first!.state).toBe('created');
    const provider = blueprint.entries.find((entry) => entry.id === 'provider')!;
    const keyed = (provider.attrs.property_mappings as unknown[]).filter((item): item is KeyOfTag => item instanceof KeyOfTag);
    expect(keyed.map((tag) => tag.id)).toContain(first!.id);
    expect(toTerraform(plan)).toContain(`${withCustom.protocol.export.mappingResource}.mapping_1.id`);
  });

  it('name the app’s slug in the file names, in kebab case', () => {
    expect(exportFileNames({ slug: 'my_App.2' })).toEqual({ blueprint: 'my-app-2.blueprint.yaml', terraform: 'my-app-2.tf' });
  });

  it('carry no pk of the instance they were made on, whatever the keys are called there', () => {
    const context = discoveredContext({ release: capabilities('2026.8'), signingKey: { ...rsaKey, name: 'Company key' } });
    const plan = planFor(plain, context);
    const pks = [context.authorizationFlow.pk, context.invalidationFlow.pk, context.signingKey!.pk, ...Object.values(context.scopeMappings).map((mapping) => mapping.pk)];
    for (const text of [toBlueprint(plan), toTerraform(plan)]) {
      for (const pk of pks) expect(text).not.toContain(pk);
      expect(text).toContain('Company key');
    }
  });

  it('keep Terraform template sequences in a mapping expression literal', () => {
    expect(hclString('return f"${user.email}" %{x}\n')).toBe('"return f\\"$${user.email}\\" %%{x}\\n"');
  });

  it('read the API token from the environment, never from the file', () => {
    const terraform = toTerraform(planFor(plain));
    expect(terraform).toContain('provider "authentik" {}');
    expect(terraform).not.toMatch(/^\s*token\s*=/m);
  });
});
