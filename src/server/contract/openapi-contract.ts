/**
 * Compatibility re-export: the contract moved to the `authentik-simulator` workspace package
 * (packages/authentik-simulator). Kept so existing imports (the integration definition tests)
 * keep working; new code imports `authentik-simulator/contract`.
 */
export * from 'authentik-simulator/contract';
