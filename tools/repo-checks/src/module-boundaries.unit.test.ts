import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries (ARCHITECTURE §9), enforced by lint', () => {
  it('a service never imports another service', async () => {
    expect(await violations('services/gateway/src/routes/x.ts', "import { a } from '@keywarden/identity';\nexport { a };\n")).toEqual([
      expect.stringContaining('never imports another service'),
    ]);
    expect(await violations('services/deployer/src/app/x.ts', "import { a } from '../../../gitops-sync/src/adapters/k8s.js';\nexport { a };\n")).toContainEqual(
      expect.stringContaining('never imports another service'),
    );
  });

  it('a service may import libraries and contracts', async () => {
    const code = "import { connectBus } from '@keywarden/bus';\nimport { busNames } from '@keywarden/contracts';\nexport { connectBus, busNames };\n";
    expect(await violations('services/identity/src/main.ts', code)).toEqual([]);
  });

  it('libs never import services', async () => {
    expect(await violations('libs/bus/src/x.ts', "import { a } from '@keywarden/notifier';\nexport { a };\n")).toEqual([
      expect.stringContaining('libs never import services'),
    ]);
  });

  it("a service's domain imports nothing impure", async () => {
    for (const module of ['node:crypto', 'postgres', '@nats-io/jetstream', '@keywarden/db', '../../adapters/db.js']) {
      const found = await violations('services/identity/src/domain/user/decide.ts', `import { x } from '${module}';\nexport { x };\n`);
      expect(found, module).toContainEqual(expect.stringContaining('domain/ is pure'));
    }
    expect(await violations('services/identity/src/domain/user/decide.ts', "import { x } from './state.js';\nexport { x };\n")).toEqual([]);
  });

  it("a service's domain imports only the domain kit, the contracts and the typed errors", async () => {
    for (const module of ['@keywarden/domain', '@keywarden/contracts', '@keywarden/errors', '../errors.js']) {
      expect(await violations('services/deployer/src/domain/application/application.ts', `import { x } from '${module}';\nexport { x };\n`), module).toEqual([]);
    }
    for (const module of ['zod', '@keywarden/kube', '@keywarden/domain/src/decider.js', '@keywarden/errors-extra']) {
      expect(await violations('services/deployer/src/domain/application/application.ts', `import { x } from '${module}';\nexport { x };\n`), module)
        .toEqual([expect.stringContaining('domain/ imports only @keywarden/domain, @keywarden/contracts, @keywarden/errors')]);
    }
  });

  it('the domain kit imports only the contracts', async () => {
    expect(await violations('libs/domain/src/decider.ts', "import type { EventName } from '@keywarden/contracts';\nexport type { EventName };\n")).toEqual([]);
    expect(await violations('libs/domain/src/decider.ts', "import { x } from '@keywarden/errors';\nexport { x };\n")).toEqual([expect.stringContaining('the domain kit is pure')]);
  });
});
