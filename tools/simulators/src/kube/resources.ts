import type { CustomResource, JsonObject, ResourceType } from './types.js';
import { apiVersionOf } from './types.js';

const builtIn = (rt: Omit<ResourceType, 'singular'>): ResourceType => ({ ...rt, singular: rt.kind.toLowerCase() });

/** What Keywarden uses: namespaces, secrets, config maps, services, deployments and Flux GitRepositories. */
export const BUILT_IN_RESOURCES: readonly ResourceType[] = [
  builtIn({ group: '', version: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false, statusSubresource: true, generation: false, shortNames: ['ns'] }),
  builtIn({ group: '', version: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true, statusSubresource: false, generation: false }),
  builtIn({ group: '', version: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true, statusSubresource: false, generation: false, shortNames: ['cm'] }),
  builtIn({ group: '', version: 'v1', kind: 'Service', plural: 'services', namespaced: true, statusSubresource: true, generation: false, shortNames: ['svc'] }),
  builtIn({ group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', namespaced: true, statusSubresource: true, generation: true, shortNames: ['deploy'] }),
  builtIn({ group: 'source.toolkit.fluxcd.io', version: 'v1', kind: 'GitRepository', plural: 'gitrepositories', namespaced: true, statusSubresource: true, generation: true, shortNames: ['gitrepo'] }),
];

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** The resources served, looked up by URL (group, version, plural) or by kind. */
export class ResourceRegistry {
  private readonly types: ResourceType[] = [];

  constructor(extra: readonly CustomResource[] = []) {
    for (const rt of BUILT_IN_RESOURCES) this.types.push(rt);
    for (const cr of extra) this.register(cr);
  }

  register(cr: CustomResource): ResourceType {
    const rt: ResourceType = {
      ...cr,
      singular: cr.singular ?? cr.kind.toLowerCase(),
      statusSubresource: cr.statusSubresource ?? true,
      // Custom resources bump generation on every non-metadata, non-status change (CRD semantics).
      generation: true,
    };
    const existing = this.byPath(rt.group, rt.version, rt.plural);
    if (existing) throw new Error(`resource ${rt.plural}.${rt.group}/${rt.version} is already registered`);
    this.types.push(rt);
    return rt;
  }

  all(): readonly ResourceType[] {
    return this.types;
  }

  byPath(group: string, version: string, plural: string): ResourceType | undefined {
    return this.types.find((t) => t.group === group && t.version === version && t.plural === plural);
  }

  /** The resource serving objects of this apiVersion and kind. */
  forObject(apiVersion: string, kind: string): ResourceType {
    const found = this.types.find((t) => apiVersionOf(t) === apiVersion && t.kind === kind);
    if (!found) throw new Error(`no resource serves ${apiVersion} ${kind}`);
    return found;
  }

  /**
   * For test helpers: 'Secret', 'secrets', 'GitRepository.source.toolkit.fluxcd.io'
   * or 'gitrepositories.source.toolkit.fluxcd.io'.
   */
  resolve(name: string): ResourceType {
    const dot = name.indexOf('.');
    const head = dot < 0 ? name : name.slice(0, dot);
    const group = dot < 0 ? undefined : name.slice(dot + 1);
    const found = this.types.find(
      (t) => (group === undefined || t.group === group) && (t.kind === head || t.plural === head || t.singular === head),
    );
    if (!found) throw new Error(`unknown resource ${name}`);
    return found;
  }

  private groups(): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const t of this.types) {
      if (t.group === '') continue;
      const versions = groups.get(t.group) ?? [];
      if (!versions.includes(t.version)) versions.push(t.version);
      groups.set(t.group, versions);
    }
    return groups;
  }

  apiGroup(name: string): JsonObject | undefined {
    const versions = this.groups().get(name);
    if (!versions) return undefined;
    const list = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
    return { kind: 'APIGroup', apiVersion: 'v1', name, versions: list, preferredVersion: list[0] ?? null };
  }

  /** GET /apis */
  apiGroupList(): JsonObject {
    const groups = [...this.groups().keys()].map((name) => {
      const group = this.apiGroup(name) as JsonObject;
      delete group.kind;
      delete group.apiVersion;
      return group;
    });
    return { kind: 'APIGroupList', apiVersion: 'v1', groups };
  }

  /** GET /api/v1 or /apis/<group>/<version>; undefined when nothing is served there. */
  resourceList(group: string, version: string): JsonObject | undefined {
    const types = this.types.filter((t) => t.group === group && t.version === version);
    if (types.length === 0) return undefined;
    const resources = types.flatMap((t) => {
      const main: JsonObject = {
        name: t.plural,
        singularName: t.singular,
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: VERBS,
        ...(t.shortNames ? { shortNames: t.shortNames } : {}),
      };
      const status: JsonObject = { name: `${t.plural}/status`, singularName: '', namespaced: t.namespaced, kind: t.kind, verbs: ['get', 'patch', 'update'] };
      return t.statusSubresource ? [main, status] : [main];
    });
    return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersionOf({ group, version }), resources };
  }
}
