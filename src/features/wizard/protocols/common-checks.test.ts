import { customMappingsCheck, evaluatePublicAuthentik, expressionMeaning } from './common-checks';
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

/**
 * What a verdict decides — its status, and the fix it offers (the patch, and each field's before and
 * after) — compared exactly. Its wording lives in checks.ts alone: here a verdict only has to name
 * the values the admin must see.
 */
function decided(
  result: { status: string; expected?: string; actual?: string; detail?: string; fix?: { patch: unknown; describe: unknown } },
  ...mentions: string[]
) {
  const said = [result.expected, result.actual, result.detail].filter((text) => text !== undefined).join('\n');
  for (const value of mentions) expect(said, `the verdict names ${value}`).toContain(value);
  return result.fix ? { status: result.status, fix: { patch: result.fix.patch, describe: result.fix.describe } } : { status: result.status };
}

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
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-11T00:00:00Z'), now, 30)).toMatchObject({
      status: 'warn',
      actual: expect.stringContaining('in 10 days'),
    });
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
  const need = {
    kind: 'scope' as const,
    name: 'wizard: email (verified)',
    expression: 'return {"email": request.user.email, "email_verified": True}',
    body: { scope_name: 'email' },
    describe: 'scope email',
  };
  const check = customMappingsCheck({
    needs: [need],
    attached: (pair) => (pair.provider as { property_mappings?: string[] }).property_mappings ?? [],
  });
  const page = (results: unknown[]) => ({ pagination: { next: 0 }, results });
  const listed = { '/propertymappings/provider/scope/': page([{ name: need.name, pk: 'm-1', scope_name: 'email', expression: need.expression }]) };

  it('passes when the mapping exists and the provider uses it', async () => {
    const pair = oidcPair({ property_mappings: ['m-1'] });
    expect((await check.run(fakeContext(pair, { api: listed }).ctx)).status).toBe('pass');
  });

  it('fails, naming the mapping, when the provider does not use it or it was deleted', async () => {
    const detached = await check.run(fakeContext(oidcPair({ property_mappings: ['other'] }), { api: listed }).ctx);
    expect(detached).toMatchObject({ status: 'fail', actual: `Not attached: ${need.describe}` });
    const deleted = await check.run(
      fakeContext(oidcPair({ property_mappings: ['m-1'] }), { api: { '/propertymappings/provider/scope/': page([]) } }).ctx,
    );
    expect(deleted.status).toBe('fail');
  });

  it('judges a hand-made mapping by its scope and what it returns, not by its name', async () => {
    const byHand = (expression: string, scope = 'email') =>
      fakeContext(oidcPair({ property_mappings: ['h-1'] }), {
        api: { '/propertymappings/provider/scope/': page([{ name: 'Email, verified (ops)', pk: 'h-1', scope_name: scope, expression }]) },
      }).ctx;
    // Same meaning written another way: other quotes, order, spacing, a comment, `user` for `request.user`.
    const same = "# verified mail\nreturn {\n  'email_verified': True,\n  'email': user.email,\n}";
    expect((await check.run(byHand(same))).status).toBe('pass');
    const other = await check.run(byHand('return {"email": request.user.email, "email_verified": False}'));
    expect(other).toMatchObject({ status: 'fail' });
    expect(other.actual).toContain('“Email, verified (ops)” returns something else');
    expect((await check.run(byHand(need.expression, 'mail'))).status).toBe('fail');
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
      {
        id: 'provider-assigned',
        title: 'The provider is assigned to the application',
        why: 'Without the link authentik serves no login, metadata or key URLs under the application’s slug.',
      },
      {
        id: 'application-access',
        title: 'You may open the application',
        why: 'If authentik’s policies refuse a user, the login stops at authentik before the app sees it.',
      },
      {
        id: 'certificate-expiry',
        title: 'The signing certificate is not about to expire',
        why: 'Once the certificate expires, the app rejects every signed login.',
      },
      {
        id: 'username-changes',
        title: 'Users cannot change their username',
        why: 'The app identifies accounts by username, so a renamed user would no longer match their account.',
      },
      { id: 'custom-mappings', title: 'The app’s own property mappings are attached', why: 'The app reads values that only these mappings provide.' },
      {
        id: 'public-authentik',
        title: 'authentik is reachable over https on a public address',
        why: 'The app’s servers fetch tokens and keys from authentik over the internet.',
      },
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
    expect(await providerAssignedCheck().run(fakeContext(pair).ctx)).toEqual({
      status: 'pass',
      expected: 'Application “app” ↔ provider #42',
      actual: 'Application “app” ↔ provider #42',
    });
    const detached = { ...pair, application: { ...pair.application, provider: null } } as unknown as typeof pair;
    expect(
      decided(
        evaluateAssignment(detached),
        'Application “app” ↔ provider #42',
        'no provider',
        'assigned to “app”',
        'Applications › Applications › Edit',
      ),
    ).toEqual({ status: 'fail' });
    expect(evaluateAssignment(oidcPair({ assigned_application_slug: 'other' })).actual).toBe(
      'the application points to provider #42; the provider is assigned to “other”',
    );
    expect(evaluateAssignment(oidcPair({ assigned_application_slug: undefined })).actual).toBe(
      'the application points to provider #42; the provider is assigned to no application',
    );
  });

  it('an access refusal quotes authentik’s messages, without blank ones, or says the policies refused', async () => {
    const refused = evaluateAccess(
      { passing: false, messages: [' ', 'Not in group Staff', 'Outside office hours', ''], log_messages: [] },
      'Your user akadmin',
    );
    expect(decided(refused, 'Your user akadmin', 'Access denied: Not in group Staff Outside office hours', 'bindings of the application')).toEqual({
      status: 'fail',
    });
    expect(evaluateAccess({ passing: false, messages: ['  '], log_messages: [] }, 'Your user').actual).toBe(
      'Access denied by the application’s policies',
    );
    expect(evaluateAccess({ passing: false, messages: ['  denied  '], log_messages: [] }, 'Your user').actual).toBe('Access denied:   denied  ');
    const answer = { api: { '/core/applications/{slug}/check_access/': { passing: true, messages: [], log_messages: [] } } };
    expect((await applicationAccessCheck().run(fakeContext(oidcPair(), answer).ctx)).expected).toBe('Your user akadmin may open the application');
    expect(
      (await applicationAccessCheck().run(fakeContext(oidcPair(), answer, { pk: 8, is_superuser: false, username: '', email: '' }).ctx)).expected,
    ).toBe('Your user may open the application');
  });
});

