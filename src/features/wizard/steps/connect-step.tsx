import { useNavigate, useSearchParams } from 'react-router';
import { ConnectForm } from '../../connection/connect-form';
import { ConnectionSummary } from '../../connection/connection-summary';
import { useConnection } from '../../connection/connection-store';
import { GENERIC_PARAMS, withParams } from '../engine/wizard-params';
import { stepLink } from '../steps';
import { useWizard } from '../use-wizard';

export function ConnectStep() {
  const { definition } = useWizard();
  const connection = useConnection();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const toReview = () => navigate(stepLink(definition.id, 'review', { search: params }));
  return (
    <div className="stack">
      <h1>Connect to your authentik</h1>
      <p className="lead">The wizard reads your flows and keys and creates the pair with an API token. Nothing is created before you confirm.</p>
      {connection ? (
        <>
          <ConnectionSummary connection={connection} providerModel={definition.protocol.providerModel} />
          <div className="actions step-actions">
            <button type="button" className="button-primary" onClick={toReview}>
              Next: review
            </button>
          </div>
        </>
      ) : (
        <ConnectForm
          defaultUrl={params.get(GENERIC_PARAMS.authentikUrl) ?? ''}
          onUrlChange={(base) => setParams((current) => withParams(current, { [GENERIC_PARAMS.authentikUrl]: base }), { replace: true })}
        />
      )}
    </div>
  );
}
