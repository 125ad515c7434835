/**
 * Who may sign in to the application: everyone with an account, members of some groups, or some
 * users. The choice lives in the address bar (and share links) by group and user NAME, never by
 * an instance's pk: a link opened on another authentik names the same groups. It becomes
 * `policy_bindings` of the transactional create, so the pair and its bindings are created together
 * or not at all.
 */
import type { components } from '../../../lib/authentik/schema.gen';
import { GENERIC_PARAMS } from './wizard-params';

export type PolicyBindingRequest = components['schemas']['TransactionPolicyBindingRequest'];

export type AccessMode = 'everyone' | 'groups' | 'users';

export interface AccessChoice {
  /** `null`: the admin has not chosen yet (the screen shows everyone, selected, until they do). */
  mode: AccessMode | null;
  /** Group names (mode `groups`) or user names (mode `users`), in the admin's order, no duplicates. */
  names: string[];
}

/** More names than this in one link are not read (no real setup binds that many one by one). */
export const MAX_ACCESS_NAMES = 20;

const MODES: readonly AccessMode[] = ['everyone', 'groups', 'users'];

/** A name as it may travel in a link: trimmed, no control characters, not empty, not overlong. */
export function cleanName(raw: string): string | null {
  const name = raw.trim();
  // eslint-disable-next-line no-control-regex -- a name with a control character is refused, not cleaned
  if (name === '' || name.length > 150 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) return null;
  return name;
}

/** The choice read from the address bar; anything it does not understand is ignored. */
export function readAccess(params: URLSearchParams): AccessChoice {
  const raw = params.get(GENERIC_PARAMS.access);
  const mode = MODES.find((candidate) => candidate === raw) ?? null;
  if (mode === null || mode === 'everyone') return { mode, names: [] };
  const names: string[] = [];
  for (const part of (params.get(GENERIC_PARAMS.accessWho) ?? '').split('\n')) {
    const name = cleanName(part);
    if (name !== null && !names.includes(name) && names.length < MAX_ACCESS_NAMES) names.push(name);
  }
  return { mode, names };
}

/** The parameters that hold a choice (empty values are removed by `withParams`). */
export function accessParams(choice: AccessChoice): Record<string, string | undefined> {
  return {
    [GENERIC_PARAMS.access]: choice.mode ?? undefined,
    [GENERIC_PARAMS.accessWho]: choice.mode === 'groups' || choice.mode === 'users' ? choice.names.join('\n') || undefined : undefined,
  };
}

/** True when the choice restricts the application (and so sends bindings). */
export function restricts(choice: AccessChoice): boolean {
  return (choice.mode === 'groups' || choice.mode === 'users') && choice.names.length > 0;
}

/** What a choice needs before Create is possible, or null when it is complete. */
export function incompleteAccess(choice: AccessChoice): string | null {
  if (choice.mode === 'groups' && choice.names.length === 0) return 'Choose at least one group, or let everyone sign in.';
  if (choice.mode === 'users' && choice.names.length === 0) return 'Choose at least one user, or let everyone sign in.';
  return null;
}

/** Names resolved to an instance's pks. */
export interface ResolvedAccess {
  groups: Readonly<Record<string, string>>;
  users: Readonly<Record<string, number>>;
}

/**
 * The bindings of a choice, in the admin's order (order 0, 1, …). A name the instance does not
 * know gives no binding: the caller refuses to create while one is missing (`missingNames`).
 */
export function accessBindings(choice: AccessChoice, resolved: ResolvedAccess): PolicyBindingRequest[] {
  if (!restricts(choice)) return [];
  return choice.names.flatMap((name, order): PolicyBindingRequest[] => {
    if (choice.mode === 'groups') {
      const pk = resolved.groups[name];
      return pk === undefined ? [] : [{ group: pk, order }];
    }
    const pk = resolved.users[name];
    return pk === undefined ? [] : [{ user: pk, order }];
  });
}

/** Names of the choice the instance does not have. */
export function missingNames(choice: AccessChoice, resolved: ResolvedAccess): string[] {
  if (!restricts(choice)) return [];
  const known = choice.mode === 'groups' ? resolved.groups : resolved.users;
  return choice.names.filter((name) => !(name in known));
}

/** One sentence for the review and the configuration screen. */
export function describeAccess(choice: AccessChoice): string {
  if (choice.mode === 'groups' && choice.names.length > 0)
    return `Members of ${listNames(choice.names)}${choice.names.length > 1 ? ' (any of them)' : ''}`;
  if (choice.mode === 'users' && choice.names.length > 0) return `Only ${listNames(choice.names)}`;
  return 'Everyone with an authentik account';
}

function listNames(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
