/**
 * An admin opens a link someone sent them. Whatever the link carries, only parameters the wizard
 * knows stay in the address bar; secrets (however their names are disguised) and URLs with a user
 * name or password leave at once, and the admin is told the secret must be treated as leaked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardAddressBar, shownName, type LinkNotice } from './link-guard';
import { KNOWN_LINK_PARAMS } from './known-link-params';
import { MAX_SEARCH_LENGTH } from '../features/wizard/engine/share-link';

interface Opened {
  notice: LinkNotice | null;
  /** The address bar after the guard ran (path, query and fragment). */
  address: string;
  replaced: number;
}

function open(link: string): Opened {
  const url = new URL(link, 'http://127.0.0.1:4173');
  let address = `${url.pathname}${url.search}${url.hash}`;
  let replaced = 0;
  const location = { pathname: url.pathname, search: url.search, hash: url.hash } as Location;
  const history = {
    state: null,
    replaceState: (_state: unknown, _unused: string, next: string) => {
      address = next;
      replaced += 1;
    },
  } as unknown as History;
  return { notice: guardAddressBar(location, history), address, replaced };
}

/** Property runs: full under npm test, a light sample under Stryker (STRYKER=1, vitest.mutate.config.ts). */
const RUNS = (full: number) => (process.env.STRYKER === '1' ? Math.ceil(full / 20) : full);

const SECRET_VALUE = 'S3cr3tV4lue-9f8e7d6c5b4a';

/** Ways a credential's name gets disguised, on purpose or by tools. */
const disguisedSecretName = fc.oneof(
  fc.constantFrom(
    'token',
    'TOKEN',
    'token[]',
    'token[0]',
    'api_token',
    'access_token',
    'refresh_token',
    'authentik_token',
    'ak_token',
    'x-token',
    'client_secret',
    'CLIENT_SECRET',
    'app_secret',
    'secret_key',
    'secretKey',
    'key',
    'api_key',
    'apiKey',
    'private_key',
    'password',
    'passwd',
    'pwd',
    'bearer',
    'Authorization',
    'session_id',
    'cookie',
    'credentials',
    'jwt',
    'tοken',
    'tоken',
    'ѕecret',
    'pаssword',
    'ｔｏｋｅｎ',
    'token\u0000',
    'to\u200bken',
    'token\u00ad',
    '\u202etoken',
    'Ｋｅｙ',
  ),
  fc
    .tuple(
      fc.constantFrom('my', 'x', 'github', 'AK'),
      fc.constantFrom('_', '-', '.', ''),
      fc.constantFrom('token', 'secret', 'Token', 'SECRET', 'key'),
    )
    .map(([prefix, sep, word]) => `${prefix}${sep}${word}`),
);
const knownName = fc.constantFrom(...KNOWN_LINK_PARAMS);
const plainValue = fc.oneof(
  fc.constantFrom('https://osticket.example', 'acme', 'https://authentik.company', 'default-provider-authorization-explicit-consent'),
  fc.string({ maxLength: 30 }),
);
const credentialUrl = fc
  .tuple(fc.constantFrom('https', 'http', 'HTTPS'), fc.constantFrom('admin', 'a', 'user.name'), fc.constantFrom('pw', SECRET_VALUE, ''), fc.domain())
  .map(([scheme, user, password, host]) => `${scheme}://${user}${password ? `:${password}` : ''}@${host}/`);

const query = (pairs: [string, string][]) => pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');

