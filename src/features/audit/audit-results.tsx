/** A finished (or stopped) audit: the counts, findings about authentik itself, and the applications to filter, sort and fix. */
import { useMemo, useState } from 'react';
import { STATUS_LABEL } from '../wizard/engine/checks/run-checks';
import type { CheckStatus } from '../wizard/engine/checks/types';
import { rowCounts } from './audit-run';
import { AuditTableRow } from './audit-table-row';
import type { FixCandidate, FixOutcome } from './fixes';
import type { AuditReport, AuditRow } from './run-audit';

const STATUS_ORDER: Record<CheckStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3 };

/**
 * Rows drawn at a time: rendering 2,000 rows at once blocks the page for seconds; a few hundred
 * stay under a frame budget of ~100 ms, and the rest come on demand (sorting and filtering see all).
 */
export const ROWS_PER_PAGE = 200;

type SortKey = 'status' | 'name' | 'integration';

export function AuditResults(props: {
  report: AuditReport;
  candidates: FixCandidate[];
  selected: ReadonlySet<string>;
  outcomes: ReadonlyMap<string, FixOutcome>;
  chosen: number;
  onToggle: (id: string) => void;
  onReview: () => void;
  names: ReadonlyMap<string, string>;
  onChoose?: (key: string, definitionId: string) => Promise<void>;
}) {
  const { report } = props;
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<CheckStatus | 'all'>('all');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'status', ascending: true });
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const { counts, text } = rowCounts(report.rows);
  const rows = useMemo(() => {
    const term = search.trim().toLowerCase();
    const name = (row: AuditRow) => row.application?.name ?? row.provider?.name ?? '';
    const value = (row: AuditRow): string | number =>
      sort.key === 'status' ? STATUS_ORDER[row.status] : sort.key === 'name' ? name(row).toLowerCase() : (row.integration?.name ?? '~').toLowerCase();
    return report.rows
      .filter((row) => show === 'all' || row.status === show)
      .filter(
        (row) =>
          term === '' ||
          [name(row), row.application?.slug ?? '', row.provider?.name ?? '', row.integration?.name ?? ''].some((field) =>
            field.toLowerCase().includes(term),
          ),
      )
      .sort((a, b) => {
        const left = value(a);
        const right = value(b);
        const order = left < right ? -1 : left > right ? 1 : name(a).localeCompare(name(b));
        return sort.ascending ? order : -order;
      });
  }, [report.rows, search, show, sort]);
  const bySort = (key: SortKey) => (sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none');
  const sortBy = (key: SortKey) => setSort((current) => ({ key, ascending: current.key === key ? !current.ascending : true }));
  const fixesByRow = useMemo(() => {
    const map = new Map<string, FixCandidate[]>();
    for (const candidate of props.candidates) map.set(candidate.row.key, [...(map.get(candidate.row.key) ?? []), candidate]);
    return map;
  }, [props.candidates]);
  const chosenList = props.candidates.filter((candidate) => props.selected.has(candidate.id));

  return (
    <>
      <section className="card" aria-labelledby="audit-summary-title">
        <h2 id="audit-summary-title">Result</h2>
        <p data-testid="audit-summary">{report.cancelled ? `Stopped. ${text}.` : `${text}.`}</p>
        <ul className="verify-counts" aria-label="Counts">
          <li data-status="fail">Failed: {counts.fail}</li>
          <li data-status="warn">Warnings: {counts.warn}</li>
          <li data-status="unknown">Could not check: {counts.unknown}</li>
          <li data-status="pass">Passed: {counts.pass}</li>
        </ul>
        <p className="muted" data-testid="audit-measure">
          Took {(report.durationMs / 1000).toFixed(1)} s, {report.requests.total} requests, at most {report.requests.peak} at a time.
        </p>
      </section>

      {report.instance.some((finding) => finding.check.result.status !== 'pass') ? (
        <section className="card" aria-labelledby="audit-instance-title">
          <h2 id="audit-instance-title">This authentik</h2>
          <ul className="audit-findings">
            {report.instance
              .filter((finding) => finding.check.result.status !== 'pass')
              .map(({ check, applications }) => (
                <li key={check.id}>
                  <span className={`check-status check-status-${check.result.status}`}>{STATUS_LABEL[check.result.status]}</span>{' '}
                  <strong>{check.title}</strong>
                  <p>{check.result.detail ?? check.result.actual}</p>
                  <p className="muted">Matters for: {applications.join(', ')}</p>
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="audit-apps-title" className="stack">
        <h2 id="audit-apps-title">Applications</h2>
        <div className="audit-filters">
          <label>
            Find an application
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name, slug, provider or app" />
          </label>
          <label>
            Show
            <select value={show} onChange={(event) => setShow(event.target.value as CheckStatus | 'all')}>
              <option value="all">All ({report.rows.length})</option>
              <option value="fail">Failed ({counts.fail})</option>
              <option value="warn">Warnings ({counts.warn})</option>
              <option value="unknown">Could not check ({counts.unknown})</option>
              <option value="pass">Passed ({counts.pass})</option>
            </select>
          </label>
          <button type="button" id="audit-review-button" className="button-primary" disabled={props.chosen === 0} onClick={props.onReview}>
            Review {props.chosen} selected fix{props.chosen === 1 ? '' : 'es'}
          </button>
        </div>
        <p className="muted" aria-live="polite">
          Showing {Math.min(limit, rows.length)} of {rows.length}
          {rows.length === report.rows.length ? '' : ` matching (${report.rows.length} in all)`}.
        </p>
        <div className="table-scroll">
          <table className="audit-table" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader" aria-sort={bySort('name')}>
                  <button type="button" className="sort" onClick={() => sortBy('name')}>
                    Application
                  </button>
                </th>
                <th scope="col" role="columnheader" aria-sort={bySort('integration')}>
                  <button type="button" className="sort" onClick={() => sortBy('integration')}>
                    Recognised as
                  </button>
                </th>
                <th scope="col" role="columnheader">
                  Provider
                </th>
                <th scope="col" role="columnheader" aria-sort={bySort('status')}>
                  <button type="button" className="sort" onClick={() => sortBy('status')}>
                    Result
                  </button>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rows.slice(0, limit).map((row) => (
                <AuditTableRow
                  key={row.key}
                  row={row}
                  fixes={fixesByRow.get(row.key)}
                  selected={props.selected}
                  chosen={chosenList}
                  outcomes={props.outcomes}
                  onToggle={props.onToggle}
                  names={props.names}
                  onChoose={props.onChoose}
                />
              ))}
            </tbody>
          </table>
        </div>
        {rows.length > limit ? (
          <button type="button" className="button-secondary" onClick={() => setLimit((current) => current + ROWS_PER_PAGE)}>
            Show {Math.min(ROWS_PER_PAGE, rows.length - limit)} more of {rows.length - limit}
          </button>
        ) : null}
      </section>
    </>
  );
}
