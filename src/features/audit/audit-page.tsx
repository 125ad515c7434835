/**
 * "Audit my authentik": every application already in the connected authentik, recognised and
 * checked, with the fixes the checks offer collected across applications. Reads only until the
 * admin reviews and applies fixes.
 */
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useRouteLoaderData } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert';
import { Alert } from '../../components/ui/alert';
import { announce } from '../../components/ui/announcer';
import { createAuthentikClient } from '../../lib/authentik/client';
import { displayHost } from '../../lib/authentik/base-url';
import type { Connection } from '../connection/connection-store';
import { RequireConnection } from '../connection/require-connection';
import { STATUS_LABEL } from '../wizard/engine/checks/run-checks';
import type { CheckStatus } from '../wizard/engine/checks/types';
import type { CatalogEntry } from '../wizard/engine/types';
import { ROUTE_IDS } from '../wizard/route-ids';
import { FixDiff } from '../wizard/components/fix-diff';
import { stepLink } from '../wizard/steps';
import { auditCsv, auditJson } from './export';
import { applyFixes, conflictWith, fixCandidates, type FixCandidate, type FixOutcome } from './fixes';
import { runAudit, type AuditReport, type AuditRow } from './run-audit';

/** What a complete audit reads, and what the fixes change. */
export const AUDIT_PERMISSIONS = [
  'authentik_core.view_application',
  'authentik_core.view_provider',
  'authentik_providers_oauth2.view_oauth2provider',
  'authentik_providers_saml.view_samlprovider',
  'authentik_crypto.view_certificatekeypair',
  'authentik_events.view_event',
  'authentik_rbac.view_system_settings',
];
export const FIX_PERMISSIONS = ['authentik_providers_oauth2.change_oauth2provider', 'authentik_providers_saml.change_samlprovider'];

/** Requests the audit keeps open at most: enough to be quick, few enough for a busy authentik. */
const MAX_IN_FLIGHT = 6;
const STATUS_ORDER: Record<CheckStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3 };

export function AuditPage() {
  return (
    <section className="page">
      <RequireConnection why="Connect to audit the applications in your authentik. The audit only reads; nothing changes unless you review and apply fixes." urlParam="ak">
        {(connection) => <AuditScreen connection={connection} />}
      </RequireConnection>
    </section>
  );
}

function useDefinitions() {
  const catalog = useRouteLoaderData(ROUTE_IDS.root) as readonly CatalogEntry[];
  return useQuery({
    queryKey: ['catalog-definitions', catalog.map((entry) => entry.id).join(',')],
    queryFn: async () => {
      const { compileIntegration } = await import('../wizard/engine/compile');
      return Promise.all(catalog.map(async (entry) => compileIntegration(entry, (await entry.load()).default)));
    },
    staleTime: Infinity,
  });
}

