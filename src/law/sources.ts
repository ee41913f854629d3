/**
 * The legal instruments the baseline parameters cite, defined once.
 *
 * @module
 * @internal
 */
import { cite } from './citation';

/** PP 44/2015 on JKK and JKM (as amended up to PP 49/2023). */
export const PP_44_2015 = { instrument: 'PP', number: '44', year: 2015, title: 'Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian' } as const;
/** PP 45/2015 on JP. */
export const PP_45_2015 = { instrument: 'PP', number: '45', year: 2015, title: 'Penyelenggaraan Program Jaminan Pensiun' } as const;
/** PP 46/2015 on JHT. */
export const PP_46_2015 = { instrument: 'PP', number: '46', year: 2015, title: 'Penyelenggaraan Program Jaminan Hari Tua' } as const;
/** PP 37/2021 on JKP. */
export const PP_37_2021 = { instrument: 'PP', number: '37', year: 2021, title: 'Penyelenggaraan Program Jaminan Kehilangan Pekerjaan' } as const;
/** PP 6/2025 amending PP 37/2021. */
export const PP_6_2025 = { instrument: 'PP', number: '6', year: 2025, title: 'Perubahan atas PP 37/2021 tentang Penyelenggaraan Program JKP' } as const;
/** PP 49/2020, COVID-19 contribution relief. */
export const PP_49_2020 = { instrument: 'PP', number: '49', year: 2020, title: 'Penyesuaian Iuran Program Jaminan Sosial Ketenagakerjaan selama Bencana Nonalam COVID-19' } as const;
/** PP 7/2025, JKK relief for labour-intensive industries. */
export const PP_7_2025 = { instrument: 'PP', number: '7', year: 2025, title: 'Penyesuaian Iuran JKK bagi Industri Padat Karya Tertentu' } as const;
/** PP 36/2025 extending PP 7/2025. */
export const PP_36_2025 = { instrument: 'PP', number: '36', year: 2025, title: 'Perubahan atas PP 7/2025' } as const;
/** PP 50/2025, BPU JKK/JKM discount. */
export const PP_50_2025 = { instrument: 'PP', number: '50', year: 2025, title: 'Penyesuaian Iuran JKK dan JKM bagi Peserta Bukan Penerima Upah' } as const;
/** PP 82/2019 amending PP 44/2015 (benefits). */
export const PP_82_2019 = { instrument: 'PP', number: '82', year: 2019, title: 'Perubahan atas PP 44/2015' } as const;
/** Perpres 109/2013 on phased membership. */
export const PERPRES_109_2013 = { instrument: 'Perpres', number: '109', year: 2013, title: 'Penahapan Kepesertaan Program Jaminan Sosial' } as const;
/** Perdir 22/PERDIR.02/072022, BPJS membership process manual. */
export const PERDIR_22_2022 = { instrument: 'Perdir', number: '22/PERDIR.02/072022', year: 2022, title: 'Proses Bisnis Kepesertaan' } as const;

/** Citation helpers bound to an instrument. */
export const cites = {
  pp44: (article?: string, note?: string) => cite('PP', '44', 2015, { title: PP_44_2015.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp45: (article?: string, note?: string) => cite('PP', '45', 2015, { title: PP_45_2015.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp46: (article?: string, note?: string) => cite('PP', '46', 2015, { title: PP_46_2015.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp37: (article?: string, note?: string) => cite('PP', '37', 2021, { title: PP_37_2021.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp6: (article?: string, note?: string) => cite('PP', '6', 2025, { title: PP_6_2025.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp49: (article?: string, note?: string) => cite('PP', '49', 2020, { title: PP_49_2020.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp7: (article?: string, note?: string) => cite('PP', '7', 2025, { title: PP_7_2025.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp36: (article?: string, note?: string) => cite('PP', '36', 2025, { title: PP_36_2025.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp50: (article?: string, note?: string) => cite('PP', '50', 2025, { title: PP_50_2025.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  pp82: (article?: string, note?: string) => cite('PP', '82', 2019, { title: PP_82_2019.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  perpres109: (article?: string, note?: string) => cite('Perpres', '109', 2013, { title: PERPRES_109_2013.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  perdir22: (article?: string, note?: string) => cite('Perdir', '22/PERDIR.02/072022', 2022, { title: PERDIR_22_2022.title, ...(article === undefined ? {} : { article }), ...(note === undefined ? {} : { note }) }),
  letter: (number: string, year: number, title: string, note?: string) => cite('Surat', number, year, { title, ...(note === undefined ? {} : { note }) }),
  practice: (subject: string, year: number, note: string) => cite('Practice', subject, year, { note }),
};
