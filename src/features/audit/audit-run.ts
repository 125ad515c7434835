/**
 * The states of one audit run and how it moves between them: idle until started, running while
 * applications are checked, then done, stopped by the admin (with what was checked so far), or
 * failed before it could list anything. Pure, so every transition is tested on its own.
 */
import type { CheckStatus } from '../wizard/engine/checks/types';
import type { AuditReport, AuditRow, InstanceFinding } from './run-audit';

export type AuditRunState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number | null }
  | { kind: 'done'; report: AuditReport }
  | { kind: 'stopped'; report: AuditReport }
  | { kind: 'failed'; error: unknown };

export type AuditRunEvent =
  | { type: 'start' }
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'finish'; report: AuditReport }
  | { type: 'fail'; error: unknown }
  /** A row checked again as the app the admin chose for it, with the instance findings that choice adds. */
  | { type: 'row'; row: AuditRow; instance: InstanceFinding[] };

export const IDLE: AuditRunState = { kind: 'idle' };

export function auditRun(state: AuditRunState, event: AuditRunEvent): AuditRunState {
  switch (event.type) {
    // Starting again is always possible: a new run replaces whatever was shown.
    case 'start':
      return { kind: 'running', done: 0, total: null };
    // Progress, a result or a failure mean something only while a run is going.
    case 'progress':
      return state.kind === 'running' ? { kind: 'running', done: event.done, total: event.total } : state;
    case 'finish':
      if (state.kind !== 'running') return state;
      return event.report.cancelled ? { kind: 'stopped', report: event.report } : { kind: 'done', report: event.report };
    case 'fail':
      return state.kind === 'running' ? { kind: 'failed', error: event.error } : state;
    case 'row':
      return state.kind === 'done' || state.kind === 'stopped' ? { ...state, report: withRow(state.report, event.row, event.instance) } : state;
  }
}

/** The report with one row replaced (same place in the list) and its instance checks counted once. */
function withRow(report: AuditReport, row: AuditRow, added: readonly InstanceFinding[]): AuditReport {
  if (!report.rows.some((entry) => entry.key === row.key)) return report;
  const name = row.application?.name ?? row.key;
  const known = new Set(report.instance.map((finding) => finding.check.id));
  const instance = [...report.instance, ...added.filter((finding) => !known.has(finding.check.id))].map((finding) =>
    row.instanceChecks?.includes(finding.check.id) && !finding.applications.includes(name)
      ? { ...finding, applications: [...finding.applications, name] }
      : finding,
  );
  return { ...report, rows: report.rows.map((entry) => (entry.key === row.key ? row : entry)), instance };
}

/** The report on screen: a finished run's, or the part a stopped run checked. */
export function reportOf(state: AuditRunState): AuditReport | null {
  return state.kind === 'done' || state.kind === 'stopped' ? state.report : null;
}

export function rowCounts(rows: readonly AuditRow[]) {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const row of rows) counts[row.status] += 1;
  return {
    counts,
    text: `${rows.length} applications and providers: ${counts.fail} failed, ${counts.warn} with warnings, ${counts.unknown} could not be checked, ${counts.pass} passed`,
  };
}
