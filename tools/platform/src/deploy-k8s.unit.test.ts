import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { GITLAB_SIMULATOR_TARGET } from './build.js';
import { REPO_ROOT } from './config.js';
import { NATS_USERS, OPERATOR_NATS_USER, SERVICES, natsPasswordEnv } from './services.js';

// deploy/k8s rendered by kubectl's kustomize (as `kubectl apply -k` would),
// checked against the registry the local platform runs from and against
// docker-compose.yml. kubectl is required: .ci/run installs it.

type Env = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: unknown } };
type EnvFrom = { configMapRef?: { name: string }; secretRef?: { name: string } };
type Probe = { httpGet?: { path: string; port: string | number } };
type Container = {
  name: string; image: string; command?: string[]; args?: string[]; env?: Env[]; envFrom?: EnvFrom[];
  ports?: { name: string; containerPort: number }[]; readinessProbe?: Probe; livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: { name: string; mountPath: string }[];
};
type PodSpec = {
  serviceAccountName?: string; automountServiceAccountToken?: boolean; containers: Container[];
  securityContext?: { runAsNonRoot?: boolean }; volumes?: { name: string; configMap?: { name: string } }[];
};
type K8sObject = {
  kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  data?: Record<string, string>; rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
  roleRef?: { name: string }; subjects?: { kind: string; name: string; namespace: string }[];
  automountServiceAccountToken?: boolean;
  spec?: {
    replicas?: number; serviceName?: string; clusterIP?: string; selector?: Record<string, string>;
    ports?: { name: string; port: number; targetPort: string }[];
    template?: { metadata: { labels: Record<string, string>; annotations?: Record<string, string> }; spec: PodSpec };
    volumeClaimTemplates?: { metadata: { name: string } }[];
  };
};

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