type Phase = { kind: 'idle' } | { kind: 'running'; done: number; total: number | null } | { kind: 'done'; report: AuditReport } | { kind: 'failed'; error: unknown };

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function AuditScreen({ connection }: { connection: Connection }) {
  const definitions = useDefinitions();
  const host = displayHost(connection.client.target.base);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reviewing, setReviewing] = useState(false);
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, FixOutcome>>(new Map());
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    if (!definitions.data) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setSelected(new Set());
    setOutcomes(new Map());
    setPhase({ kind: 'running', done: 0, total: null });
    // Progress reaches the screen at most every 150 ms, however many applications finish meanwhile.
    let latest = { done: 0, total: null as number | null };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      setPhase((current) => (current.kind === 'running' ? { kind: 'running', ...latest } : current));
    };
    try {
      const client = createAuthentikClient(connection.client.target, { maxInFlight: MAX_IN_FLIGHT });
      const user = { pk: connection.user.pk, is_superuser: connection.user.is_superuser, username: connection.user.username, email: connection.user.email ?? '' };
      const report = await runAudit({
        client,
        user,
        version: connection.version,
        definitions: definitions.data,
        signal: abort.signal,
        onProgress: ({ done, total }) => {
          latest = { done, total };
          timer ??= setTimeout(flush, 150);
        },
      });
      if (timer) clearTimeout(timer);
      if (controller.current !== abort) return;
      setPhase({ kind: 'done', report });
      announce(report.cancelled ? 'Audit stopped.' : `Audit done: ${rowCounts(report.rows).text}.`);
    } catch (error) {
      if (timer) clearTimeout(timer);
      if (controller.current === abort) setPhase({ kind: 'failed', error });
    }
  };
  const cancel = () => controller.current?.abort();

  const report = phase.kind === 'done' ? phase.report : null;
  const candidates = useMemo(() => (report ? fixCandidates(report) : []), [report]);
  const chosen = candidates.filter((candidate) => selected.has(candidate.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="stack">
      <h1>Audit your authentik</h1>
      <p className="lead">
        Checks every application in <strong>{host}</strong>, whether this wizard made it or someone set it up by hand, against the mistakes that break logins and the settings
        upgrades changed. It only reads; nothing changes unless you select fixes, review them and apply them.
      </p>
      <PermissionsNote connection={connection} report={report} />

      {definitions.isError ? <ProblemAlert error={definitions.error} host={host} /> : null}
      <div className="actions">
        {phase.kind === 'running' ? (
          <button type="button" className="button-secondary" onClick={cancel}>
            Stop the audit
          </button>
        ) : (
          <button type="button" className="button-primary" onClick={() => void start()} disabled={!definitions.data}>
            {phase.kind === 'idle' ? 'Start the audit' : 'Audit again'}
          </button>
        )}
        {report ? (
          <>
            <button type="button" className="button-secondary" onClick={() => download(`authentik-audit-${report.startedAt.slice(0, 10)}.csv`, 'text/csv', auditCsv(report))}>
              Download CSV
            </button>
            <button type="button" className="button-secondary" onClick={() => download(`authentik-audit-${report.startedAt.slice(0, 10)}.json`, 'application/json', auditJson(report))}>
              Download JSON
            </button>
          </>
        ) : null}
      </div>

      {phase.kind === 'running' ? (
        <div className="progress card">
          <progress max={phase.total ?? 1} value={phase.total ? phase.done : undefined} aria-label="Applications checked" />
          <span role="status" aria-live="polite">
            {phase.total === null ? 'Reading the applications and providers…' : `Checked ${phase.done} of ${phase.total} applications…`}
          </span>
        </div>
      ) : null}
      {phase.kind === 'failed' ? (
        <ProblemAlert error={phase.error} host={host}>
          <p>The audit could not read the list of applications. Nothing was changed.</p>
        </ProblemAlert>
      ) : null}
      {report ? (
        <AuditResults
          report={report}
          candidates={candidates}
          selected={selected}
          outcomes={outcomes}
          onToggle={toggle}
          onReview={() => setReviewing(true)}
          chosen={chosen.length}
        />
      ) : null}
      <FixReview
        open={reviewing}
        fixes={chosen}
        outcomes={outcomes}
        host={host}
        onApply={async () => {
          const client = createAuthentikClient(connection.client.target, { maxInFlight: MAX_IN_FLIGHT });
          const results = await applyFixes(client, chosen, (id, outcome) => setOutcomes((current) => new Map(current).set(id, outcome)));
          const failed = [...results.values()].filter((outcome) => !outcome.ok).length;
          announce(failed === 0 ? `Applied ${results.size} fixes. Audit again to confirm.` : `${results.size - failed} fixes applied, ${failed} failed.`);
        }}
        onClose={() => setReviewing(false)}
        onAuditAgain={() => {
          setReviewing(false);
          void start();
        }}
      />
    </div>
  );
}

