/**
 * "Compare with SP metadata" on a SAML row of the audit: the admin pastes the service provider's
 * current metadata (or chooses its file), it is read with the safe parser, and what differs from
 * the provider is listed, current value next to the metadata's. A difference a PATCH can repair is
 * a fix the admin selects here and reviews with the audit's other fixes; nothing is sent before.
 */
import { MetadataFileButton, MetadataXmlField } from '../../components/ui/metadata-input';
import { useContext, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { Alert } from '../../components/ui/alert';
import { MAX_METADATA_CHARS } from '../../lib/saml-metadata/parse';
import { conflictWith } from './fixes';
import type { AuditRow } from './run-audit';
import { SpCompareContext, type SpCompareActions } from './sp-compare-context';
import { compareRowWithSpMetadata, type SpComparison } from './sp-metadata-comparison';
import { howToGet } from './write-permissions';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; comparison: SpComparison } | { kind: 'failed'; error: unknown };

/** The action, on SAML rows only (hand-made or recognised alike). */
export function SpMetadataCompare({ row }: { row: AuditRow }) {
  const actions = useContext(SpCompareContext);
  if (!actions || row.pair?.protocol !== 'saml') return null;
  return <CompareAction row={row} actions={actions} />;
}

function CompareAction({ row, actions }: { row: AuditRow; actions: SpCompareActions }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [xml, setXml] = useState(() => actions.remembered.get(row.key) ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const name = row.pair!.provider.name;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const compare = async (text: string) => {
    setXml(text);
    actions.remembered.set(row.key, text);
    setState({ kind: 'working' });
    try {
      const comparison =
        typeof DOMParser === 'undefined'
          ? ({ ok: false, error: 'This browser cannot read XML here.' } as const)
          : await compareRowWithSpMetadata(actions.connection.client, row, text, actions.permissions, new DOMParser());
      // A refused document offers nothing (and withdraws what an earlier comparison offered).
      actions.offer(row.key, comparison.ok ? [...comparison.fixes.values()] : []);
      setState({ kind: 'done', comparison });
    } catch (error) {
      actions.offer(row.key, []);
      setState({ kind: 'failed', error });
    }
  };

  const show = () => {
    setOpen(true);
    // The metadata compared before (this page, this row) is compared again: the provider may have changed since.
    if (xml.trim() !== '' && state.kind !== 'working') void compare(xml);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_METADATA_CHARS * 4) {
      setState({
        kind: 'done',
        comparison: {
          ok: false,
          error: `${file.name} is ${Math.round(file.size / 1024)} KB; SP metadata is a few kilobytes. Choose the app’s metadata file.`,
        },
      });
      return;
    }
    await compare(await file.text());
  };

  const selectedHere =
    state.kind === 'done' && state.comparison.ok ? [...state.comparison.fixes.values()].filter((fix) => actions.selected.has(fix.id)) : [];

  return (
    <>
      <button ref={button} type="button" className="button-secondary small" aria-haspopup="dialog" onClick={show}>
        Compare with SP metadata
      </button>
      <dialog
        ref={dialog}
        className="fix-dialog sp-compare"
        aria-labelledby={`${id}-title`}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
      >
        {open ? (
          <div className="stack">
            <h2 id={`${id}-title`}>Compare “{name}” with the SP metadata</h2>
            <p className="muted">
              Paste the service provider’s current metadata (XML) or choose its file. It is read in this browser and compared with the provider in{' '}
              {actions.host}; nothing changes until you review and apply the fixes you select.
            </p>
            <MetadataXmlField id={`${id}-xml`} value={xml} onChange={setXml} />
            <div className="actions">
              <button type="button" className="button-primary" onClick={() => void compare(xml)} disabled={state.kind === 'working'}>
                {state.kind === 'working' ? 'Comparing…' : 'Compare'}
              </button>
              <MetadataFileButton onChoose={(event) => void choose(event)} />
            </div>
            <div aria-live="polite">
              {state.kind === 'failed' ? <ProblemAlert error={state.error} host={actions.host} /> : null}
              {state.kind === 'done' && !state.comparison.ok ? (
                <Alert tone="error" title="This metadata was not used">
                  <p>{state.comparison.error}</p>
                  <p>Nothing was compared and nothing changed.</p>
                </Alert>
              ) : null}
              {state.kind === 'done' && state.comparison.ok ? <Differences comparison={state.comparison} actions={actions} /> : null}
            </div>
            <div className="actions">
              <button
                type="button"
                className="button-primary"
                disabled={actions.chosen.length === 0}
                onClick={() => {
                  setOpen(false);
                  actions.review();
                }}
              >
                Review {actions.chosen.length} selected fix{actions.chosen.length === 1 ? '' : 'es'}
              </button>
              <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
                Close
              </button>
            </div>
            {selectedHere.length > 0 ? (
              <p className="muted small">The fixes selected here are reviewed and applied with the audit’s others.</p>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}

function Differences({ comparison, actions }: { comparison: Extract<SpComparison, { ok: true }>; actions: SpCompareActions }) {
  const { differences, fixes, notes } = comparison;
  return (
    <div className="stack">
      {differences.length === 0 ? (
        <Alert tone="success" title="No difference">
          <p>The provider follows the metadata of {comparison.entityId}.</p>
        </Alert>
      ) : (
        <table className="diff-table" aria-label="Differences from the SP metadata">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">In authentik</th>
              <th scope="col">In the metadata</th>
              <th scope="col">Fix</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => {
              const fix = fixes.get(difference.field);
              const selected = fix ? actions.selected.has(fix.id) : false;
              const conflict = fix && !selected ? conflictWith(fix, actions.chosen) : null;
              const outcome = fix ? actions.outcomes.get(fix.id) : undefined;
              return (
                <tr key={difference.field} data-testid={`sp-difference-${difference.field}`}>
                  <th scope="row">{difference.label}</th>
                  <td data-label="In authentik">
                    <code>{difference.provider || '(empty)'}</code>
                  </td>
                  <td data-label="In the metadata">
                    <code>{difference.metadata}</code>
                  </td>
                  <td data-label="Fix">
                    <p className="small">{difference.advice}</p>
                    {fix?.missing ? (
                      <p className="small audit-fix-denied">Fix not offered. {howToGet(fix.missing)}</p>
                    ) : fix ? (
                      <label className="audit-fix">
                        <input
                          type="checkbox"
                          checked={selected}
                          disabled={Boolean(conflict) || outcome?.ok === true}
                          onChange={() => actions.toggle(fix.id)}
                        />
                        Fix: {fix.fix.label}
                        {conflict ? (
                          <span className="muted small"> (changes the same setting as “{conflict.fix.label}”; apply that first)</span>
                        ) : null}
                        {outcome ? <span className="small"> — {outcome.ok ? 'applied' : 'failed'}</span> : null}
                      </label>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {notes.length > 0 ? (
        <ul className="small">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
