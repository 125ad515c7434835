/**
 * The access choice of the review screen: read from the address bar, written back to it (so a
 * reload or a share link keeps it, by name), resolved to this instance's pks, and turned into the
 * `policy_bindings` the create sends. A token that may not create bindings is never offered to.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Connection } from '../../../connection/connection-store';
import { resolveAccessQuery } from '../../api/access';
import { accessBindings, accessParams, incompleteAccess, missingNames, readAccess, restricts, type AccessChoice } from '../../engine/access';
import { withParams } from '../../engine/wizard-params';

/** The permission the transactional create checks for each binding entry. */
export const BINDING_PERMISSION = 'authentik_policies.add_policybinding';

export function canBind(connection: Connection): boolean {
  return connection.user.is_superuser || (connection.user.system_permissions ?? []).includes(BINDING_PERMISSION);
}

export function useAccess(connection: Connection) {
  const [params, setParams] = useSearchParams();
  const choice = readAccess(params);
  const key = `${choice.mode ?? ''}\n${choice.names.join('\n')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- stable per content, not per parse
  const stableChoice = useMemo(() => choice, [key]);
  const setChoice = useCallback(
    (next: AccessChoice) => setParams((current) => withParams(current, accessParams(next)), { replace: true }),
    [setParams],
  );
  const allowed = canBind(connection);
  const resolved = useQuery({ ...resolveAccessQuery(connection.client, stableChoice), enabled: restricts(stableChoice) && allowed });
  const missing = resolved.data ? missingNames(stableChoice, resolved.data) : [];
  const bindings = useMemo(() => (resolved.data ? accessBindings(stableChoice, resolved.data) : []), [resolved.data, stableChoice]);
  const incomplete = incompleteAccess(stableChoice);
  // What stops Create: an unfinished choice, names this authentik lacks, or a choice this token may not send.
  const blocker = !restricts(stableChoice)
    ? incomplete
    : !allowed
      ? 'This token may not create policy bindings; let everyone sign in, or connect with a token that may.'
      : resolved.isError
        ? 'The groups or users could not be read from authentik.'
        : !resolved.data
          ? 'Looking up the chosen groups or users…'
          : missing.length > 0
            ? `authentik has no ${stableChoice.mode === 'groups' ? 'group' : 'user'} named ${missing.map((name) => `“${name}”`).join(', ')}.`
            : null;
  return { choice: stableChoice, setChoice, allowed, resolved, missing, bindings, blocker };
}

export type AccessState = ReturnType<typeof useAccess>;
