/**
 * The audit as a file for a ticket or a change request: JSON (the whole report) or CSV (one line
 * per finding). Only what the checks concluded goes in; never a provider object, so never a secret.
 */
import { STATUS_LABEL } from '../wizard/engine/checks/run-checks';
import type { AuditReport, AuditRow } from './run-audit';

const rowName = (row: AuditRow) => row.application?.name ?? `(no application) ${row.provider?.name ?? ''}`.trim();

export function auditJson(report: AuditReport): string {
  return `${JSON.stringify(
    {
      authentik: report.base,
      version: report.version,
      startedAt: report.startedAt,
      complete: !report.cancelled && report.refused.length === 0,
      notReadable: report.refused,
      instance: report.instance.map(({ check, applications }) => ({
        check: check.id,
        title: check.title,
        status: check.result.status,
        expected: check.result.expected,
        actual: check.result.actual,
        detail: check.result.detail,
        applications,
      })),
      applications: report.rows.map((row) => ({
        application: row.application,
        provider: row.provider,
        integration: row.integration ? { id: row.integration.id, name: row.integration.name, recognisedBy: row.integration.evidence } : null,
        status: row.status,
        ...(row.note ? { note: row.note } : {}),
        checks: row.checks.map(({ id, title, result }) => ({
          id,
          title,
          status: result.status,
          ...(result.expected !== undefined ? { expected: result.expected } : {}),
          ...(result.actual !== undefined ? { actual: result.actual } : {}),
          ...(result.detail !== undefined ? { detail: result.detail } : {}),
          ...(result.fix ? { fix: result.fix.label } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

/** Characters a spreadsheet reads as the start of a formula, in ASCII and in fullwidth forms. */
const FORMULA = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/**
 * RFC 4180, every cell quoted and its quotes doubled; a cell a spreadsheet would read as a formula
 * (its first non-blank character = + - @, or their fullwidth forms; or a leading tab or CR) gets a
 * leading ' so it stays text.
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditCsv(report: AuditReport): string {
  const header = ['Application', 'Slug', 'Provider', 'Provider type', 'Integration', 'Check', 'Result', 'Expected', 'Actual', 'Detail', 'Fix'];
  const lines = [header];
  for (const row of report.rows) {
    const base = [rowName(row), row.application?.slug ?? '', row.provider?.name ?? '', row.provider?.type ?? '', row.integration?.name ?? ''];
    if (row.checks.length === 0) lines.push([...base, '', STATUS_LABEL[row.status], '', '', row.note ?? '', '']);
    for (const { title, result } of row.checks)
      lines.push([
        ...base,
        title,
        STATUS_LABEL[result.status],
        result.expected ?? '',
        result.actual ?? '',
        result.detail ?? '',
        result.fix?.label ?? '',
      ]);
  }
  for (const { check, applications } of report.instance) {
    lines.push([
      '(this authentik)',
      '',
      '',
      '',
      applications.join('; '),
      check.title,
      STATUS_LABEL[check.result.status],
      check.result.expected ?? '',
      check.result.actual ?? '',
      check.result.detail ?? '',
      '',
    ]);
  }
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
