/**
 * The wizard's steps, declared once: the router builds its routes from this list, the step list
 * reads the current step from the route's `handle`, and links between steps come from `stepLink`.
 */
import type { ComponentType } from 'react';
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
  load: () => Promise<ComponentType>;
}

export interface StepHandle {
  step: StepId;
}

export const STEPS: readonly StepSpec[] = [
  { id: 'inputs', path: undefined, label: () => 'Your setup', pair: false, load: () => import('./steps/inputs-step').then((m) => m.InputsStep) },
  { id: 'connect', path: 'connect', label: () => 'Connect to authentik', pair: false, load: () => import('./steps/connect-step').then((m) => m.ConnectStep) },
  { id: 'review', path: 'review', label: () => 'Review and create', pair: false, load: () => import('./steps/review-step').then((m) => m.ReviewStep) },
  { id: 'configure', path: 'pair/:slug', label: (d) => `Configure ${d.name}`, pair: true, load: () => import('./steps/configure-step').then((m) => m.ConfigureStep) },
  {
    id: 'follow-up',
    path: 'pair/:slug/follow-up',
    label: () => 'Write back to authentik',
    pair: true,
    applies: (d) => d.followUp !== undefined,
    load: () => import('./steps/follow-up-step').then((m) => m.FollowUpStep),
  },
  { id: 'verify', path: 'pair/:slug/verify', label: () => 'Verify', pair: true, load: () => import('./steps/verify-step').then((m) => m.VerifyStep) },
];

/** The address of a step: `/<app>/<step path>` with the slug filled in, keeping the query. */
export function stepLink(app: string, step: StepId, options: { slug?: string; search?: string | URLSearchParams } = {}): To {
  const spec = STEPS.find((entry) => entry.id === step)!;
  const path = (spec.path ?? '').replace(':slug', encodeURIComponent(options.slug ?? ''));
  const search = options.search?.toString() ?? '';
  return { pathname: `/${app}${path ? `/${path}` : ''}`, search: search ? `?${search.replace(/^\?/, '')}` : '' };
}
