import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ConnectForm } from './connect-form';
import { useConnection, useRestoring, type Connection } from './connection-store';

/** Renders its children with the live connection, or asks for one first (a reload forgets the token). */
export function RequireConnection(props: { why: string; urlParam: string; children: (connection: Connection) => ReactNode }) {
  const connection = useConnection();
  const restoring = useRestoring();
  const [params, setParams] = useSearchParams();
  if (connection) return <>{props.children(connection)}</>;
  if (restoring) return <p role="status">Reconnecting with the token kept in this tab…</p>;
  return (
    <div className="stack">
      <h1>Connect to your authentik</h1>
      <p className="lead">{props.why}</p>
      <ConnectForm
        defaultUrl={params.get(props.urlParam) ?? ''}
        onUrlChange={(base) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              next.set(props.urlParam, base);
              return next;
            },
            { replace: true },
          )
        }
      />
    </div>
  );
}
