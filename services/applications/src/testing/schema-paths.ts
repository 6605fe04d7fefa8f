import type { GraphQLSchema } from 'graphql';

/*
 * Walks a schema structurally (no graphql-js predicates: the schema built by Pothos and the
 * test may load different copies of graphql-js, whose instanceof checks would then fail).
 */
type AnyType = { name?: string; ofType?: AnyType; getFields?: () => Record<string, { type: AnyType }>; getTypes?: () => AnyType[] };

function named(type: AnyType): AnyType {
  let current = type;
  while (current.ofType) current = current.ofType;
  return current;
}

/** The object types a named type may be at run time: itself, a union's members, an interface's implementations. */
function possibleTypes(schema: GraphQLSchema, type: AnyType): AnyType[] {
  if (type.getTypes) return type.getTypes();
  const implementations = type.name ? schema.getImplementations(schema.getType(type.name) as never) : null;
  if (implementations && (implementations.objects.length > 0 || implementations.interfaces.length > 0)) return implementations.objects as unknown as AnyType[];
  return [type];
}

/**
 * Every root field (Query.x, Mutation.y) from which one of `targets` can be reached by following
 * fields, with one path to it as proof. Entity resolution (Query._entities) is followed through
 * its union like any other field.
 */
export function rootFieldsReaching(schema: GraphQLSchema, targets: readonly string[]): Map<string, string[]> {
  const wanted = new Set(targets);
  const found = new Map<string, string[]>();
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const [fieldName, field] of Object.entries(root.getFields())) {
      const key = `${root.name}.${fieldName}`;
      const seen = new Set<string>();
      const queue: Array<{ type: AnyType; path: string[] }> = [{ type: named(field.type as AnyType), path: [key] }];
      while (queue.length > 0 && !found.has(key)) {
        const { type, path } = queue.shift()!;
        for (const possible of possibleTypes(schema, type)) {
          const name = possible.name ?? '';
          if (seen.has(name)) continue;
          seen.add(name);
          if (wanted.has(name)) {
            found.set(key, [...path, name]);
            break;
          }
          for (const [childName, child] of Object.entries(possible.getFields?.() ?? {})) {
            queue.push({ type: named(child.type), path: [...path, `${name}.${childName}`] });
          }
        }
      }
    }
  }
  return found;
}

/** Every root field of the schema, as Query.x and Mutation.y. */
export function rootFields(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) => (root ? Object.keys(root.getFields()).map((name) => `${root.name}.${name}`) : []));
}

/**
 * Every field through which a query first enters case content: its parent type is not a content
 * type and it returns one (e.g. InboxItem.application, Person.applications → ApplicationPage is
 * followed through to its nodes). A nested path added later (a new field on a list item, a new
 * reference from a non-case type) shows up here as a new entry.
 */
export function contentEntryFields(schema: GraphQLSchema, targets: readonly string[]): string[] {
  const wanted = new Set(targets);
  const entries = new Set<string>();
  const seen = new Set<string>();
  const queue: AnyType[] = [schema.getQueryType(), schema.getMutationType()].filter((root): root is NonNullable<typeof root> => !!root) as unknown as AnyType[];
  while (queue.length > 0) {
    const type = queue.shift()!;
    for (const possible of possibleTypes(schema, type)) {
      const name = possible.name ?? '';
      if (seen.has(name) || wanted.has(name)) continue;
      seen.add(name);
      for (const [fieldName, field] of Object.entries(possible.getFields?.() ?? {})) {
        const target = named(field.type);
        if (reaches(schema, target, wanted)) {
          if (possibleTypes(schema, target).some((candidate) => wanted.has(candidate.name ?? ''))) entries.add(`${name}.${fieldName}`);
          queue.push(target);
        }
      }
    }
  }
  return [...entries].sort();
}

/** Whether a type is, or leads to, one of the wanted types. */
function reaches(schema: GraphQLSchema, start: AnyType, wanted: Set<string>): boolean {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    for (const possible of possibleTypes(schema, queue.shift()!)) {
      const name = possible.name ?? '';
      if (wanted.has(name)) return true;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const field of Object.values(possible.getFields?.() ?? {})) queue.push(named(field.type));
    }
  }
  return false;
}
