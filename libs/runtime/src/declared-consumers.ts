import type { ServiceDefinition, ServiceParts } from './service-types.js';

/**
 * The consumers a service builds (and the ones it starts itself, `watchConsumers`)
 * must be exactly those its definition declares in `consumes`: that static list is
 * what the bus topology and deploy/nats are checked against, so a consumer added in
 * code alone would never be provisioned.
 */
export function checkDeclaredConsumers(definition: Pick<ServiceDefinition, 'name' | 'consumes'>, parts: Pick<ServiceParts, 'consumers' | 'watchConsumers'>): void {
  const key = (context: string, durable: string) => `${durable} on ${context}`;
  const built = [
    ...(parts.consumers ?? []).map((spec) => key(spec.context, `${definition.name}--${spec.purpose}`)),
    ...(parts.watchConsumers ?? []).map((ref) => key(ref.context, ref.durable)),
  ].sort();
  const declared = (definition.consumes ?? []).map((c) => key(c.context, `${definition.name}--${c.purpose}`)).sort();
  if (built.join('|') !== declared.join('|')) {
    throw new Error(`${definition.name} runs the consumers [${built.join(', ')}] but declares [${declared.join(', ')}] in ServiceDefinition.consumes`);
  }
}
