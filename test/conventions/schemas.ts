/**
 * The public surface as the zod schemas see it: every schema exported from `src/index.ts` (and
 * every schema inside an exported plain object, such as `ELIGIBILITY_FACTS`), walked through
 * objects, unions, discriminated unions, intersections, arrays, tuples, records, optionals,
 * defaults, pipes and transforms, and lazies. The walk collects the input keys and the string
 * values (enum members and literals) the conventions check (`docs/conventions.md`).
 *
 * A schema exported under its own name is reported under that name, even where another exported
 * schema contains it; a shared schema that is not exported is reported where the walk first meets it.
 */
import * as lib from '../../src/index';

/** An input key of a schema. */
export interface SchemaKey {
  /** Where the key is: `schema JkkInputSchema.earnings`. */
  readonly where: string;
  readonly key: string;
  /** Inside an options schema (an exported `*OptionsSchema`, or a key path under `options`). */
  readonly inOptions: boolean;
  /** Whether the key's schema (without optional/default/pipe wrappers) is an array or a tuple. */
  readonly list: boolean;
}

/** A string value a schema accepts by name (an enum member or a literal). */
export interface SchemaValue {
  readonly where: string;
  readonly value: string;
}

/** What the walk found. */
export interface PublicSchemas {
  readonly keys: readonly SchemaKey[];
  readonly values: readonly SchemaValue[];
  /** The exported schemas, by export name. */
  readonly exported: ReadonlyMap<string, unknown>;
}

interface Def {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** The zod definition of a value, if it is a zod schema. */
export const defOf = (value: unknown): Def | undefined => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || !('_zod' in value)) return undefined;
  return (value as { _zod: { def?: Def } })._zod.def;
};

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);

/** The schema inside optional/default/readonly wrappers, the input side of pipes, the target of lazies. */
export function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def === undefined) return s;
    if (WRAPPERS.has(def.type)) s = def['innerType'];
    else if (def.type === 'pipe') s = def['in'];
    else if (def.type === 'lazy') s = (def['getter'] as () => unknown)();
    else return s;
  }
  return s;
}

const isList = (schema: unknown): boolean => {
  const def = defOf(unwrap(schema));
  if (def === undefined) return false;
  if (def.type === 'union') return (def['options'] as unknown[]).every(isList);
  return def.type === 'array' || def.type === 'tuple';
};

let cached: PublicSchemas | undefined;

/** The public schemas of `src/index.ts` (walked on first use, then cached). */
export function publicSchemas(): PublicSchemas {
  cached ??= walkSchemas(Object.entries(lib as Record<string, unknown>));
  return cached;
}

/** Walk the schemas among `exports` (name, value pairs, as `Object.entries` of a module gives them). */
export function walkSchemas(exports: readonly (readonly [string, unknown])[]): PublicSchemas {
  const keys: SchemaKey[] = [];
  const values: SchemaValue[] = [];
  const exported = new Map<string, unknown>();
  const names = new Map<unknown, string>();
  const visited = new Set<unknown>();

  for (const [name, value] of exports) {
    if (defOf(value) !== undefined) {
      exported.set(name, value);
      names.set(value, name);
    }
  }

  const walk = (schema: unknown, where: string, inOptions: boolean): void => {
    const def = defOf(schema);
    if (def === undefined || visited.has(schema)) return;
    const own = names.get(schema);
    if (own !== undefined && where !== `schema ${own}`) return; // walked under its own name
    visited.add(schema);
    const child = (s: unknown, at: string, options = inOptions): void => walk(s, at, options);
    switch (def.type) {
      case 'object':
        for (const [key, s] of Object.entries(def['shape'] as Record<string, unknown>)) {
          const options = inOptions || key === 'options';
          keys.push({ where, key, inOptions, list: isList(s) });
          child(s, `${where}.${key}`, options);
        }
        child(def['catchall'], `${where}[key]`);
        return;
      case 'array':
        return child(def['element'], `${where}[]`);
      case 'set':
        return child(def['valueType'], `${where}[]`);
      case 'tuple':
        (def['items'] as unknown[]).forEach((s, i) => child(s, `${where}[${i}]`));
        return child(def['rest'], `${where}[]`);
      case 'union':
        for (const s of def['options'] as unknown[]) child(s, where);
        return;
      case 'intersection':
        child(def['left'], where);
        return child(def['right'], where);
      case 'record':
      case 'map':
        child(def['keyType'], `${where}[key]`);
        return child(def['valueType'], `${where}[key]`);
      case 'pipe':
        child(def['in'], where);
        return child(def['out'], where);
      case 'lazy':
        return child((def['getter'] as () => unknown)(), where);
      case 'enum':
        for (const v of Object.values(def['entries'] as Record<string, unknown>)) if (typeof v === 'string') values.push({ where, value: v });
        return;
      case 'literal':
        for (const v of def['values'] as unknown[]) if (typeof v === 'string') values.push({ where, value: v });
        return;
      default:
        if (WRAPPERS.has(def.type)) child(def['innerType'], where);
    }
  };

  for (const [name, schema] of exported) walk(schema, `schema ${name}`, name.endsWith('OptionsSchema'));
  // Schemas inside exported plain objects (ELIGIBILITY_FACTS: the facts the rule sets read).
  for (const [name, value] of exports) {
    if (defOf(value) !== undefined || typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) continue;
    for (const [key, s] of Object.entries(value)) {
      if (defOf(s) === undefined) continue;
      keys.push({ where: `const ${name}`, key, inOptions: false, list: isList(s) });
      walk(s, `const ${name}.${key}`, false);
    }
  }
  return { keys, values, exported };
}