function render(dir: string): K8sObject[] {
  const run = spawnSync('kubectl', ['kustomize', join(REPO_ROOT, dir)], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (run.error) {
    throw new Error(`kubectl is needed to render ${dir} (${run.error.message}); .ci/run installs it: apt-get install -y kubectl`);
  }
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${run.stderr}`);
  return parseAllDocuments(run.stdout).map((doc) => doc.toJS() as K8sObject);
}

let objects: K8sObject[] = [];
const find = (kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`deploy/k8s renders no ${kind} ${name}`);
  return found;
};
const pod = (kind: string, name: string) => find(kind, name).spec?.template?.spec as PodSpec;
const configMap = (name: string) => find('ConfigMap', name).data ?? {};
const containerOf = (name: string) => pod('Deployment', name).containers.find((c) => c.name === 'service') as Container;
/** Every variable a container gets: its env and the keys of the ConfigMaps it takes whole. */
const variablesOf = (c: Container): Map<string, Env> => {
  const vars = new Map<string, Env>();
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef) for (const [name, value] of Object.entries(configMap(from.configMapRef.name))) vars.set(name, { name, value });
  }
  for (const env of c.env ?? []) vars.set(env.name, env);
  return vars;
};

type ComposeService = { environment?: Record<string, string>; ports?: string[]; volumes?: string[]; profiles?: string[]; command?: string[] };
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };

beforeAll(() => {
  objects = render('deploy/k8s');
});

describe('deploy/k8s', () => {
  it('renders, everything in namespace keywarden, no Secret values and no PostgreSQL inside', () => {
    const clusterScoped = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);
    for (const o of objects) expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBe(clusterScoped.has(o.kind) ? undefined : 'keywarden');
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const images = objects.flatMap((o) => o.spec?.template?.spec.containers.map((c) => c.image) ?? []);
    expect(images.filter((image) => /postgres/.test(image))).toEqual([]);
    // The example overlay (ingress, image, collector, public URLs) renders too.
    const example = render('deploy/k8s/overlays/example');
    expect(example.find((o) => o.kind === 'Ingress')?.metadata.name).toBe('gateway');
  });

  it('runs every registry service and the gateway, each a Deployment and a Service like docker-compose', () => {
    const deployments = objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name);
    expect(deployments.sort()).toEqual(SERVICES.map((s) => s.name).sort());
    const composeApps = Object.keys(compose.services).filter((name) => !['nats', 'postgres', 'jaeger', 'gitlab-sim', 'bus-provision'].includes(name));
    expect(composeApps.sort()).toEqual(deployments);
    for (const { name } of SERVICES) {
      const labels = find('Deployment', name).spec?.template?.metadata.labels ?? {};
      const service = find('Service', name);
      for (const [key, value] of Object.entries(service.spec?.selector ?? {})) expect(labels[key]).toBe(value);
      expect(service.spec?.ports?.[0]?.targetPort).toBe('http');
    }
  });

  it('probes /readyz and /healthz, limits resources, runs non-root on a read-only root and is scraped on /metrics', () => {
    const shared = Object.values(configMapNamed('keywarden-shared'))[0] ?? {};
    for (const { name } of SERVICES) {
      const c = containerOf(name);
      const port = c.ports?.find((p) => p.name === 'http')?.containerPort;
      expect(String(port), name).toBe(shared['KW_HTTP_PORT']);
      expect(c.readinessProbe?.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
      for (const kind of ['requests', 'limits'] as const) expect(Object.keys(c.resources?.[kind] ?? {}).sort(), name).toEqual(['cpu', 'memory']);
      expect(pod('Deployment', name).securityContext?.runAsNonRoot).toBe(true);
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      // The read-only root: the data directory and /tmp are volumes.
      expect(c.volumeMounts?.map((m) => m.mountPath).sort()).toEqual([shared['KW_DATA_DIR'], '/tmp'].sort());
      const annotations = find('Deployment', name).spec?.template?.metadata.annotations ?? {};
      expect(annotations).toMatchObject({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(port), 'prometheus.io/path': '/metrics' });
    }
  });

  it('gives each service its own NATS user and password, database URL and, only where it encrypts, the master keys', () => {
    for (const spec of SERVICES) {
      const vars = variablesOf(containerOf(spec.name));
      expect(vars.get('KW_SERVICE_NAME')?.value).toBe(spec.name);
      expect(vars.get('KW_NATS_USER')?.value).toBe(spec.natsUser);
      expect(vars.get('KW_NATS_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'keywarden-nats', key: natsPasswordEnv(spec.natsUser) });
      if (spec.database) expect(vars.get('KW_DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'keywarden-database', key: spec.name });
      else expect(vars.has('KW_DATABASE_URL')).toBe(false);
      if (spec.masterKeys) expect(vars.get('KW_MASTER_KEYS')?.valueFrom?.secretKeyRef).toEqual({ name: 'keywarden-master-keys', key: 'KW_MASTER_KEYS' });
      else expect(vars.has('KW_MASTER_KEYS')).toBe(false);
      // The registry says who encrypts: the services that read the master keys.
      const source = join(REPO_ROOT, 'services', spec.name, 'src');
      if (existsSync(source)) expect(sourceMatches(source, /masterKeys/g).size > 0, spec.name).toBe(spec.masterKeys);
    }
  });

  it('sets the same variables as docker-compose, each one a service reads', () => {
    const runtime = new Set(read('libs/runtime/src/config.ts').match(/KW_[A-Z0-9_]+/g));
    // Deliberate differences: compose may mount a kubeconfig; in the cluster the pod's ServiceAccount is used.
    const composeOnly = new Set(['KW_GITOPS_KUBECONFIG', 'KW_DEPLOYER_KUBECONFIG']);
    for (const { name } of SERVICES) {
      const k8s = [...variablesOf(containerOf(name)).keys()].sort();
      const composed = Object.keys(compose.services[name]?.environment ?? {}).filter((v) => !composeOnly.has(v)).sort();
      expect(k8s, name).toEqual(composed);
      const source = join(REPO_ROOT, 'services', name, 'src');
      const own = existsSync(source) ? sourceMatches(source, /KW_[A-Z0-9_]+/g) : new Set<string>();
      expect(k8s.filter((v) => !runtime.has(v) && !own.has(v)), `${name}: variables no code reads`).toEqual([]);
    }
    const k8sValue = (service: string, variable: string) => variablesOf(containerOf(service)).get(variable)?.value;
    expect(k8sValue('gateway', 'KW_GATEWAY_ISSUER')).toBe(k8sValue('identity', 'KW_IDENTITY_ISSUER'));
    expect(k8sValue('gateway', 'KW_GATEWAY_AUDIENCE')).toBe(k8sValue('identity', 'KW_IDENTITY_AUDIENCE'));
  });

  it('runs a 3-server NATS JetStream cluster with deploy/nats users, and R3 streams', () => {
    const nats = find('StatefulSet', 'nats');
    expect(nats.spec?.replicas).toBe(3);
    expect(find('Service', nats.spec?.serviceName ?? '').spec?.clusterIP).toBe('None');
    const spec = pod('StatefulSet', 'nats');
    const server = spec.containers[0] as Container;
    const configName = spec.volumes?.find((v) => v.configMap)?.configMap?.name ?? '';
    const config = configMap(configName);
    // The very users and permissions the local platform and docker-compose use (deploy/nats/kustomization.yaml).
    expect(config['nats-server.conf']).toBe(read('deploy/nats/nats-server.conf'));
    const cluster = config['cluster.conf'] ?? '';
    expect(cluster).toMatch(/^include \.\/nats-server\.conf$/m);
    expect(server.args?.slice(0, 2)).toEqual(['--config', '/etc/nats/cluster.conf']);
    const routes = [...cluster.matchAll(/nats:\/\/([a-z0-9-]+)\.([a-z0-9-]+):6222/g)].map((m) => `${m[1]}.${m[2]}`);
    expect(routes).toEqual([0, 1, 2].map((i) => `nats-${i}.${nats.spec?.serviceName}`));
    expect(cluster).toMatch(/^server_name: \$POD_NAME$/m);
    // Every user's password from Secret keywarden-nats; stream files on each server's own volume.
    expect(server.envFrom).toEqual([{ secretRef: { name: 'keywarden-nats' } }]);
    const store = server.args?.[(server.args.indexOf('-sd') ?? -1) + 1] ?? '';
    const claim = nats.spec?.volumeClaimTemplates?.[0]?.metadata.name;
    const mount = server.volumeMounts?.find((m) => m.name === claim)?.mountPath ?? '(none)';
    expect(store.startsWith(mount)).toBe(true);
    const shared = Object.values(configMapNamed('keywarden-shared'))[0] ?? {};
    expect(shared['KW_STREAM_REPLICAS']).toBe('3');
    expect(shared['KW_NATS_URL']).toBe(`nats://nats:${find('Service', 'nats').spec?.ports?.[0]?.port}`);
    for (const { name } of SERVICES) expect(variablesOf(containerOf(name)).get('KW_STREAM_REPLICAS')?.value, name).toBe('3');
    expect(compose.services['identity']?.environment?.['KW_STREAM_REPLICAS']).toBe('1');
  });

  it('provisions the bus with a Job, as the NATS operator, as docker-compose does, and gives no service the operator password', () => {
    const job = find('Job', 'bus-provision');
    const spec = job.spec?.template?.spec as PodSpec & { restartPolicy?: string };
    const c = spec.containers[0] as Container;
    expect(c.command).toEqual(compose.services['bus-provision']?.command);
    expect(c.command?.slice(-3)).toEqual(['tools/cli/dist/main.js', 'ops', 'provision']);
    expect(c.image).toBe(containerOf('identity').image);
    const vars = variablesOf(c);
    expect(vars.get('KW_NATS_USER')?.value).toBe(OPERATOR_NATS_USER);
    expect(vars.get('KW_NATS_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'keywarden-nats', key: natsPasswordEnv(OPERATOR_NATS_USER) });
    // The streams get the replicas the services expect (R3), on the NATS the services use.
    for (const { name } of SERVICES) {
      for (const variable of ['KW_STREAM_REPLICAS', 'KW_NATS_URL']) expect(vars.get(variable)?.value, `${name} ${variable}`).toBe(variablesOf(containerOf(name)).get(variable)?.value);
      expect([...variablesOf(containerOf(name)).values()].some((v) => v.valueFrom?.secretKeyRef?.key === natsPasswordEnv(OPERATOR_NATS_USER)), name).toBe(false);
    }
    expect(spec.restartPolicy).toBe('OnFailure');
    expect(spec.automountServiceAccountToken).toBe(false);
    expect(spec.securityContext?.runAsNonRoot).toBe(true);
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(c.volumeMounts?.map((m) => m.mountPath)).toEqual(['/tmp']);
  });

  it('lets only the NATS servers reach their route port (a route bypasses every user permission)', () => {
    type Peer = { podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown; ipBlock?: unknown };
    type Rule = { from?: Peer[]; ports?: { port: string | number }[] };
    const nats = find('StatefulSet', 'nats');
    const podLabels = nats.spec?.template?.metadata.labels ?? {};
    const ports = (pod('StatefulSet', 'nats').containers[0] as Container).ports ?? [];
    const cluster = ports.find((p) => p.containerPort === 6222);
    expect(cluster?.name).toBe('cluster');
    const selects = (selector: Record<string, string> | undefined) => Object.entries(selector ?? {}).every(([k, v]) => podLabels[k] === v);
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.spec as unknown as {
      podSelector: { matchLabels?: Record<string, string> }; policyTypes?: string[]; ingress?: Rule[];
    }).filter((p) => selects(p.podSelector.matchLabels) && (p.policyTypes ?? ['Ingress']).includes('Ingress'));
    expect(policies.length, 'a NetworkPolicy on the NATS pods').toBeGreaterThan(0);
    // Every rule that admits the route port (by name or number, or all ports) admits only the NATS pods.
    const admitsRoutes = (rule: Rule) => !rule.ports || rule.ports.some((p) => p.port === 'cluster' || p.port === 6222);
    const rules = policies.flatMap((p) => p.ingress ?? []).filter(admitsRoutes);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.from?.length, 'route port open to everyone').toBeGreaterThan(0);
      for (const peer of rule.from ?? []) {
        expect(peer.namespaceSelector ?? peer.ipBlock).toBeUndefined();
        expect(selects(peer.podSelector?.matchLabels) && Object.keys(peer.podSelector?.matchLabels ?? {}).length > 0).toBe(true);
      }
    }
    // The clients (the services) and the monitor (probes) still reach them.
    const open = policies.flatMap((p) => p.ingress ?? []).filter((r) => !r.from).flatMap((r) => r.ports?.map((p) => p.port) ?? []);
    expect(open.sort()).toEqual(['client', 'monitor']);
  });

  it('grants the Kubernetes API only to gitops-sync and the deployer, with the verbs their code uses', () => {
    const bound = new Map<string, string>();
    for (const binding of objects.filter((o) => o.kind === 'ClusterRoleBinding' || o.kind === 'RoleBinding')) {
      for (const subject of binding.subjects ?? []) bound.set(subject.name, binding.roleRef?.name ?? '');
    }
    expect([...bound.keys()].sort()).toEqual(['deployer', 'gitops-sync']);
    for (const { name } of SERVICES) {
      const kube = bound.has(name);
      expect(find('ServiceAccount', name).automountServiceAccountToken, name).toBe(kube);
      expect(pod('Deployment', name).serviceAccountName).toBe(name);
      expect(pod('Deployment', name).automountServiceAccountToken, name).toBe(kube);
    }
    const rules = (role: string) => Object.fromEntries((find('ClusterRole', role).rules ?? []).flatMap((r) => r.resources.map((res) => [`${r.apiGroups[0] || 'core'}/${res}`, [...r.verbs].sort()])));
    expect(rules(bound.get('gitops-sync') ?? '')).toEqual({
      'core/namespaces': ['create', 'delete', 'get'],
      'core/secrets': ['create', 'delete', 'list', 'patch'],
      'source.toolkit.fluxcd.io/gitrepositories': ['create', 'delete', 'list', 'patch', 'watch'],
    });
    expect(rules(bound.get('deployer') ?? '')).toEqual({
      'core/secrets': ['create', 'delete', 'patch'],
      'apps/deployments': ['create', 'delete', 'list', 'patch', 'watch'],
    });
  });

  it('documents every Secret it reads in secrets.example, with exactly the keys it reads', () => {
    const needed = new Map<string, Set<string>>();
    const need = (secret: string, key: string) => needed.set(secret, (needed.get(secret) ?? new Set()).add(key));
    for (const o of objects) {
      for (const c of o.spec?.template?.spec.containers ?? []) {
        for (const env of c.env ?? []) if (env.valueFrom?.secretKeyRef) need(env.valueFrom.secretKeyRef.name, env.valueFrom.secretKeyRef.key);
        // A whole Secret in the environment: nats-server reads one password per user.
        for (const from of c.envFrom ?? []) if (from.secretRef) for (const user of NATS_USERS) need(from.secretRef.name, natsPasswordEnv(user));
      }
    }
    const files = readdirSync(join(REPO_ROOT, 'deploy/k8s/secrets.example')).filter((f) => f.endsWith('.env'));
    const documented = new Map(files.map((file) => [`keywarden-${file.replace(/\.env$/, '')}`, envKeys(read(`deploy/k8s/secrets.example/${file}`))]));
    expect([...documented.keys()].sort()).toEqual([...needed.keys()].sort());
    for (const [secret, keys] of needed) expect(documented.get(secret), secret).toEqual([...keys].sort());
    expect(documented.get('keywarden-database')).toEqual(SERVICES.filter((s) => s.database).map((s) => s.name).sort());
  });
});

