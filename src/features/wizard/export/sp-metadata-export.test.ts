// @vitest-environment jsdom
/** The GitOps files of a pair made from SP metadata: the SP keypairs by name, never a stand-in pk. */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../integrations/registry';
import { discoveredContext } from '../../../integrations/test-context';
import { parseSpMetadata } from '../../../lib/saml-metadata/parse';
import { metadataSettings } from '../../../lib/saml-metadata/settings';
import { SP_METADATA } from '../../../lib/saml-metadata/test-fixtures';
import { PENDING_MAPPING_PK } from '../protocols/build-helpers';
import { compileIntegration } from '../engine/compile';
import { toBlueprint } from './blueprint';
import { exportPlan } from './plan';
import { toTerraform } from './terraform';

describe('a pair made from SP metadata exports with its metadata values', () => {
  it('the blueprint and Terraform carry the binding, SLO and the SP keypairs found by the names Create gives them', async () => {
    const entry = catalog.find((item) => item.id === 'generic-saml')!;
    const definition = compileIntegration(entry, (await entry.load()).default);
    const parsed = parseSpMetadata(SP_METADATA, new DOMParser());
    if (!parsed.ok) throw new Error(parsed.error);
    const inputs = { name: 'Team Notes', acs: parsed.metadata.acs!.url, entity: parsed.metadata.entityId };
    const context = discoveredContext({ spMetadata: metadataSettings(parsed.metadata, true)! });
    const plan = exportPlan({ definition, inputs, identity: definition.identity(inputs), context });
    const blueprint = toBlueprint(plan);
    const terraform = toTerraform(plan);
    for (const text of [blueprint, terraform]) expect(text).not.toContain(PENDING_MAPPING_PK);
    expect(blueprint).toContain('verification_kp: !If [!Find [authentik_crypto.certificatekeypair, [name, "Team Notes: SP signing certificate"]]');
    expect(blueprint).toContain('encryption_kp: !If [!Find [authentik_crypto.certificatekeypair, [name, "Team Notes: SP encryption certificate"]]');
    expect(blueprint).toContain('sls_url: "https://wiki.company/saml/slo"');
    expect(terraform).toMatch(/verification_kp\s+= data\.authentik_certificate_key_pair\.\w+\.id/);
    expect(terraform).toContain('name              = "Team Notes: SP encryption certificate"');
  });
});
