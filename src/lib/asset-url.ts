/** A file under public/, resolved against the base path the app was built for (same-origin deployments use one). */
export function assetUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}
