/**
 * The options of the functions that read a payment record, defined once: the shared law options
 * (`lawOptionFields`: `law`, `projection`) and the membership start date; each function adds the
 * date it reads the record at (`asOf`, `deathDate`, `eventDate`, `terminationDate`) and its own
 * keys.
 *
 * @module
 */
import type * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../../core/calendar';
import type { PathSegment } from '../../core/errors';
import { ownStrictObject } from '../../core/validate';
import { lawOptionFields, type LawOptions } from '../../law/options';
import { lawReader, type LawReader } from '../law';

/** The options every function that reads a payment record takes. */
export interface RecordOptions extends LawOptions {
  /** The day the membership started (*tanggal kepesertaan*); default the first day of the first scheduled month. No payment may precede it. */
  readonly membershipStartDate?: string;
}

/** Options of {@link applyPayments}. */
export interface PaymentRecordOptions extends RecordOptions {
  /** The date at which the record is read; payments made after it are ignored. */
  readonly asOf: string;
}

/** Fields of {@link RecordOptions}, for the options schemas of the record functions. @internal */
export const recordOptionFields = {
  ...lawOptionFields,
  membershipStartDate: CalendarDateSchema.optional(),
} as const;

/** Schema of {@link PaymentRecordOptions}. */
export const PaymentRecordOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields });

/** Parsed {@link RecordOptions}. @internal */
export type ParsedRecordOptions = z.output<z.ZodObject<typeof recordOptionFields>>;

/** Resolved record options. @internal */
export interface ResolvedRecordOptions {
  /** The date the record is read at. */
  readonly asOf: CalendarDate;
  /** Where the caller gave it (`['options', 'asOf']`, `['options', 'deathDate']`...). */
  readonly asOfPath: readonly PathSegment[];
  /** The membership start date given, if any. */
  readonly membershipStartDate: CalendarDate | undefined;
  /** The law, and the values read. */
  readonly reader: LawReader;
}

/**
 * Resolve parsed record options read at `asOf`, given by the caller at `asOfPath`. @internal
 */
export function resolveRecordOptions(o: ParsedRecordOptions, asOf: CalendarDate, asOfPath: readonly PathSegment[] = ['options', 'asOf']): ResolvedRecordOptions {
  return { asOf, asOfPath, membershipStartDate: o.membershipStartDate, reader: lawReader(o) };
}
