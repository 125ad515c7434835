/**
 * Application access as authentik's policy engine decides it (authentik/policies/engine.py,
 * class PolicyEngine, as called by `check_access` in authentik/core/api/applications.py):
 * - only enabled bindings count (`PolicyBinding.objects.filter(target=…, enabled=True)`);
 * - user and group bindings are "static" (`compute_static_bindings`): together they give ONE
 *   result: in mode `any` it passes when one of them passes, in mode `all` when all of them do.
 *   A group binding passes for members of the group or of any group below it (`User.all_groups()`
 *   walks the parents, authentik/core/models.py); `negate` turns a binding's outcome round;
 * - each policy binding gives its own result (`_evaluate_dynamic_bindings`; the simulator does not
 *   run expressions: a policy carries its outcome, a missing one gives `failure_result`), negated
 *   by `negate` (authentik/policies/process.py);
 * - the results are combined by the application's `policy_engine_mode` (`_combine_results`);
 *   without any result the engine answers `empty_result`: for applications the flag
 *   `core_default_app_access` (AppAccessWithoutBindings, authentik/core/apps.py, default True) on
 *   releases whose settings carry it, True before.
 */
import { releaseFacts } from '../release-facts.ts';
import type { SimApplication, SimPolicyBinding, SimUser, SimulatorState } from './types.ts';

export interface AccessResult {
  passing: boolean;
  messages: string[];
}

/** The pks of the user's groups and of every group above them (parents of parents…). */
export function allGroups(state: SimulatorState, user: SimUser): Set<string> {
  const found = new Set<string>();
  const queue = [...user.groups];
  while (queue.length > 0) {
    const pk = queue.shift()!;
    if (found.has(pk)) continue;
    const group = state.groups.find((entry) => entry.pk === pk);
    if (!group) continue;
    found.add(pk);
    queue.push(...group.parents);
  }
  return found;
}

/** Enabled bindings of an application, in binding order. */
export function applicationBindings(state: SimulatorState, app: SimApplication): SimPolicyBinding[] {
  return state.policyBindings.filter((binding) => binding.target === app.pk && binding.enabled).sort((a, b) => a.order - b.order);
}

/** What an application answers for a user without any binding result. */
export function emptyResult(state: SimulatorState): boolean {
  if (!releaseFacts(state.release).settingsFlagCoreDefaultAppAccess) return true;
  return state.settings.flags.core_default_app_access !== false;
}

export function evaluateAccess(state: SimulatorState, app: SimApplication, user: SimUser): AccessResult {
  const bindings = applicationBindings(state, app);
  const results: boolean[] = [];
  for (const binding of bindings) {
    if (binding.policy === null) continue;
    const policy = state.policies.find((entry) => entry.pk === binding.policy);
    const outcome = policy ? policy.passing : binding.failure_result;
    results.push(binding.negate ? !outcome : outcome);
  }
  const statics = bindings.filter((binding) => binding.policy === null && (binding.group !== null || binding.user !== null));
  if (statics.length > 0) {
    const groups = allGroups(state, user);
    const passingCount = statics.filter((binding) => {
      const matches = binding.user !== null ? binding.user === user.pk : groups.has(binding.group!);
      return binding.negate ? !matches : matches;
    }).length;
    results.push(app.policy_engine_mode === 'all' ? passingCount === statics.length : passingCount > 0);
  }
  if (results.length === 0) return { passing: emptyResult(state), messages: [] };
  const passing = app.policy_engine_mode === 'all' ? results.every(Boolean) : results.some(Boolean);
  return { passing, messages: [] };
}
