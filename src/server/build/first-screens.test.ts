import { describe, expect, it } from 'vitest';
import { disableControls, firstScreenHtml } from './first-screens';

const SHELL = `<!doctype html>
<html><head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index.css">
</head><body><div id="root"></div></body></html>`;

describe('a page drawn at build time (ADR 0011)', () => {
  it('cannot be typed into before the live page takes over: every control is disabled, once', () => {
    expect(disableControls('<input id="a" type="text"/><button type="submit">Next</button><select name="s"></select><textarea></textarea>')).toBe(
      '<input disabled="" id="a" type="text"/><button disabled="" type="submit">Next</button><select disabled="" name="s"></select><textarea disabled=""></textarea>',
    );
    expect(disableControls('<button disabled="" type="button">Copy</button>')).toBe('<button disabled="" type="button">Copy</button>');
    expect(disableControls('<a href="/osticket">osTicket</a>')).toBe('<a href="/osticket">osTicket</a>');
  });

  it('loads no app code before it has painted: the only script is the first-screen one, which is told what to load after', () => {
    const html = firstScreenHtml(SHELL, {
      path: '/osticket',
      markup: '<h1>Your osTicket setup</h1><input name="url"/>',
      bootstrap: '/assets/first-screen-1.js',
      entry: '/assets/index-abc.js',
      preloads: ['/assets/jsx-def.js', '/assets/definition-x.js'],
    });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="module" crossorigin src="/assets/first-screen-1.js"></script>');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index.css">');
    expect(html).toContain(
      '<div id="root" data-first-screen="/osticket" data-entry="/assets/index-abc.js" data-preload="/assets/jsx-def.js /assets/definition-x.js"><h1>Your osTicket setup</h1><input disabled="" name="url"/></div>',
    );
  });

  it('refuses a page it cannot place: no empty #root, or no script to replace', () => {
    const page = { path: '/', markup: '', bootstrap: '/b.js', entry: '/e.js', preloads: [] };
    expect(() => firstScreenHtml('<html><head></head><body><div id="root">x</div></body></html>', page)).toThrow(/no empty/);
    expect(() => firstScreenHtml('<html><head></head><body><div id="root"></div></body></html>', page)).toThrow(/no module script/);
  });
});
