/**
 * The wizard's steps, declared once: the router builds its routes from this list (with the
 * screens from step-routes.ts), the step list reads the current step from the route's `handle`,
 * and links between steps come from `stepLink`. Screens import this table only, never their loaders.
 */
import type { To } from 'react-router';
import type { IntegrationDefinition } from './engine/types';

export type StepId = 'inputs' | 'connect' | 'review' | 'configure' | 'follow-up' | 'verify';

export interface StepSpec {
  id: StepId;
  /** Route path below `/:app`; `undefined` is the index route. */
  path: string | undefined;
  label: (definition: IntegrationDefinition) => string;
  /** Steps about a created pair, whose URL carries its slug. */
  pair: boolean;
  /** Shown only for some definitions. */
  applies?: (definition: IntegrationDefinition) => boolean;
}

export interface StepHandle {
  step: StepId;
}

export const STEPS: readonly StepSpec[] = [
  { id: 'inputs', path: undefined, label: () => 'Your setup', pair: false },
  { id: 'connect', path: 'connect', label: () => 'Connect to authentik', pair: false },
  { id: 'review', path: 'review', label: () => 'Review and create', pair: false },
  { id: 'configure', path: 'pair/:slug', label: (d) => `Configure ${d.name}`, pair: true },
  { id: 'follow-up', path: 'pair/:slug/follow-up', label: () => 'Write back to authentik', pair: true, applies: (d) => d.followUp !== undefined },
  { id: 'verify', path: 'pair/:slug/verify', label: () => 'Verify', pair: true },
];

/** The address of a step: `/<app>/<step path>` with the slug filled in, keeping the query. */
export function stepLink(app: string, step: StepId, options: { slug?: string; search?: string | URLSearchParams } = {}): To {
  const spec = STEPS.find((entry) => entry.id === step)!;
  const path = (spec.path ?? '').replace(':slug', encodeURIComponent(options.slug ?? ''));
  const search = options.search?.toString() ?? '';
  return { pathname: `/${app}${path ? `/${path}` : ''}`, search: search ? `?${search.replace(/^\?/, '')}` : '' };
}
