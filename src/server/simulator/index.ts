/**
 * Compatibility re-export: the simulator moved to the `authentik-simulator` workspace package
 * (packages/authentik-simulator). Kept so imports of the old path (integration tests) keep
 * working; new code imports `authentik-simulator`.
 */
export * from 'authentik-simulator';
