// What a valid application looks like, and what a valid version is. Pure:
// the app layer calls these before it builds a command.
import { invalid } from '../errors.js';

export type Resources = { cpuRequest: string; cpuLimit: string; memoryRequest: string; memoryLimit: string };

/** A DNS label of at most 40 characters, so "<name>-env" and pod names stay valid. */
const NAME = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
/**
 * An image reference without tag or digest: optional registry host (with port), then
 * lowercase path components (OCI distribution spec grammar).
 */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?$/;
/** An OCI tag. */
export const VERSION = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Kubernetes quantities for CPU and memory ("250m", "0.5", "512Mi", "1G", "1e3"). */
const QUANTITY = /^[+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

export const isName = (name: string) => NAME.test(name);

export function validName(name: string): string {
  if (!NAME.test(name)) throw invalid('name must be a DNS label: 1-40 of a-z, 0-9 and "-", starting and ending alphanumeric', 'DEPLOY-4ad0');
  return name;
}

export function validImage(image: string): string {
  const value = image.trim();
  if (!value || value.length > 255) throw invalid('image must be 1-255 characters', 'DEPLOY-f111');
  if (value.includes('@')) throw invalid('image must not carry a digest: the version is the tag', 'DEPLOY-5064');
  const parts = value.split('/');
  const first = parts[0]!;
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = hasHost ? parts.slice(1) : parts;
  if (hasHost && !HOST.test(first)) throw invalid(`image registry host ${JSON.stringify(first)} is not valid`, 'DEPLOY-13ab');
  const last = path.at(-1) ?? '';
  if (!hasHost && last.includes(':')) throw invalid('image must not carry a tag: the version is the tag', 'DEPLOY-e615');
  if (hasHost && last.includes(':')) throw invalid('image must not carry a tag: the version is the tag', 'DEPLOY-45f5');
  if (path.length === 0 || !path.every((c) => COMPONENT.test(c))) throw invalid('image must be a repository reference like "registry.example.com/team/app" (lowercase, no tag)', 'DEPLOY-416e');
  return value;
}

export function validPorts(ports: readonly number[]): number[] {
  if (ports.length > 20) throw invalid('at most 20 ports', 'DEPLOY-065f');
  for (const port of ports) if (!Number.isInteger(port) || port < 1 || port > 65_535) throw invalid(`port ${port} is not in 1..65535`, 'DEPLOY-f916');
  if (new Set(ports).size !== ports.length) throw invalid('ports must not repeat', 'DEPLOY-c397');
  return [...ports];
}

export function validReplicas(replicas: number): number {
  const value = replicas === 0 ? 1 : replicas;
  if (!Number.isInteger(value) || value < 1 || value > 50) throw invalid('replicas must be 1..50', 'DEPLOY-c0ac');
  return value;
}

export function validResources(resources: Partial<Resources> | undefined): Resources {
  const r = { cpuRequest: resources?.cpuRequest ?? '', cpuLimit: resources?.cpuLimit ?? '', memoryRequest: resources?.memoryRequest ?? '', memoryLimit: resources?.memoryLimit ?? '' };
  for (const [key, value] of Object.entries(r)) {
    if (value !== '' && (value.length > 32 || !QUANTITY.test(value))) throw invalid(`resources.${key} is not a Kubernetes quantity`, 'DEPLOY-e060');
  }
  return r;
}

export function isValidVersion(version: string): boolean {
  return VERSION.test(version);
}

/** "project-<slug>-<environment>", the namespace gitops-sync makes for a project environment. */
export const namespaceOf = (slug: string, environment: string) => `project-${slug}-${environment}`;
