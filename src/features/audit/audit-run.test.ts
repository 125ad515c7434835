/** The audit run's states: what the screen shows follows only from these transitions. */
import { describe, expect, it } from 'vitest';
import { auditRun, IDLE, reportOf, rowCounts, type AuditRunState } from './audit-run';
import type { AuditReport, AuditRow } from './run-audit';

const row = (key: string, status: AuditRow['status']): AuditRow => ({
  key,
  application: { name: key, slug: key },
  provider: null,
  integration: null,
  checks: [],
  status,
});
const report = (cancelled: boolean): AuditReport => ({
  base: 'https://authentik.company',
  version: '2026.8.3',
  startedAt: '2026-12-07T10:00:00.000Z',
  durationMs: 1200,
  rows: [row('a', 'fail'), row('b', 'pass')],
  instance: [],
  refused: [],
  requests: { total: 12, peak: 6 },
  cancelled,
  permissions: { all: true, granted: [] },
});
const running: AuditRunState = { kind: 'running', done: 3, total: 10 };
const error = new Error('authentik unreachable');

describe('an audit run moves idle → running → done, stopped or failed', () => {
  it('starting from any state runs afresh, with nothing counted yet', () => {
    for (const state of [
      IDLE,
      running,
      { kind: 'done', report: report(false) },
      { kind: 'stopped', report: report(true) },
      { kind: 'failed', error },
    ] as AuditRunState[]) {
      expect(auditRun(state, { type: 'start' })).toEqual({ kind: 'running', done: 0, total: null });
    }
  });

  it('progress counts the checked applications while running', () => {
    expect(auditRun({ kind: 'running', done: 0, total: null }, { type: 'progress', done: 0, total: 10 })).toEqual({
      kind: 'running',
      done: 0,
      total: 10,
    });
    expect(auditRun(running, { type: 'progress', done: 4, total: 10 })).toEqual({ kind: 'running', done: 4, total: 10 });
  });

  it('a finished run is done; a run the admin stopped keeps what it checked as stopped', () => {
    const done = auditRun(running, { type: 'finish', report: report(false) });
    expect(done).toEqual({ kind: 'done', report: report(false) });
    const stopped = auditRun(running, { type: 'finish', report: report(true) });
    expect(stopped).toEqual({ kind: 'stopped', report: report(true) });
    expect(reportOf(stopped)?.rows).toHaveLength(2);
  });

  it('a run that could not list the applications failed, with the error', () => {
    expect(auditRun(running, { type: 'fail', error })).toEqual({ kind: 'failed', error });
  });

  it('late progress, results or failures of a run that is no longer running change nothing', () => {
    const settled: AuditRunState[] = [
      IDLE,
      { kind: 'done', report: report(false) },
      { kind: 'stopped', report: report(true) },
      { kind: 'failed', error },
    ];
    for (const state of settled) {
      expect(auditRun(state, { type: 'progress', done: 5, total: 10 })).toBe(state);
      expect(auditRun(state, { type: 'finish', report: report(false) })).toBe(state);
      expect(auditRun(state, { type: 'fail', error })).toBe(state);
    }
  });

  it('only a done or stopped run has a report to show', () => {
    expect(reportOf(IDLE)).toBeNull();
    expect(reportOf(running)).toBeNull();
    expect(reportOf({ kind: 'failed', error })).toBeNull();
    expect(reportOf({ kind: 'done', report: report(false) })).toEqual(report(false));
  });

  it('the counts name every status', () => {
    expect(rowCounts(report(false).rows).text).toBe('2 applications and providers: 1 failed, 0 with warnings, 0 could not be checked, 1 passed');
  });
  it('a row checked again as the app the admin chose replaces the old one in place; a new instance finding is listed once', () => {
    const chosen: AuditRow = { ...row('a', 'pass'), instanceChecks: ['username-changes'] };
    const finding = {
      check: { id: 'username-changes', title: 'Users cannot change their username', why: '', result: { status: 'warn' as const } },
      applications: ['a'],
    };
    const next = auditRun({ kind: 'done', report: report(false) }, { type: 'row', row: chosen, instance: [finding] });
    const shown = reportOf(next)!;
    expect(shown.rows.map((entry) => [entry.key, entry.status])).toEqual([
      ['a', 'pass'],
      ['b', 'pass'],
    ]);
    expect(shown.instance).toEqual([finding]);
    // The same finding again (another row chose an app with it) is not listed twice.
    const again = reportOf(auditRun(next, { type: 'row', row: { ...row('b', 'pass'), instanceChecks: ['username-changes'] }, instance: [finding] }))!;
    expect(again.instance).toHaveLength(1);
    expect(again.instance[0]!.applications).toEqual(['a', 'b']);
    // Nothing to replace while running, or for a row the report does not have.
    expect(auditRun(running, { type: 'row', row: chosen, instance: [] })).toBe(running);
    expect(reportOf(auditRun({ kind: 'done', report: report(false) }, { type: 'row', row: row('z', 'fail'), instance: [] }))).toEqual(report(false));
  });
});
