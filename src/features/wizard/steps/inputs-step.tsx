import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../../../components/ui/field';
import { useConnection } from '../../connection/connection-store';
import { ShareLinkButton } from '../components/share-link-button';
import { parseShareLink } from '../engine/share-link';
import { inputKeys, readInputs, withParams } from '../engine/wizard-params';
import { stepLink } from '../steps';
import { useWizard } from '../use-wizard';
import { hasTargets, inputTargets } from '../protocols/saml/metadata-targets';

// Only SAML apps whose ACS URL or entity ID is typed here load it.
const SpMetadataPanel = lazy(() => import('../components/sp-metadata-panel').then((module) => ({ default: module.SpMetadataPanel })));

type Values = Record<string, string>;

export interface InputsStepState {
  serverErrors?: Record<string, string>;
}

export function InputsStep() {
  const { definition } = useWizard();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const connection = useConnection();
  const keys = inputKeys(definition);
  const form = useForm<Values>({
    resolver: zodResolver(definition.inputs as never) as unknown as Resolver<Values>,
    defaultValues: readInputs(definition, params),
    mode: 'onTouched',
  });

  // Values that arrived with the page (a reload or a shared link) are checked at once with the
  // definition's schema, so a bad one is shown on its field, never silently kept or dropped.
  useEffect(() => {
    const { invalid } = parseShareLink(definition, params);
    for (const [key, message] of Object.entries(invalid)) form.setError(key, { type: 'link', message });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // authentik refused a value on the review step: show it on the field that owns it.
  useEffect(() => {
    const serverErrors = (location.state as InputsStepState | null)?.serverErrors;
    for (const [key, message] of Object.entries(serverErrors ?? {})) form.setError(key, { type: 'server', message }, { shouldFocus: true });
  }, [location.state, form]);

  // Everything typed goes to the address bar at once: a reload loses nothing.
  useEffect(() => {
    const subscription = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => setParams((current) => withParams(current, values as Values), { replace: true }),
    });
    return () => subscription();
  }, [form, setParams]);

  const submit = form.handleSubmit((values) => {
    const search = withParams(params, values).toString();
    navigate(stepLink(definition.id, connection ? 'review' : 'connect', { search }));
  });

  const watched = useWatch({ control: form.control });
  // Fields filled from the SP's metadata, with the value it gave: marked while they still hold it.
  const [fromMetadata, setFromMetadata] = useState<Record<string, { value: string; before: string }>>({});
  const targets = inputTargets(definition.data);
  const fillFromMetadata = (values: Record<string, string>) => {
    const filled: Record<string, { value: string; before: string }> = {};
    for (const [key, value] of Object.entries(values)) {
      filled[key] = { value, before: form.getValues(key) ?? '' };
      form.setValue(key, value, { shouldValidate: true, shouldDirty: true, shouldTouch: true });
    }
    setFromMetadata(filled);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="inputs-title">
      <h1 id="inputs-title">Your {definition.name} setup</h1>
      <p className="lead">{definition.summary}</p>
      {hasTargets(targets) ? (
        <Suspense fallback={<p role="status">Loading the metadata reader…</p>}>
          <SpMetadataPanel
            definitionId={definition.id}
            targets={targets}
            labels={{
              ...(targets.acs ? { acs: definition.inputUi[targets.acs]?.label ?? targets.acs } : {}),
              ...(targets.entity ? { entity: definition.inputUi[targets.entity]?.label ?? targets.entity } : {}),
            }}
            onFill={fillFromMetadata}
            persist
            uses="Its binding, signing and encryption certificates, NameID format and logout URL go into the provider on Create; the review shows them."
          />
        </Suspense>
      ) : null}
      {keys.map((key) => {
        const ui = definition.inputUi[key];
        if (!ui) return null;
        const error = form.formState.errors[key]?.message;
        const preview = !error && watched[key] ? ui.preview?.(watched[key]) : null;
        return (
          <div key={key}>
            <Field label={ui.label} help={ui.help} error={error} prefix={ui.prefix} suffix={ui.suffix}>
              {(control) => <input {...control} {...form.register(key)} type="text" placeholder={ui.example} spellCheck={false} autoComplete="off" />}
            </Field>
            {fromMetadata[key] && watched[key] === fromMetadata[key].value ? (
              <p className="field-help">
                Filled from the SP metadata; you can still change it.
                {fromMetadata[key].before && fromMetadata[key].before !== fromMetadata[key].value ? (
                  <>
                    {' '}
                    It held <code>{fromMetadata[key].before}</code> before.
                  </>
                ) : null}
              </p>
            ) : null}
            {preview ? (
              <p className="field-help" aria-live="polite">
                {preview}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="actions step-actions">
        <button type="submit" className="button-primary">
          {connection ? 'Next: review' : 'Next: connect to authentik'}
        </button>
        <ShareLinkButton definition={definition} />
      </div>
      <p className="muted">
        Guides:{' '}
        <a href={definition.docs.authentik} target="_blank" rel="noreferrer noopener">
          authentik’s integration guide
        </a>{' '}
        ·{' '}
        <a href={definition.docs.vendor} target="_blank" rel="noreferrer noopener">
          {definition.name} documentation
        </a>
      </p>
    </form>
  );
}
