import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { Alert } from '../../../components/ui/alert';
import { announce } from '../../../components/ui/announcer';
import { displayHost } from '../../../lib/authentik/base-url';
import type { Connection } from '../../connection/connection-store';
import { pairKey, pairQuery, patchProvider } from '../api/pair';
import { pairChecks } from '../engine/checks/pair-checks';
import { readAccess, restricts } from '../engine/access';
import { createShared, runCheck, STATUS_LABEL, summarize, summaryText } from '../engine/checks/run-checks';
import type { Check, CheckContext, CheckFix, CheckResult, CheckStatus, CheckUser } from '../engine/checks/types';
import type { CreatedPair, IntegrationDefinition, ManualTest } from '../engine/types';
import { stepLink } from '../steps';
import { WithPair } from './configure-step';
import { FixDiff } from '../components/fix-diff';
import { ShareLinkButton } from '../components/share-link-button';

export function VerifyStep() {
  return (
    <WithPair why="Connect to check this application and its provider in authentik. The checks only read, unless you confirm a fix.">
      {(pair, connection, definition) => <VerifyScreen pair={pair} connection={connection} definition={definition} />}
    </WithPair>
  );
}

const STATUS_MARK: Record<CheckStatus | 'running', string> = { pass: '✓', warn: '!', fail: '✗', unknown: '?', running: '…' };

interface PendingFix {
  check: Check;
  fix: CheckFix;
  opener: HTMLElement | null;
}

