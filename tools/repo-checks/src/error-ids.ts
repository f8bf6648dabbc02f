// Finds every place production code builds a KeywardenError and the errorId it passes (Zitadel style: a
// greppable id naming the throw site, e.g. 'DEPLOY-7f3a'). Syntactic, with the TypeScript parser: a
// construction site is `new C(…)` of KeywardenError or of a class extending it (transitively, anywhere in
// the repository), or a call of a factory of @keywarden/errors. A site passes an id when one of its
// arguments is an id literal, an object literal with an `errorId` member, or a value named errorId (a
// service's own factory handing its required parameter on: the compiler makes its callers pass one).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { packageDirs, sources } from './sources.js';

/** 'DEPLOY-7f3a', 'ID-org1', 'GW-whk04': an upper-case area, a dash, a short site name. */
export const ERROR_ID = /^[A-Z][A-Z0-9]*-[A-Za-z0-9]+$/;

/** The factories of @keywarden/errors that build a KeywardenError (and where their options argument is). */
export const LIBRARY_FACTORIES: Readonly<Record<string, number>> = {
  commonError: 2, validationError: 1, unauthenticated: 1, forbidden: 1, notFound: 1, conflict: 1,
  rateLimited: 1, internalError: 1, unavailable: 1, timeoutError: 1, unstorableTextError: 2,
};

export type Site = { file: string; line: number; callee: string; errorId: string | undefined; node: ts.CallExpression | ts.NewExpression; source: ts.SourceFile };
export type IdLiteral = { file: string; line: number; id: string };

/** Every package's production sources: contracts, libs, services (the console is a browser app without KeywardenError) and tools. */
export function repositorySources(root: string): string[] {
  return packageDirs(root).flatMap((dir) => sources(join(root, dir, 'src')));
}

const parse = (path: string) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

type ClassDeclaration = { file: string; base: string | undefined; selfIdentified: boolean };

/** Classes by name, each with its file, its base and whether its own super(…) passes an id literal. */
function classDeclarations(files: ts.SourceFile[]): Map<string, ClassDeclaration[]> {
  const declarations = new Map<string, ClassDeclaration[]>();
  for (const file of files) {
    walk(file, (node) => {
      if ((!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) || !node.name) return;
      const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      let selfIdentified = false;
      walk(node, (inner) => {
        // Its own literal id (not one handed on from a parameter).
        if (ts.isCallExpression(inner) && inner.expression.kind === ts.SyntaxKind.SuperKeyword && passedId(inner.arguments)) selfIdentified = true;
      });
      const list = declarations.get(node.name.text) ?? [];
      list.push({ file: file.fileName, base: base && ts.isIdentifier(base) ? base.text : undefined, selfIdentified });
      declarations.set(node.name.text, list);
    });
  }
  return declarations;
}

/** Where `name`, as used in `file`, is declared: the file itself, or (through imports and re-exports) another; a package import: a library's. */
function resolveClass(name: string, file: ts.SourceFile, declarations: Map<string, ClassDeclaration[]>, files: Map<string, ts.SourceFile>, depth = 0): ClassDeclaration | undefined {
  const candidates = declarations.get(name) ?? [];
  const local = candidates.find((c) => c.file === file.fileName);
  if (local || depth > 10) return local;
  for (const statement of file.statements) {
    let specifier: string | undefined;
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name)) specifier = statement.moduleSpecifier.text;
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.exportClause;
      if (!clause || (ts.isNamedExports(clause) && clause.elements.some((e) => e.name.text === name))) specifier = statement.moduleSpecifier.text;
    }
    if (specifier === undefined) continue;
    if (!specifier.startsWith('.')) return candidates.find((c) => /\/(libs|contracts)\//.test(c.file));
    const target = join(dirname(file.fileName), specifier).replace(/\.js$/, '');
    const module = files.get(`${target}.ts`) ?? files.get(`${target}.tsx`) ?? files.get(join(target, 'index.ts'));
    const found = module && resolveClass(name, module, declarations, files, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function isErrorClass(declaration: ClassDeclaration | undefined, files: Map<string, ts.SourceFile>, declarations: Map<string, ClassDeclaration[]>, depth = 0): boolean {
  if (!declaration?.base || depth > 10) return false;
  if (declaration.base === 'KeywardenError') return true;
  const file = files.get(declaration.file);
  return file !== undefined && isErrorClass(resolveClass(declaration.base, file, declarations, files), files, declarations, depth + 1);
}

/** Names a file imports from @keywarden/errors (local name -> imported name). */
function libraryImports(file: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== '@keywarden/errors') continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.set(e.name.text, (e.propertyName ?? e.name).text);
  }
  return names;
}

/** The id literals of an errorId value: 'X', or cond ? 'X' : 'Y'; none for a value handed on from elsewhere. */
function idLiterals(value: ts.Expression): string[] {
  if (ts.isStringLiteralLike(value)) return [value.text];
  if (ts.isConditionalExpression(value)) return [...idLiterals(value.whenTrue), ...idLiterals(value.whenFalse)];
  return [];
}

/** The id an argument list passes: an id literal, `{ errorId: 'X' }`; '' for one handed on from a variable; undefined for none. */
function passedId(args: readonly ts.Expression[]): string | undefined {
  for (const arg of args) {
    if (ts.isStringLiteralLike(arg) && ERROR_ID.test(arg.text)) return arg.text;
    if (ts.isIdentifier(arg) && arg.text === 'errorId') return '';
    if (ts.isObjectLiteralExpression(arg)) {
      for (const property of arg.properties) {
        if (ts.isShorthandPropertyAssignment(property) && property.name.text === 'errorId') return '';
        if (ts.isPropertyAssignment(property) && property.name.getText() === 'errorId') {
          return idLiterals(property.initializer)[0] ?? '';
        }
      }
    }
  }
  return undefined;
}

/** Every construction site of a KeywardenError in `paths` (libs/errors' own definitions left out: they hand options on). */
export function constructionSites(root: string, paths: string[]): { sites: Site[]; literals: IdLiteral[] } {
  const files = paths.map(parse);
  const byPath = new Map(files.map((f) => [f.fileName, f]));
  const declarations = classDeclarations(files);
  const sites: Site[] = [];
  const literals: IdLiteral[] = [];
  for (const source of files) {
    const file = relative(root, source.fileName);
    const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const imported = libraryImports(source);
    walk(source, (node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'errorId') {
        for (const id of idLiterals(node.initializer)) literals.push({ file, line: line(node), id });
      }
      if (file.startsWith('libs/errors/')) return;
      let callee: string | undefined;
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const declaration = name === 'KeywardenError' ? { file: '', base: 'KeywardenError', selfIdentified: false } : resolveClass(name, source, declarations, byPath);
        // A class whose constructor passes its own id is one site however often it is thrown.
        if (isErrorClass(declaration, byPath, declarations) && !declaration?.selfIdentified) callee = name;
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (imported.get(node.expression.text) ?? '') in LIBRARY_FACTORIES) callee = node.expression.text;
      if (callee === undefined) return;
      const args = (node as ts.CallExpression | ts.NewExpression).arguments ?? [];
      const errorId = passedId(args);
      // Positional ids (BrokerError(code, detail, 'OAUTH-st01')) are literals too.
      for (const arg of args) if (ts.isStringLiteralLike(arg) && ERROR_ID.test(arg.text)) literals.push({ file, line: line(arg), id: arg.text });
      sites.push({ file, line: line(node), callee, errorId, node: node as ts.CallExpression | ts.NewExpression, source });
    });
  }
  return { sites, literals };
}
