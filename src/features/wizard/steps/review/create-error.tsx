/** What the review shows when Create failed: a lost answer, a rollback, a refusal, or refused values. */
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../../components/problem-alert';
import { Alert } from '../../../../components/ui/alert';
import { permissionsForCreating } from '../../../connection/check-connection';
import { NotAppliedError } from '../../api/pair';
import type { IntegrationDefinition } from '../../engine/types';
import { stepLink } from '../../steps';
import { PermissionList } from './review-parts';
import type { CreatePairState } from './use-create-pair';

export function CreateError(props: { definition: IntegrationDefinition; host: string; state: CreatePairState; onOpen: () => void }) {
  const { definition, host } = props;
  const { create, lostAnswer, settled, conflict, permission, validation, inputErrors, choiceErrors, otherErrors } = props.state;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return lostAnswer ? (
    <>
      <LostAnswer
        state={settled.isPending ? 'checking' : settled.data === 'created' ? 'created' : settled.data === 'absent' ? 'absent' : 'unknown'}
        host={host}
        onOpen={props.onOpen}
      />
      <ProblemAlert error={create.error} host={host} />
    </>
  ) : create.error && !conflict ? (
    create.error instanceof NotAppliedError ? (
      <Alert tone="error" title="authentik did not apply the request">
        <p>
          It answered “applied: false”: the changes were rolled back and nothing was created. This happens when something changed in authentik between
          its check and the save.
        </p>
        {create.error.logs.length > 0 ? (
          <>
            <p>authentik logged:</p>
            <ul className="log-lines">
              {create.error.logs.map((line, index) => (
                <li key={index}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>authentik returned no log lines with it.</p>
        )}
        <p>
          <strong>What to do:</strong> create again; if it keeps happening, look at authentik’s server logs.
        </p>
      </Alert>
    ) : permission ? (
      <PermissionList
        testId="permission-refused"
        title="authentik refused: this user may not create the pair"
        permissions={permissionsForCreating(definition.protocol.providerModel)}
        detail={permission.detail}
      >
        <button type="button" className="button-secondary" onClick={() => navigate(stepLink(definition.id, 'connect', { search: params }))}>
          Connect with another token
        </button>
      </PermissionList>
    ) : validation ? (
      <Alert tone="error" title="authentik refused some values">
        <ul>
          {Object.entries(inputErrors).map(([input, message]) => (
            <li key={input}>
              {definition.inputUi[input]?.label ?? input}: {message}{' '}
              <button
                type="button"
                className="button-ghost button-small"
                onClick={() => navigate(stepLink(definition.id, 'inputs', { search: params }), { state: { serverErrors: { [input]: message } } })}
              >
                Change {definition.inputUi[input]?.label ?? input}
              </button>
            </li>
          ))}
          {Object.entries(choiceErrors).map(([choice, message]) => (
            <li key={choice}>
              {choice}: {message} (see Advanced)
            </li>
          ))}
          {otherErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </Alert>
    ) : (
      <ProblemAlert error={create.error} host={host} />
    )
  ) : null;
}

function LostAnswer(props: { state: 'checking' | 'created' | 'absent' | 'unknown'; host: string; onOpen: () => void }) {
  if (props.state === 'created') {
    return (
      <Alert tone="warning" title="authentik created the pair, but its answer was lost">
        <p>The application exists in {props.host} now. Open it to see its configuration; creating again would make a second pair.</p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={props.onOpen}>
            Open the created pair
          </button>
        </div>
      </Alert>
    );
  }
  return (
    <Alert
      tone={props.state === 'absent' ? 'info' : 'warning'}
      title={props.state === 'absent' ? 'Nothing was created' : 'authentik may have created it'}
    >
      <p role="status">
        {props.state === 'checking'
          ? `The answer from ${props.host} was lost. authentik may have created the pair; checking…`
          : props.state === 'absent'
            ? `The answer from ${props.host} was lost, and authentik has no such application: the request did not arrive. Try again.`
            : `The answer from ${props.host} was lost and the wizard could not check whether the pair exists. Trying again first looks for it, so it is never created twice.`}
      </p>
    </Alert>
  );
}
