import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from '../../lib/zod';
import { ProblemAlert } from '../../components/problem-alert';
import { Field } from '../../components/ui/field';
import { displayHost, normalizeAuthentikUrl } from '../../lib/authentik/base-url';
import { detectProxy } from '../../lib/authentik/mode';
import { NEWEST_RELEASE, RELEASES } from '../../lib/authentik/releases';
import { checkConnection } from './check-connection';
import { setConnection, type Connection } from './connection-store';
import { LinkAddressNotice, LinkHostNotice } from './link-host-notice';
import { cameWithLink, rememberOwnAddress, tokenGate, tokenHost, trustHost } from './trusted-hosts';

const connectSchema = z.object({
  url: z.string().superRefine((value, ctx) => {
    const result = normalizeAuthentikUrl(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  }),
  token: z
    .string()
    .trim()
    .min(1, 'Paste an API token of your authentik.')
    .refine((value) => !/^Bearer\s/i.test(value), 'Paste only the key, without “Bearer”.')
    .refine((value) => !/\s/.test(value), 'The token contains a space or line break. Paste only the key.'),
  remember: z.boolean(),
});
type ConnectValues = z.infer<typeof connectSchema>;

export const proxyInfoQuery = {
  queryKey: ['wizard-proxy'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => detectProxy(signal),
  staleTime: Infinity,
};

/** Where in authentik an admin creates an API token. */
function tokensPageUrl(url: string): string | null {
  const result = normalizeAuthentikUrl(url);
  return result.ok ? `${result.base}/if/admin/#/core/tokens` : null;
}

/** The wizard's own origin: typing it is a mistake worth naming, not a connection to try. */
function isWizardAddress(base: string): boolean {
  try {
    return new URL(base).origin === window.location.origin;
  } catch {
    return false;
  }
}

export function ConnectForm(props: { defaultUrl?: string; onUrlChange?: (base: string) => void; onConnected?: (connection: Connection) => void }) {
  const proxy = useQuery(proxyInfoQuery);
  const queryClient = useQueryClient();
  const [showToken, setShowToken] = useState(false);
  // A link may prefill the address, but never decides where the token goes: while the form started
  // from a link's address (valid or not), the token goes only to a host the admin confirmed, bound
  // to the host it would be sent to now. Editing the address does not make a host trusted.
  const [fromLink] = useState(() => cameWithLink(props.defaultUrl));
  const [confirmedHost, setConfirmedHost] = useState<string | null>(null);
  const [refusedHost, setRefusedHost] = useState<string | null>(null);
  const form = useForm<ConnectValues>({
    resolver: zodResolver(connectSchema),
    defaultValues: { url: props.defaultUrl ?? '', token: '', remember: false },
    mode: 'onTouched',
  });
  // An address that came with a link is checked at once, so a bad one is reported, not kept silently.
  useEffect(() => {
    if (props.defaultUrl) void form.trigger('url');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const connect = useMutation({
    // Detection of the local proxy must finish first, or a quick click would fall back to direct mode.
    mutationFn: async (input: { base: string; token: string; isDemo: boolean }) =>
      checkConnection({ ...input, proxy: await queryClient.ensureQueryData(proxyInfoQuery), remember: form.getValues('remember') }),
    onSuccess: (connection) => {
      setConnection(connection);
      props.onConnected?.(connection);
    },
  });

  const submit = form.handleSubmit(async (values) => {
    const normalized = normalizeAuthentikUrl(values.url);
    if (!normalized.ok) return;
    // Served by its own server (npx, npm start), the wizard's address is not an authentik; served
    // from authentik's origin (behind nginx, no wizard server), it is exactly the address to use.
    const ownServer = await queryClient.ensureQueryData(proxyInfoQuery);
    if (ownServer !== null && isWizardAddress(normalized.base)) {
      form.setError('url', {
        message: `${displayHost(normalized.base)} is this wizard’s own address. Enter the address you open authentik with, for example authentik.company.`,
      });
      return;
    }
    const host = tokenHost(normalized.base);
    if (host === null) return;
    if (tokenGate({ fromLink, host, confirmedHost }) === 'confirm') {
      setRefusedHost(host);
      return;
    }
    if (fromLink) trustHost(host);
    rememberOwnAddress(normalized.base);
    form.setValue('url', normalized.base);
    props.onUrlChange?.(normalized.base);
    connect.mutate({
      base: normalized.base,
      token: values.token.trim(),
      isDemo: normalized.base === proxy.data?.demo?.url || values.token.trim() === proxy.data?.demo?.token,
    });
  });

  const [demoRelease, setDemoRelease] = useState<string>(NEWEST_RELEASE);
  const connectToDemo = async () => {
    // Each release has its own demo authentik, started by the wizard's server on first use.
    const demo = demoRelease === NEWEST_RELEASE ? proxy.data?.demo : (await detectProxy(undefined, demoRelease))?.demo;
    if (!demo) return;
    form.setValue('url', demo.url, { shouldValidate: true });
    form.setValue('token', demo.token, { shouldValidate: true });
    rememberOwnAddress(demo.url);
    props.onUrlChange?.(demo.url);
    connect.mutate({ base: demo.url, token: demo.token, isDemo: true });
  };

  const url = useWatch({ control: form.control, name: 'url' });
  const typed = normalizeAuthentikUrl(url);
  // What the admin types stays in the address bar (a reload keeps it), remembered as typed in this
  // tab so the reload does not take it for a link's. Never written while the form is a link's.
  const typedBase = typed.ok ? typed.base : null;
  const { onUrlChange } = props;
  useEffect(() => {
    if (fromLink || typedBase === null || typedBase === props.defaultUrl || isWizardAddress(typedBase)) return;
    rememberOwnAddress(typedBase);
    onUrlChange?.(typedBase);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typedBase, fromLink]);
  const typedHost = typed.ok ? tokenHost(typed.base) : null;
  const asksToConfirm = typedHost !== null && fromLink && tokenGate({ fromLink, host: typedHost, confirmedHost: null }) === 'confirm';
  // No shortcut to a page of a host the admin has not confirmed (it could imitate authentik's login).
  const tokensPage = fromLink && (typedHost === null || (asksToConfirm && confirmedHost !== typedHost)) ? null : tokensPageUrl(url);
  const attemptedHost = connect.variables ? displayHost(connect.variables.base) : 'authentik';

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Connect to authentik">
      <Field
        label="authentik URL"
        error={form.formState.errors.url?.message}
        help="The address you open authentik with, for example authentik.company. If authentik runs under a sub-path, include it."
      >
        {(control) => (
          <input
            {...control}
            {...form.register('url')}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="authentik.company"
          />
        )}
      </Field>
      {asksToConfirm ? (
        <LinkHostNotice
          host={typedHost}
          confirmed={confirmedHost === typedHost}
          onConfirm={(checked) => setConfirmedHost(checked ? typedHost : null)}
          refused={refusedHost === typedHost}
        />
      ) : fromLink && typedHost === null && url.trim() !== '' ? (
        <LinkAddressNotice />
      ) : null}
      <Field
        label="API token"
        error={form.formState.errors.token?.message}
        help={
          <>
            Create one in authentik under <strong>Directory › Tokens and App passwords › Create</strong>, with intent <strong>API</strong>, for a
            superuser or a user allowed to create applications and providers.{' '}
            {tokensPage ? (
              <a href={tokensPage} target="_blank" rel="noreferrer noopener">
                Open the tokens page of this authentik
              </a>
            ) : null}{' '}
            The token stays in this tab’s memory: it is never written to the address bar, history or logs, and to storage only if you tick “Remember”
            below.
          </>
        }
      >
        {(control) => (
          <span className="input-with-button">
            <input {...control} {...form.register('token')} type={showToken ? 'text' : 'password'} autoComplete="off" spellCheck={false} />
            <button type="button" className="button-ghost" aria-pressed={showToken} onClick={() => setShowToken((v) => !v)}>
              {showToken ? 'Hide' : 'Show'}
            </button>
          </span>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...form.register('remember')} />
        <span>
          Remember the token in this tab until it is closed{' '}
          <span className="muted">(sessionStorage; off by default, so a reload asks for it again)</span>
        </span>
      </label>
      <div className="actions step-actions">
        <button type="submit" className="button-primary" disabled={connect.isPending}>
          {connect.isPending ? 'Connecting…' : 'Connect'}
        </button>
        {proxy.data?.demo ? (
          <span className="demo-picker">
            <button type="button" className="button-secondary" onClick={() => void connectToDemo()} disabled={connect.isPending}>
              Use the demo authentik (simulated)
            </button>
            <label>
              <span className="muted small">as release</span>{' '}
              <select value={demoRelease} onChange={(event) => setDemoRelease(event.target.value)} aria-label="Release of the demo authentik">
                {[...RELEASES].reverse().map((release) => (
                  <option key={release} value={release}>
                    {release}
                  </option>
                ))}
              </select>
            </label>
          </span>
        ) : null}
      </div>
      {connect.isError ? <ProblemAlert error={connect.error} host={attemptedHost} /> : null}
    </form>
  );
}
