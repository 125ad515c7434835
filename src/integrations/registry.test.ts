import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findIntegration, integrations } from './registry';

describe('The catalogue offers the three first integrations', () => {
  it('lists Cloudflare Access, osTicket and YouTrack with unique ids', () => {
    expect(integrations.map((integration) => integration.id)).toEqual(['cloudflare-access', 'osticket', 'youtrack']);
  });

  it('finds a definition by id and nothing for an unknown id', () => {
    expect(findIntegration('youtrack')?.name).toBe('YouTrack');
    expect(findIntegration('nope')).toBeUndefined();
  });

  it.each(integrations.map((integration) => [integration.id, integration] as const))('%s has a small SVG logo and at most three short inputs', (id, integration) => {
    expect(integration.logo).toBe(`/logos/${id}.svg`);
    const file = new URL(`../../public${integration.logo}`, import.meta.url);
    expect(existsSync(file)).toBe(true);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.length).toBeLessThan(2048);
    const keys = Object.keys(integration.inputUi);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(3);
    for (const key of keys) expect(key).toMatch(/^[a-z]{1,8}$/);
    expect(integration.providerModel).toBe(
      integration.protocol === 'saml' ? 'authentik_providers_saml.samlprovider' : 'authentik_providers_oauth2.oauth2provider',
    );
  });
});
