import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { Alert } from '../../../components/ui/alert';
import { CodeBlock } from '../../../components/ui/code-block';
import { displayHost } from '../../../lib/authentik/base-url';
import { isApiError } from '../../../lib/authentik/problem';
import { permissionsForCreating } from '../../connection/check-connection';
import type { Connection } from '../../connection/connection-store';
import { RequireConnection } from '../../connection/require-connection';
import { createOnce, freeSlug, isAmbiguousError, settleLostCreate } from '../api/create-pair';
import { refreshStaleDiscovery } from '../api/stale-discovery';
import { combineDiscovery, discoveryQueries } from '../api/discovery';
import { applicationExists, NotAppliedError, pairKey } from '../api/pair';
import { ShareLinkButton } from '../components/share-link-button';
import { ExportSection } from '../components/export-section';
import { exportPlan } from '../export/plan';
import { curlCommand, describeRequest } from '../engine/describe-request';
import { isAlreadyExists, ownerOf } from '../engine/error-owners';
import { resolveContext } from '../engine/resolve-context';
import type { AppIdentity, CreatedPair, IntegrationDefinition } from '../engine/types';
import { GENERIC_PARAMS, parseInputs, readChoices, withChoices, type GenericChoice, type GenericChoices } from '../engine/wizard-params';
import { capabilities, NEWEST_RELEASE, parseRelease } from '../../../lib/authentik/releases';
import { releaseNotes, supportNotice } from '../protocols/release-notes';
import { stepLink } from '../steps';
import { useWizard } from '../use-wizard';
import { AdvancedChoices, identityErrors } from './review/advanced-choices';

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
  const host = displayHost(client.target.base);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const choices = readChoices(params);
  const setChoices = useCallback((values: GenericChoices) => setParams((current) => withChoices(current, values), { replace: true }), [setParams]);

  const parsedRelease = parseRelease(connection.version ?? '');
  const release = capabilities(parsedRelease?.id ?? NEWEST_RELEASE);
  const support = supportNotice(parsedRelease);
  const discovery = useQueries({ queries: discoveryQueries(client, definition, release) });
  const discoveryError = discovery.find((query) => query.isError)?.error;
  const discovered = discovery.every((query) => query.isSuccess) ? combineDiscovery(discovery.map((query) => query.data) as never) : null;
  const resolved = useMemo(
    () => (discovered ? resolveContext(definition, discovered, choices, { release, base: client.target.base }) : null),
    [discovered, definition, choices, release, client.target.base],
  );

  const derived = definition.identity(inputs);
  const identity: AppIdentity = { name: choices.appName ?? derived.name, slug: choices.slug ?? derived.slug };
  const badIdentity = identityErrors(identity, release.applicationSlugMaxLength);
  const built = useMemo(() => {
    if (!resolved?.context) return null;
    try {
      return { request: definition.build(inputs, identity, resolved.context), error: null };
    } catch (error) {
      return { request: null, error: error instanceof Error ? error.message : String(error) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resolved, definition, inputs, identity.name, identity.slug]);

  // The same request as files for GitOps; built only when the request itself could be.
  const plan = useMemo(
    () => (built?.request && resolved?.context ? exportPlan({ definition, inputs, identity, context: resolved.context }) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [built, resolved, definition, inputs, identity.name, identity.slug],
  );

  const slugTaken = useQuery({
    queryKey: ['authentik', client.target.base, 'app-exists', identity.slug],
    queryFn: ({ signal }) => applicationExists(client, identity.slug, signal),
    enabled: !badIdentity.slug,
    staleTime: 0,
  });

  // Create: one PUT. After an ambiguous failure the next attempt first looks for the pair, so it is never created twice.
  const [recover, setRecover] = useState(false);
  const [refreshed, setRefreshed] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const openPair = (slug: string) => navigate(stepLink(definition.id, 'configure', { slug, search: params }));
  const create = useMutation({
    mutationFn: async (): Promise<CreatedPair> => {
      if (!built?.request || !resolved?.context) throw new Error('Nothing to create yet.');
      abort.current = new AbortController();
      return createOnce(client, { definition, inputs, identity, context: resolved.context }, recover, abort.current.signal);
    },
    onSuccess: (pair) => {
      setRecover(false);
      queryClient.setQueryData(pairKey(client, identity.slug), pair);
      openPair(identity.slug);
    },
    onError: async (error) => {
      if (isAmbiguousError(error)) setRecover(true);
      // authentik restarted and its flows/keys/mappings got new pks: re-read them, nothing else is wrong.
      if (await refreshStaleDiscovery(queryClient, client, error)) {
        create.reset();
        setRefreshed(true);
      }
    },
  });
  // A lost answer: ask authentik at once whether the pair exists, before suggesting anything else.
  const lostAnswer = create.isError && isAmbiguousError(create.error);
  const settled = useQuery({
    queryKey: ['authentik', client.target.base, 'settle', identity.slug, create.failureCount, create.submittedAt],
    queryFn: ({ signal }) => settleLostCreate(client, identity.slug, signal),
    enabled: lostAnswer,
    retry: 2,
    staleTime: Infinity,
  });
  const elapsed = useElapsed(startedAt, create.isPending);

  const validation = isApiError(create.error) && create.error.problem.kind === 'validation' ? create.error.problem : null;
  const permission = isApiError(create.error) && create.error.problem.kind === 'permission' ? create.error.problem : null;
  const conflict = !lostAnswer && ((validation && isAlreadyExists(validation.fields)) || (slugTaken.data === true && !create.isPending));
  const choiceErrors: Partial<Record<GenericChoice, string>> = {};
  const inputErrors: Record<string, string> = {};
  const otherErrors: string[] = [...(validation?.nonField ?? [])];
  for (const [path, messages] of Object.entries(validation?.fields ?? {})) {
    const owner = ownerOf(definition, path);
    if (owner.kind === 'choice') choiceErrors[owner.choice] = messages.join(' ');
    else if (owner.kind === 'input') inputErrors[owner.input] = messages.join(' ');
    else otherErrors.push(`${path}: ${messages.join(' ')}`);
  }
  const canCreate = Boolean(built?.request) && !badIdentity.appName && !badIdentity.slug && !create.isPending && slugTaken.data !== true && settled.data !== 'created';
  const summary = built?.request && resolved?.context ? describeRequest(built.request, resolved.context) : null;
  const missingPermissions = connection.user.is_superuser ? [] : permissionsForCreating(definition.protocol.providerModel);

  return (
    <div className="stack">
      <h1>Review what will be created</h1>
      <p className="lead">
        One request creates the application and its provider in {host}. If anything fails, authentik keeps neither.
      </p>
      <ShareLinkButton definition={definition} />

      {support ? (
        <Alert tone={support.tone} title={support.title}>
          <p>{support.text}</p>
        </Alert>
      ) : null}
      {releaseNotes(definition.protocol, release).length > 0 ? (
        <Alert tone="info" title={`What authentik ${parsedRelease?.version ?? release.release} changes here`}>
          <ul>
            {releaseNotes(definition.protocol, release).map((note) => (
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
              The connected user is not a superuser, and authentik lists only the objects it may view: what looks missing may be a permission problem. Give this user
              view permissions on flows, certificates and property mappings, or connect with a superuser’s token.
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
      {built?.error ? <Alert tone="error" title="This request cannot be built">{built.error}</Alert> : null}
      {refreshed ? (
        <Alert tone="info" title="authentik’s flows, keys or mappings changed">
          <p>authentik no longer knew some of what the wizard had read from it (it may have restarted). They were read again: review the request below, then click Create again.</p>
        </Alert>
      ) : null}

      {summary ? (
        <div className="grid-2">
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
        <AdvancedChoices slugMax={release.applicationSlugMaxLength} definition={definition} discovered={discovered} context={resolved?.context ?? null} identity={identity} serverErrors={choiceErrors} onChange={setChoices} />
      ) : null}

      {conflict ? (
        <SlugConflict
          connection={connection}
          identity={identity}
          onUseSlug={(slug, name) => {
            create.reset();
            setChoices({ slug, appName: name });
          }}
          onOpenExisting={() => openPair(identity.slug)}
        />
      ) : null}

      {lostAnswer ? (
        <>
          <LostAnswer state={settled.isPending ? 'checking' : settled.data === 'created' ? 'created' : settled.data === 'absent' ? 'absent' : 'unknown'} host={host} onOpen={() => openPair(identity.slug)} />
          <ProblemAlert error={create.error} host={host} />
        </>
      ) : create.error && !conflict ? (
        create.error instanceof NotAppliedError ? (
          <Alert tone="error" title="authentik did not apply the request">
            <p>It answered “applied: false”: the changes were rolled back and nothing was created. This happens when something changed in authentik between its check and the save.</p>
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
          <PermissionList testId="permission-refused" title="authentik refused: this user may not create the pair" permissions={permissionsForCreating(definition.protocol.providerModel)} detail={permission.detail}>
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
      ) : null}

      {built?.request ? (
        <>
          <div className="actions">
            {permission ? null : (
              <button
                type="button"
                className="button-primary"
                disabled={!canCreate}
                onClick={() => {
                  if (create.isPending) return;
                  setStartedAt(Date.now());
                  create.mutate();
                }}
                aria-describedby="create-hint"
              >
                {create.isPending ? 'Creating…' : create.isError ? 'Try again' : 'Create application and provider'}
              </button>
            )}
            {create.isPending ? (
              <span className="progress" role="status">
                Waiting for authentik… {elapsed > 2 ? `${elapsed} s` : ''}
                <button type="button" className="button-ghost button-small" onClick={() => abort.current?.abort()}>
                  Cancel
                </button>
              </span>
            ) : null}
          </div>
          <p id="create-hint" className="muted">
            Nothing is sent to authentik before you click. The client ID and secret are generated by authentik and shown on the next screen.
          </p>
          <h2>The exact request</h2>
          <CodeBlock label="request JSON" code={JSON.stringify(built.request, null, 2)} />
          <h2>The same with curl</h2>
          <p className="muted">Set AUTHENTIK_TOKEN in your shell first; the token is never part of what you copy.</p>
          <CodeBlock label="curl command" code={curlCommand(client.target.base, built.request)} />
          {plan ? <ExportSection plan={plan} when="before" /> : null}
        </>
      ) : null}
    </div>
  );
}

function PermissionList(props: { title: string; permissions: string[]; detail?: string; testId?: string; children?: React.ReactNode }) {
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
    <Alert tone={props.state === 'absent' ? 'info' : 'warning'} title={props.state === 'absent' ? 'Nothing was created' : 'authentik may have created it'}>
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

function SummaryList(props: { items: { label: string; value: string }[] }) {
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

function SlugConflict(props: { connection: Connection; identity: AppIdentity; onUseSlug: (slug: string, name: string) => void; onOpenExisting: () => void }) {
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

/** Whole seconds since `startedAt` while `running`, ticking once a second. */
function useElapsed(startedAt: number | null, running: boolean): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return running && startedAt !== null ? Math.max(0, Math.round((now - startedAt) / 1000)) : 0;
}
