import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { Alert } from '../../../components/ui/alert';
import { CodeBlock } from '../../../components/ui/code-block';
import { Field } from '../../../components/ui/field';
import { displayHost } from '../../../lib/authentik/base-url';
import { isApiError, type ApiProblem } from '../../../lib/authentik/problem';
import type { Connection } from '../../connection/connection-store';
import { applicationExists, createPair, NotAppliedError, pairKey, readPair } from '../api/pair';
import { combineDiscovery, discoveryQueries } from '../api/discovery';
import { describeRequest, curlCommand } from '../engine/describe-request';
import { isAlreadyExists, ownerOf } from '../engine/error-owners';
import { resolveContext, usableSigningKeys } from '../engine/resolve-context';
import type { AppIdentity, CreatedPair, IntegrationDefinition } from '../engine/types';
import { GENERIC_PARAMS, parseInputs, readChoices, withChoices, type GenericChoice, type GenericChoices } from '../engine/wizard-params';
import { RequireConnection } from '../../connection/require-connection';
import { useWizard } from '../wizard-layout';
import { ShareLinkButton } from '../components/share-link-button';

const SLUG_PATTERN = /^[-a-zA-Z0-9_]+$/;

function identityError(identity: AppIdentity): Partial<Record<'appName' | 'slug', string>> {
  const errors: Partial<Record<'appName' | 'slug', string>> = {};
  if (identity.name.trim() === '') errors.appName = 'Enter a name for the application.';
  if (!SLUG_PATTERN.test(identity.slug)) errors.slug = 'Use only letters, digits, hyphens and underscores.';
  else if (identity.slug.length > 50) errors.slug = 'Keep the slug to 50 characters or fewer.';
  return errors;
}

/** Failures after which the request may or may not have reached authentik. */
function isAmbiguous(problem: ApiProblem): boolean {
  return ['timeout', 'cancelled', 'network', 'proxy-unreachable', 'upstream-unreachable', 'server', 'not-authentik'].includes(problem.kind);
}

