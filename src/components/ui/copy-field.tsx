import { useState } from 'react';
import { CopyButton } from './copy-button';

const MASK = '••••••••••••••••';

/**
 * A read-only value with its copy button; secrets stay masked until revealed. A choice (an option
 * picked in the app, not typed) reads “Select <value>” and has nothing to copy.
 */
export function CopyField(props: {
  label: string;
  value: string;
  secret?: boolean | undefined;
  choice?: boolean | undefined;
  help?: string | undefined;
}) {
  const [revealed, setRevealed] = useState(false);
  if (props.choice && props.value !== '') {
    return (
      <div className="copy-field" data-choice>
        <div className="copy-field-label">{props.label}</div>
        <div className="copy-field-row">
          <span className="copy-field-choice">
            Select <strong>{props.value}</strong>
          </span>
        </div>
        {props.help ? <p className="copy-field-help">{props.help}</p> : null}
      </div>
    );
  }
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
