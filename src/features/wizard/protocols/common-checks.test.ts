import { customMappingsCheck, evaluatePublicAuthentik } from './common-checks';
import { describe, expect, it } from 'vitest';
import { AuthentikApiError } from '../../../lib/authentik/problem';
import {
  applicationAccessCheck,
  certificateExpiryCheck,
  evaluateAccess,
  evaluateAssignment,
  evaluateCertificateExpiry,
  evaluateUsernameChange,
  providerAssignedCheck,
  publicAuthentikCheck,
  usernameChangeCheck,
} from './common-checks';
import { createShared, runCheck, summarize, summaryText, unknownResult } from '../engine/checks/run-checks';
import { admin, fakeContext, keypair, oidcPair, samlPair } from '../engine/checks/test-fixtures';
import type { Check } from '../model/checks/types';

describe('provider assigned to the application', () => {
  it('passes when both sides point at each other', () => {
    expect(evaluateAssignment(oidcPair()).status).toBe('pass');
  });

  it('fails when either side points elsewhere', () => {
    const pair = oidcPair({ assigned_application_slug: null });
    expect(evaluateAssignment(pair)).toMatchObject({ status: 'fail', actual: expect.stringContaining('no application') });
    const other = samlPair();
    expect(evaluateAssignment({ ...other, application: { ...other.application, provider: 99 } }).actual).toMatch(/provider #99/);
  });
});

describe('application access', () => {
  it('passes when the policy check passes', () => {
    expect(evaluateAccess({ passing: true, messages: [], log_messages: [] }, 'Your user akadmin').status).toBe('pass');
  });

  it('fails with the policy messages', () => {
    const result = evaluateAccess({ passing: false, messages: ['Not in group Staff'], log_messages: [] }, 'Your user');
    expect(result).toMatchObject({ status: 'fail', actual: 'Access denied: Not in group Staff' });
  });

  it('asks for the admin by pk only as a superuser', async () => {
    const answer = { api: { '/core/applications/{slug}/check_access/': { passing: true, messages: [], log_messages: [] } } };
    const superuser = fakeContext(oidcPair(), answer);
    await applicationAccessCheck().run(superuser.ctx);
    expect(superuser.calls[0]?.query).toEqual({ for_user: 7 });
    const regular = fakeContext(oidcPair(), answer, { pk: 8, is_superuser: false });
    await applicationAccessCheck().run(regular.ctx);
    expect(regular.calls[0]?.query).toEqual({});
  });
});

describe('certificate expiry', () => {
  const now = new Date('2026-09-01T00:00:00Z');
  const expiring = (iso: string) => ({ ...keypair, cert_expiry: iso });

  it('passes far from expiry, warns within the window and fails after it', () => {
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2027-09-01T00:00:00Z'), now, 30).status).toBe('pass');
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-11T00:00:00Z'), now, 30)).toMatchObject({ status: 'warn', actual: expect.stringContaining('in 10 days') });
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-08-01T00:00:00Z'), now, 30).status).toBe('fail');
  });

  it('fails without a certificate and cannot tell without the keypair', () => {
    expect(evaluateCertificateExpiry(null, null, now, 30).status).toBe('fail');
    expect(evaluateCertificateExpiry(keypair.pk, null, now, 30).status).toBe('unknown');
  });
});

describe('username changes', () => {
  it('passes when users cannot rename themselves and warns when they can', () => {
    expect(evaluateUsernameChange({ default_user_change_username: false }).status).toBe('pass');
    expect(evaluateUsernameChange({ default_user_change_username: true }).status).toBe('warn');
    expect(evaluateUsernameChange({}).status).toBe('unknown');
  });

  it('explains when the settings cannot be read', async () => {
    const denied = new AuthentikApiError({ kind: 'permission', detail: 'You do not have permission to perform this action.' });
    const { ctx } = fakeContext(samlPair(), { api: { '/admin/settings/': denied } });
    const result = await runCheck(usernameChangeCheck(), ctx, 'authentik.company');
    expect(result.status).toBe('unknown');
    expect(result.detail).toMatch(/lacks a permission/);
  });
});

describe('running checks', () => {
  it('turns a thrown error into "could not check"', async () => {
    const check: Check = { id: 'x', title: 'x', why: 'x', run: () => Promise.reject(new Error('boom')) };
    expect(await runCheck(check, fakeContext(oidcPair()).ctx, 'h')).toEqual({ status: 'unknown', detail: 'boom' });
    expect(unknownResult(new AuthentikApiError({ kind: 'timeout' }), 'ak.company').detail).toMatch(/ak.company did not answer in time/);
  });

  it('shares one load per key', async () => {
    const shared = createShared();
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([shared('a', load), shared('a', load), shared('b', load)])).toEqual([1, 1, 2]);
  });

  it('counts results and words the summary', () => {
    const summary = summarize(5, [{ status: 'pass' }, { status: 'warn' }, { status: 'fail' }, undefined, { status: 'pass' }]);
    expect(summary).toEqual({ total: 5, done: 4, pass: 2, warn: 1, fail: 1, unknown: 0 });
    expect(summaryText(summary)).toBe('2 passed, 1 warning, 1 failed, 0 could not check');
    expect(admin.is_superuser).toBe(true);
  });
});

