/** Runs the audit against the connected authentik and keeps its state (audit-run.ts) for the screen. */
import { useEffect, useReducer, useRef } from 'react';
import { announce } from '../../components/ui/announcer';
import { createAuthentikClient } from '../../lib/authentik/client';
import type { Connection } from '../connection/connection-store';
import type { IntegrationDefinition } from '../wizard/engine/types';
import { auditRun, IDLE, rowCounts } from './audit-run';
import { runAudit } from './run-audit';

/** Requests the audit keeps open at most: enough to be quick, few enough for a busy authentik. */
export const MAX_IN_FLIGHT = 6;

export function useAuditRun(connection: Connection) {
  const [state, dispatch] = useReducer(auditRun, IDLE);
  const controller = useRef<AbortController | null>(null);
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
      const client = createAuthentikClient(connection.client.target, { maxInFlight: MAX_IN_FLIGHT });
      const user = {
        pk: connection.user.pk,
        is_superuser: connection.user.is_superuser,
        username: connection.user.username,
        email: connection.user.email ?? '',
        ...(connection.user.roles ? { roles: connection.user.roles } : {}),
      };
      const report = await runAudit({
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
      dispatch({ type: 'finish', report });
      announce(report.cancelled ? 'Audit stopped.' : `Audit done: ${rowCounts(report.rows).text}.`);
    } catch (error) {
      if (timer) clearTimeout(timer);
      if (controller.current === abort) dispatch({ type: 'fail', error });
    }
  };

  return { state, start, stop: () => controller.current?.abort() };
}
