/** The application name an admin types stays on one line: it is written into exported files. */
import { describe, expect, it } from 'vitest';
import { identityErrors } from './advanced-choices';

describe('the application name', () => {
  it.each([
    ['a line feed', 'Grafana\ndata "external" "x" {}'],
    ['a carriage return', 'Grafana\rx'],
    ['a tab', 'Grafana\tx'],
    ['a vertical tab', 'Grafana\vx'],
    ['a form feed', 'Grafana\fx'],
    ['a next-line (U+0085)', 'Grafana\u0085x'],
    ['a line separator (U+2028)', 'Grafana\u2028x'],
    ['a paragraph separator (U+2029)', 'Grafana\u2029x'],
    ['an escape character', 'Grafana\u001b[31m'],
    ['a trailing line break', 'Grafana\n'],
  ])('refuses %s with a message that says why', (_what, name) => {
    expect(identityErrors({ name, slug: 'grafana' }, null).appName).toMatch(/^Keep the name on one line: remove line breaks/);
  });

  it('takes any printable text, quotes and template signs included', () => {
    expect(identityErrors({ name: 'Grafana “staging” ${x} %{y} !Find &a *a # 10%', slug: 'grafana' }, null)).toEqual({});
  });
});
