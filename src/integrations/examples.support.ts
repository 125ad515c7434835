/** For tests, scripts and end-to-end stories: what an admin would type and paste for any catalog app. */
import type { CreatedPair, IntegrationDefinition } from '../features/wizard/engine/types';

/** The value an admin would type: each input's own example. */
export function exampleInputs(definition: IntegrationDefinition): Record<string, string> {
  return Object.fromEntries(Object.entries(definition.inputUi).map(([key, ui]) => [key, ui.example]));
}

/** What the app would show in a round trip: values on the host of the placeholder the wizard created. */
export function roundTripValues(definition: IntegrationDefinition, pair: CreatedPair): Record<string, string> {
  const placeholder = new URL((pair.provider as { acs_url?: string }).acs_url || pair.application.meta_launch_url || 'https://app.example.com');
  const base = pair.application.meta_launch_url?.startsWith(placeholder.origin)
    ? pair.application.meta_launch_url.replace(/\/+$/, '')
    : placeholder.origin;
  return Object.fromEntries(
    Object.entries(definition.data.roundTrip?.fields ?? {}).map(([key, field]) => [key, `${base}/sso/${field.sets.replace(/_/g, '-')}`]),
  );
}
