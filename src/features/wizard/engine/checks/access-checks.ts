/**
 * Who may sign in, as authentik decides it: the application's bindings read back, and authentik's
 * own `check_access` asked for a member of a bound group. The same check on the verify page and in
 * the audit: a sensitive application open to everyone is a warning, a binding whose group is gone
 * fails (it lets nobody in), and a group whose member authentik refuses fails.
 */
import { unwrap } from '../../../../lib/authentik/client';
import type { Check, CheckResult } from '../../model/checks/types';

/** How many bound groups are probed with one member each (a real setup binds a few). */
const PROBED_GROUPS = 3;

export const ACCESS_CHECK_ID = 'who-may-sign-in';

export function whoMaySignInCheck(options: { appName: string; sensitive: boolean }): Check {
  const { appName, sensitive } = options;
  return {
    id: ACCESS_CHECK_ID,
    title: 'Members of the chosen groups may open the application',
    why: sensitive
      ? `${appName} gives power over infrastructure, security or cloud accounts: it should be open to the people who run it, not to every account.`
      : 'A binding to a group nobody is in, or to a group that is gone, locks everyone out.',
    run: async ({ pair, client, user, signal }): Promise<CheckResult> => {
      const page = await unwrap(
        client.api.GET('/policies/bindings/', { params: { query: { target: pair.application.pk, page_size: 100, ordering: 'order' } }, signal }),
      );
      const bindings = page.results.filter((binding) => binding.enabled !== false);
      // authentik lists only what a user may view: without bindings in sight, a non-superuser cannot tell.
      if (bindings.length === 0 && !user.is_superuser)
        return {
          status: 'unknown',
          detail: 'No binding is visible to this user; a superuser’s token can tell whether the application is open to everyone.',
        };
      if (bindings.length === 0) {
        const actual = 'No binding: everyone with an authentik account may sign in';
        return sensitive
          ? {
              status: 'warn',
              expected: 'Bound to the group of people who run it',
              actual,
              detail: `Bind ${appName} to a group (Applications › ${pair.application.name} › Policy / Group / User Bindings), unless every account should have it.`,
            }
          : { status: 'pass', expected: 'Bindings as chosen', actual };
      }
      const gone = bindings.filter((binding) => binding.group && !binding.group_obj);
      if (gone.length > 0)
        return {
          status: 'fail',
          expected: 'Every bound group exists',
          actual:
            gone.length === 1 ? 'A binding targets a group that no longer exists' : `${gone.length} bindings target groups that no longer exist`,
          detail: 'Such a binding lets nobody in. Delete it, or bind the group that replaced it.',
        };
      const groups = bindings.flatMap((binding) => (binding.group_obj ? [binding.group_obj] : [])).slice(0, PROBED_GROUPS);
      if (groups.length === 0) return { status: 'pass', expected: 'Bindings as chosen', actual: `${bindings.length} user or policy binding(s)` };
      const probed: string[] = [];
      for (const group of groups) {
        const full = await unwrap(
          client.api.GET('/core/groups/{group_uuid}/', { params: { path: { group_uuid: group.pk }, query: { include_users: true } }, signal }),
        );
        const member = full.users_obj?.[0];
        if (!member) {
          probed.push(`“${group.name}” has no member yet`);
          continue;
        }
        // for_user is honoured for superusers only.
        if (!user.is_superuser)
          return { status: 'unknown', detail: 'Only a superuser’s token may ask authentik whether another user may open the application.' };
        const result = await unwrap(
          client.api.GET('/core/applications/{slug}/check_access/', {
            params: { path: { slug: pair.application.slug }, query: { for_user: member.pk } },
            signal,
          }),
        );
        const expected = `${member.username}, a member of “${group.name}”, may open the application`;
        if (!result.passing)
          return {
            status: 'fail',
            expected,
            actual: `authentik refuses ${member.username}${result.messages.length ? `: ${result.messages.join(' ')}` : ''}`,
            detail: 'Another binding or policy refuses this member (with “all” as the policy engine mode, every binding must pass).',
          };
        return { status: 'pass', expected, actual: expected };
      }
      return {
        status: 'warn',
        expected: 'A member of a bound group may open the application',
        actual: probed.join('; '),
        detail: 'Nobody can sign in until someone is added to the group.',
      };
    },
  };
}
