/**
 * The public surface as the TypeScript compiler sees it: every symbol exported from
 * `src/index.ts`, walked through its types (type aliases, interfaces, classes, constants, and the
 * parameters and return types of functions) down to the library's own leaves. The walk collects
 * the property names, the string literal types and the signatures the conventions check
 * (`docs/conventions.md`); it stops at types declared outside `src/` (zod, `decimal.js`, the
 * built-ins), looking only into the type arguments of built-in containers (arrays, `Readonly`,
 * `Record`, iterables).
 *
 * The program is built once per process ({@link publicTypes}).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** A property name found in a public type. */
export interface TypeKey {
  /** Where the property is declared: `type JkkInput.earnings`, `function allocate(policy)`. */
  readonly where: string;
  readonly key: string;
  /** Inside an options type (a type named `*Options`, or the inline type of a parameter named `options`). */
  readonly inOptions: boolean;
  /** The property's type as text (for `explanation` and `months`). */
  readonly typeText: string;
  /** Whether the type (without `undefined`) is a `readonly ExplanationStep[]` of `src/law/explanation.ts`. */
  readonly explanationSteps: boolean;
  /** Whether every member of the type (without `undefined`) is an array, a tuple or a typed array. */
  readonly list: boolean;
}

/** A string literal type found in a public type. */
export interface TypeValue {
  readonly where: string;
  readonly value: string;
}

/** A parameter of an exported function. */
export interface Param {
  readonly name: string;
  /** `?` or a default value. */
  readonly optional: boolean;
  readonly rest: boolean;
  /** The required (non-optional) property names of the parameter's type. */
  readonly requiredKeys: readonly string[];
}

/** The call signatures of an exported function (or the construct signatures of a class). */
export interface FunctionSignature {
  readonly name: string;
  readonly params: readonly Param[];
}

