/**
 * The "Recognised as" cell of an audit row: the app and the evidence, or, when recognition was not
 * sure, the apps it might be and a choice; the row is then checked again as the chosen app.
 */
import { useId, useState } from 'react';
import type { AuditRow } from './run-audit';

/** "A", "A or B", "A, B or C". */
function orList(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
}

export function RecognitionCell(props: {
  row: AuditRow;
  names: ReadonlyMap<string, string>;
  onChoose?: (key: string, definitionId: string) => Promise<void>;
}) {
  const { row } = props;
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const integration = row.integration;
  if (!integration) return <span className="muted">—</span>;
  const candidates = integration.candidates;
  if (!candidates || !row.pair || !props.onChoose) {
    return (
      <>
        {integration.name}
        <div className="muted small">{integration.evidence.join('; ')}</div>
      </>
    );
  }
  const name = row.application?.name ?? row.provider?.name ?? row.key;
  const label = (candidate: string) => props.names.get(candidate) ?? candidate;
  const choose = async (definitionId: string) => {
    setBusy(true);
    setFailed(false);
    try {
      await props.onChoose!(row.key, definitionId);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="audit-recognition">
      {integration.chosen ? (
        <p className="small">Checked as {integration.name}, as you chose.</p>
      ) : (
        <p className="small" data-testid={`audit-unsure-${row.key}`}>
          Not sure: looks like {orList(candidates.map(label))} — choose.
        </p>
      )}
      <label className="small" htmlFor={id}>
        App for {name}
      </label>
      <select id={id} value={integration.id} disabled={busy} onChange={(event) => void choose(event.target.value)}>
        {candidates.map((candidate) => (
          <option key={candidate} value={candidate}>
            {label(candidate)}
          </option>
        ))}
      </select>
      {busy ? <span className="muted small"> Checking…</span> : null}
      {failed ? <p className="small">Could not check it as that app; the result shown is still the one before.</p> : null}
      {integration.chosen ? null : <div className="muted small">{integration.evidence.join('; ')}</div>}
    </div>
  );
}