describe('the certificate check names dates and days exactly', () => {
  const now = new Date('2026-09-01T00:00:00Z');
  const expiring = (iso: string) => ({ ...keypair, cert_expiry: iso });
  const name = keypair.name;

  it('pass, warn and fail say when, and by how much', () => {
    expect(
      decided(evaluateCertificateExpiry(keypair.pk, expiring('2027-09-01T00:00:00Z'), now, 30), '30 days', `“${name}”`, '2027-09-01 (365 days)'),
    ).toEqual({ status: 'pass' });
    expect(
      decided(
        evaluateCertificateExpiry(keypair.pk, expiring('2026-09-02T12:00:00Z'), now, 30),
        '30 days',
        `“${name}”`,
        '2026-09-02 (in 1 day)',
        'renewal',
      ),
    ).toEqual({ status: 'warn' });
    expect(
      decided(
        evaluateCertificateExpiry(keypair.pk, expiring('2026-08-01T00:00:00Z'), now, 30),
        '30 days',
        `“${name}” expired on 2026-08-01`,
        'new certificate',
      ),
    ).toEqual({ status: 'fail' });
  });

  it('the last day still counts as valid, and the window’s edge no longer warns', () => {
    expect(decided(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-01T12:00:00Z'), now, 30), '2026-09-01 (in 0 days)')).toEqual({
      status: 'warn',
    });
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-10-01T00:00:00Z'), now, 30).status).toBe('pass');
    expect(evaluateCertificateExpiry(keypair.pk, expiring('2026-09-30T23:00:00Z'), now, 30).status).toBe('warn');
  });

  it('missing, unreadable and undated certificates are told apart', () => {
    expect(decided(evaluateCertificateExpiry(null, null, now, 14), '14 days', 'No signing certificate')).toEqual({ status: 'fail' });
    expect(decided(evaluateCertificateExpiry(keypair.pk, null, now, 14), '14 days', 'permission')).toEqual({ status: 'unknown' });
    expect(decided(evaluateCertificateExpiry(keypair.pk, expiring(''), now, 14), '14 days', 'no expiry date', `“${name}”`)).toEqual({
      status: 'unknown',
    });
    expect(decided(evaluateCertificateExpiry(keypair.pk, expiring('soon'), now, 14), '14 days', '“soon”')).toEqual({ status: 'unknown' });
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
    expect(
      decided(
        evaluateUsernameChange({ default_user_change_username: true }),
        'Allow users to change username: on',
        'System › Settings › Allow users to change username',
      ),
    ).toEqual({ status: 'warn' });
    expect(decided(evaluateUsernameChange({ default_user_change_username: false }), 'Allow users to change username: off')).toEqual({
      status: 'pass',
    });
    expect(decided(evaluateUsernameChange(null), 'System › Settings › Allow users to change username')).toEqual({ status: 'unknown' });
  });

  it('is read live from authentik when run, and from the pair when evaluated', async () => {
    const { ctx, calls } = fakeContext(samlPair(), { api: { '/admin/settings/': { default_user_change_username: true } } });
    expect((await usernameChangeCheck().run(ctx)).status).toBe('warn');
    expect(calls.map((call) => call.path)).toEqual(['/admin/settings/']);
    expect(usernameChangeCheck().evaluate?.({ ...samlPair(), settings: { default_user_change_username: false } } as never).status).toBe('pass');
  });
});

