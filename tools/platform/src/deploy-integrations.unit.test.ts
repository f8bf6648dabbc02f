import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';

type Container = { name: string; image?: string; args?: string[]; volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }> };
type Source = { configMap?: { name: string; items: Array<{ key: string; path: string }> }; secret?: { name: string; items: Array<{ key: string; path: string }> } };
type StatefulSet = { kind: string; metadata: { name: string }; spec: { template: { spec: { shareProcessNamespace?: boolean; containers: Container[]; volumes: Array<{ name: string; configMap?: unknown; projected?: { sources: Source[] } }> } } } };

// deploy/k8s/components/integrations: the servers run the config rendered by `kw ops integrations`
// (a Secret), reloaded by the config reloader sidecar, with the store directory from that file.
describe('deploy/k8s with the integrations component', () => {
  it('mounts the rendered config from its Secret, has it reloaded by a sidecar, and passes no -sd (nats-server 2.9 would refuse the reload)', () => {
    const overlay = mkdtempSync(join(tmpdir(), 'kw-k8s-'));
    const base = relative(overlay, join(REPO_ROOT, 'deploy/k8s/base'));
    const component = relative(overlay, join(REPO_ROOT, 'deploy/k8s/components/integrations'));
    writeFileSync(join(overlay, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [${base}]\ncomponents: [${component}]\n`);
    const run = spawnSync('kubectl', ['kustomize', overlay], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
    if (run.error) throw new Error(`kubectl is needed (${run.error.message}); .ci/run installs it`);
    expect(run.status, run.stderr).toBe(0);
    const nats = parseAllDocuments(run.stdout).map((d) => d.toJS() as StatefulSet).find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'nats')!;
    const pod = nats.spec.template.spec;
    expect(pod.shareProcessNamespace).toBe(true);
    const server = pod.containers.find((c) => c.name === 'nats')!;
    expect(server.args).toEqual(['--config', '/etc/nats/cluster.conf', '-js', '-p', '4222', '-m', '8222', '-P', '/data/nats.pid']);
    const reloader = pod.containers.find((c) => c.name === 'reloader')!;
    expect(reloader.image).toMatch(/^natsio\/nats-server-config-reloader:\d+\.\d+\.\d+$/);
    expect(reloader.args).toEqual(['-pid', '/data/nats.pid', '-config', '/etc/nats/nats-server.conf', '-config', '/etc/nats/cluster.conf']);
    expect(reloader.volumeMounts).toEqual([{ name: 'config', mountPath: '/etc/nats', readOnly: true }, { name: 'data', mountPath: '/data', readOnly: true }]);
    const config = pod.volumes.find((v) => v.name === 'config')!;
    expect(config.configMap).toBeUndefined();
    const sources = config.projected!.sources;
    expect(sources.map((s) => s.configMap?.items ?? s.secret?.items)).toEqual([[{ key: 'cluster.conf', path: 'cluster.conf' }], [{ key: 'nats-server.conf', path: 'nats-server.conf' }]]);
    expect(sources[0]!.configMap!.name).toMatch(/^nats-config-/);
    expect(sources[1]!.secret!.name).toBe('keywarden-nats-integrations');
  });
});
