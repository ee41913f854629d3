/**
 * The mechanical rules of `docs/conventions.md`, applied to what the walks of the public surface
 * found (`surface.ts`: the TypeScript types; `schemas.ts`: the zod schemas). Every rule gives
 * {@link Violation}s with a stable id (what is wrong where, not the details that change while
 * it is fixed), so that the expected violations of `pending.ts` can be listed by id.
 *
 * The allow-lists below say, for each entry, why it is not a violation.
 */
import { lawOptionFields } from '../../src/law/options';
import { defOf, publicSchemas, unwrap } from './schemas';
import { publicTypes } from './surface';

/** The rules, with the sentence the report prints for each. */
export const RULES = {
  'key-case': 'Keys (input keys, options, result fields, parameter names) are camelCase: /^[a-z][a-zA-Z0-9]*$/.',
  'key-forbidden': 'A key the conventions retire (the "Never" column of docs/conventions.md).',
  'law-on-result': 'Results say `lawUsed`; `law` is the option that passes a registry in (allowed only in a type named *Options).',
  'value-case': 'String enum values are snake_case (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/), except legal codes in the allow-list.',
  'explanation-type': '`explanation` is `readonly ExplanationStep[]`, with ExplanationStep from src/law/explanation.ts.',
  'months-list': '`months` is a list of months; a count is `<what>Months` or `count`, a range is `period: { from, to }`.',
  'options-last': 'A parameter named `options` is the last parameter and optional (or required with one choice of REQUIRED_OPTION_KEYS as its only required key).',
  'optional-positional': 'No optional positional parameter other than `options` (put it in the options object).',
  'options-schema': 'An exported *OptionsSchema that reads the law spreads `lawOptionFields` (src/law/options.ts): every shared field, the very same schema, never a copy.',
  'error-root': "A JamsostekError's path starts at the name of the argument that was bad (`path[0]` is the parameter's name).",
} as const;

export type Rule = keyof typeof RULES;

/** One violation: a stable id (for pending.ts) and the details for the report. */
export interface Violation {
  readonly rule: Rule;
  /** `<rule>: <where>`, stable while the violation lasts. */
  readonly id: string;
  /** What was found (the actual type, path...), when the id does not say it all. */
  readonly detail?: string;
}

export const KEY_CASE = /^[a-z][a-zA-Z0-9]*$/;
export const VALUE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

const PROGRAMME = 'a programme code as the law writes it (UU 40/2004, PP 44/2015, PP 37/2021)';
const SEGMENT = 'a participant segment as the law and BPJS write it (penerima upah, bukan penerima upah)';
const INSTRUMENT = 'an instrument as the law names it (UU 12/2011 on the forms of legislation; Practice: published practice, not an instrument)';
const CONFIDENCE = 'a confidence grade of a citation (docs/parameters.md): H, M+, M, L';
const EDUCATION = 'a school level as the law writes it (PP 82/2019 on the JKM/JKK scholarship): TK, SD, SMP, SMA';

/** Keys that are not camelCase on purpose (the key is a legal code), with the reason. */
export const KEY_CASE_EXCEPTIONS: Readonly<Record<string, string>> = {
  JKK: PROGRAMME,
  JKM: PROGRAMME,
  JHT: PROGRAMME,
  JP: PROGRAMME,
  JKP: PROGRAMME,
  PU: SEGMENT,
  BPU: SEGMENT,
};

/** String values that are not snake_case on purpose (legal codes), with the reason. */
export const VALUE_EXCEPTIONS: Readonly<Record<string, string>> = {
  ...KEY_CASE_EXCEPTIONS,
  UU: INSTRUMENT,
  PP: INSTRUMENT,
  Perpres: INSTRUMENT,
  Inpres: INSTRUMENT,
  Permenaker: INSTRUMENT,
  Permendagri: INSTRUMENT,
  Permendes: INSTRUMENT,
  Perdir: INSTRUMENT,
  Surat: INSTRUMENT,
  SE: INSTRUMENT,
  Pergub: INSTRUMENT,
  Perbup: INSTRUMENT,
  Perwali: INSTRUMENT,
  Perda: INSTRUMENT,
  Keputusan: INSTRUMENT,
  Practice: INSTRUMENT,
  H: CONFIDENCE,
  'M+': CONFIDENCE,
  M: CONFIDENCE,
  L: CONFIDENCE,
  TK: EDUCATION,
  SD: EDUCATION,
  SMP: EDUCATION,
  SMA: EDUCATION,
};

