/**
 * A small policy engine for application access: user, group and (pre-decided) policy bindings,
 * `any`/`all` engine modes, negation, and the `core_default_app_access` flag for unbound apps.
 */
import type { SimApplication, SimUser, SimulatorState } from './types.ts';

export interface AccessResult {
  passing: boolean;
  messages: string[];
}

export function evaluateAccess(state: SimulatorState, app: SimApplication, user: SimUser): AccessResult {
  const bindings = state.policyBindings
    .filter((binding) => binding.target === app.pk && binding.enabled)
    .sort((a, b) => a.order - b.order);
  if (bindings.length === 0) {
    return { passing: state.settings.flags.core_default_app_access !== false, messages: [] };
  }
  const outcomes = bindings.map((binding) => {
    let result: boolean;
    if (binding.user !== null) {
      result = binding.user === user.pk;
    } else if (binding.group !== null) {
      result = user.groups.includes(binding.group);
    } else {
      const policy = state.policies.find((entry) => entry.pk === binding.policy);
      result = policy ? policy.passing : binding.failure_result;
    }
    return binding.negate ? !result : result;
  });
  const passing = app.policy_engine_mode === 'all' ? outcomes.every(Boolean) : outcomes.some(Boolean);
  return { passing, messages: [] };
}
