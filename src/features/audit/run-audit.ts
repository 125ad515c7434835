/**
 * The audit: every application in an authentik, recognised as a catalog app (or the protocol's
 * generic one) and checked with that app's checks plus the protocol's release traps. Reads only.
 * Applications are checked a few at a time and the client bounds the requests in flight, so a
 * large instance is neither flooded nor waited on one request at a time; an abort stops it.
 */
import type { AuthentikClient } from '../../lib/authentik/client';
import { pairChecks } from '../wizard/engine/checks/pair-checks';
import { createShared, runCheck, unknownResult } from '../wizard/engine/checks/run-checks';
import type { Check, CheckContext, CheckResult, CheckStatus, CheckUser } from '../wizard/engine/checks/types';
import type { Application, CreatedPair, IntegrationDefinition } from '../wizard/engine/types';
import { moduleForModel } from '../wizard/protocols';
import { readInventory, type Inventory, type ProviderSummary, type Refusal } from './inventory';
import { isGeneric, recognise } from './recognize';
import { readWritePermissions, type PermissionUser, type WritePermissions } from './write-permissions';

export interface AuditCheck {
  id: string;
  title: string;
  why: string;
  result: CheckResult;
}

export interface AuditRow {
  /** The application's slug, or `provider-<pk>` for a provider without an application. */
  key: string;
  application: { name: string; slug: string } | null;
  provider: { pk: number; name: string; type: string } | null;
  integration: {
    id: string;
    name: string;
    named: boolean;
    evidence: string[];
    /** Recognition was not sure: the catalog apps it might be (the row is checked as `id` until one is chosen). */
    candidates?: string[];
    /** The admin chose the app for this row. */
    chosen?: boolean;
  } | null;
  checks: AuditCheck[];
  /** Checks of this pair about the authentik instance, reported once for all (with `checks`: its verify page's list). */
  instanceChecks?: string[];
  status: CheckStatus;
  /** Why the row has no checks of its own (unsupported provider type, cancelled …). */
  note?: string;
  /** The pair as read, for fixes; never exported. */
  pair?: CreatedPair;
}

/** A check about the authentik instance itself, run once for every application that lists it. */
export interface InstanceFinding {
  check: AuditCheck;
  applications: string[];
}

export interface AuditReport {
  base: string;
  version: string | null;
  startedAt: string;
  durationMs: number;
  rows: AuditRow[];
  instance: InstanceFinding[];
  refused: Refusal[];
  requests: { total: number; peak: number };
  cancelled: boolean;
  /** What the token's user may change: fixes it may not send are never offered. */
  permissions: WritePermissions;
}

export interface AuditOptions {
  client: AuthentikClient;
  user: CheckUser & Pick<PermissionUser, 'roles'>;
  version: string | null;
  definitions: readonly IntegrationDefinition[];
  signal: AbortSignal;
  /** Applications checked at the same time (default 4). */
  concurrency?: number;
  /** Called once the inventory is read (how many rows there will be) and after every row. */
  onProgress?: (progress: { total: number; done: number; row?: AuditRow }) => void;
  now?: () => number;
  /** The `catalog:` reads (flows, mappings) every pair shares; pass one to re-check rows later without reading them again. */
  catalog?: CheckContext['shared'];
}

/** What checking one pair needs; `catalog` holds what every pair of the audit reads alike. */
export interface PairCheckContext {
  client: AuthentikClient;
  user: CheckUser;
  signal: AbortSignal;
  catalog: CheckContext['shared'];
  /** Applications with policy bindings (their ids): who may sign in is checked for them. */
  bound?: ReadonlySet<string> | null;
}

/** A pair's own checks, and its checks about the instance (run once per audit, not per row). */
async function checkPair(definition: IntegrationDefinition, pair: CreatedPair, ctx: PairCheckContext) {
  const own = createShared();
  // What every pair reads alike (flows, mappings: `catalog:` keys) is read once per audit.
  const shared: typeof own = (key, load) => (key.startsWith('catalog:') ? ctx.catalog(key, load) : own(key, load));
  // Who may sign in is checked for applications with bindings: a member passes, no binding targets a gone group.
  const checks = pairChecks(definition, pair, { access: ctx.bound?.has(pair.application.pk) ? 'restricted' : null });
  const host = ctx.client.target.base;
  const results = await Promise.all(
    checks
      .filter((check) => check.scope !== 'instance')
      .map(async (check): Promise<AuditCheck> => ({
        id: check.id,
        title: check.title,
        why: check.why,
        result: await runCheck(check, { pair, client: ctx.client, user: ctx.user, signal: ctx.signal, shared }, host),
      })),
  );
  return { checks: results, instance: checks.filter((check) => check.scope === 'instance') };
}