/** What the walk found. */
export interface PublicTypes {
  readonly keys: readonly TypeKey[];
  readonly values: readonly TypeValue[];
  readonly functions: readonly FunctionSignature[];
  /** Parameter names of each exported function (first signature), for the error-root check. */
  readonly paramNames: ReadonlyMap<string, readonly string[]>;
  /** The file (relative to `src/`) that declares each exported symbol and each named type met. */
  readonly origins: ReadonlyMap<string, string>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = `${ROOT}src/`.replaceAll('\\', '/');

let cached: PublicTypes | undefined;

/** The public types of `src/index.ts` (built on first use, then cached). */
export function publicTypes(): PublicTypes {
  cached ??= collect();
  return cached;
}

function program(): ts.Program {
  const configPath = ts.findConfigFile(ROOT, ts.sys.fileExists, 'tsconfig.json');
  if (configPath === undefined) throw new Error(`no tsconfig.json in ${ROOT}`);
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram({ rootNames: [`${SRC}index.ts`], options: { ...parsed.options, noEmit: true } });
}

const inSrc = (decl: ts.Declaration): boolean => decl.getSourceFile().fileName.replaceAll('\\', '/').startsWith(SRC);

function collect(): PublicTypes {
  const prog = program();
  const checker = prog.getTypeChecker();
  const index = prog.getSourceFile(`${SRC}index.ts`);
  if (index === undefined) throw new Error('src/index.ts is not in the program');
  const moduleSymbol = checker.getSymbolAtLocation(index);
  if (moduleSymbol === undefined) throw new Error('src/index.ts has no module symbol');

  const keys: TypeKey[] = [];
  const values: TypeValue[] = [];
  const functions: FunctionSignature[] = [];
  const paramNames = new Map<string, readonly string[]>();
  const origins = new Map<string, string>();
  const origin = (name: string, symbol: ts.Symbol | undefined): void => {
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/');
    if (file?.startsWith(SRC) === true && !origins.has(name)) origins.set(name, file.slice(SRC.length));
  };
  const visited = new Set<ts.Type>();

  const isLibrarySymbol = (symbol: ts.Symbol | undefined): boolean => {
    const decls = symbol?.declarations ?? [];
    return decls.length > 0 && decls.every((d) => !inSrc(d));
  };
  const isZodOrDecimal = (symbol: ts.Symbol | undefined): boolean =>
    (symbol?.declarations ?? []).some((d) => /\/node_modules\/(zod|decimal\.js)\//.test(d.getSourceFile().fileName.replaceAll('\\', '/')));

  /** The name of a type declared in src (an alias, an interface or a class), if it has one. */
  const nameOf = (type: ts.Type): string | undefined => {
    const alias = type.aliasSymbol;
    if (alias !== undefined && !isLibrarySymbol(alias)) return alias.name;
    const symbol = type.getSymbol();
    if (symbol !== undefined && symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class) && !isLibrarySymbol(symbol)) return symbol.name;
    return undefined;
  };

  const withoutUndefined = (type: ts.Type): ts.Type[] => (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)));
  const isListLike = (t: ts.Type): boolean => {
    if (checker.isArrayType(t) || checker.isTupleType(t)) return true;
    const name = t.getSymbol()?.name ?? '';
    return /^(?:Float64Array|Float32Array|Int32Array|Uint32Array|BigInt64Array|ReadonlyArray)$/.test(name);
  };
  const isExplanationSteps = (type: ts.Type): boolean => {
    const members = withoutUndefined(type);
    return (
      members.length === 1 &&
      checker.isArrayType(members[0]!) &&
      members[0]!.getSymbol()?.name === 'ReadonlyArray' &&
      (() => {
        const element = checker.getTypeArguments(members[0] as ts.TypeReference)[0];
        const decl = element?.getSymbol()?.declarations?.[0];
        return element?.getSymbol()?.name === 'ExplanationStep' && decl !== undefined && decl.getSourceFile().fileName.replaceAll('\\', '/') === `${SRC}law/explanation.ts`;
      })()
    );
  };

  const walkSignature = (sig: ts.Signature, where: string, inOptions: boolean): void => {
    for (const p of sig.getParameters()) walk(checker.getTypeOfSymbol(p), `${where}(${p.name})`, inOptions || p.name === 'options');
    walk(sig.getReturnType(), `${where}() result`, false);
  };

  /**
   * Walk a type. Object types are walked once (the first place that reaches an anonymous one names
   * it); unions and literals wherever they occur, so that a string literal is reported at each
   * named type that uses it.
   */
  function walk(type: ts.Type, where: string, inOptions: boolean): void {
    if (type.isStringLiteral()) {
      values.push({ where, value: type.value });
      return;
    }
    if (isZodOrDecimal(type.aliasSymbol) || isZodOrDecimal(type.getSymbol())) return;
    const name = nameOf(type);
    if (name !== undefined) origin(name, type.aliasSymbol ?? type.getSymbol());
    const here = name !== undefined ? `type ${name}` : where;
    const options = name !== undefined ? name.endsWith('Options') : inOptions;
    if (type.isUnionOrIntersection()) {
      if (visited.has(type) && name !== undefined) return;
      visited.add(type);
      for (const t of type.types) walk(t, here, options);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object) || visited.has(type)) return;
    visited.add(type);
    if (name === undefined && (isLibrarySymbol(type.aliasSymbol) || isLibrarySymbol(type.getSymbol()))) {
      // A built-in (Array, Readonly<T>, Record<K, V>, Iterable<T>, Map<K, V>...): its type arguments only.
      const reference = (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? checker.getTypeArguments(type as ts.TypeReference) : [];
      const args = type.aliasSymbol !== undefined ? (type.aliasTypeArguments ?? []) : reference;
      for (const arg of args) walk(arg, checker.isArrayType(type) ? `${where}[]` : where, inOptions);
      return;
    }
    for (const sig of type.getCallSignatures()) walkSignature(sig, here, options);
    for (const info of checker.getIndexInfosOfType(type)) walk(info.type, `${here}[key]`, options);
    for (const prop of checker.getPropertiesOfType(type)) {
      if (prop.name.startsWith('__@') || prop.name.startsWith('#')) continue;
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (decl !== undefined && ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      if (decl !== undefined && !inSrc(decl)) continue; // members inherited from a built-in (Error.stack...)
      const propType = checker.getTypeOfSymbol(prop);
      keys.push({
        where: here,
        key: prop.name,
        inOptions: options,
        typeText: checker.typeToString(propType),
        explanationSteps: isExplanationSteps(propType),
        list: withoutUndefined(propType).every(isListLike),
      });
      walk(propType, `${here}.${prop.name}`, options);
    }
  }

  // Types first, so that a named type's anonymous parts are reported under its name, not under
  // the first function that reaches them.
  const resolved = checker.getExportsOfModule(moduleSymbol).map((e) => ({ name: e.name, symbol: e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e }));
  const isType = (s: ts.Symbol): boolean => (s.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) !== 0 && !(s.flags & ts.SymbolFlags.Class);
  for (const { name, symbol } of [...resolved.filter((e) => isType(e.symbol)), ...resolved.filter((e) => !isType(e.symbol))]) {
    origin(name, symbol);
    if (symbol.flags & ts.SymbolFlags.Function) {
      const type = checker.getTypeOfSymbol(symbol);
      const sigs = type.getCallSignatures();
      for (const sig of sigs) {
        functions.push({ name, params: sig.getParameters().map((p) => paramOf(p)) });
        walkSignature(sig, `function ${name}`, false);
      }
      if (sigs[0] !== undefined) paramNames.set(name, sigs[0].getParameters().map((p) => p.name));
    } else if (symbol.flags & ts.SymbolFlags.Class) {
      const ctor = checker.getTypeOfSymbol(symbol).getConstructSignatures()[0];
      if (ctor !== undefined) paramNames.set(name, ctor.getParameters().map((p) => p.name));
      walk(checker.getDeclaredTypeOfSymbol(symbol), `class ${name}`, false);
    } else if (symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) {
      walk(checker.getDeclaredTypeOfSymbol(symbol), `type ${name}`, name.endsWith('Options'));
    } else if (symbol.flags & ts.SymbolFlags.Variable) {
      walk(checker.getTypeOfSymbol(symbol), `const ${name}`, false);
    }
  }
  return { keys, values, functions, paramNames, origins };

  function paramOf(p: ts.Symbol): Param {
    const decl = p.valueDeclaration;
    if (decl === undefined || !ts.isParameter(decl)) return { name: p.name, optional: false, rest: false, requiredKeys: [] };
    // Only an options object's required keys matter (a required options object may carry `asOf`).
    const requiredKeys = p.name !== 'options' ? [] : checker
      .getNonNullableType(checker.getTypeOfSymbolAtLocation(p, decl))
      .getProperties()
      .filter((q) => (q.flags & ts.SymbolFlags.Optional) === 0)
      .map((q) => q.name);
    return { name: p.name, optional: decl.questionToken !== undefined || decl.initializer !== undefined, rest: decl.dotDotDotToken !== undefined, requiredKeys };
  }
}