describe('an app whose servers call authentik needs it on a public https address', () => {
  it.each([
    ['https://authentik.company', 'pass'],
    ['https://sso.example.com/auth', 'pass'],
    ['http://authentik.company', 'fail'],
    ['https://127.0.0.1:9443', 'fail'],
    ['https://localhost', 'fail'],
    ['https://10.0.0.5', 'fail'],
    ['https://172.20.1.1', 'fail'],
    ['https://192.168.1.10', 'fail'],
    ['https://authentik.lan', 'fail'],
    ['https://authentik.local', 'fail'],
    ['https://authentik', 'fail'],
    ['https://[::1]', 'fail'],
    ['https://[fd00::1]', 'fail'],
    ['https://172.32.0.1', 'pass'],
  ])('%s → %s', (base, status) => {
    const result = evaluatePublicAuthentik(base);
    expect(result.status).toBe(status);
    if (status === 'fail') expect(result.detail).toMatch(/Publish authentik under a public https address/);
  });
});

describe('an app’s own property mappings must be attached to its provider', () => {
  const need = { kind: 'scope' as const, name: 'wizard: email (verified)', expression: 'return {}', body: {}, describe: 'scope email' };
  const check = customMappingsCheck({ needs: [need], attached: (pair) => (pair.provider as { property_mappings?: string[] }).property_mappings ?? [] });
  const listed = { '/propertymappings/provider/scope/': { results: [{ name: need.name, pk: 'm-1', expression: 'return {}' }] } };

  it('passes when the mapping exists and the provider uses it', async () => {
    const pair = oidcPair({ property_mappings: ['m-1'] });
    expect((await check.run(fakeContext(pair, { api: listed }).ctx)).status).toBe('pass');
  });

  it('fails, naming the mapping, when the provider does not use it or it was deleted', async () => {
    const detached = await check.run(fakeContext(oidcPair({ property_mappings: ['other'] }), { api: listed }).ctx);
    expect(detached).toMatchObject({ status: 'fail', actual: `Not attached: ${need.name}` });
    const deleted = await check.run(fakeContext(oidcPair({ property_mappings: ['m-1'] }), { api: { '/propertymappings/provider/scope/': { results: [] } } }).ctx);
    expect(deleted.status).toBe('fail');
  });
});

