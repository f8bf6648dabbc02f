// The layering of README "How a service is laid out", held by lint and by this test: app/ reaches no adapter
// and no driver, projections/ never reach app/, SQL lives only in adapters/ and projections/, and no module of
// any package imports itself back through others (an import cycle).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { packageDirs, sources } from './sources.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
// The services the lint config holds to the layer rules.
const { layered } = (await import(pathToFileURL(join(root, 'eslint.config.js')).href)) as { layered: string[] };

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

const packages = packageDirs(root);

function resolveRelative(from: string, specifier: string, known: Set<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((candidate) => known.has(candidate));
}

/** Every import cycle among one package's modules (type-only imports count: they are arrows all the same). */
function cycles(dir: string): string[][] {
  const files = sources(join(root, dir, 'src'));
  const known = new Set(files);
  const edges = new Map(files.map((file) => [file, ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles
    .filter((imported) => imported.fileName.startsWith('.'))
    .map((imported) => resolveRelative(file, imported.fileName, known))
    .filter((target): target is string => target !== undefined)]));
  // Tarjan's strongly connected components: each component of more than one module is a cycle.
  let index = 0;
  const order = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    order.set(file, index); low.set(file, index); index++; stack.push(file); onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!order.has(next)) { visit(next); low.set(file, Math.min(low.get(file)!, low.get(next)!)); }
      else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string;
      do { member = stack.pop()!; onStack.delete(member); component.push(relative(root, member)); } while (member !== file);
      if (component.length > 1 || (edges.get(file) ?? []).includes(file)) found.push(component.sort());
    }
  };
  for (const file of files) if (!order.has(file)) visit(file);
  return found;
}

const SQL = [/from 'drizzle-orm(\/[^']*)?'/, /\bsql`/, /\bsql\.raw\(/];

describe('one-way layers in every service', () => {
  it('every service is laid out in layers', () => {
    const services = readdirSync(join(root, 'services')).filter((name) => statSync(join(root, 'services', name, 'src', 'domain'), { throwIfNoEntry: false })?.isDirectory());
    expect(services.filter((name) => !layered.includes(name))).toEqual([]);
  });

  describe.each(layered)('%s', (service) => {
    it("app/ imports no adapter, no driver and no SQL builder; I/O libraries' types only", async () => {
      for (const module of ['../adapters/outgoing/db/store.js', '../schema.js', '../../adapters/incoming/rpc.js', 'drizzle-orm', 'postgres', '@kubernetes/client-node', 'hono']) {
        expect(await violations(`services/${service}/src/app/x.ts`, `import { x } from '${module}';\nexport { x };\n`), module).toHaveLength(1);
      }
      expect(await violations(`services/${service}/src/app/x.ts`, "import { transaction } from '@keywarden/db';\nexport { transaction };\n")).toHaveLength(1);
      expect(await violations(`services/${service}/src/app/x.ts`, "import type { Tx } from '@keywarden/db';\nimport { decide } from '../domain/x.js';\nimport type { Store } from './ports.js';\nexport type { Tx, Store };\nexport { decide };\n")).toEqual([]);
    });

    it('projections/ never import app/ or an incoming adapter; outgoing adapters never import incoming ones', async () => {
      expect(await violations(`services/${service}/src/projections/x.ts`, "import { x } from '../app/x.js';\nexport { x };\n")).toHaveLength(1);
      expect(await violations(`services/${service}/src/projections/x.ts`, "import { x } from '../adapters/incoming/rpc.js';\nexport { x };\n")).toHaveLength(1);
      expect(await violations(`services/${service}/src/projections/x.ts`, "import { x } from '../schema.js';\nexport { x };\n")).toEqual([]);
      expect(await violations(`services/${service}/src/adapters/outgoing/db/x.ts`, "import { x } from '../../incoming/rpc.js';\nexport { x };\n")).toHaveLength(1);
    });

    it('holds SQL only in adapters/ and projections/', () => {
      const dir = join(root, 'services', service, 'src');
      // The tables (schema.ts, or schema/ in identity) declare, they hold no statement.
      const outside = sources(dir).filter((file) => !/\/src\/(adapters|projections|schema)\/|\/src\/schema\.ts$/.test(file));
      expect(outside.filter((file) => SQL.some((pattern) => pattern.test(readFileSync(file, 'utf8')))).map((file) => relative(root, file))).toEqual([]);
    });
  });
});

describe('no import cycles', () => {
  it.each(packages)('%s', (dir) => {
    expect(cycles(dir)).toEqual([]);
  });
});