export function ReviewStep() {
  const { definition } = useWizard();
  const [params] = useSearchParams();
  const inputs = parseInputs(definition, params);
  if (!inputs) return <Navigate to={{ pathname: `/${definition.id}`, search: params.toString() }} replace />;
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
  const setChoice = (choice: GenericChoice, value: string) => setParams((current) => withChoices(current, { [choice]: value } as GenericChoices), { replace: true });

  const discovery = useQueries({ queries: discoveryQueries(client, definition) });
  const discoveryError = discovery.find((query) => query.isError)?.error;
  const discovered = discovery.every((query) => query.isSuccess) ? combineDiscovery(discovery.map((query) => query.data) as never) : null;
  const resolved = useMemo(() => (discovered ? resolveContext(definition, discovered, choices) : null), [discovered, definition, choices]);

  const derived = definition.identity(inputs);
  const identity: AppIdentity = { name: choices.appName ?? derived.name, slug: choices.slug ?? derived.slug };
  const identityErrors = identityError(identity);
  const built = useMemo(() => {
    if (!resolved?.context) return null;
    try {
      return { request: definition.build(inputs, identity, resolved.context), error: null };
    } catch (error) {
      return { request: null, error: error instanceof Error ? error.message : String(error) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resolved, definition, inputs, identity.name, identity.slug]);

  const slugTaken = useQuery({
    queryKey: ['authentik', client.target.base, 'app-exists', identity.slug],
    queryFn: ({ signal }) => applicationExists(client, identity.slug, signal),
    enabled: !identityErrors.slug,
    staleTime: 0,
  });

  // Create: one PUT. After an ambiguous failure the next attempt first looks for the pair, so it is never created twice.
  const ambiguous = useRef(false);
  const [mayHaveReached, setMayHaveReached] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const create = useMutation({
    mutationFn: async (): Promise<CreatedPair> => {
      if (!built?.request) throw new Error('Nothing to create yet.');
      const controller = new AbortController();
      abort.current = controller;
      if (ambiguous.current) {
        try {
          return await readPair(client, identity.slug, controller.signal);
        } catch (error) {
          if (!(isApiError(error) && error.problem.kind === 'not-found')) throw error;
        }
      }
      return createPair(client, built.request, controller.signal);
    },
    onSuccess: (pair) => {
      ambiguous.current = false;
      setMayHaveReached(false);
      queryClient.setQueryData(pairKey(client, identity.slug), pair);
      navigate({ pathname: `/${definition.id}/pair/${encodeURIComponent(identity.slug)}`, search: params.toString() });
    },
    onError: (error) => {
      if (isApiError(error) && isAmbiguous(error.problem)) {
        ambiguous.current = true;
        setMayHaveReached(true);
      }
    },
  });
  const elapsed = useElapsed(startedAt, create.isPending);

  const validation = isApiError(create.error) && create.error.problem.kind === 'validation' ? create.error.problem : null;
  const conflict = (validation && isAlreadyExists(validation.fields)) || (slugTaken.data === true && !create.isPending);
  const choiceErrors: Partial<Record<GenericChoice, string>> = { ...identityErrors };
  const inputErrors: Record<string, string> = {};
  const otherErrors: string[] = [...(validation?.nonField ?? [])];
  for (const [path, messages] of Object.entries(validation?.fields ?? {})) {
    const owner = ownerOf(definition, path);
    if (owner.kind === 'choice') choiceErrors[owner.choice] = messages.join(' ');
    else if (owner.kind === 'input') inputErrors[owner.input] = messages.join(' ');
    else otherErrors.push(`${path}: ${messages.join(' ')}`);
  }
  const advancedHasError = Boolean(choiceErrors.appName || choiceErrors.slug || choiceErrors.authorizationFlow || choiceErrors.invalidationFlow || choiceErrors.signingKey);
  const canCreate = Boolean(built?.request) && !advancedHasError && !create.isPending && slugTaken.data !== true;

  const summary = built?.request && resolved?.context ? describeRequest(built.request, resolved.context) : null;

  return (
    <div className="stack">
      <h1>Review what will be created</h1>
      <p className="lead">
        One request creates the application and its provider in {host}. If anything fails, authentik keeps neither.
      </p>
      <ShareLinkButton definition={definition} />

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

      {discovered ? (
        <details className="advanced" open={advancedHasError || undefined}>
          <summary>Advanced: name, slug, flows and signing key</summary>
          <div className="grid-2">
            <Field label="Application name" error={choiceErrors.appName}>
              {(control) => <input {...control} value={identity.name} onChange={(event) => setChoice('appName', event.target.value)} />}
            </Field>
            <Field label="Slug" error={choiceErrors.slug} help="Part of every authentik URL of this application.">
              {(control) => <input {...control} value={identity.slug} spellCheck={false} onChange={(event) => setChoice('slug', event.target.value)} />}
            </Field>
            <Field label="Authorization flow" error={choiceErrors.authorizationFlow} help="Implicit consent skips the consent screen; explicit consent asks users once.">
              {(control) => (
                <select {...control} value={resolved?.context?.authorizationFlow.slug ?? ''} onChange={(event) => setChoice('authorizationFlow', event.target.value)}>
                  {discovered.authorizationFlows.map((flow) => (
                    <option key={flow.pk} value={flow.slug}>
                      {flow.name} ({flow.slug})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Invalidation flow" error={choiceErrors.invalidationFlow} help="Runs when a user logs out of the app.">
              {(control) => (
                <select {...control} value={resolved?.context?.invalidationFlow.slug ?? ''} onChange={(event) => setChoice('invalidationFlow', event.target.value)}>
                  {discovered.invalidationFlows.map((flow) => (
                    <option key={flow.pk} value={flow.slug}>
                      {flow.name} ({flow.slug})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Signing key" error={choiceErrors.signingKey} help="RSA or EC certificates with a private key.">
              {(control) => (
                <select {...control} value={resolved?.context?.signingKey?.name ?? ''} onChange={(event) => setChoice('signingKey', event.target.value)}>
                  {definition.discovery.signingKey === 'optional' ? <option value="">No signing key</option> : null}
                  {usableSigningKeys(discovered.signingKeys).map((key) => (
                    <option key={key.pk} value={key.name}>
                      {key.name} ({key.key_type?.toUpperCase()})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </details>
      ) : null}

      {conflict ? (
        <SlugConflict
          connection={connection}
          identity={identity}
          onUseSlug={(slug, name) => {
            create.reset();
            setParams((current) => withChoices(current, { slug, appName: name }), { replace: true });
          }}
          onOpenExisting={() => navigate({ pathname: `/${definition.id}/pair/${encodeURIComponent(identity.slug)}`, search: params.toString() })}
        />
      ) : null}

      {create.error && !conflict ? (
        create.error instanceof NotAppliedError ? (
          <Alert tone="error" title="authentik did not apply the request">
            <p>It answered “applied: false”: the changes were rolled back and nothing was created. This happens when something changed in authentik between its check and the save.</p>
            <p>
              <strong>What to do:</strong> create again; if it keeps happening, look at authentik’s server logs.
            </p>
          </Alert>
        ) : validation ? (
          <Alert tone="error" title="authentik refused some values">
            <ul>
              {Object.entries(inputErrors).map(([input, message]) => (
                <li key={input}>
                  {definition.inputUi[input]?.label ?? input}: {message}{' '}
                  <button
                    type="button"
                    className="button-ghost button-small"
                    onClick={() => navigate({ pathname: `/${definition.id}`, search: params.toString() }, { state: { serverErrors: { [input]: message } } })}
                  >
                    Change {definition.inputUi[input]?.label ?? input}
                  </button>
                </li>
              ))}
              {Object.entries(choiceErrors)
                .filter(([choice]) => !identityErrors[choice as 'appName' | 'slug'])
                .map(([choice, message]) => (
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
          <ProblemAlert error={create.error} host={host}>
            {mayHaveReached ? (
              <p>The request may have reached authentik. Trying again first checks whether the pair exists, so it is never created twice.</p>
            ) : null}
          </ProblemAlert>
        )
      ) : null}

      {built?.request ? (
        <>
          <div className="actions">
            <button type="button" className="button-primary" disabled={!canCreate} onClick={() => {
                if (create.isPending) return;
                setStartedAt(Date.now());
                create.mutate();
              }} aria-describedby="create-hint">
              {create.isPending ? 'Creating…' : create.isError ? 'Try again' : 'Create application and provider'}
            </button>
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
        </>
      ) : null}
    </div>
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
    queryFn: async ({ signal }) => {
      const stem = props.identity.slug.replace(/-\d+$/, '');
      for (let n = 2; n < 10; n += 1) {
        const candidate = `${stem}-${n}`;
        if (!(await applicationExists(client, candidate, signal))) return { slug: candidate, name: `${props.identity.name.replace(/ \d+$/, '')} ${n}` };
      }
      return null;
    },
  });
  return (
    <Alert tone="warning" title={`An application with the slug “${props.identity.slug}” already exists`}>
      <p>authentik creates pairs only when neither the slug nor the provider name is taken, so nothing was changed.</p>
      <div className="actions">
        {free.data ? (
          <button type="button" className="button-secondary" onClick={() => props.onUseSlug(free.data!.slug, free.data!.name)}>
            Use “{free.data.slug}” instead
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={props.onOpenExisting}>
          Open the existing pair’s configuration
        </button>
      </div>
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
