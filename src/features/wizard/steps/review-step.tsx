import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { Alert } from '../../../components/ui/alert';
import { CodeBlock } from '../../../components/ui/code-block';
import type { Connection } from '../../connection/connection-store';
import { RequireConnection } from '../../connection/require-connection';
import { ExportSection } from '../components/export-section';
import { ShareLinkButton } from '../components/share-link-button';
import { curlCommand } from '../engine/describe-request';
import type { IntegrationDefinition } from '../engine/types';
import { GENERIC_PARAMS, parseInputs } from '../engine/wizard-params';
import { stepLink } from '../steps';
import { useWizard } from '../use-wizard';
import { AccessChoice } from './access/access-choice';
import { RoleGroupsChoice } from './access/role-groups-choice';
import { AdvancedChoices } from './review/advanced-choices';
import { OutpostPicker } from './review/outpost-picker';
import { providerNameFor } from '../engine/compile';
import { CreateError } from './review/create-error';
import { PairConflict } from './review/pair-conflict';
import { PermissionList, SummaryList } from './review/review-parts';
import { useCreatePair } from './review/use-create-pair';
import { useReviewModel } from './review/use-review-model';
import { SpMetadataReview } from './review/sp-metadata-review';

export function ReviewStep() {
  const { definition } = useWizard();
  const [params] = useSearchParams();
  const inputs = parseInputs(definition, params);
  if (!inputs) return <Navigate to={stepLink(definition.id, 'inputs', { search: params })} replace />;
  return (
    <RequireConnection why="Connect to read your flows, keys and mappings. Your inputs are kept." urlParam={GENERIC_PARAMS.authentikUrl}>
      {(connection) => <Review definition={definition} inputs={inputs} connection={connection} />}
    </RequireConnection>
  );
}

