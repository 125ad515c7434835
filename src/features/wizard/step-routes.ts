/**
 * The screen of each wizard step, loaded on demand. Only the router imports this module; the
 * screens themselves import the step table (steps.ts), so no screen depends on another's loader.
 */
import type { ComponentType } from 'react';
import type { StepId } from './steps';

export const STEP_SCREENS: Record<StepId, () => Promise<ComponentType>> = {
  inputs: () => import('./steps/inputs-step').then((m) => m.InputsStep),
  connect: () => import('./steps/connect-step').then((m) => m.ConnectStep),
  review: () => import('./steps/review-step').then((m) => m.ReviewStep),
  configure: () => import('./steps/configure-step').then((m) => m.ConfigureStep),
  'follow-up': () => import('./steps/follow-up-step').then((m) => m.FollowUpStep),
  verify: () => import('./steps/verify-step').then((m) => m.VerifyStep),
};