function VerifyScreen(props: { pair: CreatedPair; connection: Connection; definition: IntegrationDefinition }) {
  const { connection, definition } = props;
  const { client } = connection;
  const slug = props.pair.application.slug;
  const host = displayHost(client.target.base);
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  // The same cache entry WithPair reads: its timestamp identifies one verification round.
  const pairState = useQuery(pairQuery(client, slug));
  // Pair and round come from the same snapshot, so a round never runs on an older pair.
  const pair = pairState.data ?? props.pair;
  const round = pairState.dataUpdatedAt;
  // Checks read the pair as authentik has it now, never a copy cached by an earlier screen.
  const [openedAt] = useState(() => Date.now());
  const fresh = round >= openedAt;
  const { refetch } = pairState;
  useEffect(() => {
    if (!fresh) void refetch();
  }, [fresh, refetch]);
  const [sharedByRound] = useState(() => new Map<number, CheckContext['shared']>());
  const [pending, setPending] = useState<PendingFix | null>(null);
  // Where focus goes once the dialog has closed (a modal dialog keeps the page inert until then).
  const focusAfterClose = useRef<HTMLElement | string | null>(null);

  // The same list the audit runs for this pair (engine/checks/pair-checks.ts).
  const signs = definition.protocol.signingKeyPk(pair) !== null;
  // Who may sign in, as chosen on the access step (kept in the address bar by name).
  const choice = readAccess(params);
  const access = restricts(choice) ? 'restricted' : choice.mode === 'everyone' ? 'everyone' : null;
  const checks = useMemo(() => pairChecks(definition, pair, { access }), [definition, signs, access]); // eslint-disable-line react-hooks/exhaustive-deps
  const user: CheckUser = {
    pk: connection.user.pk,
    is_superuser: connection.user.is_superuser,
    username: connection.user.username,
    email: connection.user.email ?? '',
  };
  const sharedFor = (key: number) => {
    let shared = sharedByRound.get(key);
    if (!shared) {
      shared = createShared();
      sharedByRound.set(key, shared);
    }
    return shared;
  };

  const results = useQueries({
    queries: checks.map((check) => ({
      queryKey: [...pairKey(client, slug), 'check', round, check.id] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => runCheck(check, { pair, client, user, signal, shared: sharedFor(round) }, host),
      staleTime: Infinity,
      gcTime: 0,
      retry: false,
      refetchOnWindowFocus: false,
      enabled: fresh,
    })),
  });
  const data = results.map((result) => result.data);
  const summary = summarize(checks.length, data);
  const running = summary.done < summary.total || pairState.isFetching || !fresh;

  // The summary below is the live region: it says "Checking…", then the counts.
  const checkAgain = () => void refetch();

  const fix = useMutation({
    mutationFn: (target: PendingFix) => patchProvider(client, pair, target.fix.patch),
    onSuccess: (updated, target) => {
      queryClient.setQueryData(pairKey(client, slug), updated);
      focusAfterClose.current = `check-${target.check.id}`;
      setPending(null);
      announce(`Applied: ${target.fix.label}. Checking again…`);
    },
  });

  const openFix = (check: Check, target: CheckFix, opener: HTMLElement) => {
    fix.reset();
    setPending({ check, fix: target, opener });
  };
  const closeFix = () => {
    focusAfterClose.current = pending?.opener ?? null;
    setPending(null);
  };
  const restoreFocus = () => {
    const target = focusAfterClose.current;
    focusAfterClose.current = null;
    const element = typeof target === 'string' ? document.getElementById(target) : target;
    element?.focus();
  };

  return (
    <div className="stack">
      <h1>Verify {definition.name}</h1>
      <p className="lead">
        The wizard reads <strong>{pair.application.name}</strong> (<code>{slug}</code>) and what authentik publishes for it, and checks the settings
        that most often break a login. Nothing changes unless you confirm a fix.
      </p>

      {checks.length === 0 ? (
        <Alert tone="info" title="No automatic checks">
          <p>{definition.name} declares no checks. Test the login as described below.</p>
        </Alert>
      ) : (
        <section className="card verify-summary" aria-labelledby="verify-summary-title">
          <h2 id="verify-summary-title">Result</h2>
          <div className="progress">
            <progress max={summary.total} value={summary.done} aria-label="Checks done" />
            <span>
              {summary.done} of {summary.total} checks done
            </span>
          </div>
          <p role="status" aria-live="polite" aria-atomic="true" className="verify-summary-text" data-testid="verify-summary">
            {running ? 'Checking…' : summaryText(summary)}
          </p>
          <ul className="verify-counts" aria-label="Counts">
            <li data-status="pass">Passed: {summary.pass}</li>
            <li data-status="warn">Warnings: {summary.warn}</li>
            <li data-status="fail">Failed: {summary.fail}</li>
            <li data-status="unknown">Could not check: {summary.unknown}</li>
          </ul>
          <div className="actions">
            <button type="button" className="button-secondary" onClick={checkAgain} disabled={running}>
              {running ? 'Checking…' : 'Check again'}
            </button>
            <span className="muted">After a test login in {definition.name}, check again: authentik records refused logins.</span>
          </div>
        </section>
      )}

      {checks.length > 0 ? (
        <section aria-labelledby="verify-checks-title">
          <h2 id="verify-checks-title">Checks</h2>
          <ol className="check-list">
            {checks.map((check, index) => (
              <CheckItem key={check.id} check={check} result={data[index]} onFix={openFix} />
            ))}
          </ol>
        </section>
      ) : null}

      {definition.manualTest ? <ManualTestSection name={definition.name} test={definition.manualTest} checks={checks} results={data} /> : null}

      <WhatNext definition={definition} pair={pair} backTo={stepLink(definition.id, 'configure', { slug, search: params })} />

      <FixDialog
        pending={pending}
        providerName={pair.provider.name}
        saving={fix.isPending}
        error={fix.isError ? fix.error : null}
        host={host}
        onConfirm={() => pending && fix.mutate(pending)}
        onCancel={closeFix}
        onClosed={restoreFocus}
      />
    </div>
  );
}