describe('custom mappings, as the admin reads them', () => {
  const need = (name: string, attribute: string) => ({
    kind: 'saml' as const,
    name,
    expression: `return request.user.${attribute}`,
    body: { saml_name: attribute },
    describe: `attribute ${attribute}`,
  });
  const needs = [need('App: a', 'email'), need('App: b', 'name')];
  const check = customMappingsCheck({ needs, attached: (pair) => (pair.provider as { property_mappings?: string[] }).property_mappings ?? [] });
  const listed = {
    '/propertymappings/provider/saml/': {
      pagination: { next: 0 },
      results: [
        { name: 'App: a', pk: 'm-a', saml_name: 'email', expression: 'return request.user.email' },
        { name: 'Name (by hand)', pk: 'm-b', saml_name: 'name', expression: 'return user.name' },
      ],
    },
  };

  it('names every mapping expected, the one found for each, and only the missing ones as not attached', async () => {
    expect(await check.run(fakeContext(samlPair({ property_mappings: ['m-a', 'm-b'] }), { api: listed }).ctx)).toEqual({
      status: 'pass',
      expected: 'attribute email (return request.user.email); attribute name (return request.user.name)',
      actual: 'attribute email: “App: a”; attribute name: “Name (by hand)”',
    });
    const missing = await check.run(fakeContext(samlPair({ property_mappings: ['m-b'] }), { api: listed }).ctx);
    expect(decided(missing, 'attribute email (return request.user.email); attribute name (return request.user.name)', 'property mappings')).toEqual({
      status: 'fail',
    });
    expect(missing.actual).toContain('attribute email');
    expect(missing.actual).not.toContain('attribute name');
  });
});

describe('what an expression returns, compared as text', () => {
  it.each([
    ['return request.user.email', 'return user.email'],
    ['return request.user.email', '  return request.user.email  # the login address\n'],
    ['return {"a": 1, "b": user.name}', "return {'b': user.name,\n 'a': 1,}"],
  ])('%s means %s', (left, right) => expect(expressionMeaning(left)).toBe(expressionMeaning(right)));
  it.each([
    ['return request.user.email', 'return request.user.username'],
    ['return {"email_verified": True}', 'return {"email_verified": False}'],
  ])('%s differs from %s', (left, right) => expect(expressionMeaning(left)).not.toBe(expressionMeaning(right)));
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

  it.each([
    'https://localhost.example.com',
    'https://mylocalhost.com',
    'https://local.example.com',
    'https://a127.0.0.1.nip.io',
    'https://110.1.2.3',
    'https://8.10.1.1',
    'https://1.192.168.1',
    'https://172.15.0.1',
    'https://x172.16.example.com',
    'https://1.169.254.1',
    'https://x10.example.com',
    'https://x192.168.example.com',
    'https://x0.example.com',
    'https://x169.254.example.com',
    'https://auth.localhost.example.com',
  ])('%s is public', (base) => {
    expect(evaluatePublicAuthentik(base).status).toBe('pass');
  });

  it('the verdict names the address, and every reason at once', () => {
    expect(evaluatePublicAuthentik('https://sso.example.com:8443/auth')).toEqual({
      status: 'pass',
      expected: 'https on a public host name',
      actual: 'https://sso.example.com:8443',
    });
    expect(
      decided(
        evaluatePublicAuthentik('http://authentik.lan'),
        'http://authentik.lan',
        'plain http',
        'authentik.lan is a loopback, private or local name',
      ),
    ).toEqual({ status: 'fail' });
    expect(decided(evaluatePublicAuthentik('not a url'), '“not a url”')).toEqual({ status: 'unknown' });
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
