export { checkTarget, isLoopbackHostname } from './check-target.ts';
export type { TargetCheck } from './check-target.ts';
export { createProxyMiddleware } from './middleware.ts';
export type { DemoStarter, DemoTarget, ProxyInfo, ProxyMiddleware, ProxyOptions } from './middleware.ts';
export { PROXY_ERROR_STATUS } from './proxy-error.ts';
export type { ProxyErrorBody, ProxyErrorCode, UnreachableCause } from './proxy-error.ts';
export { authentikProxy } from './vite-plugin.ts';
export type { AuthentikProxyOptions } from './vite-plugin.ts';
export { securityHeaders, wizardSecurityHeaders } from './security-headers.ts';
