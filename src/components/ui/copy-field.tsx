import { useState } from 'react';
import { CopyButton } from './copy-button';

const MASK = '••••••••••••••••';

/** A read-only value with its copy button; secrets stay masked until revealed. */
export function CopyField(props: { label: string; value: string; secret?: boolean | undefined; help?: string | undefined }) {
  const [revealed, setRevealed] = useState(false);
  const masked = props.secret && !revealed;
  const empty = props.value === '';
  return (
    <div className="copy-field">
      <div className="copy-field-label">{props.label}</div>
      <div className="copy-field-row">
        <code className="copy-field-value" data-secret={props.secret ? true : undefined} aria-label={masked ? `${props.label} (hidden)` : undefined}>
          {empty ? <span className="muted">(leave empty)</span> : masked ? MASK : props.value}
        </code>
        <div className="copy-field-actions">
          {props.secret ? (
            <button
              type="button"
              className="button-ghost button-small"
              aria-pressed={revealed}
              aria-label={`${revealed ? 'Hide' : 'Reveal'} ${props.label}`}
              onClick={() => setRevealed((r) => !r)}
            >
              {revealed ? 'Hide' : 'Reveal'}
            </button>
          ) : null}
          {empty ? null : <CopyButton value={props.value} label={props.label} />}
        </div>
      </div>
      {props.help ? <p className="copy-field-help">{props.help}</p> : null}
    </div>
  );
}