describe('what each generic check tells the admin', () => {
  it('every check has its id, a title and a reason by default, and an app may word them its own way', () => {
    const keyPk = () => keypair.pk;
    const made = [
      providerAssignedCheck(),
      applicationAccessCheck(),
      certificateExpiryCheck({ keyPk }),
      usernameChangeCheck(),
      customMappingsCheck({ needs: [], attached: () => [] }),
      publicAuthentikCheck(),
    ];
    expect(made.map(({ id, title, why }) => ({ id, title, why }))).toEqual([
      { id: 'provider-assigned', title: 'The provider is assigned to the application', why: 'Without the link authentik serves no login, metadata or key URLs under the application’s slug.' },
      { id: 'application-access', title: 'You may open the application', why: 'If authentik’s policies refuse a user, the login stops at authentik before the app sees it.' },
      { id: 'certificate-expiry', title: 'The signing certificate is not about to expire', why: 'Once the certificate expires, the app rejects every signed login.' },
      { id: 'username-changes', title: 'Users cannot change their username', why: 'The app identifies accounts by username, so a renamed user would no longer match their account.' },
      { id: 'custom-mappings', title: 'The app’s own property mappings are attached', why: 'The app reads values that only these mappings provide.' },
      { id: 'public-authentik', title: 'authentik is reachable over https on a public address', why: 'The app’s servers fetch tokens and keys from authentik over the internet.' },
    ]);
    const text = { title: 'Own title', why: 'Own reason' };
    const worded = [
      providerAssignedCheck(text),
      applicationAccessCheck(text),
      certificateExpiryCheck({ ...text, keyPk }),
      usernameChangeCheck(text),
      customMappingsCheck({ ...text, needs: [], attached: () => [] }),
      publicAuthentikCheck(text),
    ];
    for (const check of worded) expect({ title: check.title, why: check.why }).toEqual(text);
  });

  it('the assignment check names both sides, whichever is wrong', async () => {
    const pair = oidcPair();
    expect(await providerAssignedCheck().run(fakeContext(pair).ctx)).toEqual({ status: 'pass', expected: 'Application “app” ↔ provider #42', actual: 'Application “app” ↔ provider #42' });
    const detached = { ...pair, application: { ...pair.application, provider: null } } as unknown as typeof pair;
    expect(evaluateAssignment(detached)).toEqual({
      status: 'fail',
      expected: 'Application “app” ↔ provider #42',
      actual: 'the application points to no provider; the provider is assigned to “app”',
      detail: 'Open the application in authentik (Applications › Applications › Edit) and select this provider, so authentik serves its login URLs under this application.',
    });
    expect(evaluateAssignment(oidcPair({ assigned_application_slug: 'other' })).actual).toBe('the application points to provider #42; the provider is assigned to “other”');
    expect(evaluateAssignment(oidcPair({ assigned_application_slug: undefined })).actual).toBe('the application points to provider #42; the provider is assigned to no application');
  });

  it('an access refusal quotes authentik’s messages, without blank ones, or says the policies refused', async () => {
    const refused = evaluateAccess({ passing: false, messages: [' ', 'Not in group Staff', 'Outside office hours', ''], log_messages: [] }, 'Your user akadmin');
    expect(refused).toEqual({
      status: 'fail',
      expected: 'Your user akadmin may open the application',
      actual: 'Access denied: Not in group Staff Outside office hours',
      detail: 'authentik’s policy check refuses this user, so the login would end on an “access denied” page. Check the policy, group and user bindings of the application, and the brand’s default application access.',
    });
    expect(evaluateAccess({ passing: false, messages: ['  '], log_messages: [] }, 'Your user').actual).toBe('Access denied by the application’s policies');
    expect(evaluateAccess({ passing: false, messages: ['  denied  '], log_messages: [] }, 'Your user').actual).toBe('Access denied:   denied  ');
    const answer = { api: { '/core/applications/{slug}/check_access/': { passing: true, messages: [], log_messages: [] } } };
    expect((await applicationAccessCheck().run(fakeContext(oidcPair(), answer).ctx)).expected).toBe('Your user akadmin may open the application');
    expect((await applicationAccessCheck().run(fakeContext(oidcPair(), answer, { pk: 8, is_superuser: false, username: '', email: '' }).ctx)).expected).toBe('Your user may open the application');
  });
});

