/**
 * The generic battery: every catalog entry, with no per-app test code. For each app, as an admin
 * would meet it: its inputs take their examples and refuse their documented bad values; the
 * request it builds fits authentik's official schema; the pair created in the simulator through
 * the real engine (discovery, create, read back, round trip) passes every check it lists; its
 * configuration screen has a value in every field; its share link round-trips the inputs
 * without ever carrying a secret; and its blueprint, applied to a fresh instance of the release,
 * makes the same pair, while its Terraform file fits the provider's documented schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthentikClient, unwrap, type AuthentikClient } from '../lib/authentik/client';
import { createShared, runCheck } from '../features/wizard/engine/checks/run-checks';
import { badValues } from '../features/wizard/engine/inputs';
import { buildShareLink, inspectLink, parseShareLink } from '../features/wizard/engine/share-link';
import { discover } from '../features/wizard/api/discovery';
import { createOnce } from '../features/wizard/api/create-pair';
import { patchProvider, readPair } from '../features/wizard/api/pair';
import { roleGroupNames } from '../features/wizard/engine/role-groups';
import { exportPlan, roundTripFields } from '../features/wizard/export/plan';
import { toBlueprint } from '../features/wizard/export/blueprint';
import { outputName, toTerraform } from '../features/wizard/export/terraform';
import { resolveContext } from '../features/wizard/engine/resolve-context';
import type { CreatedPair } from '../features/wizard/engine/types';
import { capabilities, isReleaseId, NEWEST_RELEASE, OLDEST_RELEASE, RELEASES, type ReleaseId } from '../lib/authentik/releases';
import { loadContract } from '../server/contract/openapi-contract';
import { createSimulator } from '../server/simulator/index';
import { catalog } from './registry';
import { loadAll } from './load-all.support';
import { discoveredContext, ecKey } from './test-context';
import { exampleInputs, roundTripValues } from './examples.support';
import { blueprintProblems, comparable, instanceIds, terraformProblems } from './export-proof.support';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The releases each app is proven on. `npm test`: the newest and the oldest supported release, so
 * the battery's time grows with the catalog only. `npm run test:matrix` (BATTERY_RELEASES=all):
 * every app on every release, the compatibility matrix.
 */
function batteryReleases(setting: string | undefined): readonly ReleaseId[] {
  if (setting === 'all') return RELEASES;
  if (setting === undefined || setting === '' || setting === 'ends') return [NEWEST_RELEASE, OLDEST_RELEASE];
  const chosen = setting.split(',').map((release) => release.trim());
  const unknown = chosen.filter((release) => !isReleaseId(release));
  if (unknown.length > 0)
    throw new Error(`BATTERY_RELEASES: unknown release ${unknown.join(', ')} (use all, ends, or a list of ${RELEASES.join(', ')})`);
  return chosen as ReleaseId[];
}
const BATTERY_RELEASES = batteryReleases(process.env.BATTERY_RELEASES);

const integrations = await loadAll();