/** Forms of string values that are data, not enum names, with the reason. */
export const VALUE_PATTERNS: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /^\d{4}-(?:0[1-9]|1[0-2])$/, reason: 'a month (YYYY-MM), a calendar value' },
  { pattern: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, reason: 'a date (YYYY-MM-DD), a calendar value' },
  {
    pattern: /^[a-z]+(?:\.[a-z][a-zA-Z0-9]*(?:_\d{4})?)+$/,
    reason: 'a parameter id of the law registry: a dotted path of camelCase names (`jp.wageCap`), a relief named for its instrument and year (`relief.pp49_2020`); see docs/parameters.md',
  },
];

/** Keys the conventions retire, with what to write instead. */
export const FORBIDDEN_KEYS: Readonly<Record<string, string>> = {
  declaredIncome: 'BPU income is `income`',
  incomes: 'BPU income is `income` (a column carries the name of the field it holds)',
  wages: 'PU wage is `wage` (a column carries the name of the field it holds)',
  salary: 'PU wage is `wage`',
  riskClasses: 'a column carries the name of the field it holds: `riskClass`',
  paidOn: 'a fact\'s date is `<event>Date`: `paymentDate`',
  paidDate: 'a fact\'s date is `<event>Date`: `paymentDate`',
  registeredOn: 'a fact\'s date is `<event>Date`: `membershipStartDate`',
  phkDate: 'a fact\'s date is `<event>Date`: `terminationDate` (PHK)',
  pensionDate: 'a fact\'s date is `<event>Date`: `retirementDate`',
  referenceDate: 'a point of view is `asOf` (or `knownOn` for the law)',
  at: 'a point of view is `asOf` (or `knownOn` for the law)',
  range: 'a range of months is `period: { from, to }`',
  beyondLastValue: 'beyond the last known value of law: one option, `projection`',
  allowDerivedLimits: 'beyond the last known value of law: one option, `projection`',
  basis: 'a legal basis is `citations: Citation[]`',
  reference: 'a legal basis is `citations: Citation[]`',
};

/** Forms of keys the conventions retire, with what to write instead. */
export const FORBIDDEN_KEY_PATTERNS: readonly { readonly pattern: RegExp; readonly instead: string }[] = [
  { pattern: /^(?!knownOn$)[a-z][a-zA-Z0-9]*On$/, instead: 'a fact\'s date is `<event>Date`, never `*On` (only `knownOn`, a point of view, ends in On)' },
  { pattern: /^[a-z][a-zA-Z0-9]*Basis$/, instead: 'a legal basis is `citations` (`<what>Citations`)' },
];

/**
 * The keys that may make an options object required, being its only required key: a choice the
 * library must never make for the caller (docs/conventions.md, Signatures), with the reason.
 */
export const REQUIRED_OPTION_KEYS: Readonly<Record<string, string>> = {
  asOf: 'the viewpoint of the question: a state is judged on a day the caller names, never the clock',
  overflow: 'dateInMonth: clamp a day beyond the month to its end or refuse it; the library never picks between two rules silently (issue 13)',
  deathDate: 'jkmWaitingPeriodCheck: the event the payment record is judged at (read as of that day, like asOf); no default can stand for a death',
  eventDate: 'scholarshipPeriodCheck: the insured event (death or total permanent disability) the record is judged at, like asOf',
  terminationDate: 'jkpPeriodCheck: the termination of employment (PHK) the record is judged at (asOf defaults to it)',
};

/**
 * Types whose keys are data, not field names, with the reason: their keys are parameter ids of the
 * registry, or the keys of a parameter's own value (enum values and numbered brackets of the law).
 */
