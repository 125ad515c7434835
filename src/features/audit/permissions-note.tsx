import { Alert } from '../../components/ui/alert';
import type { Connection } from '../connection/connection-store';
import type { AuditReport } from './run-audit';

/** What a complete audit reads, and what the fixes change. */
export const AUDIT_PERMISSIONS = [
  'authentik_core.view_application',
  'authentik_core.view_provider',
  'authentik_providers_oauth2.view_oauth2provider',
  'authentik_providers_saml.view_samlprovider',
  'authentik_crypto.view_certificatekeypair',
  'authentik_events.view_event',
  'authentik_rbac.view_system_settings',
];
export const FIX_PERMISSIONS = ['authentik_providers_oauth2.change_oauth2provider', 'authentik_providers_saml.change_samlprovider'];

export function PermissionsNote({ connection, report }: { connection: Connection; report: AuditReport | null }) {
  const refused = report?.refused ?? [];
  if (connection.user.is_superuser && refused.length === 0) {
    return (
      <Alert tone="info" title="Your user is a superuser">
        <p>The audit sees every application. Fixes change providers only after you review them.</p>
      </Alert>
    );
  }
  return (
    <Alert tone="warning" title={refused.length > 0 ? 'This token could not read everything' : 'This user is not a superuser'}>
      {refused.length > 0 ? (
        <ul>
          {refused.map((refusal) => (
            <li key={refusal.permission}>
              Not readable: {refusal.what} (needs <code>{refusal.permission}</code>)
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        authentik shows a user only what the user may view, and lists every application only to superusers. A complete audit needs view permissions:{' '}
        {AUDIT_PERMISSIONS.map((permission, index) => (
          <span key={permission}>
            {index > 0 ? ', ' : ''}
            <code>{permission}</code>
          </span>
        ))}
        . Fixes also need{' '}
        {FIX_PERMISSIONS.map((permission, index) => (
          <span key={permission}>
            {index > 0 ? ' and ' : ''}
            <code>{permission}</code>
          </span>
        ))}
        .
      </p>
      {report && !report.permissions.all ? (
        <p data-testid="audit-write-permissions">
          {report.permissions.unreadable ??
            (FIX_PERMISSIONS.every((permission) => report.permissions.granted.includes(permission))
              ? 'Your roles allow changing OAuth2 and SAML providers: fixes can be reviewed and applied.'
              : `Your roles do not allow changing ${FIX_PERMISSIONS.filter((permission) => !report.permissions.granted.includes(permission)).join(' or ')}: the fixes that need it are listed with the permission, and none is sent.`)}
        </p>
      ) : null}
    </Alert>
  );
}