describe.each(integrations.map((definition) => [definition.name, definition] as const))('%s', (_name, definition) => {
  const inputs = definition.inputs.parse(exampleInputs(definition));

  it('is listed once, with its own small SVG logo, short input keys and cited guides', () => {
    expect(catalog.filter((entry) => entry.id === definition.id)).toHaveLength(1);
    // Its id is its address (/<id>): the app's own pages keep theirs.
    expect(['connect', 'audit']).not.toContain(definition.id);
    const file = new URL(`../../public${definition.logo}`, import.meta.url);
    expect(existsSync(file)).toBe(true);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.length).toBeLessThan(2048);
    for (const key of Object.keys(definition.inputUi)) expect(key).toMatch(/^[a-z]{1,8}$/);
    expect(definition.docs.authentik).toMatch(/^https:\/\/(integrations|docs)\.goauthentik\.io\//);
    expect(definition.docs.vendor).toMatch(/^https:\/\//);
  });

  it('refuses each documented bad value with the field’s own message', () => {
    for (const [key, spec] of Object.entries(definition.data.inputs)) {
      for (const bad of badValues(spec, definition.name)) {
        const result = definition.inputs.safeParse({ ...exampleInputs(definition), [key]: bad.value });
        expect(result.success, `${key}=${JSON.stringify(bad.value)}`).toBe(false);
        expect(result.error?.issues.find((issue) => issue.path[0] === key)?.message).toContain(bad.message);
      }
    }
  });

  it.each(BATTERY_RELEASES.map((release) => [release] as const))(
    'builds a request the official schema of %s accepts strictly (nothing it would drop), with each key it allows',
    (release) => {
      const contract = loadContract(release);
      const connected = { release: capabilities(release), base: 'https://authentik.company' };
      // Custom mappings exist by the time the request is sent (Create makes them first).
      const customMappings = Object.fromEntries(
        definition.discovery.customMappings.map((need, index) => [need.name, `c0000000-0000-4000-8000-${String(index).padStart(12, '0')}`]),
      );
      const contexts = [discoveredContext({ ...connected, customMappings }), discoveredContext({ ...connected, signingKey: ecKey, customMappings })];
      if (definition.discovery.signingKey !== 'required') contexts.push(discoveredContext({ ...connected, signingKey: null, customMappings }));
      if (definition.discovery.keyType === 'rsa') contexts.splice(1, 1);
      for (const context of contexts) {
        const request = definition.build(inputs, definition.identity(inputs), context);
        expect(request.provider_model).toBe(definition.protocol.providerModel);
        expect(
          contract.validateRequest(
            { method: 'PUT', apiPath: '/core/transactional/applications/', query: new URLSearchParams(), body: request },
            { strict: true },
          ),
        ).toEqual({ ok: true });
        for (const need of definition.discovery.customMappings) {
          const apiPath = need.kind === 'scope' ? '/propertymappings/provider/scope/' : '/propertymappings/provider/saml/';
          expect(contract.validateRequest({ method: 'POST', apiPath, query: new URLSearchParams(), body: need.body }, { strict: true })).toEqual({
            ok: true,
          });
        }
      }
    },
  );

  it.each(BATTERY_RELEASES.map((release) => [release] as const))(
    'exports for %s a blueprint whose attrs the release’s request schemas accept, and Terraform the documented provider accepts',
    async (release) => {
      const contract = loadContract(release);
      const context = discoveredContext({ release: capabilities(release), base: 'https://authentik.company' });
      const roleGroups = roleGroupNames(definition.roleGroups, {});
      const plan = exportPlan({ definition, inputs, identity: definition.identity(inputs), context, roleGroups });
      const blueprint = toBlueprint(plan);
      expect(blueprintProblems(blueprint, contract)).toEqual([]);
      const terraform = toTerraform(plan);
      // A protocol without a Terraform file yet gets one that says so (and declares nothing).
      if (plan.spec.terraform === false) {
        expect(terraform).toMatch(/use the blueprint/);
        expect(terraform).not.toMatch(/^\s*(resource|data) /m);
        return;
      }
      const { problems, parsed } = await terraformProblems(terraform, release);
      expect(problems).toEqual([]);
      // Outputs are named after the slug (`<slug>_client_id`), so several exports share a module.
      const outputs = parsed.output ?? {};
      expect(Object.keys(outputs).sort()).toEqual(definition.protocol.export.outputs.map((output) => outputName(plan, output.name)).sort());
      for (const output of definition.protocol.export.outputs)
        expect(outputs[outputName(plan, output.name)]![0]!.sensitive === true).toBe(output.sensitive === true);
      // No pk of any instance (a UUID the admin typed, such as an AWS ACS id, is theirs to keep).
      const typed = (text: string) => Object.values(inputs).reduce((rest, value) => rest.split(value).join(''), text);
      for (const text of [blueprint, terraform]) expect(typed(text)).not.toMatch(UUID);
      expect(terraform).not.toMatch(/^\s*(client_secret|token)\s*=/m);
    },
  );

  it('names an input as the owner of every request field its templates fill', () => {
    for (const owner of Object.values(definition.errorOwners)) expect(Object.keys(definition.inputUi)).toContain(owner);
  });

  it('declares known checks with reasons, and a manual test whose errors point at them', () => {
    const checks = definition.checks();
    expect(checks.length).toBeGreaterThan(3);
    const ids = checks.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of checks) expect(check.why).toMatch(/\.$/);
    expect(definition.manualTest.steps.length).toBeGreaterThan(1);
    for (const error of definition.manualTest.errors) if (error.checkId) expect(ids).toContain(error.checkId);
  });

  it('round-trips its inputs through a share link that never carries a secret', () => {
    const params = new URLSearchParams({
      ...exampleInputs(definition),
      ak: 'https://authentik.company',
      token: 'secret-token-value',
      client_secret: 'shh',
    });
    const inspected = inspectLink(`?${params.toString()}`);
    if (inspected.kind !== 'ok') throw new Error('link refused');
    const link = buildShareLink('https://wizard.example', `/${definition.id}`, definition, inspected.params);
    expect(link).not.toMatch(/secret-token-value|shh|token=|client_secret/);
    const parsed = parseShareLink(definition, new URL(link).searchParams);
    expect(parsed.invalid).toEqual({});
    expect(definition.inputs.parse(parsed.values)).toEqual(inputs);
  });
});

