import fc from 'fast-check';

/**
 * Values that look valid for a route's input schema, read from the schema itself, so a route
 * added later gets bodies of its own shape without a line here. Strings obey a declared pattern
 * and length; refinements (a KVNR's check digit, "single line") are left to chance and to the
 * mutations in requests.ts.
 *
 * zod keeps a schema's definition in `_zod.def` (zod 4, classic and mini alike); only the parts
 * below are read, and anything unknown falls back to arbitrary JSON.
 */
interface Check {
  check?: string;
  format?: string;
  pattern?: RegExp;
  maximum?: number;
  minimum?: number;
}

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  options?: unknown[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: { _zod: { def: Check } }[];
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

/** The top-level field names a route's input schema declares (none for an empty body). */
export function fieldsOf(schema: unknown): string[] {
  const def = defOf(schema);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** Text a member might type: letters of several scripts, digits, an address or two. */
const plausibleText = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.emailAddress(),
  fc.stringMatching(/^[A-Z][0-9]{9}$/),
);

function stringValue(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const max = Math.min(64, ...checks.map((c) => (c.check === 'max_length' ? c.maximum! : 64)));
  const min = Math.max(0, ...checks.map((c) => (c.check === 'min_length' ? c.minimum! : 0)));
  const pattern = checks.find((c) => c.format === 'regex')?.pattern;
  const text = pattern ? fc.stringMatching(pattern, { maxLength: max }) : plausibleText;
  return text.filter((s) => s.length >= min && s.length <= max);
}

/** An arbitrary of values the schema probably accepts. */
export function valueFor(schema: unknown): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = Object.entries(def.shape ?? {});
      const required = shape.filter(([, s]) => defOf(s).type !== 'optional').map(([k]) => k);
      return fc.record(Object.fromEntries(shape.map(([k, s]) => [k, valueFor(s)])), {
        requiredKeys: required,
      });
    }
    case 'optional':
      return valueFor(def.innerType);
    case 'nullable':
      return fc.option(valueFor(def.innerType), { nil: null });
    case 'array': {
      const max = checksOf(def).find((c) => c.check === 'max_length')?.maximum ?? 4;
      return fc.array(valueFor(def.element), { maxLength: Math.min(max, 4) });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map(valueFor));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: null }));
    case 'string':
      return stringValue(def);
    case 'number':
      return fc.integer();
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
