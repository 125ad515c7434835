/**
 * Every non-secret choice of the wizard lives in the address bar, so a reload (or a shared link)
 * keeps it. Parameter names: the integration's input keys, plus these generic ones.
 */
import { carriesCredentials } from './credentials-in-url';
import { WIZARD_PARAM_NAMES } from '../definition/reserved-params';
import type { IntegrationDefinition } from './types';

export const GENERIC_PARAMS = WIZARD_PARAM_NAMES;

export type GenericChoice = keyof typeof GENERIC_PARAMS;
export type GenericChoices = Partial<Record<GenericChoice, string>>;

export function inputKeys(definition: IntegrationDefinition): string[] {
  return Object.keys(definition.inputUi);
}

export function readInputs(definition: IntegrationDefinition, params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(inputKeys(definition).map((key) => [key, params.get(key) ?? '']));
}

export function readChoices(params: URLSearchParams): GenericChoices {
  const choices: GenericChoices = {};
  for (const [choice, param] of Object.entries(GENERIC_PARAMS) as [GenericChoice, string][]) {
    const value = params.get(param);
    if (value) choices[choice] = value;
  }
  return choices;
}

/**
 * Returns a copy of `params` with the given values set. Empty values are removed, and so is a
 * value with a user name or password in it: the address bar and history never hold one.
 */
export function withParams(params: URLSearchParams, values: Record<string, string | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '' || carriesCredentials(value)) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

export function withChoices(params: URLSearchParams, choices: GenericChoices): URLSearchParams {
  return withParams(params, Object.fromEntries(Object.entries(choices).map(([choice, value]) => [GENERIC_PARAMS[choice as GenericChoice], value])));
}

/** The inputs parsed by the definition's schema, or null when any is missing or invalid. */
export function parseInputs(definition: IntegrationDefinition, params: URLSearchParams): Record<string, string> | null {
  const result = definition.inputs.safeParse(readInputs(definition, params));
  return result.success ? result.data : null;
}