describe.each(BATTERY_RELEASES.map((release) => [release] as const))(
  'every integration, created in a simulated authentik %s through the real engine',
  (release) => {
    const simulator = createSimulator({ validateResponses: true, release });
    // A second, fresh instance of the same release: where the exported blueprint is applied.
    const target = createSimulator({ validateResponses: true, release });
    let listening: Awaited<ReturnType<typeof simulator.listen>>;
    let targetListening: Awaited<ReturnType<typeof simulator.listen>>;
    let client: AuthentikClient;
    let targetClient: AuthentikClient;
    beforeAll(async () => {
      listening = await simulator.listen(0);
      targetListening = await target.listen(0);
      client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
      targetClient = createAuthentikClient({ base: targetListening.url, token: target.tokens.superuser, mode: 'direct' });
    });
    afterAll(async () => {
      await listening.close();
      await targetListening.close();
    });

    it.each(integrations.map((definition) => [definition.name, definition] as const))(
      '%s: passes every check it lists, and its screen has every value',
      async (_name, definition) => {
        simulator.reset();
        // The admin has set the embedded outpost's authentik_host, as authentik's embedded-outpost docs ask.
        for (const outpost of simulator.state.outposts) outpost.config.authentik_host = listening.url;
        // The superuser token may change outposts.
        const connected = { release: capabilities(release), base: listening.url, canChangeOutposts: true };
        const inputs = definition.inputs.parse(exampleInputs(definition));
        const resolved = resolveContext(definition, await discover(client, definition, connected.release), {}, connected);
        expect(resolved.problems).toEqual([]);
        let pair = await createOnce(client, { definition, inputs, identity: definition.identity(inputs), context: resolved.context! }, false);
        if (definition.followUp) {
          expect(definition.followUp.isDone(pair)).toBe(false);
          const values = definition.followUp.schema(pair).parse(roundTripValues(definition, pair));
          pair = await patchProvider(client, pair, definition.followUp.patch(values));
          expect(definition.followUp.isDone(pair)).toBe(true);
        }
        expect(definition.warnings(pair).filter((note) => note.tone === 'warning')).toEqual([]);

        const me = await unwrap(client.api.GET('/core/users/me/'));
        const user = { pk: me.user.pk, is_superuser: me.user.is_superuser, username: me.user.username, email: me.user.email ?? '' };
        const signal = new AbortController().signal;
        const runChecks = (checked: CreatedPair, on: AuthentikClient) => {
          const shared = createShared();
          return Promise.all(
            definition
              .checks()
              .map(async (check) => [check.id, await runCheck(check, { pair: checked, client: on, user, signal, shared }, 'simulator')] as const),
          );
        };
        const results = await runChecks(pair, client);
        // The simulator listens on http://127.0.0.1: the one check that must fail there is the public-address one.
        const publicCheck = results.find(([id]) => id === 'public-authentik');
        if (publicCheck) expect(publicCheck[1].status).toBe('fail');
        expect(
          results
            .filter(([id, result]) => id !== 'public-authentik' && result.status !== 'pass')
            .map(([id, result]) => `${id}: ${result.status} ${result.detail ?? ''}`),
        ).toEqual([]);

        for (const [index, section] of definition.configure(pair, listening.url, inputs).entries()) {
          for (const [fieldIndex, field] of section.fields.entries()) {
            const spec = definition.data.screen[index]!.fields[fieldIndex]!;
            // An optional value (a setting older releases lack) must still be there on the newest release.
            const optionalHere = spec.optional === true && release !== NEWEST_RELEASE;
            if (spec.value !== '' && !optionalHere) expect(field.value, `${section.title} › ${field.label}`).not.toBe('');
          }
        }
        expect(simulator.violations).toEqual([]);
        // Nothing was sent that this release would silently drop.
        expect(simulator.strictViolations).toEqual([]);

        // Infrastructure as code: the blueprint of this pair (after its round trip), on a fresh instance.
        const plan = exportPlan({
          definition,
          inputs,
          identity: definition.identity(inputs),
          context: resolved.context!,
          current: roundTripFields(definition, pair),
          roleGroups: roleGroupNames(definition.roleGroups, {}),
        });
        const blueprint = toBlueprint(plan);
        const terraform = toTerraform(plan);
        // After the round trip the files are final: real values, no “NOT FINAL” mark.
        expect(plan.placeholders).toEqual([]);
        expect(`${blueprint}${terraform}`).not.toContain('NOT FINAL');
        for (const id of instanceIds(simulator.state)) {
          expect(blueprint).not.toContain(id);
          expect(terraform).not.toContain(id);
        }
        target.reset();
        for (const outpost of target.state.outposts) outpost.config.authentik_host = targetListening.url;
        target.applyBlueprint(blueprint);
        // The groups the app's roles come from are made with the pair.
        for (const group of definition.roleGroups) expect(target.state.groups.map((entry) => entry.name)).toContain(group.name);
        const applied = await readPair(targetClient, pair.application.slug);
        const bases = [listening.url, targetListening.url];
        expect(comparable(applied, target.state, bases)).toEqual(comparable(pair, simulator.state, bases));
        const appliedResults = await runChecks(applied, targetClient);
        expect(appliedResults.map(([id, result]) => [id, result.status])).toEqual(results.map(([id, result]) => [id, result.status]));
        expect(target.violations).toEqual([]);
      },
    );
  },
);
