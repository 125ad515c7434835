/**
 * The step list's states: one current step, never a later step done while an earlier one is not,
 * and steps that cannot be opened yet marked unavailable.
 */
import { describe, expect, it } from 'vitest';
import { stepStates, type WizardFacts } from './step-states';
import { STEPS, type StepId } from './steps';

const withFollowUp = STEPS;
const withoutFollowUp = STEPS.filter((step) => step.id !== 'follow-up');

function states(facts: Partial<WizardFacts> & { current: StepId }): Record<string, string> {
  const all = stepStates({ shown: withFollowUp, inputsValid: false, connected: false, created: false, ...facts });
  return Object.fromEntries(all.map((step) => [step.id, step.state]));
}

/** Every combination of the facts, on every step, for both step lists. */
function* everyState() {
  for (const shown of [withFollowUp, withoutFollowUp])
    for (const current of shown.map((step) => step.id))
      for (const inputsValid of [false, true])
        for (const connected of [false, true])
          for (const created of [false, true]) {
            const facts = { shown, current, inputsValid, connected, created };
            yield { facts, result: stepStates(facts) };
          }
}

describe('step states', () => {
  it('a fresh wizard: the first step is current, the others to do or not yet available', () => {
    expect(states({ current: 'inputs' })).toEqual({
      inputs: 'current',
      connect: 'todo',
      review: 'unavailable',
      configure: 'unavailable',
      'follow-up': 'unavailable',
      verify: 'unavailable',
    });
  });

  it('after Back from the review to a cleared field, Connect is not shown as done past an unfinished first step', () => {
    expect(states({ current: 'inputs', connected: true, inputsValid: false })).toMatchObject({
      inputs: 'current',
      connect: 'todo',
      review: 'unavailable',
    });
    expect(states({ current: 'inputs', connected: true, inputsValid: true })).toMatchObject({ inputs: 'current', connect: 'done', review: 'todo' });
  });

  it('on Verify after a write-back, every step before it is done and Verify alone is current', () => {
    expect(states({ current: 'verify', inputsValid: true, connected: true, created: true })).toEqual({
      inputs: 'done',
      connect: 'done',
      review: 'done',
      configure: 'done',
      'follow-up': 'done',
      verify: 'current',
    });
  });

  it('after Back from Verify to Configure, the steps after the current one are no longer done', () => {
    expect(states({ current: 'configure', inputsValid: true, connected: true, created: true })).toMatchObject({
      review: 'done',
      configure: 'current',
      'follow-up': 'todo',
      verify: 'todo',
    });
  });

  it('a shared link to a pair, not connected: Connect is to do, and nothing after it is done', () => {
    expect(states({ current: 'verify', inputsValid: true, created: true })).toEqual({
      inputs: 'done',
      connect: 'todo',
      review: 'unavailable',
      configure: 'todo',
      'follow-up': 'todo',
      verify: 'current',
    });
  });

  it('in every state: exactly one current step, and no step done after one still to do', () => {
    let checked = 0;
    for (const { facts, result } of everyState()) {
      expect(result.filter((step) => step.state === 'current').map((step) => step.id)).toEqual([facts.current]);
      const firstUnfinished = result.findIndex((step) => step.state === 'todo' || step.state === 'unavailable');
      if (firstUnfinished >= 0) expect(result.slice(firstUnfinished).some((step) => step.state === 'done')).toBe(false);
      for (const step of result) if (step.state === 'unavailable') expect(step.reachable).toBe(false);
      checked += 1;
    }
    expect(checked).toBe(88);
  });
});
