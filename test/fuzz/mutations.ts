import fc from 'fast-check';
import { junkKey, junkValue, oddString } from './values.js';

/**
 * One change to a body that is otherwise right. A mutation is generated without the body (the
 * body of a passkey ceremony exists only once its challenge has been fetched); `at` picks the
 * node it applies to, counting every node of the body in document order, the body itself first.
 */
export type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'extra'; at: number; key: string; value: unknown }
  | { op: 'edit'; at: number; text: string; where: 'prefix' | 'suffix' | 'middle' }
  | { op: 'wrap'; at: number; into: 'array' | 'object' }
  /** On a base64url field (WebAuthn bytes): flip a bit, cut, or append bytes, then re-encode. */
  | { op: 'bytes'; at: number; index: number; how: 'flip' | 'cut' | 'append'; extra: number[] }
  /** On a base64url field holding JSON (`clientDataJSON`): change a node inside it. */
  | { op: 'inside'; at: number; mutation: Mutation };

const at = fc.nat({ max: 10_000 });

const flat: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace'), at, value: junkValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete'), at }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('extra'), at, key: junkKey, value: junkValue }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('edit'),
      at,
      text: oddString,
      where: fc.constantFrom('prefix', 'suffix', 'middle'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('wrap'), at, into: fc.constantFrom('array', 'object') }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('bytes'),
      at,
      index: fc.nat(),
      how: fc.constantFrom('flip', 'cut', 'append'),
      extra: fc.array(fc.nat({ max: 255 }), { maxLength: 40 }),
    }),
  },
) as fc.Arbitrary<Mutation>;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: flat },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('inside'), at, mutation: flat }) },
) as fc.Arbitrary<Mutation>;

type Container = Record<string, unknown> | unknown[];
interface Node {
  value: unknown;
  parent: Container | null;
  key: string | number;
}

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

function nodes(root: unknown): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown, parent: Container | null, key: string | number) => {
    found.push({ value, parent, key });
    if (!isContainer(value)) return;
    for (const [k, v] of Object.entries(value)) visit(v, value, Array.isArray(value) ? +k : k);
  };
  visit(root, null, '');
  return found;
}

/** Sets an own property, also for `__proto__`, so that JSON.stringify writes it. */
function put(container: Container, key: string | number, value: unknown): void {
  const descriptor = { value, enumerable: true, writable: true, configurable: true };
  Object.defineProperty(container, key, descriptor);
}

function replaceNode(root: unknown, node: Node, value: unknown): unknown {
  if (node.parent === null) return value;
  put(node.parent, node.key, value);
  return root;
}

function decodeJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return isContainer(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The nodes a mutation may pick: strings for `bytes`, base64url JSON for `inside` (so that a
 * WebAuthn body is changed where a browser's bytes are, not replaced by a type error); any node
 * for the others, or when the body has none of the kind.
 */
function candidates(all: Node[], op: Mutation['op']): Node[] {
  const some =
    op === 'bytes'
      ? all.filter((n) => typeof n.value === 'string')
      : op === 'inside'
        ? all.filter((n) => typeof n.value === 'string' && decodeJson(n.value) !== undefined)
        : all;
  return some.length > 0 ? some : all;
}

/** Applies `m` to a copy of `body`; the body itself may be replaced (a string, an array). */
export function mutate(body: unknown, m: Mutation): unknown {
  const root = structuredClone(body);
  const choice = candidates(nodes(root), m.op);
  const node = choice[m.at % choice.length]!;
  const { value } = node;
  switch (m.op) {
    case 'replace':
      return replaceNode(root, node, m.value);
    case 'delete':
      if (node.parent === null) return undefined;
      if (Array.isArray(node.parent)) node.parent.splice(node.key as number, 1);
      else delete node.parent[node.key];
      return root;
    case 'extra': {
      const target = isContainer(value) && !Array.isArray(value) ? value : node.parent;
      if (target === null || Array.isArray(target)) {
        const wrapper = {};
        put(wrapper, m.key, m.value);
        return replaceNode(root, node, wrapper);
      }
      put(target, m.key, m.value);
      return root;
    }
    case 'edit': {
      const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
      const middle = Math.floor(text.length / 2);
      const edited =
        m.where === 'prefix'
          ? m.text + text
          : m.where === 'suffix'
            ? text + m.text
            : text.slice(0, middle) + m.text + text.slice(middle);
      return replaceNode(root, node, edited);
    }
    case 'wrap':
      return replaceNode(root, node, m.into === 'array' ? [value] : { value });
    case 'bytes': {
      const bytes = typeof value === 'string' ? Buffer.from(value, 'base64url') : Buffer.alloc(0);
      let changed: Buffer;
      if (m.how === 'flip' && bytes.length > 0) {
        changed = Buffer.from(bytes);
        changed[m.index % bytes.length]! ^= 1 << m.index % 8;
      } else if (m.how === 'cut') changed = bytes.subarray(0, m.index % (bytes.length + 1));
      else changed = Buffer.concat([bytes, Buffer.from(m.extra)]);
      return replaceNode(root, node, changed.toString('base64url'));
    }
    case 'inside': {
      const inner = typeof value === 'string' ? decodeJson(value) : undefined;
      if (inner === undefined) return mutate(root, m.mutation);
      const changed = JSON.stringify(mutate(inner, m.mutation)) ?? '';
      return replaceNode(root, node, Buffer.from(changed).toString('base64url'));
    }
  }
}
