import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { WorkloadSpec } from '../../../app/ports.js';
import { deployTargetFrom } from './target.js';
import { ENV_CHECKSUM_ANNOTATION, envChecksum } from './workload.js';

const spec: WorkloadSpec = {
  namespace: 'project-shop-dev', name: 'api', image: 'registry.example.com/shop/api:2.0.0', ports: [8080], replicas: 1,
  resources: { cpuRequest: '', cpuLimit: '', memoryRequest: '', memoryLimit: '' },
  env: { TOKEN: 'tok-9d8c7b6a5f' },
  labels: { 'app.kubernetes.io/name': 'api', 'keywarden.dev/application-id': 'app-1' },
  annotations: { 'keywarden.dev/version': '2.0.0' },
};

describe('manifests deploy target', () => {
  let dataDir = '';
  beforeEach(async () => void (dataDir = await mkdtemp(join(tmpdir(), 'kw-deployer-'))));
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  it('with no cluster, writes the Secret (0600) and the Deployment under <dataDir>/deployer/manifests and reports complete', async () => {
    const target = deployTargetFrom({ kubeconfig: undefined, dataDir, env: {} });
    const dir = join(dataDir, 'deployer', 'manifests', 'project-shop-dev');
    expect(target.kind).toBe('manifests');
    expect(target.description).toBe(`manifests in ${join(dataDir, 'deployer', 'manifests')}`);
    expect(await target.apply(spec)).toEqual({ generation: 0 });
    expect((await readdir(dir)).sort()).toEqual(['deployment-api.yaml', 'secret-api-env.yaml']);
    expect((await stat(join(dir, 'secret-api-env.yaml'))).mode & 0o777).toBe(0o600);
    const secret = parse(await readFile(join(dir, 'secret-api-env.yaml'), 'utf8')) as { data: Record<string, string> };
    expect(Buffer.from(secret.data['TOKEN'] ?? '', 'base64').toString()).toBe('tok-9d8c7b6a5f');
    const deployment = parse(await readFile(join(dir, 'deployment-api.yaml'), 'utf8')) as { spec: { template: { metadata: { annotations: Record<string, string> }; spec: { containers: { image: string }[] } } } };
    expect(deployment.spec.template.spec.containers[0]?.image).toBe('registry.example.com/shop/api:2.0.0');
    expect(deployment.spec.template.metadata.annotations[ENV_CHECKSUM_ANNOTATION]).toBe(envChecksum(spec.env));
    expect(await target.waitForRollout('project-shop-dev', 'api', 0, 1)).toEqual({ status: 'complete' });
  });

  it('the env checksum depends on every key and value, not on their order', () => {
    expect(envChecksum({ A: '1', B: '2' })).toBe(envChecksum({ B: '2', A: '1' }));
    expect(envChecksum({ A: '1', B: '2' })).not.toBe(envChecksum({ A: '1', B: '3' }));
    expect(envChecksum({ A: '1', B: '2' })).not.toBe(envChecksum({ A: '1' }));
    expect(envChecksum({ AB: '' })).not.toBe(envChecksum({ A: 'B' }));
  });
});
