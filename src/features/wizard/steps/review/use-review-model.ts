/**
 * What the review screen shows before anything is sent: authentik's flows, keys and mappings
 * read once, the admin's choices from the URL, and the exact request (and its GitOps files)
 * built from them. Reads only; creating is use-create-pair.ts.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { displayHost } from '../../../../lib/authentik/base-url';
import { capabilities, NEWEST_RELEASE, parseRelease } from '../../../../lib/authentik/releases';
import { permissionsForCreating } from '../../../connection/check-connection';
import type { Connection } from '../../../connection/connection-store';
import { combineDiscovery, discoveryQueries } from '../../api/discovery';
import { whatIsTaken } from '../../api/create-pair';
import { describeRequest } from '../../engine/describe-request';
import { resolveContext } from '../../engine/resolve-context';
import type { AppIdentity, IntegrationDefinition } from '../../engine/types';
import { readChoices, withChoices, type GenericChoices } from '../../engine/wizard-params';
import { exportPlan } from '../../export/plan';
import { releaseNotes, supportNotice } from '../../protocols/release-notes';
import { identityErrors } from './advanced-choices';
import { useAccess } from '../access/use-access';
import { useRoleGroups } from '../access/use-role-groups';
import { roleGroupNames } from '../../engine/role-groups';
import { storedSpMetadata } from '../../sp-metadata-store';
import { useRememberedChoices } from '../../choice-memory';

/** Superusers, and tokens whose user holds the global outpost change permission (never asked to write otherwise). */
function mayChangeOutposts(connection: Connection): boolean {
  return connection.user.is_superuser || (connection.user.system_permissions ?? []).includes('authentik_outposts.change_outpost');
}

export function useReviewModel(definition: IntegrationDefinition, inputs: Record<string, string>, connection: Connection) {
  const { client } = connection;
  const host = displayHost(client.target.base);
  const [params, setParams] = useSearchParams();
  useRememberedChoices(definition.id);
  const choices = readChoices(params);
  const setChoices = useCallback((values: GenericChoices) => setParams((current) => withChoices(current, values), { replace: true }), [setParams]);

  const parsedRelease = parseRelease(connection.version ?? '');
  const release = capabilities(parsedRelease?.id ?? NEWEST_RELEASE);
  const support = supportNotice(parsedRelease);
  const discovery = useQueries({ queries: discoveryQueries(client, definition, release) });
  const discoveryError = discovery.find((query) => query.isError)?.error;
  const discovered = discovery.every((query) => query.isSuccess) ? combineDiscovery(discovery.map((query) => query.data) as never) : null;
  // The SP's metadata, when the admin gave it on the first step and its entity ID is still the one typed.
  const mayCreateKeypairs =
    connection.user.is_superuser || (connection.user.system_permissions ?? []).includes('authentik_crypto.add_certificatekeypair');
  const inputsKey = JSON.stringify(inputs);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const spMetadata = useMemo(() => storedSpMetadata(definition, inputs, mayCreateKeypairs), [definition, inputsKey, mayCreateKeypairs]);
  const resolved = useMemo(() => {
    const found = discovered
      ? resolveContext(definition, discovered, choices, { release, base: client.target.base, canChangeOutposts: mayChangeOutposts(connection) })
      : null;
    return found?.context && spMetadata ? { ...found, context: { ...found.context, spMetadata: spMetadata.settings } } : found;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [discovered, definition, choices, release, client.target.base, connection.user, spMetadata]);

  const derived = definition.identity(inputs);
  const identity: AppIdentity = { name: choices.appName ?? derived.name, slug: choices.slug ?? derived.slug };
  const badIdentity = identityErrors(identity, release.applicationSlugMaxLength);
  // Who may sign in: sent as policy_bindings in the same request (steps/access).
  const access = useAccess(connection);
  // The groups the app's roles come from: made (or reused) right before the pair.
  const roles = useRoleGroups(definition, connection);
  const built = useMemo(() => {
    if (!resolved?.context) return null;
    try {
      const request = definition.build(inputs, identity, resolved.context);
      return { request: access.bindings.length > 0 ? { ...request, policy_bindings: access.bindings } : request, error: null };
    } catch (error) {
      return { request: null, error: error instanceof Error ? error.message : String(error) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resolved, definition, inputs, identity.name, identity.slug, access.bindings]);

  // The same request as files for GitOps; built only when the request itself could be.
  const plan = useMemo(
    () =>
      built?.request && resolved?.context
        ? exportPlan({
            definition,
            inputs,
            identity,
            context: resolved.context,
            access: access.choice,
            roleGroups: roleGroupNames(definition.roleGroups, roles.names),
          })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [built, resolved, definition, inputs, identity.name, identity.slug, access.choice, roles.names],
  );

  // Asked before Create, and again after authentik refused a name: which object is taken.
  const taken = useQuery({
    queryKey: ['authentik', client.target.base, 'taken', identity.slug, identity.name],
    queryFn: ({ signal }) => whatIsTaken(client, identity, signal),
    enabled: !badIdentity.slug && !badIdentity.appName,
    staleTime: 0,
  });

  const summary = built?.request && resolved?.context ? describeRequest(built.request, resolved.context) : null;
  const missingPermissions = connection.user.is_superuser ? [] : permissionsForCreating(definition.protocol.providerModel);

  return {
    host,
    setChoices,
    parsedRelease,
    release,
    support,
    notes: releaseNotes(definition.protocol, release),
    discovery,
    discoveryError,
    discovered,
    resolved,
    identity,
    badIdentity,
    built,
    plan,
    taken,
    summary,
    missingPermissions,
    access,
    roles,
    spMetadata,
  };
}

export type ReviewModel = ReturnType<typeof useReviewModel>;
