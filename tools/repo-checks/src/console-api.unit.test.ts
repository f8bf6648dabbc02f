// The committed console API types are what the gateway's routes generate today
// (like the contracts' "generated code up to date" check): a gateway change
// without `npm run console:api` fails here, naming the command.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONSOLE_API_TYPES, consoleApiTypes } from './console-api.js';

describe('console API types', () => {
  it('match the gateway OpenAPI document (run `npm run console:api` when this fails)', async () => {
    const committed = await readFile(CONSOLE_API_TYPES, 'utf8');
    const generated = await consoleApiTypes();
    expect(committed === generated, `${CONSOLE_API_TYPES} is stale: run npm run console:api`).toBe(true);
  });

  it('describe the routes the console calls', async () => {
    const generated = await consoleApiTypes();
    for (const path of ['"/api/v1/auth/refresh"', '"/api/v1/oauth/accounts"', '"/api/v1/projects/{projectId}/refresh"', '"/api/v1/secrets/{secretId}/reveal"']) {
      expect(generated).toContain(path);
    }
  });
});
