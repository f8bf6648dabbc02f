import type { FieldProblem } from './errors.js';
import { badRequest, invalid } from './errors.js';
import type { Json, JsonObject, ResourceType } from './types.js';
import { deepEqual, isObject, metadataOf, stringMap } from './types.js';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DURATION = /^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$/;
const MAX_SECRET_BYTES = 1024 * 1024;

/** Namespaces and services are DNS-1123 labels (they become DNS names); the rest are subdomains. */
const usesLabelNames = (rt: ResourceType) => rt.kind === 'Namespace' || rt.kind === 'Service';

/** The kind as validation messages name it: `Secret`, or `GitRepository.source.toolkit.fluxcd.io` for custom resources. */
export const kindForMessages = (rt: ResourceType) =>
  rt.group === '' || rt.group === 'apps' ? rt.kind : `${rt.kind}.${rt.group}`;

function nameProblems(rt: ResourceType, name: string): FieldProblem[] {
  if (!name) return [{ field: 'metadata.name', message: 'Required value: name or generateName is required', reason: 'FieldValueRequired' }];
  const label = usesLabelNames(rt);
  const ok = label ? LABEL.test(name) && name.length <= 63 : SUBDOMAIN.test(name) && name.length <= 253;
  if (ok) return [];
  return [{ field: 'metadata.name', message: `Invalid value: "${name}": ${label ? LABEL_MESSAGE : SUBDOMAIN_MESSAGE}` }];
}

function labelProblems(object: JsonObject): FieldProblem[] {
  return Object.entries(stringMap(metadataOf(object).labels))
    .filter(([, value]) => value.length > 63 || !LABEL_VALUE.test(value))
    .map(([key, value]) => ({
      field: `metadata.labels`,
      message: `Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (label ${key})`,
    }));
}

function secretProblems(object: JsonObject): FieldProblem[] {
  const data = isObject(object.data) ? object.data : {};
  const problems: FieldProblem[] = [];
  let bytes = 0;
  for (const [key, value] of Object.entries(data)) {
    if (!CONFIG_KEY.test(key)) {
      problems.push({ field: `data[${key}]`, message: `Invalid value: "${key}": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')` });
    }
    // Values are []byte in Go: JSON decoding rejects anything that is not base64 before validation runs.
    if (typeof value !== 'string' || !BASE64.test(value)) throw badRequest(`Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 0`);
    bytes += Buffer.from(value, 'base64').length;
  }
  if (bytes > MAX_SECRET_BYTES) problems.push({ field: 'data', message: `Too long: must have at most ${MAX_SECRET_BYTES} bytes` });
  return problems;
}

function deploymentProblems(object: JsonObject): FieldProblem[] {
  const spec = isObject(object.spec) ? object.spec : {};
  const selector = isObject(spec.selector) ? stringMap(spec.selector.matchLabels) : undefined;
  const template = isObject(spec.template) ? spec.template : {};
  const templateLabels = stringMap(isObject(template.metadata) ? template.metadata.labels : undefined);
  const podSpec = isObject(template.spec) ? template.spec : {};
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  const problems: FieldProblem[] = [];
  if (!selector || Object.keys(selector).length === 0) problems.push({ field: 'spec.selector', message: 'Required value', reason: 'FieldValueRequired' });
  else if (Object.entries(selector).some(([k, v]) => templateLabels[k] !== v)) {
    problems.push({ field: 'spec.template.metadata.labels', message: `Invalid value: ${JSON.stringify(templateLabels)}: \`selector\` does not match template \`labels\`` });
  }
  if (containers.length === 0) problems.push({ field: 'spec.template.spec.containers', message: 'Required value', reason: 'FieldValueRequired' });
  containers.forEach((c, i) => {
    if (!isObject(c) || typeof c.name !== 'string' || !c.name) problems.push({ field: `spec.template.spec.containers[${i}].name`, message: 'Required value', reason: 'FieldValueRequired' });
    if (!isObject(c) || typeof c.image !== 'string' || !c.image) problems.push({ field: `spec.template.spec.containers[${i}].image`, message: 'Required value', reason: 'FieldValueRequired' });
  });
  return problems;
}

