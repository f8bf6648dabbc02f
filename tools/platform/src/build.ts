// `npm run build`: every service compiled to one JavaScript file, services/<name>/dist/main.js,
// for the production image and for `KW_PLATFORM_RUNTIME=dist npm start`. esbuild (the compiler
// tsx and Vite already use) bundles the TypeScript of the service and of the workspace packages it
// imports (their `source` export condition); every npm package stays an import, resolved from
// node_modules at run time, so the image installs production dependencies only and nothing is
// bundled twice. The output keeps the source's folder depth (src/ → dist/), so the paths a service
// finds relative to itself (its migrations in ../drizzle, the console's build) are the same.
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { REPO_ROOT } from './config.js';
import { SERVICES, type ServiceSpec } from './services.js';

/** Workspace packages (@keywarden/*) are compiled in; every other bare import is left to node_modules. */
const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@keywarden/') ? undefined : { path: args.path, external: true });
  },
};

export type BuildResult = { service: string; file: string; bytes: number; externals: string[] };

/**
 * What is compiled: every service, the CLI (the image provisions the bus with it) and the GitLab
 * simulator (docker-compose's `simulators` profile runs it from the same image).
 */
export type BuildTarget = Pick<ServiceSpec, 'name' | 'entry' | 'dist'>;
export const CLI_TARGET: BuildTarget = { name: 'kw', entry: 'tools/cli/src/main.ts', dist: 'tools/cli/dist/main.js' };
export const GITLAB_SIMULATOR_TARGET: BuildTarget = {
  name: 'gitlab-simulator', entry: 'tools/simulators/src/gitlab/main.ts', dist: 'tools/simulators/dist/gitlab/main.js',
};
export const BUILD_TARGETS: readonly BuildTarget[] = [...SERVICES, CLI_TARGET, GITLAB_SIMULATOR_TARGET];

/** The npm package an import names (`@scope/name` or `name`), or undefined for a Node built-in. */
export const packageOf = (path: string): string | undefined =>
  path.startsWith('node:') ? undefined : /^(@[^/]+\/[^/]+|[^/]+)/.exec(path)?.[1];

export async function buildServices(options: { repoRoot?: string; targets?: readonly BuildTarget[]; write?: boolean } = {}): Promise<BuildResult[]> {
  const root = options.repoRoot ?? REPO_ROOT;
  const results: BuildResult[] = [];
  for (const spec of options.targets ?? BUILD_TARGETS) {
    const file = join(root, spec.dist);
    const out = await build({
      entryPoints: [join(root, spec.entry)],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      // The oldest Node the code supports (package.json engines), so one build runs on 20 and 24.
      target: 'node20.19',
      conditions: ['source'],
      sourcemap: true,
      // Stack traces name the source files; the image sets --enable-source-maps.
      sourcesContent: false,
      plugins: [npmPackagesExternal],
      metafile: true,
      write: options.write ?? true,
      logLevel: 'warning',
    });
    const entry = Object.values(out.metafile.outputs).find((o) => o.entryPoint);
    const externals = new Set((entry?.imports ?? []).filter((i) => i.external).flatMap((i) => packageOf(i.path) ?? []));
    results.push({ service: spec.name, file, bytes: entry?.bytes ?? 0, externals: [...externals].sort() });
    if (spec.name === 'gateway' && options.write !== false) await copyApiReferenceViewer(root, dirname(file));
  }
  return results;
}

/**
 * The gateway serves Scalar's browser build at /api/v1/docs (services/gateway/src/console/docs.ts) and
 * AsyncAPI's at /api/v1/asyncapi: their files, copied next to the compiled gateway, so the image needs
 * none of the packages' dependencies (180 MB for Scalar's).
 */
async function copyApiReferenceViewer(root: string, distDir: string): Promise<void> {
  const fromGateway = createRequire(join(root, 'services/gateway/package.json'));
  const entry = fromGateway.resolve('@scalar/api-reference');
  await copyFile(join(dirname(entry), 'browser', 'standalone.js'), join(distDir, 'scalar-standalone.js'));
  // And AsyncAPI's viewer for /api/v1/asyncapi (services/gateway/src/console/event-docs.ts).
  const asyncApi = dirname(fromGateway.resolve('@asyncapi/react-component/package.json'));
  await copyFile(join(asyncApi, 'browser/standalone/index.js'), join(distDir, 'asyncapi-standalone.js'));
  await copyFile(join(asyncApi, 'styles/default.min.css'), join(distDir, 'asyncapi-default.min.css'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await buildServices();
  for (const r of results) console.log(`${r.service.padEnd(14)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  ${r.file}`);
}
