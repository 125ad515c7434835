/**
 * The review's advanced choices (name, slug, flows, key, who may sign in) live in the address bar,
 * but the review writes them with `replace`, so the first step's history entry never holds them.
 * Going back to the first step and on again (Next, or Back then Next on Connect) would drop them.
 * This keeps the latest choices per app in this tab (sessionStorage; none of them is a secret) and
 * puts them back when the review is reached from inside the wizard with an address that carries
 * none. An address loaded as such (a reload, a link, Back/Forward) is taken as it is.
 */
import { useEffect, useRef } from 'react';
import { useNavigationType, useSearchParams } from 'react-router';
import { GENERIC_PARAMS } from './engine/wizard-params';

const key = (definitionId: string) => `authentik-wizard:choices:${definitionId}`;

/** Every generic parameter except the authentik URL, which only Connect and links set (link trust). */
const CHOICE_PARAMS: readonly string[] = Object.values(GENERIC_PARAMS).filter((param) => param !== GENERIC_PARAMS.authentikUrl);

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps the choices the address carries now (all of them: a cleared one is forgotten too). */
export function rememberChoices(definitionId: string, params: URLSearchParams): void {
  const kept = new URLSearchParams();
  for (const param of CHOICE_PARAMS) for (const value of params.getAll(param)) kept.append(param, value);
  try {
    storage()?.setItem(key(definitionId), kept.toString());
  } catch {
    // A full or refused storage only costs the memory.
  }
}

/** `params` with the remembered choices added, when it carries none of its own. */
export function withRememberedChoices(definitionId: string, params: URLSearchParams): URLSearchParams {
  if (CHOICE_PARAMS.some((param) => params.has(param))) return params;
  const remembered = new URLSearchParams(storage()?.getItem(key(definitionId)) ?? '');
  if (remembered.size === 0) return params;
  const next = new URLSearchParams(params);
  for (const param of CHOICE_PARAMS) for (const value of remembered.getAll(param)) next.append(param, value);
  return next;
}

/** For the review: restores the remembered choices on arrival from another step, then remembers every change. */
export function useRememberedChoices(definitionId: string): void {
  const [params, setParams] = useSearchParams();
  const arrivedInside = useNavigationType() !== 'POP';
  const pending = useRef(arrivedInside);
  useEffect(() => {
    if (pending.current) {
      pending.current = false;
      const restored = withRememberedChoices(definitionId, params);
      if (restored !== params) {
        setParams(restored, { replace: true });
        return;
      }
    }
    rememberChoices(definitionId, params);
  }, [definitionId, params, setParams]);
}
