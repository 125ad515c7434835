import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from '../../../../lib/zod';
import { Field } from '../../../../components/ui/field';
import type { Discovered } from '../../engine/resolve-context';
import { keyTypeOf, usableSigningKeys } from '../../engine/resolve-context';
import type { AppIdentity, DiscoveredContext, IntegrationDefinition } from '../../engine/types';
import type { GenericChoice } from '../../engine/wizard-params';
import { breaksLines } from '../../export/escape';

/** The advanced choices of the review step, validated like every other form of the wizard; the slug limit is the release's. */
export function choicesSchema(slugMax: number | null) {
  const slug = z.string().regex(/^[-a-zA-Z0-9_]+$/, 'Use only letters, digits, hyphens and underscores.');
  return z.object({
    appName: z
      .string()
      .refine(
        (name) => !breaksLines(name),
        'Keep the name on one line: remove line breaks, tabs and other control characters (a pasted name can hide one).',
      )
      .trim()
      .min(1, 'Enter a name for the application.'),
    slug: slugMax === null ? slug : slug.max(slugMax, `This authentik release allows at most ${slugMax} characters in a slug.`),
    authorizationFlow: z.string(),
    invalidationFlow: z.string(),
    signingKey: z.string(),
  });
}

export type ChoiceValues = z.infer<ReturnType<typeof choicesSchema>>;

/** Messages the schema gives for the name and slug, for blocking Create while they are wrong. */
export function identityErrors(identity: AppIdentity, slugMax: number | null): Partial<Record<'appName' | 'slug', string>> {
  const result = choicesSchema(slugMax).pick({ appName: true, slug: true }).safeParse({ appName: identity.name, slug: identity.slug });
  const errors: Partial<Record<'appName' | 'slug', string>> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    const key = issue.path[0] as 'appName' | 'slug';
    errors[key] ??= issue.message;
  }
  return errors;
}

export function AdvancedChoices(props: {
  slugMax: number | null;
  definition: IntegrationDefinition;
  discovered: Discovered;
  context: DiscoveredContext | null;
  identity: AppIdentity;
  /** Errors authentik returned for these fields. */
  serverErrors: Partial<Record<GenericChoice, string>>;
  onChange: (values: Partial<Record<GenericChoice, string>>) => void;
}) {
  const { definition, discovered, context, identity, serverErrors } = props;
  const form = useForm<ChoiceValues>({
    resolver: zodResolver(choicesSchema(props.slugMax) as never) as unknown as Resolver<ChoiceValues>,
    mode: 'onChange',
    values: {
      appName: identity.name,
      slug: identity.slug,
      authorizationFlow: context?.authorizationFlow.slug ?? '',
      invalidationFlow: context?.invalidationFlow.slug ?? '',
      signingKey: context?.signingKey?.name ?? '',
    },
    resetOptions: { keepDirtyValues: true },
  });
  const { onChange } = props;
  // Every change goes to the address bar at once, so a reload or a share link keeps it.
  useEffect(() => {
    const subscription = form.subscribe({
      formState: { values: true, dirtyFields: true },
      callback: ({ values, dirtyFields }) => {
        const changed = Object.keys(dirtyFields ?? {}) as GenericChoice[];
        if (changed.length > 0) onChange(Object.fromEntries(changed.map((key) => [key, (values as Record<string, string>)[key]])));
      },
    });
    return () => subscription();
  }, [form, onChange]);
  useEffect(() => {
    void form.trigger(['appName', 'slug']);
  }, [form, identity.name, identity.slug]);

  const error = (key: keyof ChoiceValues) => form.formState.errors[key]?.message ?? serverErrors[key];
  const open = Object.keys(form.formState.errors).length > 0 || Object.values(serverErrors).some(Boolean);
  return (
    <details className="advanced" open={open || undefined}>
      <summary>Advanced: name, slug, flows and signing key</summary>
      <div className="grid-2">
        <Field label="Application name" error={error('appName')}>
          {(control) => <input {...control} {...form.register('appName')} />}
        </Field>
        <Field label="Slug" error={error('slug')} help="Part of every authentik URL of this application.">
          {(control) => <input {...control} {...form.register('slug')} spellCheck={false} />}
        </Field>
        <Field
          label="Authorization flow"
          error={error('authorizationFlow')}
          help="Implicit consent skips the consent screen; explicit consent asks users once."
        >
          {(control) => (
            <select {...control} {...form.register('authorizationFlow')}>
              {discovered.authorizationFlows.map((flow) => (
                <option key={flow.pk} value={flow.slug}>
                  {flow.name} ({flow.slug})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Invalidation flow" error={error('invalidationFlow')} help="Runs when a user logs out of the app.">
          {(control) => (
            <select {...control} {...form.register('invalidationFlow')}>
              {discovered.invalidationFlows.map((flow) => (
                <option key={flow.pk} value={flow.slug}>
                  {flow.name} ({flow.slug})
                </option>
              ))}
            </select>
          )}
        </Field>
        {definition.discovery.signingKey === 'none' ? null : (
          <Field
            label="Signing key"
            error={error('signingKey')}
            help={definition.discovery.keyType === 'rsa' ? 'RSA certificates with a private key.' : 'RSA or EC certificates with a private key.'}
          >
            {(control) => (
              <select {...control} {...form.register('signingKey')}>
                {definition.discovery.signingKey === 'optional' ? <option value="">No signing key</option> : null}
                {usableSigningKeys(discovered.signingKeys, definition.discovery.keyType).map((key) => (
                  <option key={key.pk} value={key.name}>
                    {key.name} ({keyTypeOf(key)?.toUpperCase()})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
    </details>
  );
}
