/**
 * The audit, as an admin with an existing authentik meets it: pairs of every catalog app (some
 * renamed beyond recognition by name) and pairs carrying each mistake the checks know, in a
 * simulated authentik of the oldest and the newest release.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthentikClient, unwrap, type AuthentikClient } from '../lib/authentik/client';
import { createSimulator } from '../server/simulator/index';
import { auditCsv, auditJson } from '../features/audit/export';
import { applyFixes, conflictWith, fixCandidates } from '../features/audit/fixes';
import { runAudit, type AuditReport } from '../features/audit/run-audit';
import { STRONG } from '../features/audit/recognize';
import type { CheckUser } from '../features/wizard/engine/checks/types';
import { AUDIT_VIEW_PERMISSIONS, seedAuditMix, type AuditMix } from './audit-mix.support';
import { loadAll } from './load-all.support';

const definitions = await loadAll();

/**
 * The 2025.6 schema (served for 2025.4 and 2025.6) declares `provider_obj` and a provider's
 * `assigned_application_*` non-null, but authentik answers null for an application without a
 * provider and a provider without an application (the schema was corrected in 2025.8). Only those
 * answers, which the seeded mistakes cause, are let through.
 */
function violations(simulator: ReturnType<typeof createSimulator>) {
  const knownGap = /^\/results\/\d+\/(provider_obj|assigned_application_(slug|name))$/;
  return simulator.violations.filter(
    (violation) =>
      !(simulator.release === '2025.4' && violation.kind === 'response' && violation.issues.every((issue) => knownGap.test(issue.pointer))),
  );
}

