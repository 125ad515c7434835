/**
 * Bulk fixes: the one-click repairs the checks offer, collected across applications, reviewed as
 * the exact PATCH each one sends, and applied one by one so each reports its own result.
 */
import type { AuthentikClient } from '../../lib/authentik/client';
import type { CheckFix } from '../wizard/engine/checks/types';
import type { CreatedPair } from '../wizard/engine/types';
import { moduleOf } from '../wizard/protocols';
import type { AuditCheck, AuditReport, AuditRow } from './run-audit';
import { changePermissionOf, mayChange, type WritePermissions } from './write-permissions';

export interface FixCandidate {
  id: string;
  row: AuditRow;
  check: AuditCheck;
  fix: CheckFix;
  pair: CreatedPair;
  /** "PATCH /api/v3/providers/oauth2/12/" */
  request: string;
  /** The change permission the token's user lacks for this provider: such a fix is shown, never selectable or sent. */
  missing?: string;
  /** A request sent right before the PATCH, whose answer the PATCH needs (a keypair made from the SP's certificate). */
  before?: FixPrelude;
}

export interface FixPrelude {
  /** "POST /api/v3/crypto/certificatekeypairs/" */
  request: string;
  body: Record<string, unknown>;
  /** Sends it (or finds what it would make); answers the PATCH body to send. */
  run: (client: AuthentikClient) => Promise<Record<string, unknown>>;
}

export type FixOutcome = { ok: true } | { ok: false; error: unknown };

/** authentik_providers_oauth2.oauth2provider → /providers/oauth2/<pk>/ */
function endpointOf(pair: CreatedPair): string {
  const app =
    moduleOf(pair)
      .providerModel.split('.')[0]
      ?.replace(/^authentik_providers_/, '') ?? '';
  return `/api/v3/providers/${app}/${pair.provider.pk}/`;
}

/** One fix of one pair as the review shows it; also used for fixes found outside the checks (the SP metadata comparison). */
export function fixCandidate(row: AuditRow, check: AuditCheck, fix: CheckFix, pair: CreatedPair, permissions: WritePermissions): FixCandidate {
  return {
    id: `${row.key}:${check.id}`,
    row,
    check,
    fix,
    pair,
    request: `PATCH ${endpointOf(pair)}`,
    ...(mayChange(permissions, pair) ? {} : { missing: changePermissionOf(pair) }),
  };
}

export function fixCandidates(report: AuditReport): FixCandidate[] {
  return report.rows.flatMap((row) =>
    row.pair
      ? row.checks.flatMap((check) =>
          check.result.fix && check.result.status !== 'pass' ? [fixCandidate(row, check, check.result.fix, row.pair!, report.permissions)] : [],
        )
      : [],
  );
}

/** A selected fix that sends a field this one also sends, to the same provider: only one of them can go in a round. */
export function conflictWith(candidate: FixCandidate, selected: readonly FixCandidate[]): FixCandidate | null {
  const fields = Object.keys(candidate.fix.patch);
  return (
    selected.find(
      (other) =>
        other.id !== candidate.id &&
        other.pair.provider.pk === candidate.pair.provider.pk &&
        other.pair.protocol === candidate.pair.protocol &&
        Object.keys(other.fix.patch).some((field) => fields.includes(field)),
    ) ?? null
  );
}

/**
 * Sends each fix's PATCH; fixes of the same provider go one after the other (each one a separate
 * change), different providers at once (the client bounds the requests in flight).
 */
export async function applyFixes(
  client: AuthentikClient,
  fixes: readonly FixCandidate[],
  onOutcome?: (id: string, outcome: FixOutcome) => void,
): Promise<Map<string, FixOutcome>> {
  const outcomes = new Map<string, FixOutcome>();
  const byProvider = new Map<string, FixCandidate[]>();
  for (const fix of fixes) {
    // A token without the change permission is never asked to write.
    if (fix.missing) {
      const outcome: FixOutcome = { ok: false, error: new Error(`Not sent: the token’s user lacks ${fix.missing}.`) };
      outcomes.set(fix.id, outcome);
      onOutcome?.(fix.id, outcome);
      continue;
    }
    const key = `${fix.pair.protocol}:${fix.pair.provider.pk}`;
    byProvider.set(key, [...(byProvider.get(key) ?? []), fix]);
  }
  await Promise.all(
    [...byProvider.values()].map(async (chain) => {
      for (const fix of chain) {
        let outcome: FixOutcome;
        try {
          const patch = fix.before ? await fix.before.run(client) : fix.fix.patch;
          await moduleOf(fix.pair).patch(client, fix.pair, patch);
          outcome = { ok: true };
        } catch (error) {
          outcome = { ok: false, error };
        }
        outcomes.set(fix.id, outcome);
        onOutcome?.(fix.id, outcome);
      }
    }),
  );
  return outcomes;
}
