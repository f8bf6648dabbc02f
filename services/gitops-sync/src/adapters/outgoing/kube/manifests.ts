// The `manifests` target (no cluster configured): the same objects as YAML
// files, <dir>/<namespace>/<kind>-<name>.yaml (@keywarden/kube's writeManifest),
// for a human or a GitOps pipeline to apply. Secret files are written 0600:
// they hold the token, as the Secret would.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fingerprint } from '@keywarden/crypto';
import { writeManifest, type KubeObject } from '@keywarden/kube';
import { parse } from 'yaml';
import type { ClusterTarget, ObservedRepository, ObservedSecret } from '../../../app/ports.js';
import { FINGERPRINT_ANNOTATION, GENERATION_ANNOTATION } from '../../../domain/cluster.js';

export function manifestsTarget(dir: string): ClusterTarget {
  let count = 0;
  const readAll = async (): Promise<KubeObject[]> => {
    const found: KubeObject[] = [];
    const folders = await readdir(dir).catch(() => [] as string[]);
    for (const folder of folders) {
      for (const file of await readdir(join(dir, folder)).catch(() => [] as string[])) {
        if (file.endsWith('.yaml')) found.push(parse(await readFile(join(dir, folder, file), 'utf8')) as KubeObject);
      }
    }
    return found;
  };
  const matches = (o: KubeObject, selector: string) =>
    selector.split(',').filter(Boolean).every((term) => {
      const [key, value] = term.split('=') as [string, string | undefined];
      return o.metadata.labels?.[key] === value;
    });
  return {
    kind: 'manifests',
    description: `manifests in ${dir}`,
    apply: async (object) => {
      count++;
      await writeManifest(dir, object);
    },
    deleteEnvironment: async (namespace) => {
      count++;
      await rm(join(dir, namespace), { recursive: true, force: true });
    },
    listSecrets: async (selector) => {
      count++;
      return (await readAll()).filter((o) => o.kind === 'Secret' && matches(o, selector)).map((o): ObservedSecret => {
        const password = (o['data'] as Record<string, string> | undefined)?.['password'];
        return {
          namespace: o.metadata.namespace ?? '', name: o.metadata.name,
          generation: o.metadata.annotations?.[GENERATION_ANNOTATION] ?? '', fingerprint: o.metadata.annotations?.[FINGERPRINT_ANNOTATION] ?? '',
          passwordFingerprint: password ? fingerprint(Buffer.from(password, 'base64').toString('utf8')) : '',
        };
      });
    },
    listGitRepositories: async (selector) => {
      count++;
      return (await readAll()).filter((o) => o.kind === 'GitRepository' && matches(o, selector))
        .map((o): ObservedRepository => ({ namespace: o.metadata.namespace ?? '', name: o.metadata.name }));
    },
    requests: () => count,
    close: async () => undefined,
  };
}

