/** Consecutive months of a hand-made schedule, each with the same amount. */
export function months(from: string, count: number, amount: number): { month: string; amount: number }[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    const year = (index - (index % 12)) / 12;
    return { month: `${year}-${String((index % 12) + 1).padStart(2, '0')}`, amount };
  });
}
