import { auditService } from '@keywarden/audit';
import { DURABLE_CONSUMERS, INBOUND_CONSUMERS, durableName } from '@keywarden/bus';
import { deployerService } from '@keywarden/deployer';
import { gatewayService } from '@keywarden/gateway';
import { gitopsSyncService } from '@keywarden/gitops-sync';
import { identityService } from '@keywarden/identity';
import { notifierService } from '@keywarden/notifier';
import { oauthBrokerService } from '@keywarden/oauth-broker';
import { SERVICES } from '@keywarden/platform';
import { secretsVaultService } from '@keywarden/secrets-vault';
import { describe, expect, it } from 'vitest';

// The bus topology (libs/bus DURABLE_CONSUMERS) is what the provisioner creates and what
// deploy/nats lets each service use; each service declares the durables it runs in its
// ServiceDefinition (`consumes`), and the runtime refuses to start a service whose built
// consumers differ from that declaration. This closes the loop: declared = topology.
const definitions = [
  identityService(),
  oauthBrokerService(),
  secretsVaultService(),
  gitopsSyncService(),
  deployerService(),
  notifierService(() => {
    throw new Error('settings are read at build time only');
  }),
  auditService(() => {
    throw new Error('settings are read at build time only');
  }),
  gatewayService,
];

const key = (context: string, name: string) => `${name} on ${context}`;

describe('the bus topology', () => {
  it('has a definition for every service of the registry, and no other', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual(SERVICES.map((s) => s.name).sort());
    for (const durable of DURABLE_CONSUMERS) expect(SERVICES.map((s) => s.name), durableName(durable)).toContain(durable.service);
  });

  it("equals every service's declared durable consumers", () => {
    for (const definition of definitions) {
      const declared = (definition.consumes ?? []).map((c) => key(c.context, `${definition.name}--${c.purpose}`)).sort();
      const topology = DURABLE_CONSUMERS.filter((c) => c.service === definition.name).map((c) => key(c.context, durableName(c))).sort();
      expect(declared, definition.name).toEqual(topology);
    }
  });

  it("equals every service's declared inbound context (its `<service>--inbound` on EXT_INBOUND)", () => {
    const declared = definitions.flatMap((d) => (d.receives ? [`${d.name}--inbound on ${d.receives}`] : [])).sort();
    expect(declared).toEqual(INBOUND_CONSUMERS.map((c) => `${durableName(c)} on ${c.context}`).sort());
  });

  it('names each durable once, `<service>--<purpose>`, in one NATS token', () => {
    const names = [...DURABLE_CONSUMERS, ...INBOUND_CONSUMERS].map(durableName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
