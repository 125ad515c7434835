import { customMappingsCheck, evaluatePublicAuthentik } from './common';
import { describe, expect, it } from 'vitest';
import { AuthentikApiError } from '../../../../lib/authentik/problem';
import {
  applicationAccessCheck,
  evaluateAccess,
  evaluateAssignment,
  evaluateCertificateExpiry,
  evaluateUsernameChange,
  usernameChangeCheck,
} from './common';
import { createShared, runCheck, summarize, summaryText, unknownResult } from './run-checks';
import { admin, fakeContext, keypair, oidcPair, samlPair } from './test-fixtures';
import type { Check } from './types';

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
