/**
 * The door every public input passes: a zod schema parses it once, and any failure becomes a
 * {@link JamsostekError} with codes and paths. Inner functions take the parsed types and trust them.
 *
 * @module
 * @internal
 */
import type { z } from 'zod';
import { fromZodError, type PathSegment } from './errors';

/** Parse `input` with `schema` or throw a JamsostekError whose paths start at `root`. @internal */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root: readonly PathSegment[] = []): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, root);
  return result.data;
}