/**
 * The row checked as the app the admin chose for it (recognition was not sure). Reads only what a
 * check of that app reads beyond the audit's shared catalog; instance checks the audit has not run
 * yet come back to be run once.
 */
export async function recheckRow(
  row: AuditRow,
  definition: IntegrationDefinition,
  ctx: PairCheckContext,
): Promise<{ row: AuditRow; instance: Check[] }> {
  if (!row.pair || !row.integration) throw new Error('Only a checked pair can be checked as another app.');
  const { checks, instance } = await checkPair(definition, row.pair, ctx);
  return {
    row: {
      ...row,
      integration: {
        id: definition.id,
        name: definition.name,
        named: !isGeneric(definition),
        evidence: ['chosen by you'],
        ...(row.integration.candidates ? { candidates: row.integration.candidates } : {}),
        chosen: true,
      },
      checks,
      instanceChecks: instance.map((check) => check.id),
      status: rowStatus(checks),
    },
    instance,
  };
}

/** Instance checks, each run once with the first pair that listed it. */
export async function runInstanceChecks(
  entries: readonly { check: Check; pair: CreatedPair; applications: string[] }[],
  ctx: Omit<PairCheckContext, 'catalog'>,
): Promise<InstanceFinding[]> {
  return Promise.all(
    entries.map(async ({ check, pair, applications }) => ({
      check: {
        id: check.id,
        title: check.title,
        why: check.why,
        result: await runCheck(
          check,
          { pair, client: ctx.client, user: ctx.user, signal: ctx.signal, shared: createShared() },
          ctx.client.target.base,
        ),
      },
      applications,
    })),
  );
}

const SEVERITY: Record<CheckStatus, number> = { pass: 0, unknown: 1, warn: 2, fail: 3 };

export function rowStatus(checks: readonly AuditCheck[]): CheckStatus {
  return checks.reduce<CheckStatus>((worst, check) => (SEVERITY[check.result.status] > SEVERITY[worst] ? check.result.status : worst), 'pass');
}

function summaryOf(application: Application | null, provider: ProviderSummary | null) {
  return {
    application: application ? { name: application.name, slug: application.slug } : null,
    provider: provider ? { pk: provider.pk, name: provider.name, type: provider.verbose_name } : null,
  };
}

function single(key: string, base: ReturnType<typeof summaryOf>, check: AuditCheck): AuditRow {
  return { key, ...base, integration: null, checks: [check], status: check.result.status };
}