describe('opening a link keeps only what the wizard knows', () => {
  it('a link with only known, plain values is left exactly as it is', () => {
    const opened = open('/osticket/connect?url=https%3A%2F%2Fosticket.example&ak=https%3A%2F%2Fauthentik.company#main');
    expect(opened.notice).toBeNull();
    expect(opened.replaced).toBe(0);
  });

  it('a token in the query is removed, named in the notice, and the known values stay', () => {
    const opened = open(`/youtrack?url=https%3A%2F%2Fyoutrack.example.com&token=${SECRET_VALUE}&utm_source=mail`);
    expect(opened.address).toBe('/youtrack?url=https%3A%2F%2Fyoutrack.example.com');
    expect(opened.notice).toEqual({ removedSecrets: ['token'], removedUnknown: ['utm_source'], degraded: null });
  });

  it('an authentik URL with a user name and password in a crafted link is removed as a secret', () => {
    const opened = open(
      `/osticket/connect?url=https%3A%2F%2Fosticket.example&ak=${encodeURIComponent(`https://admin:${SECRET_VALUE}@authentik.company/`)}`,
    );
    expect(opened.address).toBe('/osticket/connect?url=https%3A%2F%2Fosticket.example');
    expect(opened.notice?.removedSecrets).toEqual(['ak']);
    expect(opened.notice?.removedUnknown).toEqual([]);
  });

  it('parameters in the fragment are removed too, and the skip-link fragment is kept', () => {
    const opened = open(`/cloudflare-access?team=acme#access_token=${SECRET_VALUE}&state=x`);
    expect(opened.address).toBe('/cloudflare-access?team=acme');
    expect(opened.notice).toEqual({ removedSecrets: ['access_token'], removedUnknown: ['state'], degraded: null });
    expect(open('/cloudflare-access?team=acme#main').notice).toBeNull();
    expect(open(`/x#/route?token=${SECRET_VALUE}`).notice?.removedSecrets).toEqual(['token']);
  });

  it('a parameter the wizard does not know leaves the address bar on its own, and is named', () => {
    const opened = open('/osticket?url=https%3A%2F%2Fosticket.example&utm_source=mail#main');
    expect(opened.address).toBe('/osticket?url=https%3A%2F%2Fosticket.example#main');
    expect(opened.notice).toEqual({ removedSecrets: [], removedUnknown: ['utm_source'], degraded: null });
  });

  it('a fragment is read the way a query is: "+" is a space, empty parts name nothing', () => {
    expect(open('/osticket#utm+source=mail&&ref=x&').notice).toEqual({ removedSecrets: [], removedUnknown: ['utm source', 'ref'], degraded: null });
    expect(open('/osticket#section').notice?.removedUnknown).toEqual(['section']);
  });

  it('a fragment with nothing readable in it still leaves the address bar', () => {
    const opened = open('/osticket?url=https%3A%2F%2Fosticket.example#&&');
    expect(opened.address).toBe('/osticket?url=https%3A%2F%2Fosticket.example');
    expect(opened.notice).toEqual({ removedSecrets: [], removedUnknown: [], degraded: null });
  });

  it('a name reported as a leaked secret is not listed again among the unknown ones', () => {
    const opened = open(`/osticket?ak=${encodeURIComponent(`https://admin:${SECRET_VALUE}@authentik.company/`)}#ak=1`);
    expect(opened.address).toBe('/osticket');
    expect(opened.notice).toEqual({ removedSecrets: ['ak'], removedUnknown: [], degraded: null });
  });

  it('an oversized link keeps only its path and says so, even with nothing secret in it', () => {
    const opened = open(`/osticket?url=${'a'.repeat(MAX_SEARCH_LENGTH)}`);
    expect(opened.address).toBe('/osticket');
    expect(opened.replaced).toBe(1);
    expect(opened.notice).toEqual({ removedSecrets: [], removedUnknown: [], degraded: 'too-long' });
    expect(open(`/osticket?url=${'a'.repeat(MAX_SEARCH_LENGTH)}#main`).address).toBe('/osticket#main');
  });

  it('a damaged link keeps only its path, and a secret in it is still reported', () => {
    const opened = open(`/osticket?url=%E0%A4%A&password=${SECRET_VALUE}`);
    expect(opened.address).toBe('/osticket');
    expect(opened.notice).toEqual({ removedSecrets: ['password'], removedUnknown: [], degraded: 'malformed' });
  });

  it('names shown to the admin have no invisible characters and are bounded', () => {
    expect(shownName('token\u0000')).toBe('token');
    expect(shownName('\u202eterces')).toBe('terces');
    expect(shownName('\u200b')).toBe('(unnamed)');
    expect(shownName('a'.repeat(50))).toBe(`${'a'.repeat(40)}…`);
    expect(shownName('a'.repeat(40))).toBe('a'.repeat(40));
  });
});

describe('over thousands of generated links', () => {
  it('no disguised secret name and no secret value survives, and the admin is told', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(knownName, plainValue), { maxLength: 4 }),
        fc.array(fc.tuple(disguisedSecretName, fc.constant(SECRET_VALUE)), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (known, secrets, inFragment) => {
          const link = inFragment ? `/osticket?${query(known)}#${query(secrets)}` : `/osticket?${query([...known, ...secrets])}`;
          const opened = open(link);
          expect(opened.address).not.toContain(SECRET_VALUE);
          expect(opened.notice?.removedSecrets.length).toBeGreaterThan(0);
          const params = new URL(opened.address, 'http://x').searchParams;
          for (const name of params.keys()) expect(KNOWN_LINK_PARAMS.has(name)).toBe(true);
        },
      ),
      { numRuns: RUNS(3000) },
    );
  });

  it('a user name and password in any value never reaches the address bar', () => {
    fc.assert(
      fc.property(knownName, credentialUrl, fc.array(fc.tuple(knownName, plainValue), { maxLength: 3 }), (name, value, others) => {
        const opened = open(`/osticket?${query([...others.filter(([other]) => other !== name), [name, value]])}`);
        const params = new URL(opened.address, 'http://x').searchParams;
        expect([...params.values()]).not.toContain(value);
        expect(opened.address).not.toContain(SECRET_VALUE);
        expect(opened.notice?.removedSecrets).toContain(name);
      }),
      { numRuns: RUNS(2000) },
    );
  });

  it('whatever the link, the guard leaves an address it would not change again', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (search, hash) => {
        const first = open(`/osticket?${search}#${hash}`);
        const again = open(first.address);
        expect(again.notice).toBeNull();
      }),
      { numRuns: RUNS(3000) },
    );
  });
});
