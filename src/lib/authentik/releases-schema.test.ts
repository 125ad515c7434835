/**
 * The wizard's release table (releases.ts, browser data) against what it describes: every entry a
 * release's official schema shows is compared with that schema (read by the simulator package's
 * `schemaFacts`, which derives it from schema.yml and types nothing), and every entry no schema
 * shows is compared with the simulator's own reading of authentik's source (`serverRules`, each
 * rule cited there). Two independent readings must agree, so a wrong belief in the wizard cannot
 * pass unnoticed because its oracle shares it.
 */
import { RELEASES as SIMULATED_RELEASES } from 'authentik-simulator/releases';
import { schemaFacts, serverRules } from 'authentik-simulator/release-facts';
import { describe, expect, it } from 'vitest';
import type { ReleaseCapabilities, ReleaseId } from './releases';
import { CAPABILITIES, RELEASES } from './releases';

/** The wizard's belief about the entries no schema shows, as the simulator's cited rules state them. */
function fromSource(release: ReleaseId): Partial<ReleaseCapabilities> {
  const rules = serverRules(release);
  return {
    release,
    oauth2GrantTypesWhenOmitted: rules.oauth2GrantTypesWhenOmitted,
    samlSpBindingDefault: rules.samlSpBindingDefault,
    samlSigningKeyTypeCheck: rules.samlSigningKeyTypeCheck,
    providerAssignedBackchannelAlways: rules.providerAssignedBackchannelAlways,
    forwardedHeadersTrustedOnly: rules.forwardedHeadersOnlyFromTrustedProxies,
    // `issuer` has a model default; its successor `issuer_override` defaults to '' (= the metadata URL)
    samlIssuerDefault: schemaFacts(release).samlIssuerField === 'issuer' ? (rules.samlIssuerModelDefault as 'authentik') : '',
  };
}

function split(release: ReleaseId) {
  const row = CAPABILITIES[release];
  const schema = schemaFacts(release) as unknown as Record<string, unknown>;
  const source = fromSource(release);
  const fromSchema = Object.fromEntries(
    Object.keys(row)
      .filter((key) => key in schema)
      .map((key) => [key, schema[key]]),
  );
  const rowSchemaPart = Object.fromEntries(Object.entries(row).filter(([key]) => key in schema));
  const rowSourcePart = Object.fromEntries(Object.entries(row).filter(([key]) => key in source));
  return { row, fromSchema, rowSchemaPart, source, rowSourcePart };
}

describe('the wizard’s release table agrees with each release’s official schema and authentik’s source', () => {
  it('covers exactly the releases whose schema exists', () => {
    expect([...RELEASES]).toEqual([...SIMULATED_RELEASES]);
  });

  it.each(RELEASES)('%s: every entry a schema shows is what that schema shows', (release) => {
    const { fromSchema, rowSchemaPart } = split(release);
    expect(rowSchemaPart).toEqual(fromSchema);
  });

  it.each(RELEASES)('%s: every entry no schema shows is what authentik’s source does', (release) => {
    const { source, rowSourcePart } = split(release);
    expect(rowSourcePart).toEqual(source);
  });

  it('has no entry that neither a schema nor a cited source backs', () => {
    const { row, fromSchema, source } = split('2026.8');
    const backed = new Set([...Object.keys(fromSchema), ...Object.keys(source)]);
    expect(Object.keys(row).filter((key) => !backed.has(key))).toEqual([]);
  });
});
