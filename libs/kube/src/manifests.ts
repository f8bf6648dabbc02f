// The manifests targets (no cluster configured) write each object as YAML at
// <dir>/<namespace>/<kind>-<name>.yaml, for a human or a GitOps pipeline to
// apply. Secret files are 0600: they hold what the Secret would.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { KubeObject } from './objects.js';

/** Where writeManifest puts an object; a cluster-scoped one (a Namespace) gets a folder of its own name. */
export function manifestPath(dir: string, object: KubeObject): string {
  return join(dir, object.metadata.namespace ?? object.metadata.name, `${object.kind.toLowerCase()}-${object.metadata.name}.yaml`);
}

/** Writes the object's YAML file and returns its path. */
export async function writeManifest(dir: string, object: KubeObject): Promise<string> {
  const file = manifestPath(dir, object);
  await mkdir(dirname(file), { recursive: true });
  // A fresh file renamed over the old one: the mode holds even when a file was already there with a wider one
  // (writeFile's mode applies only on creation), and a crash never leaves half a Secret.
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, stringify(object), { mode: object.kind === 'Secret' ? 0o600 : 0o644, flag: 'wx' });
  await rename(temporary, file);
  return file;
}
