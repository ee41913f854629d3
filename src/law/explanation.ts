/**
 * One shape for every explanation the library gives: a list of steps, each a short text in
 * Bahasa Indonesia and English with the arithmetic spelled out, and the legal basis of the step.
 * A service can render, store or send it as it is.
 *
 * @module
 */
import type { BilingualText } from '../core/explain';
import { formatCitation, type Citation } from './citation';

/** One step of an explanation (*penjelasan*): what was done, with its legal basis. */
export interface ExplanationStep {
  /** The step in both languages, with the arithmetic spelled out. */
  readonly text: BilingualText;
  /** The legal basis of the step (empty when the step is plain arithmetic). */
  readonly citations: readonly Citation[];
}

/** Make an {@link ExplanationStep}. @internal */
export function explanationStep(id: string, en: string, citations: readonly Citation[] = []): ExplanationStep {
  return { text: { id, en }, citations };
}

/**
 * The distinct citations of a list, in first-seen order (two citations are the same when they
 * format alike). @internal
 */
export function uniqueCitations(lists: Iterable<readonly Citation[]>): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const list of lists) {
    for (const c of list) {
      const key = formatCitation(c);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  }
  return out;
}
