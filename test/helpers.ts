import { expect } from 'vitest';
import { isJamsostekError, type JamsostekError, type JamsostekErrorCode } from '../src/index';

/** Assert that `fn` throws a JamsostekError with `code` whose first issue path starts with `path`. */
export function expectError(fn: () => unknown, code: JamsostekErrorCode, path?: readonly (string | number)[]): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a JamsostekError to be thrown').toBeDefined();
  if (!isJamsostekError(thrown)) throw new Error(`expected a JamsostekError, got ${String(thrown)}`);
  expect(thrown.code).toBe(code);
  expect(typeof thrown.message).toBe('string');
  expect(thrown.message.length).toBeGreaterThan(10);
  if (path !== undefined) expect(thrown.path.slice(0, path.length)).toEqual(path);
}

/** The JamsostekError `fn` throws (fails the test if it throws nothing or something else). */
export function thrown(fn: () => unknown): JamsostekError {
  try {
    fn();
  } catch (error) {
    if (isJamsostekError(error)) return error;
    throw error;
  }
  throw new Error('expected a JamsostekError, but nothing was thrown');
}
