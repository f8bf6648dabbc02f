// Every KeywardenError production code builds names its throw site with an errorId, and no two sites share
// one: grep an id from a problem+json or a log and land on the line that raised it (error-ids.ts says how
// sites are found).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_ID, constructionSites, repositorySources } from './error-ids.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { sites, literals } = constructionSites(root, repositorySources(root));

describe('error ids', () => {
  it('finds the construction sites of every service and library', () => {
    const packages = new Set(sites.map((s) => s.file.split('/').slice(0, 2).join('/')));
    for (const name of ['services/deployer', 'services/secrets-vault', 'services/notifier', 'services/identity', 'services/oauth-broker', 'services/gateway', 'libs/bus']) {
      expect(packages, name).toContain(name);
    }
  });

  it('every KeywardenError construction site passes an errorId', () => {
    expect(sites.filter((s) => s.errorId === undefined).map((s) => `${s.file}:${s.line} ${s.callee}(…)`)).toEqual([]);
  });

  it('every errorId literal is shaped like one and used once', () => {
    expect(literals.filter((l) => !ERROR_ID.test(l.id)).map((l) => `${l.file}:${l.line} ${l.id}`)).toEqual([]);
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const l of literals) {
      const first = seen.get(l.id);
      if (first) repeated.push(`${l.id}: ${first} and ${l.file}:${l.line}`);
      else seen.set(l.id, `${l.file}:${l.line}`);
    }
    expect(repeated).toEqual([]);
  });
});
