/**
 * The entry of an app's first screen (dist/<app>.html, src/server/build/first-screens.ts): the page
 * is already drawn from the HTML, so the app's code is fetched only after that first paint. Then the
 * app (data-entry, the build's main entry) and the chunks its route needs (data-preload) load side by
 * side instead of one after another, and the app draws the same page, live, over the static one.
 */
const root = document.getElementById('root');
const entry = root?.dataset.entry;
if (root && entry) {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  for (const href of (root.dataset.preload ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  await import(/* @vite-ignore */ entry);
}

export {};
