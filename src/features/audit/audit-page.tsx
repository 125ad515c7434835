/**
 * "Audit my authentik": every application already in the connected authentik, recognised and
 * checked, with the fixes the checks offer collected across applications. Reads only until the
 * admin reviews and applies fixes.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useRouteLoaderData } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert';
import { displayHost } from '../../lib/authentik/base-url';
import type { Connection } from '../connection/connection-store';
import { RequireConnection } from '../connection/require-connection';
import type { CatalogEntry } from '../wizard/engine/types';
import { ROUTE_IDS } from '../wizard/route-ids';
import { reportOf } from './audit-run';
import { AdoptPanel } from './adopt-panel';
import { AuditResults } from './audit-results';
import { auditCsv, auditJson } from './export';
import { FixReview } from './fix-review';
import { PermissionsNote } from './permissions-note';
import { SpCompareContext } from './sp-compare-context';
import { useAuditRun } from './use-audit-run';
import { useFixSelection } from './use-fix-selection';

export function AuditPage() {
  return (
    <section className="page">
      <RequireConnection
        why="Connect to audit the applications in your authentik. The audit only reads; nothing changes unless you review and apply fixes."
        urlParam="ak"
      >
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
  const run = useAuditRun(connection);
  const phase = run.state;
  const report = reportOf(phase);
  const fixes = useFixSelection(connection, report);
  const [remembered] = useState(() => new Map<string, string>());
  const { unselectRow } = fixes;
  const { choose: chooseApp } = run;
  const choose = useCallback(
    async (key: string, definitionId: string) => {
      unselectRow(key);
      await chooseApp(key, definitionId);
    },
    [unselectRow, chooseApp],
  );
  const names = useMemo(() => new Map((definitions.data ?? []).map((definition) => [definition.id, definition.name])), [definitions.data]);

  const start = async () => {
    if (!definitions.data) return;
    fixes.clear();
    await run.start(definitions.data);
  };

  return (
    <div className="stack">
      <h1>Audit your authentik</h1>
      <p className="lead">
        Checks every application in <strong>{host}</strong>, whether this wizard made it or someone set it up by hand, against the mistakes that break
        logins and the settings upgrades changed. It only reads; nothing changes unless you select fixes, review them and apply them.
      </p>
      <PermissionsNote connection={connection} report={report} />

      {definitions.isError ? <ProblemAlert error={definitions.error} host={host} /> : null}
      <div className="actions">
        {phase.kind === 'running' ? (
          <button type="button" className="button-secondary" onClick={run.stop}>
            Stop the audit
          </button>
        ) : (
          <button type="button" className="button-primary" onClick={() => void start()} disabled={!definitions.data}>
            {phase.kind === 'idle' ? 'Start the audit' : 'Audit again'}
          </button>
        )}
        {report ? (
          <>
            <button
              type="button"
              className="button-secondary"
              onClick={() => download(`authentik-audit-${report.startedAt.slice(0, 10)}.csv`, 'text/csv', auditCsv(report))}
            >
              Download CSV
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => download(`authentik-audit-${report.startedAt.slice(0, 10)}.json`, 'application/json', auditJson(report))}
            >
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
        <SpCompareContext
          value={{
            connection,
            host,
            permissions: report.permissions,
            selected: fixes.selected,
            chosen: fixes.chosen,
            outcomes: fixes.outcomes,
            toggle: fixes.toggle,
            offer: fixes.offer,
            review: () => fixes.setReviewing(true),
            remembered,
          }}
        >
          <AuditResults
            report={report}
            candidates={fixes.candidates}
            selected={fixes.selected}
            outcomes={fixes.outcomes}
            onToggle={fixes.toggle}
            onReview={() => fixes.setReviewing(true)}
            chosen={fixes.chosen.length}
            names={names}
            onChoose={choose}
          />
        </SpCompareContext>
      ) : null}
      {report ? <AdoptPanel connection={connection} report={report} /> : null}
      <FixReview
        open={fixes.reviewing}
        fixes={fixes.chosen}
        outcomes={fixes.outcomes}
        host={host}
        onApply={fixes.apply}
        onClose={() => fixes.setReviewing(false)}
        onAuditAgain={() => {
          fixes.setReviewing(false);
          void start();
        }}
      />
    </div>
  );
}
