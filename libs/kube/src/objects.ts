/** A Kubernetes object as keywarden writes and reads it: kind, metadata, and whatever else the kind has. */
export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    generation?: number;
    resourceVersion?: string;
  };
  [key: string]: unknown;
};

/** The field manager every keywarden write is recorded under (server-side apply ownership). */
export const FIELD_MANAGER = 'keywarden';