describe('the certificate check words dates and days exactly', () => {
  const now = new Date('2026-09-01T00:00:00Z');
  const expiring = (iso: string) => ({ ...keypair, cert_expiry: iso });
  const name = keypair.name;

  it('pass, warn and fail say when, and by how much', () => {
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2027-09-01T00:00:00Z'), now, 30)).toEqual({
      status: 'pass',
      expected: 'Valid for more than 30 days',
      actual: `“${name}” is valid until 2027-09-01 (365 days)`,
    });
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-02T12:00:00Z'), now, 30)).toEqual({
      status: 'warn',
      expected: 'Valid for more than 30 days',
      actual: `“${name}” expires on 2026-09-02 (in 1 day)`,
      detail: 'Plan the renewal now: after the switch, the app needs the new certificate’s fingerprint or keys.',
    });
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-08-01T00:00:00Z'), now, 30)).toEqual({
      status: 'fail',
      expected: 'Valid for more than 30 days',
      actual: `“${name}” expired on 2026-08-01`,
      detail: 'Logins signed with an expired certificate are rejected. Create or import a new certificate, select it in the provider and update the fingerprint or key in the app.',
    });
  });

  it('the last day still counts as valid, and the window’s edge no longer warns', () => {
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-01T12:00:00Z'), now, 30)).toMatchObject({ status: 'warn', actual: `“${name}” expires on 2026-09-01 (in 0 days)` });
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-10-01T00:00:00Z'), now, 30).status).toBe('pass');
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-30T23:00:00Z'), now, 30).status).toBe('warn');
  });

  it('missing, unreadable and undated certificates are told apart', () => {
    expect(evaluateCertificateExpiry(null, null, now, 14)).toEqual({ status: 'fail', expected: 'Valid for more than 14 days', actual: 'No signing certificate is selected' });
    expect(evaluateCertificateExpiry(keypair.pk, null, now, 14)).toEqual({
      status: 'unknown',
      expected: 'Valid for more than 14 days',
      detail: 'Could not read the signing certificate: your user may lack the permission to view certificate-key pairs.',
    });
    expect(evaluateCertificateExpiry(keypair.pk, expiring(''), now, 14)).toEqual({ status: 'unknown', expected: 'Valid for more than 14 days', detail: `authentik reports no expiry date for “${name}”.` });
    expect(evaluateCertificateExpiry(keypair.pk, expiring('soon'), now, 14)).toEqual({
      status: 'unknown',
      expected: 'Valid for more than 14 days',
      detail: 'authentik reports the expiry “soon”, which is not a date.',
    });
  });

  it('the check reads the key of the pair, with a 30-day window unless the app asks for another', async () => {
    const soon = new Date(Date.now() + 20 * 24 * 3600 * 1000).toISOString();
    const pair = { ...oidcPair(), signingKey: expiring(soon) };
    expect((await certificateExpiryCheck({ keyPk: () => keypair.pk }).run(fakeContext(pair).ctx)).status).toBe('warn');
    expect((await certificateExpiryCheck({ keyPk: () => keypair.pk, warnDays: 10 }).run(fakeContext(pair).ctx)).status).toBe('pass');
    expect((await certificateExpiryCheck({ keyPk: () => null }).run(fakeContext(pair).ctx)).status).toBe('fail');
  });
});

describe('the username setting, as the admin reads it', () => {
  it('on, off and not reported each say what to do', () => {
    expect(evaluateUsernameChange({ default_user_change_username: true })).toEqual({
      status: 'warn',
      expected: 'Allow users to change username: off',
      actual: 'Allow users to change username: on',
      detail:
        'A user who renames themselves arrives in the app as a different person. Turn it off under System › Settings › Allow users to change username (per-user or per-group attributes can still override it).',
    });
    expect(evaluateUsernameChange({ default_user_change_username: false })).toEqual({ status: 'pass', expected: 'Allow users to change username: off', actual: 'Allow users to change username: off' });
    expect(evaluateUsernameChange(null)).toEqual({
      status: 'unknown',
      expected: 'Allow users to change username: off',
      detail: 'authentik did not report this setting. Look under System › Settings › Allow users to change username.',
    });
  });

  it('is read live from authentik when run, and from the pair when evaluated', async () => {
    const { ctx, calls } = fakeContext(samlPair(), { api: { '/admin/settings/': { default_user_change_username: true } } });
    expect((await usernameChangeCheck().run(ctx)).status).toBe('warn');
    expect(calls.map((call) => call.path)).toEqual(['/admin/settings/']);
    expect(usernameChangeCheck().evaluate?.({ ...samlPair(), settings: { default_user_change_username: false } } as never).status).toBe('pass');
  });
});

