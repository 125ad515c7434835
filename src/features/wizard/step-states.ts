/**
 * The state of every step in the step list, from one function of the wizard's state, so the list
 * never contradicts itself: exactly one step is current, a step is done only when it is finished
 * and every step before it is too (never a later step done while an earlier one is not), and a
 * step that cannot be opened yet is unavailable rather than a dead link.
 */
import type { StepId } from './steps';

export type StepState = 'done' | 'current' | 'todo' | 'unavailable';

export interface WizardFacts {
  /** The current step (from the route). */
  current: StepId;
  /** The steps shown for this app, in order. */
  shown: readonly { id: StepId; pair: boolean }[];
  /** Every input of the first step passes the app's schema. */
  inputsValid: boolean;
  /** A token is connected. */
  connected: boolean;
  /** A pair exists (the URL names its slug). */
  created: boolean;
}

/** Whether a step's own work is finished, regardless of the steps around it. */
function finished(id: StepId, pair: boolean, index: number, currentIndex: number, facts: WizardFacts): boolean {
  if (id === 'inputs') return facts.inputsValid;
  if (id === 'connect') return facts.connected;
  if (id === 'review') return facts.created;
  // A step about the pair is finished once the admin went past it.
  return pair && facts.created && index < currentIndex;
}

/** Whether the step's screen can be opened now. */
function reachable(id: StepId, pair: boolean, facts: WizardFacts): boolean {
  if (pair) return facts.created;
  if (id === 'review') return facts.inputsValid && facts.connected;
  return true;
}

export function stepStates(facts: WizardFacts): { id: StepId; state: StepState; reachable: boolean }[] {
  const currentIndex = facts.shown.findIndex((step) => step.id === facts.current);
  let chain = true;
  return facts.shown.map((step, index) => {
    const canOpen = reachable(step.id, step.pair, facts);
    chain = chain && finished(step.id, step.pair, index, currentIndex, facts);
    const state: StepState = step.id === facts.current ? 'current' : chain ? 'done' : canOpen ? 'todo' : 'unavailable';
    return { id: step.id, state, reachable: canOpen };
  });
}
