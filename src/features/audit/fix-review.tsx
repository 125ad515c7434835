/** The review of the selected fixes as the exact requests, applied together, each with its outcome. */
import { useEffect, useRef, useState } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { FixDiff } from '../wizard/components/fix-diff';
import type { FixCandidate, FixOutcome } from './fixes';

export function FixReview(props: {
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
                  {fix.before ? (
                    <details>
                      <summary>
                        First <code>{fix.before.request}</code>, whose answer the PATCH uses
                      </summary>
                      <pre className="code">{JSON.stringify(fix.before.body, null, 2)}</pre>
                    </details>
                  ) : null}
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