describe('custom mappings, as the admin reads them', () => {
  const need = (name: string) => ({ kind: 'scope' as const, name, expression: 'return {}', body: {}, describe: 'scope x' });
  const needs = [need('App: a'), need('App: b')];
  const check = customMappingsCheck({ needs, attached: (pair) => (pair.provider as { property_mappings?: string[] }).property_mappings ?? [] });
  const listed = { '/propertymappings/provider/scope/': { results: [{ name: 'App: a', pk: 'm-a', expression: 'return {}' }, { name: 'App: b', pk: 'm-b', expression: 'return {}' }] } };

  it('names every mapping expected, and only the missing ones as not attached', async () => {
    expect(await check.run(fakeContext(oidcPair({ property_mappings: ['m-a', 'm-b'] }), { api: listed }).ctx)).toEqual({ status: 'pass', expected: 'App: a, App: b', actual: 'App: a, App: b' });
    expect(await check.run(fakeContext(oidcPair({ property_mappings: ['m-b'] }), { api: listed }).ctx)).toEqual({
      status: 'fail',
      expected: 'App: a, App: b',
      actual: 'Not attached: App: a',
      detail: 'Without these mappings the app does not receive the values it needs. Select them in the provider’s property mappings (or create the pair again with the wizard).',
    });
  });
});

describe('which addresses servers on the internet cannot reach', () => {
  it.each([
    'https://localhost',
    'https://LOCALHOST',
    'https://auth.corp',
    'https://auth.home.arpa',
    'https://auth.internal',
    'https://127.1.2.3',
    'https://10.1.2.3',
    'https://192.168.0.1',
    'https://172.16.0.1',
    'https://172.31.255.1',
    'https://169.254.1.1',
    'https://0.0.0.0',
    'https://[fc00::1]',
    'https://[fe80::1]',
    'https://[fdab:1::2]',
    'https://[2001:db8::1]',
  ])('%s is refused as unreachable from the internet', (base) => {
    expect(evaluatePublicAuthentik(base).detail).toMatch(/is a loopback, private or local name that servers on the internet cannot reach/);
  });

  it.each(['https://localhost.example.com', 'https://mylocalhost.com', 'https://local.example.com', 'https://a127.0.0.1.nip.io', 'https://110.1.2.3', 'https://8.10.1.1', 'https://1.192.168.1', 'https://172.15.0.1', 'https://x172.16.example.com', 'https://1.169.254.1', 'https://x10.example.com', 'https://x192.168.example.com', 'https://x0.example.com', 'https://x169.254.example.com', 'https://auth.localhost.example.com'])(
    '%s is public',
    (base) => {
      expect(evaluatePublicAuthentik(base).status).toBe('pass');
    },
  );

  it('the verdict names the address, and every reason at once', () => {
    expect(evaluatePublicAuthentik('https://sso.example.com:8443/auth')).toEqual({ status: 'pass', expected: 'https on a public host name', actual: 'https://sso.example.com:8443' });
    expect(evaluatePublicAuthentik('http://authentik.lan')).toEqual({
      status: 'fail',
      expected: 'https on a public host name',
      actual: 'http://authentik.lan',
      detail:
        'The app’s servers call authentik from the internet, but it uses plain http, so the app’s servers would send codes and secrets unencrypted (and most refuse http); and authentik.lan is a loopback, private or local name that servers on the internet cannot reach. Publish authentik under a public https address with a trusted certificate, then connect the wizard to that address.',
    });
    expect(evaluatePublicAuthentik('not a url')).toEqual({ status: 'unknown', expected: 'https on a public host name', detail: '“not a url” is not a URL.' });
  });

  it('the check looks at the authentik the wizard is connected to', async () => {
    expect((await publicAuthentikCheck().run(fakeContext(oidcPair()).ctx)).actual).toBe('https://authentik.company');
  });
});

describe('checks about the authentik instance itself', () => {
  it('say so, so an audit of many applications runs them once; per-application checks do not', () => {
    expect(publicAuthentikCheck().scope).toBe('instance');
    expect(usernameChangeCheck().scope).toBe('instance');
    expect(applicationAccessCheck().scope).toBeUndefined();
    expect(providerAssignedCheck().scope).toBeUndefined();
  });
});
