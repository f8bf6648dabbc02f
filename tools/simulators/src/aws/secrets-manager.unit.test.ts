import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsSecretsManagerSimulator, type AwsSecretsManagerSimulator } from './secrets-manager.js';

let sim: AwsSecretsManagerSimulator;
beforeAll(async () => {
  sim = await startAwsSecretsManagerSimulator({ region: 'eu-west-1' });
  sim.addAccessKey('AKIATEST00000000');
  sim.putSecret('app/DB', 'v1');
});
afterAll(() => sim.close());

const headers = (target: string, auth?: string) => ({ 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `secretsmanager.${target}`, 'x-amz-date': '20260101T000000Z',
  ...(auth === undefined ? {} : { authorization: auth }) });
const sig = (key: string, region = 'eu-west-1') =>
  `AWS4-HMAC-SHA256 Credential=${key}/20260101/${region}/secretsmanager/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=${'a'.repeat(64)}`;
const post = (target: string, body: unknown, auth?: string) => fetch(`${sim.url}/`, { method: 'POST', headers: headers(target, auth), body: JSON.stringify(body) });

describe('AWS Secrets Manager simulator (JSON 1.1)', () => {
  it('answers GetSecretValue for a signed request from a known key', async () => {
    const res = await post('GetSecretValue', { SecretId: 'app/DB' }, sig('AKIATEST00000000'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await res.json()).toMatchObject({ Name: 'app/DB', SecretString: 'v1', VersionStages: ['AWSCURRENT'] });
  });

  it('refuses unsigned requests, unknown keys, other regions and unknown secrets with AWS error types', async () => {
    expect(await (await post('ListSecrets', {})).json()).toMatchObject({ __type: 'IncompleteSignatureException' });
    expect(await (await post('ListSecrets', {}, sig('AKIAOTHER0000000'))).json()).toMatchObject({ __type: 'UnrecognizedClientException' });
    expect(await (await post('ListSecrets', {}, sig('AKIATEST00000000', 'us-east-1'))).json()).toMatchObject({ __type: 'InvalidSignatureException' });
    const missing = await post('GetSecretValue', { SecretId: 'nope' }, sig('AKIATEST00000000'));
    expect(missing.status).toBe(400);
    expect(missing.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
  });

  it('pages ListSecrets with NextToken and filters by name prefix', async () => {
    for (let i = 0; i < 3; i++) sim.putSecret(`paged/S${i}`, String(i));
    const first = (await (await post('ListSecrets', { MaxResults: 2, Filters: [{ Key: 'name', Values: ['paged/'] }] }, sig('AKIATEST00000000'))).json()) as { SecretList: Array<{ Name: string }>; NextToken?: string };
    expect(first.SecretList.map((s) => s.Name)).toEqual(['paged/S0', 'paged/S1']);
    const second = (await (await post('ListSecrets', { MaxResults: 2, NextToken: first.NextToken, Filters: [{ Key: 'name', Values: ['paged/'] }] }, sig('AKIATEST00000000'))).json()) as { SecretList: Array<{ Name: string }>; NextToken?: string };
    expect(second.SecretList.map((s) => s.Name)).toEqual(['paged/S2']);
    expect(second.NextToken).toBeUndefined();
  });
});