/** The CRD's OpenAPI schema, reduced to the fields Keywarden relies on. */
function gitRepositoryProblems(object: JsonObject): FieldProblem[] {
  const spec = isObject(object.spec) ? object.spec : {};
  const problems: FieldProblem[] = [];
  if (typeof spec.url !== 'string') problems.push({ field: 'spec.url', message: 'Required value', reason: 'FieldValueRequired' });
  else if (!/^(http|https|ssh):\/\/.*$/.test(spec.url)) problems.push({ field: 'spec.url', message: `Invalid value: "${spec.url}": spec.url in body should match '^(http|https|ssh)://.*$'` });
  if (typeof spec.interval !== 'string') problems.push({ field: 'spec.interval', message: 'Required value', reason: 'FieldValueRequired' });
  else if (!DURATION.test(spec.interval)) problems.push({ field: 'spec.interval', message: `Invalid value: "${spec.interval}": spec.interval in body should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'` });
  return problems;
}

/** Validation the API server would run before storing; throws 422 Invalid (or 400 for undecodable data). */
export function validate(rt: ResourceType, object: JsonObject): void {
  const name = typeof metadataOf(object).name === 'string' ? (metadataOf(object).name as string) : '';
  const problems = [...nameProblems(rt, name), ...labelProblems(object)];
  if (rt.kind === 'Secret' && rt.group === '') problems.push(...secretProblems(object));
  if (rt.kind === 'Deployment' && rt.group === 'apps') problems.push(...deploymentProblems(object));
  if (rt.kind === 'GitRepository' && rt.group === 'source.toolkit.fluxcd.io') problems.push(...gitRepositoryProblems(object));
  if (problems.length > 0) throw invalid(kindForMessages(rt), name, problems, rt.group);
}

/** Secret.stringData is write-only: it is folded into data (base64) on every write, as the API does. */
export function foldStringData(rt: ResourceType, object: JsonObject): void {
  if (rt.kind !== 'Secret' || rt.group !== '' || !isObject(object.stringData)) return;
  const data = isObject(object.data) ? object.data : {};
  for (const [key, value] of Object.entries(object.stringData)) {
    data[key] = Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64');
  }
  object.data = data;
  delete object.stringData;
}

/** Defaults the real API fills in that clients commonly read back. */
export function applyDefaults(rt: ResourceType, object: JsonObject): void {
  const metadata = metadataOf(object);
  if (rt.group === '' && rt.kind === 'Secret' && typeof object.type !== 'string') object.type = 'Opaque';
  if (rt.group === '' && rt.kind === 'Namespace') {
    metadata.labels = { ...stringMap(metadata.labels), 'kubernetes.io/metadata.name': String(metadata.name) };
    object.spec = isObject(object.spec) ? object.spec : { finalizers: ['kubernetes'] };
    object.status = { phase: 'Active' };
  }
  if (rt.group === '' && rt.kind === 'Service' && isObject(object.spec) && typeof object.spec.type !== 'string') object.spec.type = 'ClusterIP';
  if (rt.group === 'apps' && rt.kind === 'Deployment' && isObject(object.spec)) {
    if (typeof object.spec.replicas !== 'number') object.spec.replicas = 1;
    if (typeof object.spec.progressDeadlineSeconds !== 'number') object.spec.progressDeadlineSeconds = 600;
  }
}

/** Fields the API refuses to change after creation (422 "field is immutable"). */
export function checkImmutable(rt: ResourceType, before: JsonObject, next: JsonObject): void {
  const problems: FieldProblem[] = [];
  const immutable = (field: string, a: Json | undefined, b: Json | undefined) => {
    if (!deepEqual(a, b)) problems.push({ field, message: `Invalid value: ${JSON.stringify(b ?? null)}: field is immutable` });
  };
  if (rt.group === '' && rt.kind === 'Secret') immutable('type', before.type, next.type);
  if (rt.group === '' && (rt.kind === 'Secret' || rt.kind === 'ConfigMap') && before.immutable === true) {
    immutable('data', before.data, next.data);
    immutable('immutable', before.immutable, next.immutable);
  }
  if (rt.group === 'apps' && rt.kind === 'Deployment') {
    immutable('spec.selector', isObject(before.spec) ? before.spec.selector : undefined, isObject(next.spec) ? next.spec.selector : undefined);
  }
  if (problems.length > 0) throw invalid(kindForMessages(rt), String(metadataOf(next).name), problems, rt.group);
}
