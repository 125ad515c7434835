/**
 * The access choice travels in the address bar and share links by NAME; a link is untrusted, so
 * what it carries is cleaned, and it becomes bindings only for names this authentik resolves.
 */
import { describe, expect, it } from 'vitest';
import { accessBindings, accessParams, describeAccess, incompleteAccess, missingNames, readAccess, MAX_ACCESS_NAMES } from './access';
import { withParams } from './wizard-params';

const read = (query: string) => readAccess(new URLSearchParams(query));

describe('the access choice in a link', () => {
  it('round-trips groups by name, in order, through the address bar', () => {
    const params = withParams(new URLSearchParams('url=x'), accessParams({ mode: 'groups', names: ['Grafana Admins', 'Ops & night'] }));
    expect(params.get('access')).toBe('groups');
    expect(read(params.toString())).toEqual({ mode: 'groups', names: ['Grafana Admins', 'Ops & night'] });
  });

  it('ignores an unknown mode, empty and control-character names, duplicates and more than the limit', () => {
    expect(read('access=admins')).toEqual({ mode: null, names: [] });
    expect(read(`access=groups&who=${encodeURIComponent('A\n\nA\nB\u0007C\n  D  ')}`)).toEqual({ mode: 'groups', names: ['A', 'D'] });
    const many = Array.from({ length: 40 }, (_, index) => `g${index}`).join('\n');
    expect(read(`access=users&who=${encodeURIComponent(many)}`).names).toHaveLength(MAX_ACCESS_NAMES);
  });

  it('everyone carries no names; clearing the choice removes both parameters', () => {
    expect(read('access=everyone&who=Admins')).toEqual({ mode: 'everyone', names: [] });
    const cleared = withParams(new URLSearchParams('access=groups&who=A'), accessParams({ mode: null, names: [] }));
    expect(cleared.toString()).toBe('');
  });
});

describe('bindings of a choice', () => {
  const resolved = { groups: { Admins: 'a0000000-0000-4000-8000-000000000001' }, users: { alice: 8 } };

  it('one group binding per resolved group, in the admin’s order; a missing name is reported, not bound', () => {
    const choice = { mode: 'groups' as const, names: ['Ghosts', 'Admins'] };
    expect(accessBindings(choice, resolved)).toEqual([{ group: resolved.groups.Admins, order: 1 }]);
    expect(missingNames(choice, resolved)).toEqual(['Ghosts']);
  });

  it('user bindings name user pks; everyone sends none', () => {
    expect(accessBindings({ mode: 'users', names: ['alice'] }, resolved)).toEqual([{ user: 8, order: 0 }]);
    expect(accessBindings({ mode: 'everyone', names: [] }, resolved)).toEqual([]);
  });

  it('a restriction without names is not complete; the sentence says who may sign in', () => {
    expect(incompleteAccess({ mode: 'groups', names: [] })).toMatch(/at least one group/);
    expect(incompleteAccess({ mode: 'everyone', names: [] })).toBeNull();
    expect(describeAccess({ mode: 'groups', names: ['A', 'B'] })).toBe('Members of “A” and “B” (any of them)');
    expect(describeAccess({ mode: null, names: [] })).toBe('Everyone with an authentik account');
  });
});
