import { describe, expect, it } from 'vitest';
import { GENERIC_PARAMS, inputKeys } from '../features/wizard/engine/wizard-params';
import { loadAll } from '../integrations/load-all.support';

const integrations = await loadAll();
import type { IntegrationDefinition } from '../features/wizard/engine/types';
import { KNOWN_LINK_PARAMS } from './known-link-params';
import { RESERVED_PARAMS } from '../features/wizard/definition/reserved-params';

describe('the link guard knows every parameter the wizard reads', () => {
  it.each(integrations.map((definition) => [definition.name, definition] as const))(
    '%s: every input survives opening a link',
    (_name, definition: IntegrationDefinition) => {
      for (const key of inputKeys(definition)) expect(KNOWN_LINK_PARAMS.has(key), `add "${key}" to INTEGRATION_INPUT_PARAMS`).toBe(true);
    },
  );

  it.each(integrations.map((definition) => [definition.name, definition] as const))(
    '%s: no input takes a name the wizard itself uses (an app’s “name” is never the application’s name)',
    (_name, definition: IntegrationDefinition) => {
      for (const key of inputKeys(definition)) expect(RESERVED_PARAMS.has(key), `"${key}" is the wizard's own parameter`).toBe(false);
    },
  );

  it('the generic choices (authentik URL, name, slug, flows, key) survive too', () => {
    for (const name of Object.values(GENERIC_PARAMS)) expect(KNOWN_LINK_PARAMS.has(name)).toBe(true);
  });
});
