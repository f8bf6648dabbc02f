// Regenerates src/generated/ from proto/: the static protobufjs codec (proto.js +
// proto.d.ts) and the reflection descriptor (descriptor.json) the JSON converter walks.
// The output is committed so that nothing generates code at run time.
// `--check` generates into a temporary directory and fails when the committed files differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const generatedDir = join(root, 'src', 'generated');
const outputs = ['proto.js', 'proto.d.ts', 'descriptor.json'];

const require = createRequire(import.meta.url);
const pbjs = join(dirname(require.resolve('protobufjs-cli/package.json')), 'bin', 'pbjs');

function protoFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return protoFiles(path);
      return name.endsWith('.proto') ? [relative(root, path)] : [];
    });
}

function run(args: string[]): void {
  // cwd is the package root so that file names in the output never depend on where the repo lives.
  execFileSync(process.execPath, [pbjs, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

function generate(outDir: string): void {
  const files = protoFiles(protoDir);
  run([
    '-t', 'static-module',
    '-w', 'es6',
    // Node ESM needs the file extension; the es6 wrapper imports the CommonJS default export.
    '--dependency', 'protobufjs/minimal.js',
    // Our own root name, so no other protobufjs user in the process shares our namespace object.
    '-r', 'keywarden',
    '--force-number',
    '--no-create', '--no-delimited', '--no-typeurl', '--no-service',
    '-p', 'proto',
    '-d',
    '-o', join(outDir, 'proto.js'),
    ...files,
  ]);
  run(['-t', 'json', '-p', 'proto', '-o', join(outDir, 'descriptor.json'), ...files]);
}

const check = process.argv.includes('--check');
if (!check) {
  mkdirSync(generatedDir, { recursive: true });
  generate(generatedDir);
  console.log(`generated ${outputs.join(', ')} in ${relative(process.cwd(), generatedDir) || '.'}`);
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'kw-contracts-gen-'));
  try {
    generate(tmp);
    const stale = outputs.filter((name) => {
      const committed = join(generatedDir, name);
      return !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(tmp, name)));
    });
    if (stale.length > 0) {
      console.error(`src/generated is out of date (${stale.join(', ')}): run \`npm run gen -w @keywarden/contracts\``);
      process.exitCode = 1;
    } else {
      console.log('src/generated is up to date');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
