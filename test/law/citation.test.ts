import { describe, expect, it } from 'vitest';
import { formatCitation, type Citation } from '../../src/index';
import { cite } from '../../src/law/citation';
import { expectError } from '../helpers';

describe('formatCitation', () => {
  it('writes number/year for an instrument whose number is plain, then the article', () => {
    expect(formatCitation({ instrument: 'PP', number: '44', year: 2015, article: 'Art. 16(1)' })).toBe('PP 44/2015 Art. 16(1)');
    expect(formatCitation({ instrument: 'UU', number: '24', year: 2011 })).toBe('UU 24/2011');
  });
  it('writes a BPJS letter with its year in brackets', () => {
    expect(formatCitation({ instrument: 'Surat', number: 'B/1226/022026', year: 2026 })).toBe('Surat BPJS Ketenagakerjaan B/1226/022026 (2026)');
    expect(formatCitation({ instrument: 'Surat', number: 'B/1226/022026', year: 2026, article: 'point 2' })).toBe('Surat BPJS Ketenagakerjaan B/1226/022026 (2026) point 2');
  });
  it('writes established practice with its source and year in brackets', () => {
    expect(formatCitation({ instrument: 'Practice', number: 'budget assumption', year: 2026 })).toBe('Practice (budget assumption, 2026)');
  });
  it('does not repeat the year when the number already carries it (a slash or a dot)', () => {
    expect(formatCitation({ instrument: 'Perdir', number: '22/PERDIR/072022', year: 2022 })).toBe('Perdir 22/PERDIR/072022');
    expect(formatCitation({ instrument: 'Keputusan', number: 'KEP.12', year: 2020 })).toBe('Keputusan KEP.12');
    expect(formatCitation({ instrument: 'Perdir', number: '22/PERDIR.02/072022', year: 2022, article: 'Art. 3' })).toBe('Perdir 22/PERDIR.02/072022 Art. 3');
  });
  it('refuses anything that is not a citation, at path citation', () => {
    const good: Record<string, unknown> = { instrument: 'PP', number: '44', year: 2015 };
    const bad: unknown[] = [
      null,
      'PP 44/2015',
      42,
      { ...good, instrument: 7 },
      { ...good, number: 44 },
      { ...good, year: '2015' },
      { ...good, article: 16 },
      { ...good, article: null },
      Object.assign(() => 0, good),
    ];
    for (const b of bad) expectError(() => formatCitation(b as Citation), 'invalid_input', ['citation']);
    // Each of those differs from a valid citation in one field only.
    expect(formatCitation(good as unknown as Citation)).toBe('PP 44/2015');
  });
});

describe('cite', () => {
  it('builds a frozen citation with exactly the given fields', () => {
    const c = cite('PP', '44', 2015);
    expect(c).toStrictEqual({ instrument: 'PP', number: '44', year: 2015 });
    expect(Object.keys(c)).toEqual(['instrument', 'number', 'year']);
    expect(Object.isFrozen(c)).toBe(true);
    const withArticle = cite('Permenaker', '5', 2021, { article: 'Art. 2', note: 'reading' });
    expect(withArticle).toStrictEqual({ instrument: 'Permenaker', number: '5', year: 2021, article: 'Art. 2', note: 'reading' });
    expect(Object.isFrozen(withArticle)).toBe(true);
  });
});
