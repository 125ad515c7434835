import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A labelled form field: label, optional prefix/suffix around the control, help text and an error
 * that screen readers hear with the control (aria-describedby).
 */
export function Field(props: {
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [props.error ? errorId : null, props.help ? helpId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-invalid={props.error ? true : undefined}>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <div className="field-control">
        {props.prefix ? (
          <span className="field-affix" aria-hidden="true">
            {props.prefix}
          </span>
        ) : null}
        {props.children({ id, 'aria-describedby': describedBy, 'aria-invalid': props.error ? true : undefined })}
        {props.suffix ? (
          <span className="field-affix" aria-hidden="true">
            {props.suffix}
          </span>
        ) : null}
      </div>
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
      {props.help ? (
        <div id={helpId} className="field-help">
          {props.help}
        </div>
      ) : null}
    </div>
  );
}

/** A labelled search box: no autocomplete or spell check, each keystroke reported as text. */
export function SearchField(props: { label: string; help?: ReactNode; value: string; onChange: (value: string) => void }) {
  return (
    <Field label={props.label} help={props.help}>
      {(control) => (
        <input
          {...control}
          type="search"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </Field>
  );
}
