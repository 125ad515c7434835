/**
 * “Another app” entries have no name of their own: the admin types it (the application's name is
 * an input, `identity: { name: '{name}' }`). From the step after that on, the wizard calls the app
 * by that name — in headings, the step list, the review, the configuration screen and Verify —
 * instead of “Another app (OpenID Connect)”. The Advanced name, when set, wins, as it is the name
 * authentik gets. Catalog apps keep their own name whatever the application is called.
 */
import type { IntegrationDefinition } from './engine/types';
import { GENERIC_PARAMS, parseInputs } from './engine/wizard-params';

/** Whether the application's name is something the admin types on the first step. */
function namedByInput(definition: IntegrationDefinition): boolean {
  const template = definition.data.identity?.name ?? '';
  return Object.keys(definition.inputUi).some((key) => template.includes(`{${key}}`));
}

/** The name the admin gave the app, or null (a catalog app, or nothing valid typed yet). */
export function typedAppName(definition: IntegrationDefinition, params: URLSearchParams): string | null {
  if (!namedByInput(definition)) return null;
  const chosen = params.get(GENERIC_PARAMS.appName)?.trim();
  if (chosen) return chosen;
  const inputs = parseInputs(definition, params);
  const name = inputs ? definition.identity(inputs).name.trim() : '';
  return name || null;
}

/** The definition as the later steps show it: named as the admin named the app. */
export function withTypedName(definition: IntegrationDefinition, params: URLSearchParams): IntegrationDefinition {
  const name = typedAppName(definition, params);
  return name ? { ...definition, name } : definition;
}
