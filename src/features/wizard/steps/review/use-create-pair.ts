/**
 * Create: one PUT. After an ambiguous failure the next attempt first looks for the pair, so it is
 * never created twice; a lost answer is settled by asking authentik at once. Also sorts what
 * authentik refused to the input or choice that owns it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../../lib/authentik/problem';
import type { Connection } from '../../../connection/connection-store';
import { createOnce, isAmbiguousError, settleLostCreate, type Taken } from '../../api/create-pair';
import { providerNameFor } from '../../engine/compile';
import { pairKey } from '../../api/pair';
import { refreshStaleDiscovery } from '../../api/stale-discovery';
import { isAlreadyExists, ownerOf } from '../../engine/error-owners';
import type { CreatedPair, IntegrationDefinition } from '../../engine/types';
import type { GenericChoice } from '../../engine/wizard-params';
import type { ReviewModel } from './use-review-model';

export function useCreatePair(options: {
  definition: IntegrationDefinition;
  inputs: Record<string, string>;
  connection: Connection;
  model: ReviewModel;
  /** Called with the slug once authentik has the pair. */
  onCreated: (slug: string) => void;
}) {
  const { definition, inputs, model } = options;
  const { client } = options.connection;
  const { built, resolved, identity, badIdentity, taken } = model;
  const collides = taken.data !== undefined && (taken.data.slug || taken.data.provider !== null);
  const queryClient = useQueryClient();
  const [recover, setRecover] = useState(false);
  const [refreshed, setRefreshed] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const create = useMutation({
    mutationFn: async (): Promise<CreatedPair> => {
      if (!built?.request || !resolved?.context) throw new Error('Nothing to create yet.');
      abort.current = new AbortController();
      return createOnce(
        client,
        { definition, inputs, identity, context: resolved.context, policyBindings: model.access.bindings, roleGroups: model.roles.toEnsure },
        recover,
        abort.current.signal,
      );
    },
    onSuccess: (pair) => {
      setRecover(false);
      queryClient.setQueryData(pairKey(client, identity.slug), pair);
      options.onCreated(identity.slug);
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
  const conflict = !lostAnswer && ((validation && isAlreadyExists(validation.fields)) || (collides && !create.isPending));
  const choiceErrors: Partial<Record<GenericChoice, string>> = {};
  const inputErrors: Record<string, string> = {};
  const otherErrors: string[] = [...(validation?.nonField ?? [])];
  for (const [path, messages] of Object.entries(validation?.fields ?? {})) {
    const owner = ownerOf(definition, path);
    if (owner.kind === 'choice') choiceErrors[owner.choice] = messages.join(' ');
    else if (owner.kind === 'input') inputErrors[owner.input] = messages.join(' ');
    else otherErrors.push(`${path}: ${messages.join(' ')}`);
  }
  // What collided: what authentik answers when asked, and what it refused (it may have changed since).
  const refusedTaken = (path: string) =>
    (validation?.fields[path] ?? []).some((message) => /already exists|exists already|must_created/i.test(message));
  const conflictTaken: Taken | null =
    conflict && (taken.data || validation)
      ? {
          slug: Boolean(taken.data?.slug) || refusedTaken('app.slug'),
          provider: taken.data?.provider ?? (refusedTaken('provider.name') ? { name: providerNameFor(identity.name), application: null } : null),
        }
      : null;
  const canCreate =
    Boolean(built?.request) &&
    !badIdentity.appName &&
    !badIdentity.slug &&
    !create.isPending &&
    !collides &&
    settled.data !== 'created' &&
    model.access.blocker === null;

  return {
    create,
    refreshed,
    lostAnswer,
    settled,
    elapsed,
    validation,
    permission,
    conflict,
    conflictTaken,
    choiceErrors,
    inputErrors,
    otherErrors,
    canCreate,
    start: () => {
      if (create.isPending) return;
      setStartedAt(Date.now());
      create.mutate();
    },
    cancel: () => abort.current?.abort(),
  };
}

export type CreatePairState = ReturnType<typeof useCreatePair>;

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
