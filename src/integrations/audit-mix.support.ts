/**
 * For tests and the benchmark: an authentik (the simulator) that holds what admins really have,
 * pairs of every catalog app made through the real engine, some copied under neutral names, and
 * pairs carrying each mistake the audit knows, made as an admin would make them (a PATCH, or
 * state a hand-made setup leaves behind).
 */
import type { Simulator } from 'authentik-simulator';
import { createAuthentikClient, type AuthentikClient } from '../lib/authentik/client';
import { createOnce } from '../features/wizard/api/create-pair';
import { discover } from '../features/wizard/api/discovery';
import { patchProvider } from '../features/wizard/api/pair';
import { resolveContext } from '../features/wizard/engine/resolve-context';
import type { CreatedPair, IntegrationDefinition } from '../features/wizard/engine/types';
import { capabilities, isReleaseId } from '../lib/authentik/releases';
import { exampleInputs, roundTripValues } from './examples.support';

export type MistakeId =
  | 'redirect-trailing-slash'
  | 'encryption-key'
  | 'claims-not-in-id-token'
  | 'no-grant-types'
  | 'logout-page-as-login-redirect'
  | 'redirect-binding'
  | 'acs-placeholder'
  | 'issuer-old-default'
  | 'expired-certificate'
  | 'provider-missing'
  | 'provider-unassigned';

export interface SeededPair {
  slug: string;
  /** The catalog app it was made for. */
  integration: string;
  /** The check that must find the mistake, and whether a one-click fix repairs it. */
  mistake?: { id: MistakeId; check: string; fixable: boolean };
  /** Renamed away from the app's name: recognisable by its provider alone. */
  neutral: boolean;
}

export interface AuditMix {
  pairs: SeededPair[];
  /** Keys of rows that are not applications (providers without one). */
  orphanProviders: string[];
}

const checksOf = (definition: IntegrationDefinition) => definition.checks().map((check) => check.id);

/**
 * Seeds `copies` pairs of every catalog app (at least one), every other copy under a neutral
 * name, then one pair per mistake. `applications` instead asks for at least that many pairs: as
 * many copies of every app as it takes (the whole catalog mixes OIDC, SAML and proxy providers).
 */