function Review(props: { definition: IntegrationDefinition; inputs: Record<string, string>; connection: Connection }) {
  const { definition, inputs, connection } = props;
  const { client } = connection;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const openPair = (slug: string) => navigate(stepLink(definition.id, 'configure', { slug, search: params }));
  const model = useReviewModel(definition, inputs, connection);
  const {
    host,
    release,
    parsedRelease,
    support,
    notes,
    discovery,
    discoveryError,
    discovered,
    resolved,
    identity,
    built,
    plan,
    summary,
    missingPermissions,
    setChoices,
    spMetadata,
  } = model;
  const creating = useCreatePair({ definition, inputs, connection, model, onCreated: openPair });
  const { create, refreshed, permission, canCreate, elapsed } = creating;
  // One primary button per state: when the way on is opening a pair that exists, Create steps back.
  const openOffered = Boolean(creating.conflictTaken) || (creating.lostAnswer && creating.settled.data === 'created');

  return (
    <div className="stack">
      <h1>Review what will be created</h1>
      <p className="lead">One request creates the application and its provider in {host}. If anything fails, authentik keeps neither.</p>
      <ShareLinkButton definition={definition} />

      {support ? (
        <Alert tone={support.tone} title={support.title}>
          <p>{support.text}</p>
        </Alert>
      ) : null}
      {notes.length > 0 ? (
        <Alert tone="info" title={`What authentik ${parsedRelease?.version ?? release.release} changes here`}>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {missingPermissions.length > 0 ? <PermissionList title="This user is not a superuser" permissions={missingPermissions} /> : null}
      {discoveryError ? (
        <ProblemAlert error={discoveryError} host={host}>
          <button type="button" className="button-secondary" onClick={() => discovery.forEach((query) => void query.refetch())}>
            Try again
          </button>
        </ProblemAlert>
      ) : null}
      {!discovered && !discoveryError ? <p role="status">Reading flows, signing keys and property mappings from {host}…</p> : null}
      {resolved?.problems.length ? (
        <Alert tone="error" title="authentik is missing something this integration needs">
          {connection.user.is_superuser ? null : (
            <p>
              The connected user is not a superuser, and authentik lists only the objects it may view: what looks missing may be a permission problem.
              Give this user view permissions on flows, certificates and property mappings, or connect with a superuser’s token.
            </p>
          )}
          <ul>
            {resolved.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {resolved?.notes.length ? (
        <Alert tone="info" title="Defaults adjusted to this authentik">
          <ul>
            {resolved.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {built?.error ? (
        <Alert tone="error" title="This request cannot be built">
          {built.error}
        </Alert>
      ) : null}
      {refreshed ? (
        <Alert tone="info" title="authentik’s flows, keys or mappings changed">
          <p>
            authentik no longer knew some of what the wizard had read from it (it may have restarted). They were read again: review the request below,
            then click Create again.
          </p>
        </Alert>
      ) : null}

      {spMetadata ? <SpMetadataReview settings={spMetadata.settings} release={release} appName={identity.name} /> : null}
      {summary ? (
        <div className="review-summary">
          <div className="card">
            <h2>Application</h2>
            <SummaryList items={summary.application} />
          </div>
          <div className="card">
            <h2>Provider</h2>
            <SummaryList items={summary.provider} />
          </div>
        </div>
      ) : null}

      {definition.discovery.customMappings.length > 0 ? (
        <div className="card">
          <h2>Property mappings for {definition.name}</h2>
          <p className="muted">authentik ships no mapping for these; an identical one is reused, otherwise it is created right before the pair.</p>
          {definition.discovery.customMappings.map((need) => (
            <div key={need.name}>
              <h3>
                {need.name} <span className="muted">({need.describe})</span>
              </h3>
              <CodeBlock label={`expression of ${need.name}`} code={need.expression} />
            </div>
          ))}
        </div>
      ) : null}

      {discovered ? (
        <AdvancedChoices
          slugMax={release.applicationSlugMaxLength}
          definition={definition}
          discovered={discovered}
          context={resolved?.context ?? null}
          identity={identity}
          serverErrors={creating.choiceErrors}
          onChange={setChoices}
        />
      ) : null}

      {resolved?.context?.outposts ? (
        <OutpostPicker context={resolved.context} providerName={providerNameFor(identity.name)} onChange={setChoices} />
      ) : null}

      <AccessChoice appName={identity.name} sensitive={definition.sensitive} client={client} access={model.access} />
      <RoleGroupsChoice appName={definition.name} client={client} roles={model.roles} />

      {creating.conflictTaken ? (
        <PairConflict
          connection={connection}
          identity={identity}
          taken={creating.conflictTaken}
          onChoose={(chosen) => {
            create.reset();
            setChoices({ ...(chosen.slug ? { slug: chosen.slug } : {}), ...(chosen.name ? { appName: chosen.name } : {}) });
          }}
          onOpenExisting={() => openPair(identity.slug)}
        />
      ) : null}

      <CreateError definition={definition} host={host} state={creating} onOpen={() => openPair(identity.slug)} />

      {built?.request ? (
        <>
          <div className="actions step-actions">
            {permission ? null : (
              <button
                type="button"
                className={openOffered ? 'button-secondary' : 'button-primary'}
                disabled={!canCreate}
                onClick={creating.start}
                aria-describedby="create-hint"
              >
                {create.isPending ? 'Creating…' : create.isError ? 'Try again' : 'Create application and provider'}
              </button>
            )}
            {create.isPending ? (
              <span className="progress" role="status">
                Waiting for authentik… {elapsed > 2 ? `${elapsed} s` : ''}
                <button type="button" className="button-ghost button-small" onClick={creating.cancel}>
                  Cancel
                </button>
              </span>
            ) : null}
          </div>
          <p id="create-hint" className="muted">
            Nothing is sent to authentik before you click. The client ID and secret are generated by authentik and shown on the next screen.
          </p>
          <details className="advanced automation">
            <summary>For automation: the exact request and the same with curl</summary>
            <CodeBlock label="request JSON" code={JSON.stringify(built.request, null, 2)} />
            <p className="muted">Set AUTHENTIK_TOKEN in your shell first; the token is never part of what you copy.</p>
            <CodeBlock label="curl command" code={curlCommand(client.target.base, built.request)} />
          </details>
          {plan ? <ExportSection plan={plan} when="before" /> : null}
        </>
      ) : null}
    </div>
  );
}
