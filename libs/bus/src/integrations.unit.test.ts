import { publicAggregates } from '@keywarden/contracts';
import { describe, expect, it } from 'vitest';
import { IntegrationGrantError, checkIntegrationGrant, integrationConsumers, integrationPermissions, integrationSubjects, type IntegrationGrant } from './integrations.js';
import { busTopology, durableName } from './topology.js';

const ORG = '3f6d2a1e-8b7c-4d5e-9f00-1a2b3c4d5e6f';
const grant: IntegrationGrant = { name: 'shop-portal', organizationId: ORG, publish: ['gitops.ProjectCreated', 'deploy.DeployRequested'], follow: ['oauth.account', 'secrets.secret_group'] };

describe('integration grants', () => {
  it('publish exactly their subjects and read their own consumers, one per followed aggregate', () => {
    expect(integrationSubjects(grant)).toEqual([`ext.shop-portal.${ORG}.gitops.ProjectCreated`, `ext.shop-portal.${ORG}.deploy.DeployRequested`]);
    expect(integrationSubjects(grant, 'ns1')).toEqual([`ns1.ext.shop-portal.${ORG}.gitops.ProjectCreated`, `ns1.ext.shop-portal.${ORG}.deploy.DeployRequested`]);
    expect(integrationConsumers(grant).map(durableName)).toEqual(['int-shop-portal--oauth-account', 'int-shop-portal--secrets-secret-group']);
    expect(integrationPermissions(grant)).toEqual({
      publish: [
        `ext.shop-portal.${ORG}.gitops.ProjectCreated`,
        `ext.shop-portal.${ORG}.deploy.DeployRequested`,
        '$JS.API.INFO',
        '$JS.API.CONSUMER.INFO.EVT_OAUTH.int-shop-portal--oauth-account',
        '$JS.API.CONSUMER.MSG.NEXT.EVT_OAUTH.int-shop-portal--oauth-account',
        '$JS.ACK.EVT_OAUTH.int-shop-portal--oauth-account.>',
        '$JS.API.CONSUMER.INFO.EVT_SECRETS.int-shop-portal--secrets-secret-group',
        '$JS.API.CONSUMER.MSG.NEXT.EVT_SECRETS.int-shop-portal--secrets-secret-group',
        '$JS.ACK.EVT_SECRETS.int-shop-portal--secrets-secret-group.>',
      ],
      subscribe: ['_INBOX_int-shop-portal.>'],
    });
  });

  it('give consumers filtered to their aggregate, pull with explicit acks', () => {
    const { consumers } = busTopology({ namespace: 'ns1' }, integrationConsumers(grant), []);
    expect(consumers.map((c) => [c.stream, c.config.durable_name, c.config.filter_subject, c.config.ack_policy, c.config.deliver_subject])).toEqual([
      ['NS1_EVT_OAUTH', 'int-shop-portal--oauth-account', 'ns1.evt.oauth.account.>', 'explicit', undefined],
      ['NS1_EVT_SECRETS', 'int-shop-portal--secrets-secret-group', 'ns1.evt.secrets.secret_group.>', 'explicit', undefined],
    ]);
  });

  it('refuse what the contract does not have, naming the field', () => {
    const refused = (change: Partial<IntegrationGrant>) => {
      try {
        checkIntegrationGrant({ ...grant, ...change });
      } catch (error) {
        expect(error).toBeInstanceOf(IntegrationGrantError);
        return (error as IntegrationGrantError).field;
      }
      return 'accepted';
    };
    expect(refused({ name: 'Shop' })).toBe('name');
    expect(refused({ name: 'a' })).toBe('name');
    expect(refused({ name: 'shop.portal' })).toBe('name');
    expect(refused({ name: 'x'.repeat(32) })).toBe('name');
    expect(refused({ organizationId: 'acme' })).toBe('organization');
    expect(refused({ organizationId: ORG.toUpperCase() })).toBe('organization');
    expect(refused({ publish: ['gitops.ProjectCreated', 'gitops.ProjectCreated'] })).toBe('publish');
    expect(refused({ publish: ['identity.UserRegistered'] })).toBe('publish');
    expect(refused({ publish: ['gitops.*'] })).toBe('publish');
    expect(refused({ publish: [], follow: [] })).toBe('publish');
    // Not public: people, sessions, sign-in tokens stay inside.
    expect(publicAggregates.has('identity.user')).toBe(false);
    expect(refused({ follow: ['identity.user'] })).toBe('follow');
    expect(refused({ follow: ['oauth.>'] })).toBe('follow');
    expect(refused({ publish: [], follow: ['deploy.deployment'] })).toBe('accepted');
  });
});
