/**
 * "Adopt as code": pick audited pairs (hand-made ones too) or all of them, and download a blueprint
 * that takes them over as they are and a Terraform module that imports them. Reads only.
 */
import { ProblemAlert } from '../../components/problem-alert';
import { displayHost } from '../../lib/authentik/base-url';
import type { Connection } from '../connection/connection-store';
import type { AuditReport } from './run-audit';
import { useAdoption } from './use-adoption';

export function AdoptPanel({ connection, report }: { connection: Connection; report: AuditReport }) {
  const adoption = useAdoption(connection, report);
  const { adoptable, selected, state } = adoption;
  const count = selected.size;
  const working = state.kind === 'working';
  if (adoptable.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="adopt-title">
      <h2 id="adopt-title">Adopt as code</h2>
      <p>
        Take over applications that already exist, made by hand or by this wizard: a blueprint whose entries match them by slug and name (applying it
        here changes nothing, applying it to another authentik recreates them) and a Terraform module with <code>import</code> blocks (Terraform 1.5
        or newer). No secret is in either file.
      </p>
      <fieldset className="stack">
        <legend>
          Applications to adopt: {count} of {adoptable.length} selected
        </legend>
        <div className="actions">
          <button type="button" className="button-secondary" onClick={adoption.selectAll} disabled={count === adoptable.length}>
            Select all {adoptable.length}
          </button>
          <button type="button" className="button-secondary" onClick={adoption.selectNone} disabled={count === 0}>
            Select none
          </button>
        </div>
        <ul
          className="plain-list"
          style={{ maxHeight: '16rem', overflowY: 'auto', listStyle: 'none', paddingLeft: 0, margin: 0 }}
          data-testid="adopt-list"
        >
          {adoptable.map((row) => (
            <li key={row.key}>
              <label style={{ overflowWrap: 'anywhere' }}>
                <input
                  type="checkbox"
                  checked={selected.has(row.key)}
                  onChange={() => adoption.toggle(row.key)}
                  aria-label={`Adopt: ${row.application?.name ?? row.key} (${row.key})`}
                />{' '}
                {row.application?.name ?? row.key} <span className="muted">({row.key})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        <button type="button" className="button-primary" disabled={count === 0 || working} onClick={() => void adoption.download('blueprint')}>
          Download blueprint
        </button>
        <button type="button" className="button-secondary" disabled={count === 0 || working} onClick={() => void adoption.download('terraform')}>
          Download Terraform
        </button>
      </div>
      <p className="muted" role="status" data-testid="adopt-status">
        {working
          ? `Reading what the ${count} selected application${count === 1 ? '' : 's'} use…`
          : state.kind === 'done'
            ? `${state.adoption.adopted.length} application${state.adoption.adopted.length === 1 ? '' : 's'} in the files.`
            : count === 0
              ? 'Select the applications to adopt.'
              : ''}
      </p>
      {state.kind === 'done' && state.adoption.skipped.length > 0 ? (
        <div className="stack">
          <p>Left out (also said at the top of each file):</p>
          <ul>
            {state.adoption.skipped.map((item) => (
              <li key={item.slug}>
                <strong>{item.slug}</strong>: {item.reason}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <ProblemAlert error={state.error} host={displayHost(connection.client.target.base)}>
          <p>
            The files could not be made (reading the flows, keys and mappings the applications use, or writing the files). Nothing was changed and
            your selection is kept: try again.
          </p>
        </ProblemAlert>
      ) : null}
    </section>
  );
}