export const DATA_KEYED_TYPES: Readonly<Record<string, string>> = {
  'type OverlayValues': 'the values of an overlay, keyed by parameter id (`jp.wageCap`, `relief.pp49_2020`)',
  'type OverlayObject': "a parameter value's own shape as an overlay writes it: its keys are the law's (risk classes 1-5, payout triggers such as `retirement_age`)",
};

/** Retired keys that are allowed at one place, by `<where>.<key>`, with the reason. */
export const FORBIDDEN_KEY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'function valueAt.at': 'a key of a parameter timeline (a month or a date, by the parameter\'s granularity) looked up, not the viewpoint of a question: `asOf` is always a date',
  'type ParameterNotInForceIssue.at': 'the timeline key `valueAt` was asked for (a month or a date), reported back as it was given',
};

/** `law` keys outside a type named *Options that are inputs, not results, with the reason. */
export const LAW_KEY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'type CriterionContext.law': 'the registry handed to a criterion\'s own `test` (an input to the caller\'s code, like an option), not a result',
};

/** Optional positional parameters that are not `options`, by `<function>(<parameter>)`, with the reason. */
export const OPTIONAL_POSITIONAL_EXCEPTIONS: Readonly<Record<string, string>> = {};

export const valueAllowed = (value: string): boolean => VALUE_CASE.test(value) || value in VALUE_EXCEPTIONS || VALUE_PATTERNS.some((p) => p.pattern.test(value));

/** The forbidden-key reason for `key` at `where`, if it is retired there. */
function forbidden(where: string, key: string): string | undefined {
  if (`${where}.${key}` in FORBIDDEN_KEY_EXCEPTIONS) return undefined;
  if (Object.hasOwn(FORBIDDEN_KEYS, key)) return FORBIDDEN_KEYS[key];
  return FORBIDDEN_KEY_PATTERNS.find((p) => p.pattern.test(key))?.instead;
}

interface KeyLike {
  readonly where: string;
  readonly key: string;
}

export function keyViolations(found: readonly KeyLike[]): Violation[] {
  const out: Violation[] = [];
  for (const { where, key } of found) {
    if (!KEY_CASE.test(key) && !(key in KEY_CASE_EXCEPTIONS) && !(where in DATA_KEYED_TYPES)) out.push({ rule: 'key-case', id: `key-case: ${where}.${key}` });
    const instead = forbidden(where, key);
    if (instead !== undefined) out.push({ rule: 'key-forbidden', id: `key-forbidden: ${where}.${key}`, detail: instead });
  }
  return out;
}

/** Key casing, retired keys, `law` on results, `explanation` and `months` shapes, value casing. */
export function nameViolations(): Violation[] {
  const types = publicTypes();
  const schemas = publicSchemas();
  const out: Violation[] = [];
  const params = types.functions.flatMap((f) => f.params.map((p) => ({ where: `function ${f.name}`, key: p.name })));
  out.push(...keyViolations(types.keys), ...keyViolations(schemas.keys), ...keyViolations(params));
  for (const k of types.keys) {
    const at = `${k.where}.${k.key}`;
    if (k.key === 'law' && !k.inOptions && !(at in LAW_KEY_EXCEPTIONS)) out.push({ rule: 'law-on-result', id: `law-on-result: ${at}`, detail: k.typeText });
    if (k.key === 'explanation' && !k.explanationSteps) out.push({ rule: 'explanation-type', id: `explanation-type: ${at}`, detail: `typed ${k.typeText}` });
    if (k.key === 'months' && !k.list) out.push({ rule: 'months-list', id: `months-list: ${at}`, detail: `typed ${k.typeText}` });
  }
  for (const k of schemas.keys) {
    const at = `${k.where}.${k.key}`;
    if (k.key === 'law' && !k.inOptions) out.push({ rule: 'law-on-result', id: `law-on-result: ${at}` });
    if (k.key === 'months' && !k.list) out.push({ rule: 'months-list', id: `months-list: ${at}`, detail: 'not an array schema' });
  }
  for (const v of [...types.values, ...schemas.values]) {
    if (!valueAllowed(v.value)) out.push({ rule: 'value-case', id: `value-case: ${v.where} = ${JSON.stringify(v.value)}` });
  }
  return out;
}

