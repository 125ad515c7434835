/**
 * An admin exports a forward-auth pair as Terraform: the provider is added to the outpost the wizard
 * would attach it to, by a resource that keeps the outpost's other providers, on every provider
 * release that has one; older provider releases get the manual step instead of a resource that
 * would replace the outpost's list.
 */
import { parse as parseHcl } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../../integrations/load-all.support';
import { discoveredContext } from '../../../integrations/test-context';
import { exampleInputs } from '../../../integrations/examples.support';
import { terraformProblems } from '../../../integrations/export-proof.support';
import { capabilities, type ReleaseId } from '../../../lib/authentik/releases';
import type { OutpostSummary } from '../model/types';
import { toBlueprint } from './blueprint';
import { exportPlan } from './plan';
import { toTerraform } from './terraform';

const sonarr = (await loadAll()).find((definition) => definition.id === 'sonarr')!;

const embedded: OutpostSummary = {
  pk: 'e0000000-0000-4000-8000-000000000001',
  name: 'authentik Embedded Outpost',
  type: 'proxy',
  managed: 'goauthentik.io/outposts/embedded',
  providers: [{ pk: 7, name: 'Provider for Status Board' }],
  authentikHost: 'https://authentik.company',
  authentikHostBrowser: '',
};
const edge: OutpostSummary = { ...embedded, pk: 'e0000000-0000-4000-8000-000000000002', name: 'Edge outpost', managed: null, providers: [] };

function files(release: ReleaseId, list: OutpostSummary[], chosen?: string) {
  const inputs = sonarr.inputs.parse(exampleInputs(sonarr));
  const context = discoveredContext({
    release: capabilities(release),
    base: 'https://authentik.company',
    outposts: { list, canChange: true, ...(chosen ? { chosen } : {}) },
  });
  const plan = exportPlan({ definition: sonarr, inputs, identity: sonarr.identity(inputs), context });
  return { terraform: toTerraform(plan), blueprint: toBlueprint(plan) };
}

type Hcl = {
  data?: Record<string, Record<string, Array<Record<string, unknown>>>>;
  resource?: Record<string, Record<string, Array<Record<string, unknown>>>>;
};

describe('Terraform for a forward-auth pair', () => {
  it('adds the provider to the embedded outpost with an attachment the documented provider accepts', async () => {
    const { terraform } = files('2026.8', [embedded, edge]);
    const { problems, parsed } = await terraformProblems(terraform, '2026.8');
    expect(problems).toEqual([]);
    const hcl = parsed as Hcl;
    expect(hcl.data?.authentik_outpost?.sonarr_outpost?.[0]).toEqual({ name: 'authentik Embedded Outpost' });
    expect(hcl.resource?.authentik_outpost_provider_attachment?.sonarr?.[0]).toEqual({
      outpost: '${data.authentik_outpost.sonarr_outpost.id}',
      protocol_provider: '${authentik_provider_proxy.sonarr.id}',
    });
    expect(hcl.resource?.authentik_provider_proxy?.sonarr?.[0]).toMatchObject({
      mode: 'proxy',
      external_host: 'https://sonarr.company',
      internal_host: 'http://sonarr:8989',
      skip_path_regex: '^/api/.*',
    });
    // Never the outpost resource itself: its protocol_providers would replace the list.
    expect(hcl.resource?.authentik_outpost).toBeUndefined();
    expect(terraform).not.toMatch(/protocol_providers\s*=/);
  });

  it('targets the outpost the admin picked, in Terraform and in the blueprint alike', async () => {
    const { terraform, blueprint } = files('2026.8', [embedded, edge], edge.pk);
    const parsed = (await parseHcl('export.tf', terraform)) as Hcl;
    expect(parsed.data?.authentik_outpost?.sonarr_outpost?.[0]).toEqual({ name: 'Edge outpost' });
    expect(blueprint).toMatch(/model: authentik_outposts\.outpost[\s\S]*name: "Edge outpost"/);
    expect(blueprint).not.toMatch(/goauthentik\.io\/outposts\/embedded/);
  });

  it('keeps an outpost name with quotes, interpolation and a line break literal', async () => {
    const hostile = { ...edge, name: 'Edge "${var.x}" %{if 1}\nresource "x" "y" {}' };
    const { terraform } = files('2026.8', [embedded, hostile], hostile.pk);
    const { problems, parsed } = await terraformProblems(terraform, '2026.8');
    expect(problems).toEqual([]);
    // hcl2json keeps the template escapes (`$${`, `%%{`): read them back as text.
    const name = String((parsed as Hcl).data?.authentik_outpost?.sonarr_outpost?.[0]?.name);
    expect(name.replaceAll('$${', '${').replaceAll('%%{', '%{')).toBe(hostile.name);
    expect(Object.keys((parsed as Hcl).resource ?? {}).sort()).toEqual([
      'authentik_application',
      'authentik_outpost_provider_attachment',
      'authentik_provider_proxy',
    ]);
  });

  it('gives the manual step on a provider release without the attachment, and declares nothing that touches the outpost', async () => {
    const { terraform } = files('2025.4', [embedded]);
    const { problems, parsed } = await terraformProblems(terraform, '2025.4');
    expect(problems).toEqual([]);
    expect((parsed as Hcl).data?.authentik_outpost).toBeUndefined();
    expect((parsed as Hcl).resource?.authentik_outpost_provider_attachment).toBeUndefined();
    expect(terraform).toMatch(/# .*add\n# the provider to “authentik Embedded Outpost” in authentik \(Applications › Outposts\)/);
  });

  it('exported after Create, the outpost that already lists the provider names it once', () => {
    const inputs = sonarr.inputs.parse(exampleInputs(sonarr));
    const attached = { ...embedded, providers: [...embedded.providers, { pk: 8, name: 'Provider for Sonarr' }] };
    const context = discoveredContext({
      release: capabilities('2026.8'),
      base: 'https://authentik.company',
      outposts: { list: [attached], canChange: true },
    });
    const plan = exportPlan({ definition: sonarr, inputs, identity: sonarr.identity(inputs), context });
    expect(plan.entries.find((entry) => entry.role === 'outpost')?.attrs.providers).toEqual([
      expect.objectContaining({ ref: 'find', value: 'Provider for Status Board' }),
      { ref: 'entry', id: 'provider' },
    ]);
  });

  it('writes no outpost at all when the token could not list outposts', async () => {
    const inputs = sonarr.inputs.parse(exampleInputs(sonarr));
    const context = discoveredContext({
      release: capabilities('2026.8'),
      base: 'https://authentik.company',
      outposts: { list: null, canChange: false },
    });
    const terraform = toTerraform(exportPlan({ definition: sonarr, inputs, identity: sonarr.identity(inputs), context }));
    expect(terraform).not.toMatch(/authentik_outpost/);
  });
});
