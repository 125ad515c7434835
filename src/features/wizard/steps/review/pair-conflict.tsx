import { useQuery } from '@tanstack/react-query';
import { Alert } from '../../../../components/ui/alert';
import type { Connection } from '../../../connection/connection-store';
import { freeName, freeSlug, type Taken } from '../../api/create-pair';
import type { AppIdentity } from '../../engine/types';

/**
 * What collided, as authentik answers it: the application's slug, the provider's name, or both;
 * each with the fix for that object only.
 */
export function PairConflict(props: {
  connection: Connection;
  identity: AppIdentity;
  taken: Taken;
  onChoose: (identity: Partial<AppIdentity>) => void;
  onOpenExisting: () => void;
}) {
  return props.taken.slug ? <SlugTaken {...props} /> : props.taken.provider ? <ProviderNameTaken {...props} provider={props.taken.provider} /> : null;
}

function SlugTaken(props: {
  connection: Connection;
  identity: AppIdentity;
  taken: Taken;
  onChoose: (identity: Partial<AppIdentity>) => void;
  onOpenExisting: () => void;
}) {
  const { client } = props.connection;
  const free = useQuery({
    queryKey: ['authentik', client.target.base, 'free-slug', props.identity.slug, props.identity.name],
    queryFn: ({ signal }) => freeSlug(client, props.identity, signal),
  });
  return (
    <Alert tone="warning" title={`An application with the slug “${props.identity.slug}” already exists`}>
      <p>
        authentik creates a pair only when neither the slug nor the provider name is taken, so nothing was changed. It may be this app, set up
        earlier.
        {props.taken.provider ? ` The provider name “${props.taken.provider.name}” is taken too.` : ''}
      </p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={props.onOpenExisting}>
          Open the existing pair’s configuration
        </button>
      </div>
      {free.data ? (
        <>
          <p>Or create another pair. This makes a second application and provider for the same app; only do it if you really need two.</p>
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => props.onChoose({ slug: free.data!.slug, name: free.data!.name })}>
              Use the slug “{free.data.slug}” and the name “{free.data.name}” instead
            </button>
          </div>
        </>
      ) : null}
    </Alert>
  );
}

function ProviderNameTaken(props: {
  connection: Connection;
  identity: AppIdentity;
  provider: NonNullable<Taken['provider']>;
  onChoose: (identity: Partial<AppIdentity>) => void;
}) {
  const { client } = props.connection;
  const free = useQuery({
    queryKey: ['authentik', client.target.base, 'free-name', props.identity.name],
    queryFn: ({ signal }) => freeName(client, props.identity.name, signal),
  });
  return (
    <Alert tone="warning" title={`A provider named “${props.provider.name}” already exists`}>
      <p>
        The slug “{props.identity.slug}” is free, but authentik names the provider after the application, and that name is taken
        {props.provider.application
          ? ` by the provider of the application “${props.provider.application}”`
          : ' by a provider that serves no application'}
        . Nothing was changed. Give this application another name (Advanced, below)
        {props.provider.application ? '' : ', or delete the unused provider in authentik under Applications › Providers'}.
      </p>
      {free.data ? (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => props.onChoose({ name: free.data! })}>
            Name the application “{free.data}” instead
          </button>
        </div>
      ) : null}
    </Alert>
  );
}