describe('docker-compose.yml beside deploy/k8s', () => {
  it('runs Jaeger with OTLP ingest, and every service exports to it', () => {
    expect(compose.services['jaeger']?.ports).toEqual(expect.arrayContaining(['16686:16686', '4317:4317', '4318:4318']));
    for (const { name } of SERVICES) expect(compose.services[name]?.environment?.['KW_OTLP_ENDPOINT']).toBe('http://jaeger:4318');
  });

  it('starts NATS with deploy/nats, PostgreSQL with deploy/postgres/initdb, the GitLab simulator only on request', () => {
    // KW_NATS_CONFIG: the config `kw ops integrations` rendered, when there are integrations.
    expect(compose.services['nats']?.volumes).toContain('${KW_NATS_CONFIG:-./deploy/nats/nats-server.conf}:/etc/nats/nats-server.conf:ro');
    expect(compose.services['postgres']?.volumes).toContain('./deploy/postgres/initdb:/docker-entrypoint-initdb.d:ro');
    expect(compose.services['gitlab-sim']?.profiles).toEqual(['simulators']);
    // The image's compiled simulator (`npm run build`), from this source.
    expect(compose.services['gitlab-sim']?.command?.at(-1)).toBe(GITLAB_SIMULATOR_TARGET.dist);
    const entry = GITLAB_SIMULATOR_TARGET.entry;
    expect(existsSync(join(REPO_ROOT, entry)), entry).toBe(true);
    // Each variable compose sets is one the simulator reads (else the default applies, silently), and the token
    // lifetime has the name `npm start` and the README use.
    const source = read(entry);
    const given = Object.keys(compose.services['gitlab-sim']?.environment ?? {});
    expect(given.filter((v) => !source.includes(`'${v}'`)), 'variables gitlab/main.ts does not read').toEqual([]);
    expect(given).toContain(/KW_GITLAB_SIM_[A-Z_]*TTL[A-Z_]*/.exec(read('tools/platform/src/config.ts'))?.[0]);
  });
});

/** The generated ConfigMap `<name>-<hash>`, by the name written in the kustomization. */
function configMapNamed(name: string): Record<string, Record<string, string>> {
  const found = objects.filter((o) => o.kind === 'ConfigMap' && new RegExp(`^${name}-[a-z0-9]{10}$`).test(o.metadata.name));
  return Object.fromEntries(found.map((o) => [o.metadata.name, o.data ?? {}]));
}

function envKeys(text: string): string[] {
  return text.split('\n').filter((line) => /^[^#\s][^=]*=/.test(line)).map((line) => line.slice(0, line.indexOf('='))).sort();
}

/** The matches of a global pattern in the non-test TypeScript under a directory. */
function sourceMatches(dir: string, pattern: RegExp): Set<string> {
  const found = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('test-support'));
  for (const file of files) for (const match of readFileSync(join(dir, file), 'utf8').match(pattern) ?? []) found.add(match);
  return found;
}
