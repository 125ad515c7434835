import type { ReactNode } from 'react';
import { explainProblem } from '../lib/authentik/problem-messages';
import { isApiError } from '../lib/authentik/problem';
import { Alert } from './ui/alert';

/** Explains any failure of an authentik call: what happened and what to do. */
export function ProblemAlert(props: { error: unknown; host: string; children?: ReactNode }) {
  if (!isApiError(props.error)) {
    return (
      <Alert tone="error" title="Something went wrong">
        <p>{props.error instanceof Error ? props.error.message : String(props.error)}</p>
        {props.children}
      </Alert>
    );
  }
  const explained = explainProblem(props.error.problem, props.host);
  return (
    <Alert tone="error" title={explained.title} testId={`problem-${props.error.problem.kind}`}>
      <p className="pre-line">{explained.detail}</p>
      {explained.deployments ? (
        <>
          <p>
            <strong>What to do:</strong> check the address. If it is right, open the wizard in one of the three ways that reach authentik:
          </p>
          <ol data-testid="deployments">
            {explained.deployments.map((deployment) => (
              <li key={deployment.title}>
                <strong>{deployment.title}.</strong> {deployment.text}{' '}
                <a href={deployment.href} target="_blank" rel="noreferrer">
                  {deployment.section}
                </a>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>
          <strong>What to do:</strong> {explained.action}
        </p>
      )}
      {props.children}
    </Alert>
  );
}
