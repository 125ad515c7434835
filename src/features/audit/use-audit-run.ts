/** Runs the audit against the connected authentik and keeps its state (audit-run.ts) for the screen. */
import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import { announce } from '../../components/ui/announcer';
import { createAuthentikClient, type AuthentikClient } from '../../lib/authentik/client';
import { createShared, STATUS_LABEL } from '../wizard/engine/checks/run-checks';
import type { CheckUser } from '../wizard/engine/checks/types';
import type { Connection } from '../connection/connection-store';
import type { IntegrationDefinition } from '../wizard/engine/types';
import { auditRun, IDLE, rowCounts } from './audit-run';
import { recheckRow, runAudit, runInstanceChecks, type PairCheckContext } from './run-audit';

/** Requests the audit keeps open at most: enough to be quick, few enough for a busy authentik. */
export const MAX_IN_FLIGHT = 6;

export function useAuditRun(connection: Connection) {
  const [state, dispatch] = useReducer(auditRun, IDLE);
  const controller = useRef<AbortController | null>(null);
  // `choose` stays the same function for every row (the rows are memoised), so it reads the state here.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  // The finished run's client, user, shared catalog reads and definitions: a row is re-checked with them.
  const session = useRef<{ ctx: PairCheckContext; definitions: readonly IntegrationDefinition[] } | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (definitions: readonly IntegrationDefinition[]) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: 'start' });
    // Progress reaches the screen at most every 150 ms, however many applications finish meanwhile.
    let latest = { done: 0, total: null as number | null };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      dispatch({ type: 'progress', ...latest });
    };
    try {
      const client: AuthentikClient = createAuthentikClient(connection.client.target, { maxInFlight: MAX_IN_FLIGHT });
      const user: CheckUser & { roles?: NonNullable<typeof connection.user.roles> } = {
        pk: connection.user.pk,
        is_superuser: connection.user.is_superuser,
        username: connection.user.username,
        email: connection.user.email ?? '',
        ...(connection.user.roles ? { roles: connection.user.roles } : {}),
      };
      const catalog = createShared();
      session.current = { ctx: { client, user, signal: abort.signal, catalog }, definitions };
      const report = await runAudit({
        catalog,
        client,
        user,
        version: connection.version,
        definitions,
        signal: abort.signal,
        onProgress: ({ done, total }) => {
          latest = { done, total };
          timer ??= setTimeout(flush, 150);
        },
      });
      if (timer) clearTimeout(timer);
      if (controller.current !== abort) return;
      // A transition: React renders the report's rows in slices that yield to the page, not in one long task.
      startTransition(() => dispatch({ type: 'finish', report }));
      announce(report.cancelled ? 'Audit stopped.' : `Audit done: ${rowCounts(report.rows).text}.`);
    } catch (error) {
      if (timer) clearTimeout(timer);
      if (controller.current === abort) dispatch({ type: 'fail', error });
    }
  };

  /** Checks one row again as the app the admin picked for it; the report keeps its place. */
  const choose = useCallback(async (key: string, definitionId: string) => {
    const current = session.current;
    const shown = latest.current;
    const report = shown.kind === 'done' || shown.kind === 'stopped' ? shown.report : null;
    const row = report?.rows.find((entry) => entry.key === key);
    const definition = current?.definitions.find((entry) => entry.id === definitionId);
    if (!current || !report || !row || !definition) return;
    // A stopped audit's signal is aborted: a re-check of its own gets a fresh one.
    const ctx = current.ctx.signal.aborted ? { ...current.ctx, signal: new AbortController().signal } : current.ctx;
    const checked = await recheckRow(row, definition, ctx);
    const known = new Set(report.instance.map((finding) => finding.check.id));
    const added = await runInstanceChecks(
      checked.instance
        .filter((check) => !known.has(check.id))
        .map((check) => ({ check, pair: row.pair!, applications: [row.application?.name ?? key] })),
      ctx,
    );
    dispatch({ type: 'row', row: checked.row, instance: added });
    announce(`${row.application?.name ?? key} checked as ${definition.name}: ${STATUS_LABEL[checked.row.status]}.`);
  }, []);

  return { state, start, choose, stop: () => controller.current?.abort() };
}