async function pool<T>(items: readonly T[], size: number, signal: AbortSignal, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (!signal.aborted && next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const { client, user, definitions, signal } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const before = { total: client.requests.total };
  const [inventory, permissions]: [Inventory, WritePermissions] = await Promise.all([
    readInventory(client, { superuser: user.is_superuser, signal }),
    readWritePermissions(client, user, options.version, signal),
  ]);
  const host = client.target.base;
  const providersByPk = new Map(inventory.providers.map((provider) => [provider.pk, provider]));

  const catalog = options.catalog ?? createShared();
  const rows = new Map<string, AuditRow>();
  const instanceChecks = new Map<string, { check: Check; pair: CreatedPair; applications: string[] }>();
  const pending: Application[] = [];

  for (const application of inventory.applications) {
    const provider = application.provider != null ? (providersByPk.get(application.provider) ?? null) : null;
    const base = summaryOf(application, provider);
    if (application.provider == null) {
      rows.set(
        application.slug,
        single(application.slug, base, {
          id: 'provider-missing',
          title: 'The application has a provider',
          why: 'An application without a provider has no login: its tile leads nowhere.',
          result: {
            status: 'fail',
            expected: 'A provider',
            actual: 'No provider',
            detail: 'Select a provider for it in authentik (Applications › Applications › Edit), or delete the application if nobody uses it.',
          },
        }),
      );
      continue;
    }
    const model = provider?.meta_model_name ?? application.provider_obj?.meta_model_name;
    if (!moduleForModel(model)) {
      const type = provider?.verbose_name ?? application.provider_obj?.verbose_name ?? 'provider';
      rows.set(application.slug, {
        key: application.slug,
        ...base,
        integration: null,
        checks: [],
        status: 'unknown',
        note: `It uses a ${type}; the audit checks OAuth2/OpenID and SAML providers.`,
      });
      continue;
    }
    pending.push(application);
  }
  for (const provider of inventory.providers) {
    if (provider.assigned_application_slug || provider.assigned_backchannel_application_slug) continue;
    const key = `provider-${provider.pk}`;
    rows.set(
      key,
      single(key, summaryOf(null, provider), {
        id: 'provider-unassigned',
        title: 'The provider belongs to an application',
        why: 'A provider without an application serves no login; it is usually left over from a deleted or half-made integration.',
        result: {
          status: 'warn',
          expected: 'Assigned to an application',
          actual: 'Not assigned',
          detail: 'Assign it to its application in authentik (Applications › Edit › Provider), or delete it if nothing uses it.',
        },
      }),
    );
  }

  const total = rows.size + pending.length;
  let done = rows.size;
  options.onProgress?.({ total, done });

  await pool(pending, options.concurrency ?? 4, signal, async (application) => {
    const provider = providersByPk.get(application.provider!) ?? null;
    const base = summaryOf(application, provider);
    let row: AuditRow;
    try {
      const module = moduleForModel(provider?.meta_model_name ?? application.provider_obj?.meta_model_name)!;
      const read = await module.read(client, application, application.provider!, signal);
      const keyPk = module.signingKeyPk(read);
      const pair: CreatedPair = {
        ...read,
        signingKey: keyPk ? (inventory.keypairs?.find((key) => key.pk === keyPk) ?? null) : null,
        settings: inventory.settings,
      };
      const recognised = recognise(pair, definitions);
      if (!recognised) throw new Error('No integration of this protocol is in the catalog.');
      const { checks: ownChecks, instance } = await checkPair(recognised.definition, pair, {
        client,
        user,
        signal,
        catalog,
        bound: inventory.boundTargets,
      });
      for (const check of instance) {
        const entry = instanceChecks.get(check.id) ?? { check, pair, applications: [] };
        entry.applications.push(application.name);
        instanceChecks.set(check.id, entry);
      }
      row = {
        key: application.slug,
        ...base,
        integration: {
          id: recognised.definition.id,
          name: recognised.definition.name,
          named: recognised.named,
          evidence: recognised.evidence,
          ...(recognised.candidates ? { candidates: recognised.candidates } : {}),
        },
        checks: ownChecks,
        instanceChecks: instance.map((check) => check.id),
        status: rowStatus(ownChecks),
        pair,
      };
    } catch (error) {
      if (signal.aborted) return;
      const result = unknownResult(error, host);
      row = { key: application.slug, ...base, integration: null, checks: [], status: 'unknown', note: `Could not read it: ${result.detail ?? ''}` };
    }
    rows.set(application.slug, row);
    done += 1;
    options.onProgress?.({ total, done, row });
  });

  for (const application of pending) {
    if (!rows.has(application.slug)) {
      const provider = providersByPk.get(application.provider!) ?? null;
      rows.set(application.slug, {
        key: application.slug,
        ...summaryOf(application, provider),
        integration: null,
        checks: [],
        status: 'unknown',
        note: 'Not checked: the audit was stopped.',
      });
    }
  }

  const instance: InstanceFinding[] = signal.aborted ? [] : await runInstanceChecks([...instanceChecks.values()], { client, user, signal });
  const open = signal.aborted ? null : sensitiveOpenToEveryone([...rows.values()], options.definitions, inventory.boundTargets);
  if (open) instance.push(open);

  const ordered = [...rows.values()].sort((a, b) =>
    (a.application?.name ?? a.provider?.name ?? '').localeCompare(b.application?.name ?? b.provider?.name ?? ''),
  );
  return {
    base: host,
    version: options.version,
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    rows: ordered,
    instance,
    refused: inventory.refused,
    requests: { total: client.requests.total - before.total, peak: client.requests.peak },
    cancelled: signal.aborted,
    permissions,
  };
}

/**
 * Sensitive applications (infrastructure, security, cloud consoles) with no binding: everyone with
 * an authentik account may sign in to them. One finding for the instance, beside the rows' own
 * checks, since the wizard cannot know whether that was meant. Unknown when the token may not read
 * the bindings.
 */
export function sensitiveOpenToEveryone(
  rows: readonly AuditRow[],
  definitions: readonly IntegrationDefinition[],
  bound: ReadonlySet<string> | null,
): InstanceFinding | null {
  if (!bound) return null;
  const sensitive = new Set(definitions.filter((definition) => definition.sensitive).map((definition) => definition.id));
  const open = rows.filter((row) => row.pair && row.integration && sensitive.has(row.integration.id) && !bound.has(row.pair.application.pk));
  if (open.length === 0) return null;
  return {
    check: {
      id: 'sensitive-open-to-everyone',
      title: 'Sensitive applications are open to everyone',
      why: 'Infrastructure, security and cloud consoles should be open to the people who run them, not to every account.',
      result: {
        status: 'warn',
        expected: 'Each bound to the group of people who run it',
        actual: `${open.length} without any binding: everyone with an authentik account may sign in`,
        detail: 'Bind each to a group (Applications › the application › Policy / Group / User Bindings), unless every account should have it.',
      },
    },
    applications: open.map((row) => row.application?.name ?? row.key),
  };
}