function PermissionsNote({ connection, report }: { connection: Connection; report: AuditReport | null }) {
  const refused = report?.refused ?? [];
  if (connection.user.is_superuser && refused.length === 0) {
    return (
      <Alert tone="info" title="Your user is a superuser">
        <p>The audit sees every application. Fixes change providers only after you review them.</p>
      </Alert>
    );
  }
  return (
    <Alert tone="warning" title={refused.length > 0 ? 'This token could not read everything' : 'This user is not a superuser'}>
      {refused.length > 0 ? (
        <ul>
          {refused.map((refusal) => (
            <li key={refusal.permission}>
              Not readable: {refusal.what} (needs <code>{refusal.permission}</code>)
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        authentik shows a user only what the user may view, and lists every application only to superusers. A complete audit needs view permissions:{' '}
        {AUDIT_PERMISSIONS.map((permission, index) => (
          <span key={permission}>
            {index > 0 ? ', ' : ''}
            <code>{permission}</code>
          </span>
        ))}
        . Fixes also need{' '}
        {FIX_PERMISSIONS.map((permission, index) => (
          <span key={permission}>
            {index > 0 ? ' and ' : ''}
            <code>{permission}</code>
          </span>
        ))}
        .
      </p>
    </Alert>
  );
}

function rowCounts(rows: readonly AuditRow[]) {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { counts, text: `${rows.length} applications and providers: ${counts.fail} failed, ${counts.warn} with warnings, ${counts.unknown} could not be checked, ${counts.pass} passed` };
}

type SortKey = 'status' | 'name' | 'integration';

function AuditResults(props: {
  report: AuditReport;
  candidates: FixCandidate[];
  selected: ReadonlySet<string>;
  outcomes: ReadonlyMap<string, FixOutcome>;
  chosen: number;
  onToggle: (id: string) => void;
  onReview: () => void;
}) {
  const { report } = props;
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<CheckStatus | 'all'>('all');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'status', ascending: true });
  const { counts, text } = rowCounts(report.rows);
  const rows = useMemo(() => {
    const term = search.trim().toLowerCase();
    const name = (row: AuditRow) => row.application?.name ?? row.provider?.name ?? '';
    const value = (row: AuditRow): string | number => (sort.key === 'status' ? STATUS_ORDER[row.status] : sort.key === 'name' ? name(row).toLowerCase() : (row.integration?.name ?? '~').toLowerCase());
    return report.rows
      .filter((row) => show === 'all' || row.status === show)
      .filter((row) => term === '' || [name(row), row.application?.slug ?? '', row.provider?.name ?? '', row.integration?.name ?? ''].some((field) => field.toLowerCase().includes(term)))
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
                  <span className={`check-status check-status-${check.result.status}`}>{STATUS_LABEL[check.result.status]}</span> <strong>{check.title}</strong>
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
          Showing {rows.length} of {report.rows.length}.
        </p>
        <div className="table-scroll">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col" aria-sort={bySort('name')}>
                  <button type="button" className="sort" onClick={() => sortBy('name')}>
                    Application
                  </button>
                </th>
                <th scope="col" aria-sort={bySort('integration')}>
                  <button type="button" className="sort" onClick={() => sortBy('integration')}>
                    Recognised as
                  </button>
                </th>
                <th scope="col">Provider</th>
                <th scope="col" aria-sort={bySort('status')}>
                  <button type="button" className="sort" onClick={() => sortBy('status')}>
                    Result
                  </button>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <AuditTableRow key={row.key} row={row} fixes={fixesByRow.get(row.key)} selected={props.selected} chosen={chosenList} outcomes={props.outcomes} onToggle={props.onToggle} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

const AuditTableRow = memo(function AuditTableRow(props: {
  row: AuditRow;
  fixes: FixCandidate[] | undefined;
  selected: ReadonlySet<string>;
  chosen: FixCandidate[];
  outcomes: ReadonlyMap<string, FixOutcome>;
  onToggle: (id: string) => void;
}) {
  const { row } = props;
  const findings = row.checks.filter((check) => check.result.status !== 'pass');
  const name = row.application?.name ?? row.provider?.name ?? '';
  return (
    <tr data-testid={`audit-row-${row.key}`} data-status={row.status}>
      <th scope="row">
        {row.application ? name : <em>No application</em>}
        <div className="muted">{row.application ? <code>{row.application.slug}</code> : `Provider “${row.provider?.name ?? ''}”`}</div>
      </th>
      <td>
        {row.integration ? (
          <>
            {row.integration.name}
            <div className="muted small">{row.integration.evidence.join('; ')}</div>
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        {row.provider ? (
          <>
            {row.provider.name}
            <div className="muted small">{row.provider.type}</div>
          </>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td>
        <span className={`check-status check-status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
        {row.checks.length > 0 ? (
          <div className="muted small">
            {row.checks.length - findings.length} of {row.checks.length} checks passed
          </div>
        ) : null}
        {row.note ? <p className="small">{row.note}</p> : null}
        {findings.length > 0 ? (
          <ul className="audit-findings">
            {findings.map((check) => {
              const fix = props.fixes?.find((candidate) => candidate.check.id === check.id);
              const conflict = fix && !props.selected.has(fix.id) ? conflictWith(fix, props.chosen) : null;
              const outcome = fix ? props.outcomes.get(fix.id) : undefined;
              return (
                <li key={check.id}>
                  <span className={`check-status check-status-${check.result.status}`}>{STATUS_LABEL[check.result.status]}</span> {check.title}
                  {check.result.detail ? <div className="small">{check.result.detail}</div> : null}
                  {fix ? (
                    <label className="audit-fix">
                      <input type="checkbox" checked={props.selected.has(fix.id)} disabled={Boolean(conflict) || outcome?.ok === true} onChange={() => props.onToggle(fix.id)} />
                      Fix: {fix.fix.label}
                      {conflict ? <span className="muted small"> (changes the same setting as “{conflict.fix.label}”; apply that first, then audit again)</span> : null}
                      {outcome ? <span className="small"> — {outcome.ok ? 'applied' : 'failed'}</span> : null}
                    </label>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {row.application && row.integration && row.pair ? (
          <Link className="small" to={stepLink(row.integration.id, 'verify', { slug: row.application.slug })}>
            Verify {name}
          </Link>
        ) : null}
      </td>
    </tr>
  );
});

function FixReview(props: {
  open: boolean;
  fixes: FixCandidate[];
  outcomes: ReadonlyMap<string, FixOutcome>;
  host: string;
  onApply: () => Promise<void>;
  onClose: () => void;
  onAuditAgain: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [applying, setApplying] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);
  const finished = props.fixes.length > 0 && props.fixes.every((fix) => props.outcomes.has(fix.id));
  return (
    <dialog
      ref={dialog}
      className="fix-dialog audit-review"
      aria-labelledby="audit-review-title"
      // Focus goes back to where the review was opened from (or the restarted audit's controls).
      onClose={() => document.getElementById('audit-review-button')?.focus()}
      onCancel={(event) => {
        event.preventDefault();
        if (!applying) props.onClose();
      }}
    >
      {props.open ? (
        <div className="stack">
          <h2 id="audit-review-title">Review {props.fixes.length} fixes</h2>
          <p>Each fix is one PATCH of one provider in authentik, sent on its own; one that fails does not stop the others.</p>
          <ol className="audit-review-list">
            {props.fixes.map((fix) => {
              const outcome = props.outcomes.get(fix.id);
              return (
                <li key={fix.id} data-testid={`fix-${fix.id}`}>
                  <h3>
                    {fix.row.application?.name ?? fix.row.provider?.name}: {fix.fix.label}
                  </h3>
                  <p className="muted">
                    <code>{fix.request}</code> (provider “{fix.pair.provider.name}”)
                  </p>
                  <FixDiff changes={fix.fix.describe} />
                  <details>
                    <summary>Request body</summary>
                    <pre className="code">{JSON.stringify(fix.fix.patch, null, 2)}</pre>
                  </details>
                  {outcome ? (
                    outcome.ok ? (
                      <p className="audit-outcome" data-outcome="applied">
                        ✓ Applied
                      </p>
                    ) : (
                      <ProblemAlert error={outcome.error} host={props.host} />
                    )
                  ) : null}
                </li>
              );
            })}
          </ol>
          <div className="actions">
            {finished ? (
              <button type="button" className="button-primary" onClick={props.onAuditAgain}>
                Audit again
              </button>
            ) : (
              <button
                type="button"
                className="button-primary"
                disabled={applying}
                onClick={async () => {
                  setApplying(true);
                  try {
                    await props.onApply();
                  } finally {
                    setApplying(false);
                  }
                }}
              >
                {applying ? 'Applying…' : `Apply ${props.fixes.length} fixes`}
              </button>
            )}
            <button type="button" className="button-secondary" onClick={props.onClose} disabled={applying}>
              {finished ? 'Close' : 'Cancel'}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
