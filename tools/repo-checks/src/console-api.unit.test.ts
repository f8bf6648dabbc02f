// The committed console API types are what the gateway's routes generate today
// (like the contracts' "generated code up to date" check): a gateway change
// without `npm run console:api` fails here, naming the command.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES, consoleApiTypes } from './console-api.js';

describe('console API types', () => {
  it('match the gateway OpenAPI document, in the console and in @keywarden/client (run `npm run console:api` when this fails)', async () => {
    const generated = await consoleApiTypes();
    for (const file of API_TYPES) {
      const committed = await readFile(file, 'utf8');
      expect(committed === generated, `${file} is stale: run npm run console:api`).toBe(true);
    }
  });

  it('describe the routes the console calls', async () => {
    const generated = await consoleApiTypes();
    for (const path of ['"/api/v1/auth/refresh"', '"/api/v1/oauth/accounts"', '"/api/v1/projects/{projectId}/refresh"', '"/api/v1/secrets/{secretId}/reveal"']) {
      expect(generated).toContain(path);
    }
  });
});
