/**
 * The catalog modules the build writes from the app folders (src/server/build/app-catalog.ts).
 * Ambient declarations cannot import the project's types: registry.ts gives them their shape.
 */
declare module 'virtual:app-catalog' {
  /** Every app's meta.ts without its summary, with its id, most popular first. */
  export const entries: readonly {
    id: string;
    name: string;
    protocol: string;
    category: string;
    aliases: readonly string[];
    popularity: number;
    inputs: readonly string[];
    short?: string;
    sensitive?: boolean;
    /** The app folder, and for a variant's entry (`<folder>-<key>`) its key. */
    folder: string;
    variant?: string;
    siblings: readonly { id: string; name: string }[];
  }[];
  export const details: () => Promise<{
    summaries: Readonly<Record<string, string>>;
    loaders: Readonly<Record<string, () => Promise<{ default: unknown }>>>;
  }>;
}
declare module 'virtual:app-catalog-details' {
  export const summaries: Readonly<Record<string, string>>;
  export const loaders: Readonly<Record<string, () => Promise<{ default: unknown }>>>;
}
