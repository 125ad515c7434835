/**
 * "Who may sign in": everyone with an account (said explicitly, with a warning on sensitive apps),
 * members of one or more groups, or specific users, each picked from a search over authentik.
 * Changes go to the address bar at once; nothing is sent to authentik before Create.
 */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { Alert } from '../../../../components/ui/alert';
import { SearchField } from '../../../../components/ui/field';
import type { AuthentikClient } from '../../../../lib/authentik/client';
import { groupSearchQuery, userSearchQuery } from '../../api/access';
import { cleanName, describeAccess, MAX_ACCESS_NAMES, type AccessMode } from '../../engine/access';
import type { AccessState } from './use-access';

const MODES: ReadonlyArray<{ mode: AccessMode; label: string; help: string }> = [
  { mode: 'everyone', label: 'Everyone with an authentik account', help: 'No binding: authentik lets every user open an application that has none.' },
  {
    mode: 'groups',
    label: 'Members of one or more groups',
    help: 'One group binding each; a member of any of them may sign in (members of groups below them too).',
  },
  { mode: 'users', label: 'Specific users', help: 'One user binding each.' },
];

export function AccessChoice(props: { appName: string; sensitive: boolean; client: AuthentikClient; access: AccessState }) {
  const { access, appName } = props;
  const { choice } = access;
  // The address bar updates in a transition: the radio shows the click at once, not after it.
  const [clicked, setClicked] = useState<{ mode: AccessMode; from: AccessMode | null } | null>(null);
  const shown: AccessMode = clicked && clicked.from === choice.mode ? clicked.mode : (choice.mode ?? 'everyone');
  const name = useId();
  return (
    <section className="card stack" aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>Who may sign in to {appName}</h2>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="sr-only">Who may sign in</legend>
        {MODES.map((option) => {
          const disabled = option.mode !== 'everyone' && !access.allowed;
          return (
            <label key={option.mode} className="checkbox">
              <input
                type="radio"
                name={`${name}-mode`}
                value={option.mode}
                checked={shown === option.mode}
                disabled={disabled}
                onChange={() => {
                  setClicked({ mode: option.mode, from: choice.mode });
                  access.setChoice({ mode: option.mode, names: option.mode === choice.mode ? choice.names : [] });
                }}
              />
              <span>
                {option.label}
                <br />
                <span className="field-help">{option.help}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {access.allowed ? null : (
        <p className="muted">
          This token may not create policy bindings (authentik_policies.add_policybinding), so only “everyone” can be sent. Restrict access in
          authentik afterwards, or connect with a token that may.
        </p>
      )}
      {shown === 'everyone' && props.sensitive ? (
        <Alert tone="warning" title={`Everyone with an authentik account could sign in to ${appName}`}>
          <p>
            {appName} gives power over infrastructure, security or cloud accounts. Restrict it to the group of people who run it, unless every account
            in this authentik should have it.
          </p>
        </Alert>
      ) : null}
      {choice.mode === 'groups' || choice.mode === 'users' ? <NamePicker {...props} mode={choice.mode} /> : null}
      <p>
        <strong>Will be sent:</strong> {describeAccess(choice)}
      </p>
      {access.blocker && (choice.mode === 'groups' || choice.mode === 'users') ? (
        <p className="field-error" role="alert">
          {access.blocker}
        </p>
      ) : null}
    </section>
  );
}

function NamePicker(props: { client: AuthentikClient; access: AccessState; mode: 'groups' | 'users' }) {
  const { access, mode } = props;
  const { choice } = access;
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const groups = useQuery({ ...groupSearchQuery(props.client, deferred), enabled: mode === 'groups' });
  const users = useQuery({ ...userSearchQuery(props.client, deferred), enabled: mode === 'users' });
  const options =
    mode === 'groups'
      ? (groups.data ?? []).map((group) => ({ key: group.name, label: group.name }))
      : (users.data ?? []).map((user) => ({ key: user.username, label: user.name ? `${user.username} (${user.name})` : user.username }));
  const failed = mode === 'groups' ? groups.isError : users.isError;
  const noun = mode === 'groups' ? 'group' : 'user';
  const add = (key: string) => {
    const clean = cleanName(key);
    if (clean === null || choice.names.includes(clean) || choice.names.length >= MAX_ACCESS_NAMES) return;
    access.setChoice({ mode, names: [...choice.names, clean] });
  };
  const remove = (key: string) => access.setChoice({ mode, names: choice.names.filter((entry) => entry !== key) });
  return (
    <div className="stack">
      {choice.names.length > 0 ? (
        <ul className="summary-list" aria-label={`Chosen ${noun}s`}>
          {choice.names.map((entry) => (
            <li key={entry}>
              {entry}{' '}
              <button type="button" className="button-ghost button-small" onClick={() => remove(entry)} aria-label={`Remove ${entry}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <SearchField
        label={`Find a ${noun}`}
        help={mode === 'groups' ? 'Searches the group names of this authentik.' : 'Searches user names, names and email addresses.'}
        value={search}
        onChange={setSearch}
      />
      {failed ? <p className="field-error">The {noun}s could not be read from authentik.</p> : null}
      <ul className="summary-list" aria-label={`Matching ${noun}s`}>
        {options.map((option) => (
          <li key={option.key}>
            <button
              type="button"
              className="button-secondary button-small"
              disabled={choice.names.includes(option.key)}
              onClick={() => add(option.key)}
            >
              Add {option.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