function CheckItem(props: { check: Check; result: CheckResult | undefined; onFix: (check: Check, fix: CheckFix, opener: HTMLElement) => void }) {
  const { check, result } = props;
  const status = result?.status ?? 'running';
  const titleId = `check-${check.id}-title`;
  return (
    <li id={`check-${check.id}`} className="check" data-status={status} tabIndex={-1} data-testid={`check-${check.id}`}>
      <div className="check-head">
        <span className={`check-status check-status-${status}`}>
          <span aria-hidden="true">{STATUS_MARK[status]}</span> {result ? STATUS_LABEL[result.status] : 'Checking…'}
        </span>
        <h3 id={titleId}>{check.title}</h3>
      </div>
      <p className="muted check-why">{check.why}</p>
      {result && (result.expected !== undefined || result.actual !== undefined) ? (
        <dl className="facts">
          {result.expected !== undefined ? (
            <>
              <dt>Expected</dt>
              <dd>
                <code className="pre-line">{result.expected}</code>
              </dd>
            </>
          ) : null}
          {result.actual !== undefined ? (
            <>
              <dt>Actual</dt>
              <dd>
                <code className="pre-line">{result.actual}</code>
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {result?.detail ? <p className="check-detail">{result.detail}</p> : null}
      {result?.fix && result.status !== 'pass' ? (
        <div className="actions">
          <button type="button" className="button-secondary button-small" onClick={(event) => props.onFix(check, result.fix!, event.currentTarget)}>
            Fix: {result.fix.label}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function FixDialog(props: {
  pending: PendingFix | null;
  providerName: string;
  saving: boolean;
  error: unknown;
  host: string;
  onConfirm: () => void;
  onCancel: () => void;
  onClosed: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = props.pending !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const fix = props.pending?.fix;
  return (
    <dialog
      ref={dialog}
      className="fix-dialog"
      aria-labelledby="fix-dialog-title"
      onClose={props.onClosed}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.saving) props.onCancel();
      }}
    >
      {fix ? (
        <div className="stack">
          <h2 id="fix-dialog-title">{fix.label}</h2>
          <p>
            This changes the provider <strong>{props.providerName}</strong> in authentik:
          </p>
          <FixDiff changes={fix.describe} />
          {props.error ? <ProblemAlert error={props.error} host={props.host} /> : null}
          <div className="actions">
            <button type="button" className="button-primary" onClick={props.onConfirm} disabled={props.saving}>
              {props.saving ? 'Applying…' : 'Apply fix'}
            </button>
            <button type="button" className="button-secondary" onClick={props.onCancel} disabled={props.saving}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

function ManualTestSection(props: { name: string; test: ManualTest; checks: Check[]; results: (CheckResult | undefined)[] }) {
  const statusOf = (id: string) => {
    const index = props.checks.findIndex((check) => check.id === id);
    const result = index >= 0 ? props.results[index] : undefined;
    return { check: props.checks[index], label: result ? STATUS_LABEL[result.status].toLowerCase() : 'checking' };
  };
  return (
    <section className="card" aria-labelledby="manual-test-title">
      <h2 id="manual-test-title">Test the login in {props.name}</h2>
      <ol className="summary-list">
        {props.test.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        <strong>When it works:</strong> {props.test.success}
      </p>
      {props.test.errors.length > 0 ? (
        <>
          <h3>If you see an error</h3>
          <dl className="error-meanings">
            {props.test.errors.map((error) => {
              const related = error.checkId ? statusOf(error.checkId) : null;
              return (
                <div key={error.message}>
                  <dt>“{error.message}”</dt>
                  <dd>
                    {error.meaning}
                    {related?.check ? (
                      <>
                        {' '}
                        <a href={`#check-${related.check.id}`}>
                          See the check “{related.check.title}” ({related.label})
                        </a>
                      </>
                    ) : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : null}
    </section>
  );
}

/** The app's sign-in address as authentik reports it: only an http(s) URL is offered as a link. */
export function loginUrlOf(pair: CreatedPair): string | null {
  for (const candidate of [pair.application.launch_url, pair.application.meta_launch_url]) {
    if (typeof candidate !== 'string' || candidate === '') continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not an address: not offered
    }
  }
  return null;
}

/**
 * Where the admin goes from here: test the sign-in in a new tab, then finish, connect another app
 * or audit. The actions are the step's sticky bar (a direct child of the step, so it stays in view).
 */
function WhatNext(props: { definition: IntegrationDefinition; pair: CreatedPair; backTo: ReturnType<typeof stepLink> }) {
  const loginUrl = loginUrlOf(props.pair);
  return (
    <>
      <section className="card" aria-labelledby="verify-next-title">
        <h2 id="verify-next-title">What next</h2>
        <p>
          {loginUrl
            ? `Test the sign-in: ${props.definition.name} opens in a new tab; choose its authentik button there, then come back and check again.`
            : `Open ${props.definition.name} and sign in with authentik, then come back and check again.`}
        </p>
        <ShareLinkButton definition={props.definition} />
      </section>
      <div className="actions step-actions">
        {loginUrl ? (
          <a className="button-primary" href={loginUrl} target="_blank" rel="noopener noreferrer">
            Test sign-in<span className="sr-only"> (opens {props.definition.name} in a new tab)</span>
          </a>
        ) : null}
        <Link className={loginUrl ? 'button-secondary' : 'button-primary'} to="/">
          Done
        </Link>
        <Link className="button-secondary" to="/" state={{ focusSearch: true }}>
          Connect another app
        </Link>
        <Link className="button-ghost" to="/audit">
          Audit your authentik
        </Link>
        <Link className="button-ghost" to={props.backTo}>
          Back to the configuration values
        </Link>
      </div>
    </>
  );
}
