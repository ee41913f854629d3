/**
 * Legal citations, as structured data. Every value of law the library uses carries one, and every
 * result lists the citations of the values it used.
 *
 * @module
 */
import * as z from 'zod';
import { ownStrictObject, ownValue } from '../core/validate';
import { fail } from '../core/errors';

/**
 * The kind of legal instrument: `UU` (Undang-Undang, statute), `PP` (Peraturan Pemerintah),
 * `Perpres` (Peraturan Presiden), `Inpres` (Instruksi Presiden), `Permenaker` (ministerial
 * regulation of Manpower), `Permendagri`, `Permendes`, `Perdir` (BPJS directors' regulation),
 * `Surat` (a BPJS letter such as the yearly JP wage cap letter), `SE` (circular), regional
 * `Pergub` / `Perbup` / `Perwali` / `Perda`, `Keputusan` (decree), and `Practice` for a rule that
 * is established practice rather than an enacted text (it then says so in `note`).
 */
export type Instrument =
  | 'UU'
  | 'PP'
  | 'Perpres'
  | 'Inpres'
  | 'Permenaker'
  | 'Permendagri'
  | 'Permendes'
  | 'Perdir'
  | 'Surat'
  | 'SE'
  | 'Pergub'
  | 'Perbup'
  | 'Perwali'
  | 'Perda'
  | 'Keputusan'
  | 'Practice';

/**
 * Whether a value is the law's own text (`enacted`), follows from enacted values by a rule the
 * law states (`derived`, e.g. a JP limit indexed by the published inflation before the letter is
 * seen), or is an assumption about the future (`projected`).
 */
export type LegalStatus = 'enacted' | 'derived' | 'projected';

/**
 * How sure the library's authors are of a value, as the domain brief grades it: `H` regulation
 * text or two independent sources; `M+` one source plus independent support; `M` one source or a
 * derivation; `L` unverified.
 */
export type Confidence = 'H' | 'M+' | 'M' | 'L';

/** A reference to the law: instrument, number, year and, where known, the article. */
export interface Citation {
  /** The kind of instrument. */
  readonly instrument: Instrument;
  /** Its number as the instrument writes it (`44`, `B/1226/022026`, `22/PERDIR.02/072022`). */
  readonly number: string;
  /** The year of the instrument. */
  readonly year: number;
  /** Article (*Pasal*) and paragraph (*ayat*), e.g. `Art. 16(1)`, `Lampiran II`. */
  readonly article?: string;
  /** Short title or subject. */
  readonly title?: string;
  /** What the library concluded where the law is unclear, and the sources it relied on. */
  readonly note?: string;
}

/** Schema of a {@link Citation} (used to validate other teams' overlays). */
export const CitationSchema = ownStrictObject({
  instrument: z.enum(['UU', 'PP', 'Perpres', 'Inpres', 'Permenaker', 'Permendagri', 'Permendes', 'Perdir', 'Surat', 'SE', 'Pergub', 'Perbup', 'Perwali', 'Perda', 'Keputusan', 'Practice']),
  number: z.string().min(1).max(100),
  year: z.number().int().min(1945).max(2199),
  article: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(300).optional(),
  note: z.string().min(1).max(4000).optional(),
});

/** Schema of a {@link LegalStatus}. */
export const LegalStatusSchema = z.enum(['enacted', 'derived', 'projected']);

/** Schema of a {@link Confidence}. */
export const ConfidenceSchema = z.enum(['H', 'M+', 'M', 'L']);

/**
 * The citation as one line: `PP 44/2015 Art. 16(1)`, `Surat BPJS B/1226/022026 (2026)`.
 *
 * @example
 * ```ts
 * import { formatCitation } from 'jamsostek';
 * formatCitation({ instrument: 'PP', number: '44', year: 2015, article: 'Art. 16(1)' }); // 'PP 44/2015 Art. 16(1)'
 * ```
 */
export function formatCitation(citation: Citation): string {
  // Own keys only: an `article` set on Object.prototype must not appear in every citation.
  const c: unknown = citation;
  const read = (key: keyof Citation): unknown => ownValue(c as object, key, ['citation']);
  const fields = typeof c === 'object' && c !== null ? { instrument: read('instrument'), number: read('number'), year: read('year'), article: read('article') } : undefined;
  if (fields === undefined || typeof fields.instrument !== 'string' || typeof fields.number !== 'string' || typeof fields.year !== 'number' || !(fields.article === undefined || typeof fields.article === 'string')) {
    fail({ code: 'invalid_input', path: ['citation'], message: 'Expected a citation { instrument, number, year, article? } with text fields and a numeric year', reason: 'invalid_type' });
  }
  const { instrument, number, year, article } = fields as { instrument: string; number: string; year: number; article: string | undefined };
  const head =
    instrument === 'Surat'
      ? `Surat BPJS Ketenagakerjaan ${number} (${year})`
      : instrument === 'Practice'
        ? `Practice (${number}, ${year})`
        : /[/.]/.test(number)
          ? `${instrument} ${number}`
          : `${instrument} ${number}/${year}`;
  return article === undefined ? head : `${head} ${article}`;
}

/** Define a frozen citation. @internal */
export function cite(instrument: Instrument, number: string, year: number, extra: Omit<Citation, 'instrument' | 'number' | 'year'> = {}): Citation {
  return Object.freeze({ instrument, number, year, ...extra });
}
