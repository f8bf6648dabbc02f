// What the global setup provides to every suite (vitest's inject()). Imported by
// suite.ts too, so any package that compiles its tests sees the same keys.
declare module 'vitest' {
  export interface ProvidedContext {
    natsUrl: string;
    pgAdminUrl: string;
    testRoot: string;
  }
}

export {};
