import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { Alert } from '../../../components/ui/alert';
import { Field } from '../../../components/ui/field';
import { displayHost } from '../../../lib/authentik/base-url';
import { isApiError } from '../../../lib/authentik/problem';
import type { Connection } from '../../connection/connection-store';
import { pairKey, patchProvider } from '../api/pair';
import type { CreatedPair, FollowUp, IntegrationDefinition } from '../engine/types';
import { stepLink } from '../steps';
import { WithPair } from './configure-step';
import { hasTargets, roundTripTargets } from '../protocols/saml/metadata-targets';

// Only round trips that write an ACS URL or an SP entity ID load it.
const SpMetadataPanel = lazy(() => import('../components/sp-metadata-panel').then((module) => ({ default: module.SpMetadataPanel })));

type Values = Record<string, string>;

export function FollowUpStep() {
  return (
    <WithPair why="Connect to update this provider in authentik. Your inputs are kept.">
      {(pair, connection, definition) =>
        definition.followUp ? (
          <FollowUpForm pair={pair} connection={connection} definition={definition} followUp={definition.followUp} />
        ) : (
          <Alert tone="info" title={`${definition.name} needs no round trip`} />
        )
      }
    </WithPair>
  );
}

function FollowUpForm(props: { pair: CreatedPair; connection: Connection; definition: IntegrationDefinition; followUp: FollowUp<Values> }) {
  const { pair, connection, followUp } = props;
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const keys = Object.keys(followUp.ui);
  const form = useForm<Values>({
    resolver: zodResolver(followUp.schema(pair) as never) as unknown as Resolver<Values>,
    defaultValues: Object.fromEntries(keys.map((key) => [key, followUp.current(pair)[key] ?? ''])),
    mode: 'onTouched',
  });
  const save = useMutation({
    mutationFn: (values: Values) => patchProvider(connection.client, pair, followUp.patch(values)),
    onSuccess: (updated) => queryClient.setQueryData(pairKey(connection.client, pair.application.slug), updated),
  });
  const before = followUp.patch(Object.fromEntries(keys.map((key) => [key, ''])) as Values);
  const submit = form.handleSubmit((values) => save.mutate(values));
  const validation = isApiError(save.error) && save.error.problem.kind === 'validation' ? save.error.problem : null;
  const targets = roundTripTargets(props.definition.data);
  const label = (key: string | undefined) => (key ? (followUp.ui[key]?.label ?? key) : undefined);

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="follow-up-title">
      <h1 id="follow-up-title">{followUp.title}</h1>
      <p className="lead">{followUp.intro}</p>
      {hasTargets(targets) ? (
        <Suspense fallback={<p role="status">Loading the metadata reader…</p>}>
          <SpMetadataPanel
            definitionId={props.definition.id}
            targets={targets}
            labels={{ ...(targets.acs ? { acs: label(targets.acs)! } : {}), ...(targets.entity ? { entity: label(targets.entity)! } : {}) }}
            onFill={(values) => {
              for (const [key, value] of Object.entries(values))
                form.setValue(key, value, { shouldValidate: true, shouldDirty: true, shouldTouch: true });
            }}
            persist={false}
            uses="If the app offers its SP metadata file instead of the values, give it here; check the values below, then write them."
          />
        </Suspense>
      ) : null}
      {keys.map((key) => {
        const ui = followUp.ui[key];
        if (!ui) return null;
        const serverError = validation?.fields[key]?.join(' ');
        return (
          <Field key={key} label={ui.label} help={ui.help} error={form.formState.errors[key]?.message ?? serverError}>
            {(control) => <input {...control} {...form.register(key)} type="text" placeholder={ui.example} spellCheck={false} autoComplete="off" />}
          </Field>
        );
      })}
      {save.isError && !validation ? <ProblemAlert error={save.error} host={displayHost(connection.client.target.base)} /> : null}
      {save.isSuccess ? (
        <Alert tone="success" title="authentik now uses these values">
          <dl className="facts">
            {Object.keys(before).map((field) => (
              <div key={field} className="contents">
                <dt>{field}</dt>
                <dd>
                  <code>{String((save.data.provider as Record<string, unknown>)[field] ?? '')}</code>
                </dd>
              </div>
            ))}
          </dl>
        </Alert>
      ) : null}
      <div className="actions step-actions">
        {/* One primary action per state: after the write-back it is the way on, not writing again. */}
        <button type="submit" className={save.isSuccess ? 'button-secondary' : 'button-primary'} disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Write to authentik'}
        </button>
        {save.isSuccess ? (
          <Link className="button-primary" to={stepLink(props.definition.id, 'verify', { slug: pair.application.slug, search: params })}>
            Next: verify
          </Link>
        ) : null}
        <Link to={stepLink(props.definition.id, 'configure', { slug: pair.application.slug, search: params })}>Back to the configuration values</Link>
      </div>
    </form>
  );
}
