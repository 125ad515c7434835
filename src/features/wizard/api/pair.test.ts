/**
 * Creating a pair and reading it back, against the simulator (one OIDC, one SAML and one app with
 * custom mappings): what the admin sees after "Create", and what happens when authentik answers
 * something else than a clean success: rolled back, lost answers, missing permissions.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthentikClient, unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import { AuthentikApiError, type ApiProblem } from '../../../lib/authentik/problem';
import { capabilities } from '../../../lib/authentik/releases';
import { createSimulator } from '../../../server/simulator/index';
import { catalog } from '../../../integrations/registry';
import { compileIntegration } from '../engine/compile';
import { resolveContext } from '../engine/resolve-context';
import type { IntegrationDefinition } from '../engine/types';
import { discover } from './discovery';
import { createOnce, freeName, freeSlug, isAmbiguous, isAmbiguousError, settleLostCreate, whatIsTaken, type CreateInput } from './create-pair';
import { applicationExists, createPair, NotAppliedError, optional, pairKey, pairQuery, patchProvider, readPair, UnexpectedPairError } from './pair';

async function load(id: string): Promise<IntegrationDefinition> {
  const entry = catalog.find((item) => item.id === id)!;
  return compileIntegration(entry, (await entry.load()).default);
}

const TRANSACTION = '/api/v3/core/transactional/applications/';

const simulator = createSimulator();
let listening: Awaited<ReturnType<typeof simulator.listen>>;
let client: AuthentikClient;
let oidc: IntegrationDefinition;
let saml: IntegrationDefinition;
let slack: IntegrationDefinition;

beforeAll(async () => {
  listening = await simulator.listen(0);
  client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
  [oidc, saml, slack] = await Promise.all([load('osticket'), load('youtrack'), load('slack')]);
});
afterAll(() => listening.close());
beforeEach(() => simulator.reset());

async function inputFor(definition: IntegrationDefinition): Promise<CreateInput> {
  const inputs = definition.inputs.parse(Object.fromEntries(Object.entries(definition.inputUi).map(([key, ui]) => [key, ui.example])));
  const release = capabilities(simulator.release);
  const resolved = resolveContext(definition, await discover(client, definition, release), {}, { release, base: listening.url });
  return { definition, inputs, identity: definition.identity(inputs), context: resolved.context! };
}

async function applicationSlugs(): Promise<string[]> {
  const page = await unwrap(client.api.GET('/core/applications/', { params: { query: { page_size: 100 } } }));
  return page.results.map((app) => app.slug);
}

async function problemOf(call: Promise<unknown>): Promise<ApiProblem | string> {
  try {
    await call;
    return 'no error';
  } catch (error) {
    return error instanceof AuthentikApiError ? error.problem : String(error);
  }
}

describe('after "Create", the admin sees the pair authentik really has', () => {
  it('an OIDC app: the application, its provider, the signing key it uses and the settings', async () => {
    const input = await inputFor(oidc);
    const pair = await createOnce(client, input, false);
    expect(pair.protocol).toBe('oidc');
    expect(pair.application.slug).toBe(input.identity.slug);
    expect(pair.provider.pk).toBe(pair.application.provider);
    expect(pair.signingKey?.pk).toBe(input.context.signingKey?.pk);
    expect(pair.signingKey?.name).toBe(input.context.signingKey?.name);
    expect(pair.settings).not.toBeNull();
    expect(await applicationSlugs()).toEqual([input.identity.slug]);
  });

  it('a SAML app is read back by its own protocol module', async () => {
    const input = await inputFor(saml);
    const pair = await createOnce(client, input, false);
    expect(pair.protocol).toBe('saml');
    expect(pair.application.slug).toBe(input.identity.slug);
    expect(pair.signingKey?.pk).toBe(input.context.signingKey?.pk);
  });

  it('an app with custom mappings gets them made first, and the provider uses them', async () => {
    const input = await inputFor(slack);
    const pair = await createOnce(client, input, false);
    const mappings = await unwrap(client.api.GET('/propertymappings/provider/saml/', { params: { query: { page_size: 100 } } }));
    const made = mappings.results.find((mapping) => mapping.name === slack.discovery.customMappings[0]!.name);
    expect(made).toBeDefined();
    expect((pair.provider as { property_mappings?: string[] }).property_mappings).toContain(made!.pk);
  });

  it('a key the admin may not list leaves the key unnamed instead of failing the whole screen', async () => {
    const input = await inputFor(oidc);
    simulator.faults.add({
      method: 'GET',
      path: '/api/v3/crypto/certificatekeypairs/',
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    simulator.faults.add({
      method: 'GET',
      path: '/api/v3/admin/settings/',
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    const pair = await createOnce(client, input, false);
    expect(pair.application.slug).toBe(input.identity.slug);
    expect(pair.signingKey).toBeNull();
    expect(pair.settings).toBeNull();
  });

  it('a broken authentik (500 on the settings) is reported, not hidden as "no permission"', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    simulator.faults.add({ method: 'GET', path: '/api/v3/admin/settings/', status: 500, body: 'boom', headers: { 'content-type': 'text/plain' } });
    expect(await problemOf(readPair(client, input.identity.slug))).toMatchObject({ kind: 'server', status: 500 });
  });

  it('optional() turns only "no permission" and "not found" into nothing', async () => {
    const fail = (problem: ApiProblem) => Promise.reject(new AuthentikApiError(problem));
    expect(await optional(fail({ kind: 'permission', detail: 'no' }))).toBeNull();
    expect(await optional(fail({ kind: 'not-found', detail: null }))).toBeNull();
    await expect(optional(fail({ kind: 'timeout' }))).rejects.toBeInstanceOf(AuthentikApiError);
    await expect(optional(Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    expect(await optional(Promise.resolve(3))).toBe(3);
  });
});

describe('when authentik does not create what was asked', () => {
  it('a rolled-back blueprint (applied: false) says nothing was created, with authentik’s log', async () => {
    const input = await inputFor(oidc);
    simulator.faults.add({ method: 'PUT', path: TRANSACTION, status: 200, body: { applied: false, logs: ['Model not valid'] } });
    const error = await createOnce(client, input, false).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(NotAppliedError);
    expect((error as NotAppliedError).logs).toEqual(['Model not valid']);
    expect((error as NotAppliedError).message).toMatch(/did not apply it .*Nothing was created/);
    expect((error as NotAppliedError).name).toBe('NotAppliedError');
    expect(await applicationSlugs()).toEqual([]);
  });

  it('a rolled-back blueprint without a log still explains itself', async () => {
    const input = await inputFor(oidc);
    simulator.faults.add({ method: 'PUT', path: TRANSACTION, status: 200, body: { applied: false } });
    const error = await createPair(client, oidc.build(input.inputs, input.identity, input.context)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(NotAppliedError);
    expect((error as NotAppliedError).logs).toEqual([]);
  });

  it('an application without a provider is refused by name', async () => {
    simulator.faults.add({
      method: 'GET',
      path: '/api/v3/core/applications/lonely/',
      status: 200,
      body: { pk: 'x', slug: 'lonely', name: 'Lonely', provider: null, provider_obj: null },
    });
    const error = await readPair(client, 'lonely').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnexpectedPairError);
    expect((error as Error).name).toBe('UnexpectedPairError');
    expect((error as Error).message).toBe('The application “lonely” has no provider assigned.');
  });

  it('an application whose provider pk is gone is refused, whatever its provider details say', async () => {
    const body = {
      pk: 'x',
      slug: 'orphan',
      name: 'Orphan',
      provider: null,
      provider_obj: { meta_model_name: 'authentik_providers_oauth2.oauth2provider', verbose_name: 'OAuth2/OpenID Provider' },
    };
    simulator.faults.add({ method: 'GET', path: '/api/v3/core/applications/orphan/', status: 200, body });
    expect(((await readPair(client, 'orphan').catch((thrown: unknown) => thrown)) as Error).message).toBe(
      'The application “orphan” has no provider assigned.',
    );
  });

  it('an application whose provider has a pk but no model is refused too', async () => {
    simulator.faults.add({
      method: 'GET',
      path: '/api/v3/core/applications/half/',
      status: 200,
      body: { pk: 'x', slug: 'half', name: 'Half', provider: 4, provider_obj: { meta_model_name: '' } },
    });
    expect(((await readPair(client, 'half').catch((thrown: unknown) => thrown)) as Error).message).toBe(
      'The application “half” has no provider assigned.',
    );
  });

  it('an application on a provider type the wizard does not configure names that type', async () => {
    const body = {
      pk: 'x',
      slug: 'ldap',
      name: 'LDAP',
      provider: 9,
      provider_obj: { meta_model_name: 'authentik_providers_ldap.ldapprovider', verbose_name: 'LDAP Provider' },
    };
    simulator.faults.add({ method: 'GET', path: '/api/v3/core/applications/ldap/', status: 200, body, times: 1 });
    expect(((await readPair(client, 'ldap').catch((thrown: unknown) => thrown)) as Error).message).toBe(
      'The application “ldap” uses a LDAP Provider, which this wizard does not configure.',
    );
    simulator.faults.add({
      method: 'GET',
      path: '/api/v3/core/applications/ldap/',
      status: 200,
      body: { ...body, provider_obj: { meta_model_name: 'authentik_providers_ldap.ldapprovider' } },
    });
    expect(((await readPair(client, 'ldap').catch((thrown: unknown) => thrown)) as Error).message).toBe(
      'The application “ldap” uses a authentik_providers_ldap.ldapprovider, which this wizard does not configure.',
    );
  });
});

describe('a create is never made twice', () => {
  it('after a lost answer, retrying returns the pair authentik already made, without a second PUT', async () => {
    const input = await inputFor(oidc);
    const first = await createOnce(client, input, false);
    simulator.faults.add({ method: 'PUT', path: TRANSACTION, status: 500, body: 'must not be called', headers: { 'content-type': 'text/plain' } });
    const again = await createOnce(client, input, true);
    expect(again.application.slug).toBe(first.application.slug);
    expect(again.provider.pk).toBe(first.provider.pk);
    expect(await applicationSlugs()).toEqual([input.identity.slug]);
  });

  it('after a lost answer that never reached authentik, retrying creates the pair', async () => {
    const input = await inputFor(oidc);
    const pair = await createOnce(client, input, true);
    expect(pair.application.slug).toBe(input.identity.slug);
  });

  it('a retry whose read-back fails for another reason stops, and creates nothing', async () => {
    const input = await inputFor(oidc);
    simulator.faults.add({
      method: 'GET',
      path: `/api/v3/core/applications/${input.identity.slug}/`,
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    expect(await problemOf(createOnce(client, input, true))).toMatchObject({ kind: 'permission' });
    simulator.faults.clear();
    expect(await applicationSlugs()).toEqual([]);
  });

  it('a first attempt does not read first: a taken slug is reported by authentik, not reused', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    expect(await problemOf(createOnce(client, input, false))).toMatchObject({ kind: 'validation' });
  });

  it('a lost create is settled by asking authentik whether the application exists', async () => {
    const input = await inputFor(oidc);
    expect(await settleLostCreate(client, input.identity.slug)).toBe('absent');
    expect(await applicationExists(client, input.identity.slug)).toBe(false);
    await createOnce(client, input, false);
    expect(await settleLostCreate(client, input.identity.slug)).toBe('created');
    expect(await applicationExists(client, input.identity.slug)).toBe(true);
  });

  it('asking whether an application exists does not turn an outage into "absent"', async () => {
    simulator.faults.add({
      method: 'GET',
      path: '/api/v3/core/applications/x/',
      status: 502,
      body: 'bad gateway',
      headers: { 'content-type': 'text/plain' },
    });
    expect(await problemOf(applicationExists(client, 'x'))).toMatchObject({ kind: 'server', status: 502 });
  });

  it.each<[string, ApiProblem, boolean]>([
    ['a timeout', { kind: 'timeout' }, true],
    ['a cancelled request', { kind: 'cancelled' }, true],
    ['a network failure', { kind: 'network', mode: 'direct' }, true],
    ['an unreachable proxy', { kind: 'proxy-unreachable' }, true],
    ['a 5xx', { kind: 'server', status: 502 }, true],
    ['an answer that is not authentik’s', { kind: 'not-authentik', status: 200, contentType: 'text/html' }, true],
    ['an upstream that reset the connection', { kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: 'reset', message: '' }, true],
    ['an upstream failure of unknown cause', { kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: null, message: '' }, true],
    ['an unknown host', { kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: 'dns', message: '' }, false],
    ['a refused connection', { kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: 'refused', message: '' }, false],
    ['an untrusted certificate', { kind: 'upstream-unreachable', code: 'upstream_unreachable', cause: 'tls', message: '' }, false],
    ['a validation error', { kind: 'validation', fields: {}, nonField: [] }, false],
    ['no permission', { kind: 'permission', detail: '' }, false],
    ['a bad token', { kind: 'invalid-token' }, false],
    ['not found', { kind: 'not-found', detail: null }, false],
  ])('%s may have reached authentik: %s', (_label, problem, ambiguous) => {
    expect(isAmbiguous(problem)).toBe(ambiguous);
    expect(isAmbiguousError(new AuthentikApiError(problem))).toBe(ambiguous);
  });

  it('an error that is not an API error is never taken as a lost answer', () => {
    expect(isAmbiguousError(new Error('timeout'))).toBe(false);
  });
});

describe('a taken slug gets a free one next to it', () => {
  it('"osticket" taken → "osticket-2", named "osTicket 2"', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    expect(await freeSlug(client, { name: 'osTicket', slug: input.identity.slug })).toEqual({ slug: `${input.identity.slug}-2`, name: 'osTicket 2' });
  });

  it('counts on from a numbered slug without doubling the number', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    const second = await freeSlug(client, { name: 'osTicket', slug: input.identity.slug });
    await createOnce(client, { ...input, identity: { ...input.identity, ...second! } }, false);
    expect(await freeSlug(client, { name: 'osTicket 2', slug: `${input.identity.slug}-2` })).toEqual({
      slug: `${input.identity.slug}-3`,
      name: 'osTicket 3',
    });
  });

  it('only a trailing number is counted on, in the slug and in the name', async () => {
    const noProviders = { data: { pagination: {}, results: [] }, response: new Response() };
    const free = {
      target: client.target,
      api: {
        GET: (path: string) =>
          path === '/providers/all/' ? Promise.resolve(noProviders) : Promise.reject(new AuthentikApiError({ kind: 'not-found', detail: null })),
      },
    } as unknown as AuthentikClient;
    expect(await freeSlug(free, { name: 'Team 2 Wiki', slug: 'team-2-wiki' })).toEqual({ slug: 'team-2-wiki-2', name: 'Team 2 Wiki 2' });
    expect(await freeSlug(free, { name: 'App 12', slug: 'app-12' })).toEqual({ slug: 'app-2', name: 'App 2' });
  });

  it('gives up after "-9" rather than probing forever', async () => {
    const taken = new Set(['app', ...Array.from({ length: 8 }, (_, i) => `app-${i + 2}`)]);
    const asked: string[] = [];
    const fake = {
      target: client.target,
      api: {
        GET: (path: string, options: { params: { path: { slug: string } } }) => {
          if (path === '/providers/all/') return Promise.resolve({ data: { pagination: {}, results: [] }, response: new Response() });
          const { slug } = options.params.path;
          asked.push(slug);
          return taken.has(slug)
            ? Promise.resolve({ data: { slug }, response: new Response() })
            : Promise.reject(new AuthentikApiError({ kind: 'not-found', detail: null }));
        },
      },
    } as unknown as AuthentikClient;
    expect(await freeSlug(fake, { name: 'App', slug: 'app' })).toBeNull();
    expect(asked).toEqual(['app-2', 'app-3', 'app-4', 'app-5', 'app-6', 'app-7', 'app-8', 'app-9']);
    taken.delete('app-9');
    expect(await freeSlug(fake, { name: 'App', slug: 'app' })).toEqual({ slug: 'app-9', name: 'App 9' });
  });
});

describe('a collision names what collided, and offers the fix for that object only', () => {
  it('a taken slug is the slug; the provider name is free when the name differs', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    expect(await whatIsTaken(client, { name: 'Helpdesk', slug: input.identity.slug })).toEqual({ slug: true, provider: null });
    expect(await whatIsTaken(client, input.identity)).toEqual({ slug: true, provider: { name: 'Provider for osTicket', application: 'osTicket' } });
  });

  it('a free slug with a taken provider name names the provider and the application that owns it, and a free name', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    const other = { name: 'osTicket', slug: 'support-desk' };
    expect(await whatIsTaken(client, other)).toEqual({ slug: false, provider: { name: 'Provider for osTicket', application: 'osTicket' } });
    expect(await freeName(client, 'osTicket')).toBe('osTicket 2');
    // The fix changes only the name: the slug the admin chose stays, and the pair is created.
    const pair = await createOnce(client, { ...input, identity: { ...other, name: 'osTicket 2' } }, false);
    expect(pair.application.slug).toBe('support-desk');
    expect(pair.provider.name).toBe('Provider for osTicket 2');
  });

  it('another slug is offered only where its provider name is free too', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    // "osTicket 2" is taken as a provider name (by a pair with another slug): the next free pair is "-3".
    await createOnce(client, { ...input, identity: { name: 'osTicket 2', slug: 'elsewhere' } }, false);
    expect(await freeSlug(client, { name: 'osTicket', slug: input.identity.slug })).toEqual({ slug: `${input.identity.slug}-3`, name: 'osTicket 3' });
  });
});

describe('changing a created pair', () => {
  it('a follow-up patch changes the provider in authentik, and the screen gets the new values', async () => {
    const pair = await createOnce(client, await inputFor(saml), false);
    const patched = await patchProvider(client, pair, { audience: 'https://youtrack.example.com/sp' });
    expect(patched.provider).toMatchObject({ pk: pair.provider.pk, audience: 'https://youtrack.example.com/sp' });
    expect(patched.application.slug).toBe(pair.application.slug);
    const again = await readPair(client, pair.application.slug);
    expect(again.provider).toMatchObject({ audience: 'https://youtrack.example.com/sp' });
  });
});

describe('a pair read from one authentik is never shown for another', () => {
  it('the cache key names the server, the connection mode and the slug', () => {
    const other = { target: { base: 'https://other.example', token: 't', mode: 'direct' } } as AuthentikClient;
    const proxied = { target: { base: listening.url, token: 't', mode: 'proxy' } } as AuthentikClient;
    expect(pairKey(client, 'app')).toEqual(['authentik', listening.url, 'direct', 'pair', 'app']);
    expect(pairKey(other, 'app')).not.toEqual(pairKey(client, 'app'));
    expect(pairKey(proxied, 'app')).not.toEqual(pairKey(client, 'app'));
    expect(pairQuery(client, 'app').queryKey).toEqual(pairKey(client, 'app'));
  });

  it('the pair query reads the pair', async () => {
    const input = await inputFor(oidc);
    await createOnce(client, input, false);
    const query = pairQuery(client, input.identity.slug);
    expect(query.staleTime).toBe(5_000);
    const fn = query.queryFn as unknown as (context: { signal: AbortSignal }) => Promise<{ application: { slug: string } }>;
    expect((await fn({ signal: new AbortController().signal })).application.slug).toBe(input.identity.slug);
  });
});
