/**
 * "Groups for the app's roles": for each role group the documented name, which the wizard creates
 * right before the pair (or reuses when authentik has it), or another existing group picked from a
 * search over authentik. Changes go to the address bar at once; nothing is sent before Create.
 */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { SearchField } from '../../../../components/ui/field';
import type { AuthentikClient } from '../../../../lib/authentik/client';
import { groupSearchQuery } from '../../api/access';
import { roleGroupNameProblem } from '../../engine/role-groups';
import type { RoleGroup } from '../../engine/types';
import { ADD_GROUP_PERMISSION, type RoleGroupStatus, type RoleGroupsState } from './use-role-groups';

export function RoleGroupsChoice(props: { appName: string; client: AuthentikClient; roles: RoleGroupsState }) {
  const { roles, appName } = props;
  const id = useId();
  if (roles.groups.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Groups for {appName}’s roles</h2>
      <p className="muted">
        {appName} gives roles by authentik group. The configuration values name the groups chosen here; a missing one is created, empty, right before
        the application (a group of the same name is reused, never changed).
      </p>
      <ul className="stack" aria-label={`Role groups of ${appName}`} style={{ listStyle: 'none', padding: 0 }}>
        {roles.groups.map((group) => (
          <RoleGroupRow key={group.key} group={group} client={props.client} roles={roles} />
        ))}
      </ul>
    </section>
  );
}

const STATUS_TEXT: Record<RoleGroupStatus, string> = {
  checking: 'Looking it up in authentik…',
  exists: 'authentik has this group: it is used as it is.',
  create: 'Will be created right before the application.',
  refused: `authentik has no group of this name, and this token may not create one (${ADD_GROUP_PERMISSION}). Pick an existing group, or create it in authentik yourself.`,
  unknown: 'The groups could not be read from authentik; it is created if missing, or reused.',
};

function RoleGroupRow(props: { group: RoleGroup; client: AuthentikClient; roles: RoleGroupsState }) {
  const { group, roles } = props;
  const name = roles.names[group.key] ?? group.name;
  const status = roles.status(name);
  const [picking, setPicking] = useState(false);
  const label = `${group.role}: “${name}”`;
  return (
    <li className="stack">
      <div>
        <strong>{group.role}</strong> — members of <strong>{name}</strong>
        <br />
        <span className={status === 'refused' ? 'field-error' : 'field-help'} role={status === 'refused' ? 'alert' : undefined}>
          {STATUS_TEXT[status]}
        </span>
      </div>
      <div className="actions">
        <button type="button" className="button-secondary button-small" onClick={() => setPicking(!picking)} aria-expanded={picking}>
          {picking ? 'Done' : `Pick another group for ${group.role}`}
        </button>
        {name !== group.name ? (
          <button type="button" className="button-ghost button-small" onClick={() => roles.setName(group.key, group.name)}>
            Use “{group.name}”
          </button>
        ) : null}
      </div>
      {picking ? (
        <GroupPicker group={group} client={props.client} current={name} label={label} onPick={(picked) => roles.setName(group.key, picked)} />
      ) : null}
    </li>
  );
}

function GroupPicker(props: { group: RoleGroup; client: AuthentikClient; current: string; label: string; onPick: (name: string) => void }) {
  const { group } = props;
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const found = useQuery(groupSearchQuery(props.client, deferred));
  return (
    <div className="stack">
      <SearchField label={`Find a group for ${group.role}`} value={search} onChange={setSearch} />
      {found.isError ? <p className="field-error">The groups could not be read from authentik.</p> : null}
      <ul className="summary-list" aria-label={`Groups for ${group.role}`}>
        {(found.data ?? []).map((option) => {
          const problem = roleGroupNameProblem(group, option.name);
          return (
            <li key={option.pk}>
              <button
                type="button"
                className="button-secondary button-small"
                disabled={option.name === props.current || problem !== null}
                title={problem ?? undefined}
                onClick={() => props.onPick(option.name)}
              >
                Use {option.name} for {group.role}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
