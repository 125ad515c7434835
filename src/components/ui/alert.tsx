import type { ReactNode } from 'react';

type Tone = 'error' | 'warning' | 'info' | 'success';

/** Errors interrupt (role=alert); everything else is announced politely (role=status). */
export function Alert(props: { tone: Tone; title: ReactNode; children?: ReactNode; testId?: string }) {
  return (
    <div className={`alert alert-${props.tone}`} role={props.tone === 'error' ? 'alert' : 'status'} data-testid={props.testId}>
      <p className="alert-title">{props.title}</p>
      {props.children ? <div className="alert-body">{props.children}</div> : null}
    </div>
  );
}
