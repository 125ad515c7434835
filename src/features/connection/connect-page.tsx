import { useSearchParams } from 'react-router';
import { ConnectForm } from './connect-form';
import { ConnectionSummary } from './connection-summary';
import { useConnection } from './connection-store';

export function ConnectPage() {
  const connection = useConnection();
  const [params, setParams] = useSearchParams();
  return (
    <section className="page narrow">
      <h1>Connect to your authentik</h1>
      {connection ? (
        <ConnectionSummary connection={connection} />
      ) : (
        <ConnectForm
          defaultUrl={params.get('ak') ?? ''}
          onUrlChange={(base) =>
            setParams(
              (current) => {
                current.set('ak', base);
                return current;
              },
              { replace: true },
            )
          }
        />
      )}
    </section>
  );
}
