/**
 * Explanations as data: short texts in both languages of the library's readers, Bahasa
 * Indonesia and English, that a service can store, send as JSON or show.
 *
 * @module
 */

/** A language an explanation can be rendered in: Bahasa Indonesia (`id`) or English (`en`). */
export type Language = 'id' | 'en';

/** The same text in Bahasa Indonesia and English. */
export interface BilingualText {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** Make a {@link BilingualText}. @internal */
export function text(id: string, en: string): BilingualText {
  return { id, en };
}
