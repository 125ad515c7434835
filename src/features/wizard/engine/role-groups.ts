/**
 * The app's role groups (definition `roleGroups`): the authentik groups its role mapping reads.
 * The admin keeps the documented name (the wizard creates that group, or reuses one of that exact
 * name) or picks another existing group. The choice lives in the address bar by NAME (`roles`,
 * one `key=name` per line, only where it differs from the documented name), so a share link names
 * the same groups on another authentik. The configuration screen reads the chosen names, each
 * written for the place it goes (`quote`).
 */
import type { DefinitionData } from '../definition/format';
import { cleanName } from './access';
import type { RoleGroup, RoleGroupNames } from './types';
import { GENERIC_PARAMS } from './wizard-params';

export type { RoleGroup, RoleGroupNames } from './types';

export function roleGroupsOf(data: DefinitionData): RoleGroup[] {
  return Object.entries(data.roleGroups ?? {}).map(([key, spec]) => ({ key, name: spec.name, role: spec.role, quote: spec.quote ?? 'plain' }));
}

/** The chosen names read from the address bar; a key the app does not declare, or a bad name, is ignored. */
export function readRoleGroups(groups: readonly RoleGroup[], params: URLSearchParams): RoleGroupNames {
  const chosen: Record<string, string> = Object.fromEntries(groups.map((group) => [group.key, group.name]));
  for (const line of (params.get(GENERIC_PARAMS.roleGroups) ?? '').split('\n')) {
    const at = line.indexOf('=');
    const key = line.slice(0, at);
    const name = at > 0 ? cleanName(line.slice(at + 1)) : null;
    const group = groups.find((candidate) => candidate.key === key);
    if (name !== null && group && roleGroupNameProblem(group, name) === null) chosen[key] = name;
  }
  return chosen;
}

/** The parameter holding the choice: only names that differ from the documented ones. */
export function roleGroupParams(groups: readonly RoleGroup[], names: RoleGroupNames): Record<string, string | undefined> {
  const lines = groups.flatMap((group) => {
    const name = names[group.key];
    return name !== undefined && name !== group.name ? [`${group.key}=${name}`] : [];
  });
  return { [GENERIC_PARAMS.roleGroups]: lines.join('\n') || undefined };
}

/** Why a name cannot be written where the app reads it, or null. */
export function roleGroupNameProblem(group: RoleGroup, name: string): string | null {
  if (cleanName(name) !== name) return 'A group name must be one line, without leading or trailing spaces.';
  // JMESPath's spec reads `\\` as one backslash, go-jmespath (older Grafana) keeps both: no spelling is safe.
  if (group.quote === 'jmespath' && name.includes('\\'))
    return 'A backslash cannot be written safely in a JMESPath string: pick a group without one.';
  return null;
}

/**
 * The name as the screen writes it: inside a JMESPath raw string `'…'`, a quote is `\'`; in a CSV
 * field (Go's encoding/csv with TrimLeadingSpace, as Argo CD reads policy.csv), a name with a
 * comma, a quote or surrounding spaces is double-quoted with `"` doubled.
 */
export function quoteRoleGroup(group: RoleGroup, name: string): string {
  if (roleGroupNameProblem(group, name)) throw new Error(`The group name ${JSON.stringify(name)} cannot be used for ${group.role}.`);
  if (group.quote === 'jmespath') return name.replace(/'/g, "\\'");
  if (group.quote === 'csv' && /[",]|^\s|\s$/.test(name)) return `"${name.replace(/"/g, '""')}"`;
  return name;
}

/** Template values of the chosen names (the documented name where none is given). */
export function roleGroupValues(groups: readonly RoleGroup[], names: RoleGroupNames = {}): Record<string, string> {
  return Object.fromEntries(groups.map((group) => [group.key, quoteRoleGroup(group, names[group.key] ?? group.name)]));
}

/** The distinct names the create must make sure exist, in the app's order. */
export function roleGroupNames(groups: readonly RoleGroup[], names: RoleGroupNames): string[] {
  return [...new Set(groups.map((group) => names[group.key] ?? group.name))];
}
