export { checkTarget, isLoopbackHostname } from './check-target';
export type { TargetCheck } from './check-target';
export { createProxyMiddleware } from './middleware';
export type { DemoTarget, ProxyInfo, ProxyMiddleware, ProxyOptions } from './middleware';
export { PROXY_ERROR_STATUS } from './proxy-error';
export type { ProxyErrorBody, ProxyErrorCode, UnreachableCause } from './proxy-error';
export { authentikProxy } from './vite-plugin';
export type { AuthentikProxyOptions } from './vite-plugin';