export async function seedAuditMix(
  simulator: Simulator,
  url: string,
  definitions: readonly IntegrationDefinition[],
  options: { copies?: number; applications?: number } = {},
): Promise<AuditMix> {
  const client: AuthentikClient = createAuthentikClient({ base: url, token: simulator.tokens.superuser, mode: 'direct' }, { maxInFlight: 8 });
  if (!isReleaseId(simulator.release)) throw new Error(`unknown release ${simulator.release}`);
  const release = capabilities(simulator.release);
  // The superuser token may change outposts; the admin has set the embedded outpost's authentik_host.
  const connected = { release, base: url, canChangeOutposts: true };
  for (const outpost of simulator.state.outposts) outpost.config.authentik_host = url;
  const copies = Math.max(1, options.applications ? Math.ceil(options.applications / Math.max(1, definitions.length)) : (options.copies ?? 1));
  const pairs: SeededPair[] = [];
  const created = new Map<string, CreatedPair>();
  let counter = 0;
  const used = new Set<string>();

  const seedOne = async (definition: IntegrationDefinition) => {
    const inputs = definition.inputs.parse(exampleInputs(definition));
    const resolve = async () => {
      const resolved = resolveContext(definition, await discover(client, definition, release), {}, connected);
      if (!resolved.context) throw new Error(`${definition.id}: ${resolved.problems.join('; ')}`);
      return resolved;
    };
    let resolved = await resolve();
    for (let copy = 0; copy < copies; copy += 1) {
      // The first copy created the app's custom mappings; the next ones find them.
      if (copy === 1 && definition.discovery.customMappings.length > 0) resolved = await resolve();
      const identity = definition.identity(inputs);
      let slug = copy === 0 ? identity.slug : `${identity.slug}-${copy}`.slice(0, 50);
      let name = copy === 0 ? identity.name : `${identity.name} ${copy}`;
      if (used.has(slug)) {
        slug = `${definition.id}-${copy}`;
        name = `${name} (${definition.name})`;
      }
      used.add(slug);
      let pair = await createOnce(client, { definition, inputs, identity: { slug, name }, context: resolved.context! }, false).catch(
        (error: unknown) => {
          throw new Error(`${definition.id} (${slug}): ${JSON.stringify((error as { problem?: unknown }).problem ?? String(error))}`);
        },
      );
      if (definition.followUp)
        pair = await patchProvider(
          client,
          pair,
          definition.followUp.patch(definition.followUp.schema(pair).parse(roundTripValues(definition, pair))),
        );
      created.set(slug, pair);
      pairs.push({ slug, integration: definition.id, neutral: copy % 2 === 1 });
    }
  };
  // Apps with custom mappings one after the other (they may share a mapping), and apps attached to
  // the outpost (each attachment reads, merges and writes its list), the rest at once.
  const oneByOne = (entry: IntegrationDefinition) => entry.discovery.customMappings.length > 0 || entry.discovery.outposts === true;
  for (const definition of definitions.filter(oneByOne)) await seedOne(definition);
  await Promise.all(definitions.filter((entry) => !oneByOne(entry)).map(seedOne));

  // Every other copy loses the app's name, as hand-made pairs often have ("App 12", "sso-3").
  for (const seeded of pairs.filter((pair) => pair.neutral)) {
    const application = simulator.state.applications.find((app) => app.slug === seeded.slug)!;
    counter += 1;
    application.name = `Team app ${counter}`;
    application.slug = `team-app-${counter}`;
    application.meta_launch_url = '';
    const pair = created.get(seeded.slug)!;
    created.delete(seeded.slug);
    seeded.slug = application.slug;
    created.set(seeded.slug, pair);
    const provider = simulator.state.providers.find((entry) => entry.pk === pair.provider.pk)!;
    provider.name = `Provider for Team app ${counter}`;
  }

  const named = pairs.filter((seeded) => !seeded.neutral);
  const take = (predicate: (definition: IntegrationDefinition, pair: CreatedPair) => boolean): { seeded: SeededPair; pair: CreatedPair } | null => {
    for (const seeded of named) {
      if (seeded.mistake) continue;
      const definition = definitions.find((entry) => entry.id === seeded.integration)!;
      const pair = created.get(seeded.slug)!;
      if (predicate(definition, pair)) return { seeded, pair };
    }
    return null;
  };
  const mark = <T extends { seeded: SeededPair }>(target: T | null, id: MistakeId, check: string, fixable: boolean): T | null => {
    if (target) target.seeded.mistake = { id, check, fixable };
    return target;
  };
  const patch = (pair: CreatedPair, body: Record<string, unknown>) =>
    patchProvider(client, pair, body).catch((error: unknown) => {
      throw new Error(
        `PATCH ${pair.application.slug} ${JSON.stringify(body)}: ${JSON.stringify((error as { problem?: unknown }).problem ?? String(error))}`,
      );
    });
  const oidc = (pair: CreatedPair) => (pair.protocol === 'oidc' ? pair : null);

  // A trailing slash on a callback the app sends without one.
  const slash = mark(
    take(
      (definition, pair) =>
        checksOf(definition).includes('redirect-uri') &&
        Boolean(
          oidc(pair)?.provider.redirect_uris.some((uri) => uri.matching_mode === 'strict' && /^https:\/\/[^/]+\/.*[^/]$/.test(uri.url)) &&
          (definition.data.launchUrl ?? '') !== '',
        ),
    ),
    'redirect-trailing-slash',
    'redirect-uri',
    true,
  );
  if (slash) {
    const provider = oidc(slash.pair)!.provider;
    const index = provider.redirect_uris.findIndex((uri) => uri.matching_mode === 'strict' && /[^/]$/.test(uri.url));
    await patch(slash.pair, { redirect_uris: provider.redirect_uris.map((uri, i) => ({ ...uri, url: i === index ? `${uri.url}/` : uri.url })) });
  }
  const keyed = (pair: CreatedPair) => Boolean(oidc(pair)?.provider.signing_key);
  const encrypted = mark(
    take((definition, pair) => checksOf(definition).includes('encryption-key') && keyed(pair)),
    'encryption-key',
    'encryption-key',
    true,
  );
  if (encrypted) await patch(encrypted.pair, { encryption_key: oidc(encrypted.pair)!.provider.signing_key });
  const claims = mark(
    take((definition) => checksOf(definition).includes('id-token-claims')),
    'claims-not-in-id-token',
    'id-token-claims',
    true,
  );
  if (claims) await patch(claims.pair, { include_claims_in_id_token: false });
  if (release.oauth2GrantTypes) {
    const grants = mark(
      take((_definition, pair) => pair.protocol === 'oidc'),
      'no-grant-types',
      'grant-types',
      true,
    );
    if (grants) await patch(grants.pair, { grant_types: [] });
    const typed = mark(
      take((_definition, pair) => pair.protocol === 'oidc' && (oidc(pair)?.provider.redirect_uris.length ?? 0) === 1),
      'logout-page-as-login-redirect',
      'redirect-uri-types',
      true,
    );
    if (typed) {
      const provider = oidc(typed.pair)!.provider;
      const origin = new URL(provider.redirect_uris[0]!.url.replace(/^app\.[a-z]+:\/\//, 'https://app.invalid')).origin;
      await patch(typed.pair, {
        redirect_uris: [...provider.redirect_uris, { matching_mode: 'strict', url: `${origin}/logged-out`, redirect_uri_type: 'authorization' }],
      });
    }
  }
  const binding = mark(
    take((_definition, pair) => pair.protocol === 'saml'),
    'redirect-binding',
    'sp-binding',
    true,
  );
  if (binding) await patch(binding.pair, { sp_binding: 'redirect' });
  const placeholder = mark(
    take((definition) => Boolean(definition.followUp) && checksOf(definition).includes('acs-url')),
    'acs-placeholder',
    'acs-url',
    false,
  );
  if (placeholder) {
    const provider = simulator.state.providers.find((entry) => entry.pk === placeholder.pair.provider.pk)! as { acs_url?: string };
    provider.acs_url = 'https://temp.temp';
  }
  const issuer = mark(
    take((_definition, pair) => pair.protocol === 'saml'),
    'issuer-old-default',
    'saml-issuer',
    false,
  );
  if (issuer) await patch(issuer.pair, release.samlIssuerField === 'issuer' ? { issuer: 'authentik' } : { issuer_override: 'authentik' });
  const expired = mark(
    take((_definition, pair) => pair.protocol === 'saml'),
    'expired-certificate',
    'certificate-expiry',
    false,
  );
  if (expired) {
    const source = simulator.state.keypairs.find((key) => key.pk === (expired.pair.provider as { signing_kp?: string }).signing_kp)!;
    const old = {
      ...source,
      pk: '0b5e0b5e-0000-4000-8000-00000000e0e0',
      name: 'Old SAML certificate (2024)',
      managed: null,
      certExpiry: '2025-06-30T12:00:00Z',
    };
    simulator.state.keypairs.push(old);
    await patch(expired.pair, { signing_kp: old.pk, sign_assertion: true });
  }
  // A provider whose application was deleted and an application whose provider was: two rows.
  const orphan = mark(
    take(() => true),
    'provider-missing',
    'provider-missing',
    false,
  );
  const orphanProviders: string[] = [];
  if (orphan) {
    const application = simulator.state.applications.find((app) => app.slug === orphan.seeded.slug)!;
    orphanProviders.push(`provider-${application.provider}`);
    application.provider = null;
  }
  return { pairs, orphanProviders };
}

/** What a read-only auditor holds: the view permissions an audit reads with, and no change permission. */
export const AUDIT_VIEW_PERMISSIONS = [
  'authentik_core.view_application',
  'authentik_core.view_provider',
  'authentik_providers_oauth2.view_oauth2provider',
  'authentik_providers_saml.view_samlprovider',
  'authentik_crypto.view_certificatekeypair',
  'authentik_flows.view_flow',
  'authentik_providers_oauth2.view_scopemapping',
  'authentik_providers_saml.view_samlpropertymapping',
];
