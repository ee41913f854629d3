import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Day arithmetic must not depend on the machine's time zone, including zones whose daylight-saving
// shifts happen at midnight (America/Sao_Paulo historically, Asia/Tehran) or that skipped a whole
// day (Pacific/Apia skipped 2011-12-30).
const program = `
import { addDays, daysBetween, ageOn, calendarDate, daysInYearMonth, yearMonth } from './src/index.ts';
const out = [];
for (const d of ['2011-12-29', '2018-11-03', '2019-02-16', '2022-03-21', '2024-03-10', '2024-10-27']) {
  out.push(addDays(calendarDate(d), 1), daysBetween(calendarDate(d), addDays(calendarDate(d), 30)));
}
out.push(ageOn(calendarDate('1961-11-04'), calendarDate('2018-11-04')), daysInYearMonth(yearMonth('2011-12')));
console.log(JSON.stringify(out));
`;

function run(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).trim();
}

describe('time-zone independence', () => {
  it('gives the same calendar answers in every zone', () => {
    const expected = run('UTC');
    expect(JSON.parse(expected)).toEqual(['2011-12-30', 30, '2018-11-04', 30, '2019-02-17', 30, '2022-03-22', 30, '2024-03-11', 30, '2024-10-28', 30, 57, 31]);
    for (const tz of ['Asia/Jakarta', 'Pacific/Apia', 'America/Sao_Paulo', 'Asia/Tehran', 'Europe/London', 'Pacific/Kiritimati']) {
      expect(run(tz), tz).toBe(expected);
    }
  }, 60_000);
});
