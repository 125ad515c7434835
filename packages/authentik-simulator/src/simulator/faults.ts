/**
 * Fault injection: canned answers, delays and dropped connections for matching requests.
 */
import type { HttpResult } from './http.ts';

export interface FaultRule {
  method?: string;
  /** Matched against the full request path incl. /api/v3, without query. */
  path: string | RegExp;
  status?: number;
  body?: string | object;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** How many requests the rule applies to; unlimited when omitted. */
  times?: number;
}

/** What to do with a request a rule matched. */
export interface FaultAction {
  delayMs: number;
  drop: boolean;
  /** A canned response; when absent the request is handled normally (after the delay). */
  response?: HttpResult;
  /** Extra headers for a normally handled response. */
  headers?: Record<string, string>;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

export class FaultRegistry {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** The first matching rule's action (and uses up one of its `times`), or null. */
  take(method: string, path: string): FaultAction | null {
    const index = this.rules.findIndex(({ rule, remaining }) => {
      if (remaining <= 0) return false;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
      if (typeof rule.path === 'string') return rule.path === path;
      rule.path.lastIndex = 0;
      return rule.path.test(path);
    });
    if (index < 0) return null;
    const active = this.rules[index]!;
    active.remaining -= 1;
    if (active.remaining <= 0) this.rules.splice(index, 1);
    const { rule } = active;
    const action: FaultAction = { delayMs: rule.delayMs ?? 0, drop: rule.drop === true };
    if (rule.status !== undefined) {
      action.response = cannedResponse(rule);
    } else if (rule.headers) {
      action.headers = rule.headers;
    }
    return action;
  }
}

function cannedResponse(rule: FaultRule): HttpResult {
  const status = rule.status ?? 500;
  const headers = rule.headers ?? {};
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (rule.body === undefined) {
    return { status, text: { contentType: 'text/plain; charset=utf-8', body: '' }, headers };
  }
  if (typeof rule.body === 'string') {
    return { status, text: { contentType: hasContentType ? '' : 'text/plain; charset=utf-8', body: rule.body }, headers };
  }
  return { status, json: rule.body, headers };
}
