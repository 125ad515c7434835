/**
 * The app's role groups on the review: the names chosen (from the address bar, so a reload or a
 * share link keeps them, by name), which of them authentik already has, and which the create may
 * make. A token without `authentik_core.add_group` is never asked to create a group: a missing one
 * is left out of the create and the screen says which permission is missing.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Connection } from '../../../connection/connection-store';
import { ADD_GROUP_PERMISSION, existingGroupsQuery } from '../../api/role-groups';
import { readRoleGroups, roleGroupNames, roleGroupParams } from '../../engine/role-groups';
import type { IntegrationDefinition } from '../../engine/types';
import { withParams } from '../../engine/wizard-params';

export { ADD_GROUP_PERMISSION } from '../../api/role-groups';

/** What becomes of one chosen name when Create is clicked. */
export type RoleGroupStatus = 'checking' | 'exists' | 'create' | 'refused' | 'unknown';

export function canAddGroups(connection: Connection): boolean {
  return connection.user.is_superuser || (connection.user.system_permissions ?? []).includes(ADD_GROUP_PERMISSION);
}

export function useRoleGroups(definition: IntegrationDefinition, connection: Connection) {
  const [params, setParams] = useSearchParams();
  const groups = definition.roleGroups;
  const names = readRoleGroups(groups, params);
  const key = JSON.stringify(names);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- stable per content, not per parse
  const chosen = useMemo(() => names, [key]);
  const setName = useCallback(
    (groupKey: string, name: string) =>
      setParams((current) => withParams(current, roleGroupParams(groups, { ...readRoleGroups(groups, current), [groupKey]: name })), {
        replace: true,
      }),
    [groups, setParams],
  );
  const distinct = roleGroupNames(groups, chosen);
  const existing = useQuery({ ...existingGroupsQuery(connection.client, distinct), enabled: distinct.length > 0 });
  const mayCreate = canAddGroups(connection);
  const status = (name: string): RoleGroupStatus => {
    if (existing.isError) return 'unknown';
    if (!existing.data) return 'checking';
    if (name in existing.data) return 'exists';
    return mayCreate ? 'create' : 'refused';
  };
  // Making sure a group exists reuses one of the same name, so a token that may create passes them all;
  // one that may not passes only the names authentik already has (read, never written).
  const toEnsure = mayCreate ? distinct : distinct.filter((name) => existing.data !== undefined && name in existing.data);
  return { groups, names: chosen, setName, status, mayCreate, toEnsure };
}

export type RoleGroupsState = ReturnType<typeof useRoleGroups>;