/** Options last and optional; nothing else optional and positional. */
export function signatureViolations(): Violation[] {
  const out: Violation[] = [];
  for (const f of publicTypes().functions) {
    f.params.forEach((p, i) => {
      const last = i === f.params.length - 1;
      if (p.name === 'options') {
        if (!last) out.push({ rule: 'options-last', id: `options-last: function ${f.name}(options) is not the last parameter`, detail: `parameters: ${f.params.map((q) => q.name).join(', ')}` });
        // Options may be required only to carry one choice the library must not make (docs/conventions.md).
        const onlyAsOf = p.requiredKeys.length === 1 && Object.hasOwn(REQUIRED_OPTION_KEYS, p.requiredKeys[0]!);
        if (!p.optional && !onlyAsOf) out.push({ rule: 'options-last', id: `options-last: function ${f.name}(options) is required`, detail: `required keys: ${p.requiredKeys.join(', ') || 'none'}` });
      } else if ((p.optional || p.rest) && !(`${f.name}(${p.name})` in OPTIONAL_POSITIONAL_EXCEPTIONS)) {
        out.push({ rule: 'optional-positional', id: `optional-positional: function ${f.name}(${p.name})`, detail: `parameters: ${f.params.map((q) => `${q.rest ? '...' : ''}${q.name}${q.optional ? '?' : ''}`).join(', ')}` });
      }
    });
  }
  return out;
}

/** The shared option fields, by key: each exported *OptionsSchema that has the key must hold this very schema. */
const SHARED_OPTION_FIELDS: Readonly<Record<string, unknown>> = lawOptionFields;

/**
 * Every exported *OptionsSchema that has one of the shared fields spreads all of them: each is
 * there, and is the very schema of `lawOptionFields` (so a field added there, such as `knownOn`,
 * reaches every function that reads the law).
 */
export function optionsSchemaViolations(): Violation[] {
  const out: Violation[] = [];
  for (const [name, schema] of publicSchemas().exported) {
    if (!name.endsWith('OptionsSchema')) continue;
    for (const shape of objectShapes(schema)) {
      if (!Object.keys(SHARED_OPTION_FIELDS).some((key) => Object.hasOwn(shape, key))) continue;
      for (const [key, shared] of Object.entries(SHARED_OPTION_FIELDS)) {
        if (!Object.hasOwn(shape, key)) out.push({ rule: 'options-schema', id: `options-schema: schema ${name} lacks lawOptionFields.${key}` });
        else if (shape[key] !== shared) out.push({ rule: 'options-schema', id: `options-schema: schema ${name}.${key} is not lawOptionFields.${key}` });
      }
    }
  }
  return out;
}

/** The object shapes of a schema (through wrappers, pipes, unions and intersections). */
export function objectShapes(schema: unknown): Record<string, unknown>[] {
  const def = defOf(unwrap(schema));
  if (def === undefined) return [];
  if (def.type === 'object') return [def['shape'] as Record<string, unknown>];
  if (def.type === 'union') return (def['options'] as unknown[]).flatMap(objectShapes);
  if (def.type === 'intersection') return [...objectShapes(def['left']), ...objectShapes(def['right'])];
  return [];
}

/** The symbol a violation id names (`type JkkInput.earnings...` → `JkkInput`; `error-root: jkkBenefit ...` → `jkkBenefit`). */
export function symbolOf(id: string): string {
  const m = /^[a-z-]+: (?:(?:type|schema|function|const|class) )?([A-Za-z_$][\w$]*)/.exec(id);
  return m?.[1] ?? '?';
}

/** The folder of `src/` a violation is in (`benefits`, `law/parameters`...), from the file that declares its symbol. */
export function areaOf(id: string): string {
  const file = publicTypes().origins.get(symbolOf(id));
  return file === undefined ? '?' : file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
}
