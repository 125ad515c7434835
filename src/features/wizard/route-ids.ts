/** Ids of the routes whose loader data screens read with useRouteLoaderData. */
export const ROUTE_IDS = { root: 'root', wizard: 'wizard' } as const;
