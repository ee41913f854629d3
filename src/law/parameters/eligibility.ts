/**
 * National figures of law that eligibility rules read: who may register as an informal worker
 * (BPU, *peserta bukan penerima upah*). A region's own thresholds (decile ceiling, income
 * threshold, region) are configuration of its rule set, not national law, and live there.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { text } from '../../core/explain';
import { cite } from '../citation';
import { defineParameter } from '../timeline';
import { cites } from '../sources';

const PERMENAKER_1_2016_TITLE = 'Tata Cara Penyelenggaraan Program Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua bagi Peserta Bukan Penerima Upah';
const PERMENAKER_5_2021_TITLE = 'Tata Cara Penyelenggaraan Program Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua';

/** Age limit for registering as a BPU participant: the person must be younger than this, in whole years, on the registration date. */
export const bpuRegistrationAgeLimit = defineParameter<number>({
  id: 'bpu.registrationAgeLimit',
  title: text('Batas usia pendaftaran peserta bukan penerima upah', 'BPU registration age limit'),
  description:
    'A person may register as a BPU participant only while younger than this age (whole years) on the registration date. A participant who passes it may keep paying (iuran lanjutan); the limit applies to registration only.',
  unit: 'years',
  granularity: 'date',
  schema: z.number().int().min(15).max(120),
  display: (limit) => `under ${limit} years at registration`,
  values: [
    {
      from: '2016-01-01',
      to: '2021-03-31',
      value: 56,
      citations: [
        cite('Permenaker', '1', 2016, {
          title: PERMENAKER_1_2016_TITLE,
          note: 'The limit was tied to the pension age of 56: people at or near 56 could not enrol as BPU (bpjsketenagakerjaan.go.id/berita/13721, Jan-2017). Bisnis.com (21-06-2017) reports that BPJS "mengusulkan revisi batas usia maksimum kepesertaan BPU dari usia 56 tahun menjadi 61 tahun". The library reads the limit as "under 56". The start (1 January 2016, the year of the regulation) is approximate.',
        }),
      ],
      confidence: 'M',
      note: 'Whether the proposed 61 was ever adopted, and when the limit became 65, is unverified (L); this value is assumed to hold until the 65 value starts.',
    },
    {
      from: '2021-04-01',
      value: 65,
      citations: [
        cite('Permenaker', '5', 2021, {
          title: PERMENAKER_5_2021_TITLE,
          note: 'Assumed instrument and start date of the 65 limit (probably Permenaker 5/2021, April 2021): unverified (L).',
        }),
        cites.perdir22(undefined, 'Registration must not exceed the age limit; a participant past it may continue paying (iuran lanjutan).'),
        cites.practice('BPJS Ketenagakerjaan BPU brochure', 2026, 'Must be under 65 when registering (BPU brochure 2026, as summarised in samuelgautama/sapa-chatbot data/info_bpu.txt).'),
      ],
      confidence: 'M',
      note: 'The figure 65 is M (BPU brochure 2026 and Perdir 22/PERDIR.02/072022); its start date of 1 April 2021 is an unverified assumption (L).',
    },
  ],
});

/** Most occupations (*jenis pekerjaan*) a BPU participant may register. */
export const bpuMaxOccupations = defineParameter<number>({
  id: 'bpu.maxOccupations',
  title: text('Jumlah jenis pekerjaan terbanyak peserta bukan penerima upah', 'Most occupations a BPU participant may register'),
  description: 'A BPU participant registers the occupations they work in; at most this many.',
  unit: 'occupations',
  granularity: 'date',
  schema: z.number().int().min(1).max(20),
  display: (count) => `at most ${count} occupations`,
  values: [
    {
      from: '2015-07-01',
      value: 2,
      citations: cites.practice('BPJS Ketenagakerjaan BPU brochure', 2026, 'At most 2 occupations per participant (BPU brochure 2026, as summarised in samuelgautama/sapa-chatbot data/info_bpu.txt). One source (M).'),
      confidence: 'M',
      note: 'The source is of 2026; applying it from the start of the BPJS BPU programme (1 July 2015) is an assumption: no dated source was found (L for the start date).',
    },
  ],
});