describe.each([['2026.8'], ['2025.4']] as const)('auditing an authentik %s that has pairs made by hand', (release) => {
  const simulator = createSimulator({ release, validateResponses: true });
  let url: string;
  let close: () => Promise<void>;
  let mix: AuditMix;
  let user: CheckUser;
  const connect = (token = simulator.tokens.superuser): AuthentikClient =>
    createAuthentikClient({ base: url, token, mode: 'direct' }, { maxInFlight: 6 });
  const audit = async (client = connect(), signal = new AbortController().signal, who = user): Promise<AuditReport> =>
    runAudit({ client, user: who, version: simulator.version, definitions, signal });
  // The superuser's first audit of the seeded instance, shared by the tests that only read it (before any fix is applied).
  let firstAudit: Promise<AuditReport> | undefined;
  const seededAudit = () => (firstAudit ??= audit());

  beforeAll(async () => {
    ({ url, close } = await simulator.listen(0));
    mix = await seedAuditMix(simulator, url, definitions, { copies: 2 });
    const me = await unwrap(connect().api.GET('/core/users/me/'));
    user = { pk: me.user.pk, is_superuser: me.user.is_superuser, username: me.user.username };
  }, 60_000);
  afterAll(() => close());

  it('lists every application and every provider without one, recognising each named app', async () => {
    const report = await seededAudit();
    expect(report.cancelled).toBe(false);
    expect(report.refused).toEqual([]);
    const keys = report.rows.map((row) => row.key).sort();
    expect(keys).toEqual([...mix.pairs.map((pair) => pair.slug), ...mix.orphanProviders].sort());
    for (const seeded of mix.pairs.filter((pair) => !pair.neutral && pair.mistake?.id !== 'provider-missing')) {
      const row = report.rows.find((entry) => entry.key === seeded.slug)!;
      expect(row.integration?.id, seeded.slug).toBe(seeded.integration);
    }
    expect(violations(simulator)).toEqual([]);
  });

  it('recognises a renamed pair by its provider alone when the app’s URLs are distinctive', async () => {
    const report = await seededAudit();
    const byId = new Map(definitions.map((definition) => [definition.id, definition]));
    let distinctive = 0;
    for (const seeded of mix.pairs.filter((pair) => pair.neutral)) {
      const row = report.rows.find((entry) => entry.key === seeded.slug)!;
      const own = byId.get(seeded.integration)!;
      const strong = own.recognize(row.pair!).score >= STRONG;
      if (!strong) continue;
      // An app whose URLs fit others too (Gitea and Forgejo share one shape) is reported as not sure,
      // with the candidates, never as one of them with confidence.
      if (row.integration?.candidates) {
        expect(row.integration.named).toBe(false);
        expect(row.integration.candidates, seeded.slug).toContain(seeded.integration);
        continue;
      }
      distinctive += 1;
      expect(row.integration?.id, `${seeded.slug} (${seeded.integration})`).toBe(seeded.integration);
      expect(row.integration?.named).toBe(true);
    }
    expect(distinctive).toBeGreaterThan(10);
  });

  it('finds every seeded mistake with the check that knows it', async () => {
    const report = await seededAudit();
    const mistakes = mix.pairs.filter((pair) => pair.mistake);
    expect(mistakes.map((pair) => pair.mistake!.id).sort()).toEqual(
      (release === '2026.8'
        ? [
            'acs-placeholder',
            'claims-not-in-id-token',
            'encryption-key',
            'expired-certificate',
            'issuer-old-default',
            'logout-page-as-login-redirect',
            'no-grant-types',
            'provider-missing',
            'redirect-binding',
            'redirect-trailing-slash',
          ]
        : [
            'acs-placeholder',
            'claims-not-in-id-token',
            'encryption-key',
            'expired-certificate',
            'issuer-old-default',
            'provider-missing',
            'redirect-binding',
            'redirect-trailing-slash',
          ]
      ).sort(),
    );
    for (const seeded of mistakes) {
      const row = report.rows.find((entry) => entry.key === seeded.slug)!;
      const check = row.checks.find((entry) => entry.id === seeded.mistake!.check);
      expect(check?.result.status, `${seeded.slug}: ${seeded.mistake!.id}`).toMatch(/^(fail|warn)$/);
      expect(Boolean(check?.result.fix), `${seeded.slug}: ${seeded.mistake!.id} has a fix`).toBe(seeded.mistake!.fixable);
    }
    for (const key of mix.orphanProviders) expect(report.rows.find((row) => row.key === key)?.checks[0]?.id).toBe('provider-unassigned');
    // Pairs without a mistake pass (the public-address check is about the instance: it is reported once).
    const clean = mix.pairs.filter((pair) => !pair.mistake).map((pair) => report.rows.find((row) => row.key === pair.slug)!);
    expect(
      clean
        .filter((row) => row.status !== 'pass')
        .map(
          (row) =>
            `${row.key}: ${row.checks
              .filter((check) => check.result.status !== 'pass')
              .map((check) => `${check.id} ${check.result.detail ?? ''}`)
              .join('; ')}`,
        ),
    ).toEqual([]);
    expect(report.instance.find((finding) => finding.check.id === 'public-authentik')?.check.result.status).toBe('fail');
  });

  /** A user of the simulated authentik, holding `permissions` through a role (and directly, where the release has no roles in users/me). */
  const auditor = (username: string, permissions: string[]) => {
    const pk = 900 + simulator.state.users.length;
    const token = `audit-${username}-token`;
    const role = { pk: `00000000-0000-4000-8000-${String(pk).padStart(12, '0')}`, name: `${username} role`, permissions };
    const direct = simulator.state.release === '2025.4' ? permissions : [];
    simulator.state.users.push({
      ...simulator.state.users[1]!,
      pk,
      uuid: role.pk,
      username,
      name: username,
      isSuperuser: false,
      permissions: direct,
      roles: [role],
    });
    simulator.state.tokens.push({ identifier: token, key: token, userPk: pk, intent: 'api', expiring: false, expires: null });
    return token;
  };
  const VIEW = AUDIT_VIEW_PERMISSIONS;
  /** Audits as that token's user, counting every request authentik receives that is not a read. */
  const auditAs = async (token: string, apply: boolean) => {
    const client = connect(token);
    const me = await unwrap(client.api.GET('/core/users/me/'));
    const writes: string[] = [];
    const handle = simulator.handle.bind(simulator);
    simulator.handle = (req, res) => {
      if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET')) writes.push(`${req.method} ${req.url}`);
      handle(req, res);
    };
    try {
      const who = {
        pk: me.user.pk,
        is_superuser: me.user.is_superuser,
        username: me.user.username,
        ...(me.user.roles ? { roles: me.user.roles } : {}),
      };
      const report = await audit(client, new AbortController().signal, who);
      const outcomes = apply ? await applyFixes(client, fixCandidates(report)) : new Map();
      return { report, outcomes, writes };
    } finally {
      simulator.handle = handle;
    }
  };

  it('a read-only token is never asked to write: every fix names the permission it lacks, and none is sent', async () => {
    const { report, outcomes, writes } = await auditAs(auditor('viewer', VIEW), true);
    expect(report.permissions.all).toBe(false);
    expect(report.permissions.unreadable).toBeUndefined();
    expect(report.rows.length).toBe(mix.pairs.length + mix.orphanProviders.length);
    const candidates = fixCandidates(report);
    expect(candidates.length).toBe(mix.pairs.filter((pair) => pair.mistake?.fixable).length);
    for (const candidate of candidates)
      expect(candidate.missing).toBe(
        `authentik_providers_${candidate.pair.protocol === 'oidc' ? 'oauth2.change_oauth2provider' : 'saml.change_samlprovider'}`,
      );
    expect([...outcomes.values()].every((outcome) => !outcome.ok)).toBe(true);
    expect(writes).toEqual([]);
  });

  it('a token whose role may change OAuth2 providers gets those fixes, and SAML fixes stay unsendable', async () => {
    const { report } = await auditAs(auditor('oauth-editor', [...VIEW, 'authentik_providers_oauth2.change_oauth2provider']), false);
    const candidates = fixCandidates(report);
    expect(candidates.filter((candidate) => candidate.pair.protocol === 'oidc').every((candidate) => candidate.missing === undefined)).toBe(true);
    expect(
      candidates
        .filter((candidate) => candidate.pair.protocol === 'saml')
        .every((candidate) => candidate.missing === 'authentik_providers_saml.change_samlprovider'),
    ).toBe(true);
    expect(candidates.some((candidate) => candidate.pair.protocol === 'saml')).toBe(true);
  });

  it('applies every reviewed fix, each on its own, and a second audit finds only what has no fix', async () => {
    const first = await seededAudit();
    const candidates = fixCandidates(first);
    const selected = candidates.filter((candidate, index) => !conflictWith(candidate, candidates.slice(0, index)));
    expect(selected.length).toBe(mix.pairs.filter((pair) => pair.mistake?.fixable).length);
    const outcomes = await applyFixes(connect(), selected);
    expect([...outcomes.values()].every((outcome) => outcome.ok)).toBe(true);
    const second = await audit();
    const left = second.rows
      .filter((row) => row.status !== 'pass')
      .map((row) => row.key)
      .sort();
    const unfixable = [...mix.pairs.filter((pair) => pair.mistake && !pair.mistake.fixable).map((pair) => pair.slug), ...mix.orphanProviders].sort();
    expect(left).toEqual(unfixable);
    expect(fixCandidates(second)).toEqual([]);
    expect(violations(simulator)).toEqual([]);
  });

  it('follows authentik’s pages to the end and never has more than the allowed requests open', async () => {
    simulator.state.settings.pagination_max_page_size = 7;
    try {
      const client = connect();
      const report = await audit(client);
      expect(report.rows.length).toBe(mix.pairs.length + mix.orphanProviders.length);
      expect(report.requests.peak).toBeLessThanOrEqual(6);
      expect(report.requests.peak).toBeGreaterThan(1);
    } finally {
      simulator.state.settings.pagination_max_page_size = 100;
    }
  });

  it('stops when cancelled and says which applications were not checked', async () => {
    const controller = new AbortController();
    const client = connect();
    let rows = 0;
    const report = await runAudit({
      client,
      user,
      version: simulator.version,
      definitions,
      signal: controller.signal,
      concurrency: 1,
      onProgress: ({ row }) => {
        if (row && ++rows === 3) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.rows.filter((row) => row.note === 'Not checked: the audit was stopped.').length).toBeGreaterThan(10);
  });

  it('exports CSV and JSON with every finding and no secret', async () => {
    const report = await audit();
    const json = auditJson(report);
    const csv = auditCsv(report);
    const secrets = simulator.state.providers.flatMap((provider) => (provider.kind === 'oauth2' ? [provider.client_secret] : [])).filter(Boolean);
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of [...secrets, simulator.tokens.superuser]) {
      expect(json).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
    const parsed = JSON.parse(json) as { applications: { checks: unknown[] }[] };
    expect(parsed.applications).toHaveLength(report.rows.length);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"Application","Slug","Provider","Provider type","Integration","Check","Result","Expected","Actual","Detail","Fix"');
    expect(lines.length).toBeGreaterThan(report.rows.length);
  });

  it('tells a token without view permissions what it could not read', async () => {
    const report = await audit(connect(simulator.tokens.regular), new AbortController().signal, { pk: 2, is_superuser: false, username: 'alice' });
    // authentik answers lists it may not show with an empty page, so only what visibly failed is reported.
    expect(report.refused.map((refusal) => refusal.permission)).toEqual(
      expect.arrayContaining(['authentik_core.view_provider', 'authentik_rbac.view_system_settings']),
    );
  });
});
