/**
 * Role groups: the chosen names travel in the address bar by name (a link is untrusted, so what it
 * carries is cleaned), and the configuration screen writes them where the app reads them, quoted
 * for that place: Grafana's role_attribute_path (JMESPath) and Argo CD's policy.csv (CSV).
 */
import { describe, expect, it } from 'vitest';
import type { RoleGroup } from './types';
import { quoteRoleGroup, readRoleGroups, roleGroupNameProblem, roleGroupNames, roleGroupParams, roleGroupValues } from './role-groups';
import { withParams } from './wizard-params';

const grafana: RoleGroup[] = [
  { key: 'admins', name: 'Grafana Admins', role: 'Admin', quote: 'jmespath' },
  { key: 'editors', name: 'Grafana Editors', role: 'Editor', quote: 'jmespath' },
];
const csv: RoleGroup = { key: 'admins', name: 'Argo CD Admins', role: 'role:admin', quote: 'csv' };

describe('role groups in the address bar', () => {
  it('keeps only names that differ from the documented ones, and reads them back', () => {
    const params = withParams(new URLSearchParams('url=x'), roleGroupParams(grafana, { admins: 'Ops', editors: 'Grafana Editors' }));
    expect(params.get('roles')).toBe('admins=Ops');
    expect(readRoleGroups(grafana, params)).toEqual({ admins: 'Ops', editors: 'Grafana Editors' });
    expect(withParams(params, roleGroupParams(grafana, { admins: 'Grafana Admins' })).has('roles')).toBe(false);
  });

  it('ignores unknown keys, control characters and names the app cannot read', () => {
    const roles = ['nobody=X', 'admins=A\u0007B', 'editors=Back\\slash', '=Empty', 'admins'].join('\n');
    expect(readRoleGroups(grafana, new URLSearchParams({ roles }))).toEqual({ admins: 'Grafana Admins', editors: 'Grafana Editors' });
    // A name with "=" keeps everything after the first one.
    expect(readRoleGroups(grafana, new URLSearchParams({ roles: 'admins=a=b' }))).toEqual({ admins: 'a=b', editors: 'Grafana Editors' });
  });

  it('the create makes sure each distinct name exists once', () => {
    expect(roleGroupNames(grafana, { admins: 'Ops', editors: 'Ops' })).toEqual(['Ops']);
    expect(roleGroupNames(grafana, {})).toEqual(['Grafana Admins', 'Grafana Editors']);
  });
});

describe('a chosen name written where the app reads it', () => {
  it('inside a JMESPath raw string a quote is escaped (checked with python-jmespath 1.1.0: evaluates to the name)', () => {
    expect(quoteRoleGroup(grafana[0]!, "O'Brien Admins")).toBe("O\\'Brien Admins");
    expect(roleGroupValues(grafana)).toEqual({ admins: 'Grafana Admins', editors: 'Grafana Editors' });
  });

  it('refuses a backslash in a JMESPath name and a line break anywhere', () => {
    expect(roleGroupNameProblem(grafana[0]!, 'A\\B')).toMatch(/backslash/);
    expect(roleGroupNameProblem(csv, 'A\\B')).toBeNull();
    expect(roleGroupNameProblem(csv, 'A\nB')).toMatch(/one line/);
    expect(() => quoteRoleGroup(grafana[0]!, 'A\\B')).toThrow();
  });

  it('in a CSV field a comma, a quote or surrounding spaces make it a quoted field', () => {
    expect(quoteRoleGroup(csv, 'Argo CD Admins')).toBe('Argo CD Admins');
    expect(quoteRoleGroup(csv, 'Ops, night')).toBe('"Ops, night"');
    expect(quoteRoleGroup(csv, 'The "A" team')).toBe('"The ""A"" team"');
  });
});
