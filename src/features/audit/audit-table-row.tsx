/** One application of the audit: how it was recognised, its provider, what failed and the fixes offered. */
import { memo } from 'react';
import { Link } from 'react-router';
import { STATUS_LABEL } from '../wizard/engine/checks/run-checks';
import { stepLink } from '../wizard/steps';
import { conflictWith, type FixCandidate, type FixOutcome } from './fixes';
import type { AuditRow } from './run-audit';
import { SpMetadataCompare } from './sp-metadata-compare';
import { RecognitionCell } from './recognition-cell';
import { howToGet } from './write-permissions';

export const AuditTableRow = memo(function AuditTableRow(props: {
  row: AuditRow;
  fixes: FixCandidate[] | undefined;
  selected: ReadonlySet<string>;
  chosen: FixCandidate[];
  outcomes: ReadonlyMap<string, FixOutcome>;
  onToggle: (id: string) => void;
  /** Catalog app names by id, for the apps an unsure row might be. */
  names: ReadonlyMap<string, string>;
  onChoose?: (key: string, definitionId: string) => Promise<void>;
}) {
  const { row } = props;
  const findings = row.checks.filter((check) => check.result.status !== 'pass');
  const name = row.application?.name ?? row.provider?.name ?? '';
  return (
    <tr role="row" data-testid={`audit-row-${row.key}`} data-status={row.status}>
      <th scope="row" role="rowheader">
        {row.application ? name : <em>No application</em>}
        <div className="muted">{row.application ? <code>{row.application.slug}</code> : `Provider “${row.provider?.name ?? ''}”`}</div>
      </th>
      <td role="cell" data-label="Recognised as">
        <RecognitionCell row={row} names={props.names} onChoose={props.onChoose} />
      </td>
      <td role="cell" data-label="Provider">
        {row.provider ? (
          <>
            {row.provider.name}
            <div className="muted small">{row.provider.type}</div>
          </>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td role="cell" data-label="Result">
        <span className={`check-status check-status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
        {row.checks.length > 0 ? (
          <div className="muted small">
            {row.checks.length - findings.length} of {row.checks.length} checks passed
            {row.instanceChecks?.length
              ? `; ${row.instanceChecks.length} more about this authentik, reported once above (${row.checks.length + row.instanceChecks.length} in all, as on its verify page)`
              : ''}
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
                  {fix?.missing ? (
                    <p className="small audit-fix-denied" data-testid={`fix-denied-${fix.id}`}>
                      Fix not offered: {fix.fix.label}. {howToGet(fix.missing)}
                    </p>
                  ) : fix ? (
                    <label className="audit-fix">
                      <input
                        type="checkbox"
                        checked={props.selected.has(fix.id)}
                        disabled={Boolean(conflict) || outcome?.ok === true}
                        onChange={() => props.onToggle(fix.id)}
                      />
                      Fix: {fix.fix.label}
                      {conflict ? (
                        <span className="muted small"> (changes the same setting as “{conflict.fix.label}”; apply that first, then audit again)</span>
                      ) : null}
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
        <SpMetadataCompare row={row} />
      </td>
    </tr>
  );
});
