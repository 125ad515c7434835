/** Small pieces of the review screen: the permission list, the request summary, the slug conflict. */
import { useQuery } from '@tanstack/react-query';
import { Alert } from '../../../../components/ui/alert';
import type { Connection } from '../../../connection/connection-store';
import { freeSlug } from '../../api/create-pair';
import type { AppIdentity } from '../../engine/types';

export function PermissionList(props: { title: string; permissions: string[]; detail?: string; testId?: string; children?: React.ReactNode }) {
  return (
    <Alert tone="warning" title={props.title} testId={props.testId}>
      {props.detail ? <p>authentik said: “{props.detail}”</p> : null}
      <p>Creating an application with its provider needs these permissions; authentik refuses the request without them:</p>
      <ul>
        {props.permissions.map((permission) => (
          <li key={permission}>
            <code>{permission}</code>
          </li>
        ))}
      </ul>
      <p>Grant them to a role of this user in authentik (Directory › Roles), or connect with a superuser’s token.</p>
      {props.children ? <div className="actions">{props.children}</div> : null}
    </Alert>
  );
}

export function SummaryList(props: { items: { label: string; value: string }[] }) {
  return (
    <dl className="facts">
      {props.items.map((item) => (
        <div key={item.label} className="contents">
          <dt>{item.label}</dt>
          <dd>
            <code>{item.value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SlugConflict(props: { connection: Connection; identity: AppIdentity; onUseSlug: (slug: string, name: string) => void; onOpenExisting: () => void }) {
  const { client } = props.connection;
  const free = useQuery({
    queryKey: ['authentik', client.target.base, 'free-slug', props.identity.slug],
    queryFn: ({ signal }) => freeSlug(client, props.identity, signal),
  });
  return (
    <Alert tone="warning" title={`An application with the slug “${props.identity.slug}” already exists`}>
      <p>authentik creates pairs only when neither the slug nor the provider name is taken, so nothing was changed. It may be this app, set up earlier.</p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={props.onOpenExisting}>
          Open the existing pair’s configuration
        </button>
      </div>
      {free.data ? (
        <>
          <p>Or create another pair. This makes a second application and provider for the same app; only do it if you really need two.</p>
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => props.onUseSlug(free.data!.slug, free.data!.name)}>
              Use “{free.data.slug}” instead
            </button>
          </div>
        </>
      ) : null}
    </Alert>
  );
}
