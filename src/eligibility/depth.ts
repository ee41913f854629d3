/**
 * How deeply rules may nest, and the measure of a rule's height, checked wherever a tree is built
 * so that no evaluation can run out of call stack (regression #13.7).
 *
 * @module
 */
import { fail, type PathSegment } from '../core/errors';
import { isRuleGroup, type RuleGroup, type RuleNode } from './group';

/**
 * How deeply rules may nest: a rule set's tree has at most this many levels (a criterion inside
 * at most 63 groups). {@link allOf}, {@link anyOf}, {@link not}, {@link defineRuleSet} and
 * {@link extendRuleSet} refuse a deeper tree with a typed `invalid_input` error (reason
 * `rule_too_deep`) at the member, rule or override that would pass the limit, so that no
 * evaluation can run out of stack. Real rule sets nest a handful of levels.
 *
 * @example
 * ```ts
 * import { MAX_RULE_DEPTH } from 'jamsostek';
 * console.log(MAX_RULE_DEPTH); // 64
 * ```
 */
export const MAX_RULE_DEPTH = 64;

/** Levels of a group already measured: a group made here is measured once, when it is made. @internal */
export const HEIGHTS = /* @__PURE__ */ new WeakMap<object, number>();
/** The height reported for anything taller than the limit (the walk stops there). */
const TOO_TALL = MAX_RULE_DEPTH + 1;

/**
 * The number of levels of a rule: 1 for a criterion, one more than its tallest member for a
 * group, {@link TOO_TALL} for anything taller than {@link MAX_RULE_DEPTH}. Walks with an explicit
 * stack that never grows past the limit, so a tower of any height (or a cycle in a hand-made
 * object) costs no call stack. @internal
 */
export function ruleHeight(root: RuleNode): number {
  const known = (node: unknown): number | undefined => (isRuleGroup(node) ? HEIGHTS.get(node) : 1);
  const first = known(root);
  if (first !== undefined) return first;
  const frames: { node: RuleGroup; next: number; height: number }[] = [{ node: root as RuleGroup, next: 0, height: 1 }];
  for (;;) {
    const frame = frames[frames.length - 1]!;
    if (frame.next < frame.node.children.length) {
      const child = frame.node.children[frame.next++];
      const height = known(child);
      if (height !== undefined) frame.height = Math.max(frame.height, height + 1);
      else if (frames.length >= MAX_RULE_DEPTH) return TOO_TALL;
      else frames.push({ node: child as RuleGroup, next: 0, height: 1 });
      continue;
    }
    frames.pop();
    const height = Math.min(frame.height, TOO_TALL);
    HEIGHTS.set(frame.node, height);
    const parent = frames[frames.length - 1];
    if (parent === undefined) return height;
    parent.height = Math.max(parent.height, height + 1);
  }
}

/**
 * Fail with a typed `invalid_input` error at `path` when `node`, placed at `level` of a tree (1 for
 * a rule set's own rules, 2 for the member of a new group), would reach past {@link MAX_RULE_DEPTH}.
 * @internal
 */
export function checkDepth(node: RuleNode, level: number, path: readonly PathSegment[]): void {
  const height = ruleHeight(node);
  if (level + height - 1 <= MAX_RULE_DEPTH) return;
  const deep = height >= TOO_TALL ? `more than ${MAX_RULE_DEPTH}` : String(height);
  const placed = level === 1 || height >= TOO_TALL ? '' : level === 2 ? ': a group around it would be one level too many' : `; in place of a rule at level ${level}, it would pass level ${MAX_RULE_DEPTH}`;
  fail({ code: 'invalid_input', path, message: `Rules nest at most ${MAX_RULE_DEPTH} levels deep (a criterion inside at most ${MAX_RULE_DEPTH - 1} groups); this rule is ${deep} levels deep${placed}`, reason: 'rule_too_deep' });
}
