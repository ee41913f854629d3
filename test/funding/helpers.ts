import { baselineLaw, withOverlay } from '../../src/index';

/**
 * A law under which BPU JKK and JKM cost nothing from iuran month 2027-01 (JKK 0 %, JKM Rp0):
 * the degenerate case for budget and coverage questions, reachable only through an overlay.
 */
export const zeroCostLaw = withOverlay(baselineLaw, {
  name: 'free',
  values: {
    'bpu.jkkRate': [{ from: '2027-01', value: '0', status: 'projected', citations: { instrument: 'Practice', number: 'study', year: 2026 } }],
    'bpu.jkmAmount': [{ from: '2027-01', value: 0, status: 'projected', citations: { instrument: 'Practice', number: 'study', year: 2026 } }],
  },
} as never);
