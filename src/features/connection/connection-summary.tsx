import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { NEWEST_RELEASE, OLDEST_RELEASE, parseRelease } from '../../lib/authentik/releases';
import { displayHost } from '../../lib/authentik/base-url';
import { permissionsForCreating } from './check-connection';
import { disconnect, type Connection } from './connection-store';

function releaseSupport(version: string): string {
  const parsed = parseRelease(version);
  if (!parsed) return 'not a version the wizard knows';
  if (parsed.supported === 'older') return `older than ${OLDEST_RELEASE}: not supported`;
  if (parsed.supported === 'newer') return `newer than ${NEWEST_RELEASE}: the wizard uses ${NEWEST_RELEASE}'s behaviour`;
  return 'supported';
}

/** Who is connected to which authentik, and whether that user can create a pair. */
export function ConnectionSummary(props: { connection: Connection; providerModel?: string }) {
  const { connection } = props;
  const { user } = connection;
  return (
    <div className="stack" data-testid="connection-summary">
      <Alert tone="success" title={`Connected to ${displayHost(connection.client.target.base)}`}>
        <dl className="facts">
          <dt>Signed in as</dt>
          <dd>
            {user.username}
            {user.name ? ` (${user.name})` : ''}
          </dd>
          <dt>authentik version</dt>
          <dd>{connection.version ? `${connection.version} (${releaseSupport(connection.version)})` : 'not readable with this token'}</dd>
          <dt>Superuser</dt>
          <dd>{user.is_superuser ? 'yes' : 'no'}</dd>
          <dt>Connection</dt>
          <dd>
            {connection.client.target.mode === 'proxy'
              ? 'through the wizard’s local proxy'
              : connection.client.target.mode === 'same-origin'
                ? 'same origin as authentik'
                : 'directly (CORS)'}
          </dd>
        </dl>
        {connection.isDemo ? <p className="badge badge-demo">Simulated demo authentik: nothing here touches a real identity provider.</p> : null}
      </Alert>
      {user.is_superuser ? null : (
        <Alert tone="warning" title="This user is not a superuser">
          <p>Creating an application with its provider needs these permissions; authentik will refuse the request without them:</p>
          <ul>
            {permissionsForCreating(props.providerModel).map((permission) => (
              <li key={permission}>
                <code>{permission}</code>
              </li>
            ))}
          </ul>
          <p>Grant them to a role of this user in authentik (Directory › Roles), or connect with a superuser’s token.</p>
        </Alert>
      )}
      <div className="actions">
        <Link to="/audit">Audit every application in this authentik</Link>
        <button type="button" className="button-ghost" onClick={() => disconnect()}>
          Disconnect
        </button>
      </div>
    </div>
  );
}
