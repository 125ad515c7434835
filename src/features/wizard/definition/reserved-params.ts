/**
 * Query parameter names the wizard itself uses in the address bar and share links: an
 * integration's input keys live in a separate namespace and may never take one of them (a
 * definition that tries is a compile error, see format.ts, and a test checks every definition).
 */
export const WIZARD_PARAM_NAMES = {
  authentikUrl: 'ak',
  appName: 'app',
  slug: 'slug',
  authorizationFlow: 'authz',
  invalidationFlow: 'inval',
  signingKey: 'cert',
  /** Who may sign in: `everyone`, `groups` or `users` (engine/access.ts). */
  access: 'access',
  /** The group names or user names of `access`, one per line. */
  accessWho: 'who',
  /** Forward auth: the proxy outpost to attach the provider to, by name (absent: the embedded outpost). */
  outpost: 'outpost',
  /** The groups chosen for the app's role groups, one `key=name` per line (engine/role-groups.ts). */
  roleGroups: 'roles',
} as const;

/** The catalog page's own parameters (search and filters). */
export const CATALOG_PARAM_NAMES = { query: 'q', category: 'category', protocol: 'protocol' } as const;

export type ReservedParam =
  (typeof WIZARD_PARAM_NAMES)[keyof typeof WIZARD_PARAM_NAMES] | (typeof CATALOG_PARAM_NAMES)[keyof typeof CATALOG_PARAM_NAMES];

export const RESERVED_PARAMS: ReadonlySet<string> = new Set<string>([...Object.values(WIZARD_PARAM_NAMES), ...Object.values(CATALOG_PARAM_NAMES)]);
