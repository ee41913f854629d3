import { expect } from 'vitest';
import { isJamsostekError } from '../../src/index';

/** Assert that `fn` throws a JamsostekError with `code` and a path starting with `path`. */
export function expectError(fn: () => unknown, code: string, path?: readonly (string | number)[]): void {
  try {
    fn();
  } catch (e) {
    expect(isJamsostekError(e)).toBe(true);
    const err = e as { code: string; path: readonly (string | number)[] };
    expect(err.code).toBe(code);
    if (path !== undefined) expect(err.path.slice(0, path.length)).toEqual(path);
    return;
  }
  throw new Error('expected a JamsostekError');
}
