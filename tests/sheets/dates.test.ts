/**
 * Date cells through the built Code.js, as Sheets hands them to a custom function: the instant of
 * midnight in the spreadsheet's time zone (the script itself runs in Etc/UTC). Every function must
 * read the day the spreadsheet shows, for every offset from UTC-12 to UTC+14, on ordinary days and
 * on the days clocks change.
 */
import { loadAddon } from '../../testkit/sheets/addon';
import { wallClock } from '../../testkit/sheets/services';
import { FakeSpreadsheet } from '../../testkit/sheets/spreadsheet';

/** The instant of midnight starting `isoDay` in `zone`, found from the zone's own wall clock. */
function midnightIn(zone: string, isoDay: string): number {
  const wall = Date.parse(`${isoDay}T00:00:00Z`);
  const offsetAt = (t: number) => {
    const c = wallClock(new Date(t), zone);
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - t;
  };
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  const c = wallClock(new Date(t), zone);
  // The helper must itself be right, or the test proves nothing.
  expect([c.year, c.month, c.day, c.hour, c.minute]).toEqual([...isoDay.split('-').map(Number), 0, 0]);
  return t;
}

const offsetName = (minutes: number) =>
  `GMT${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/** Every whole and half hour from UTC-12 to UTC+14 as a fixed zone (53), and the real zones at the edges. */
const FIXED = Array.from({ length: 53 }, (_, i) => offsetName(-720 + i * 30));
const NAMED = [
  'Etc/GMT+12',
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'Pacific/Marquesas',
  'America/Los_Angeles',
  'America/St_Johns',
  'Etc/UTC',
  'Europe/London',
  'Asia/Tehran',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Eucla',
  'Australia/Adelaide',
  'Pacific/Chatham',
  'Pacific/Auckland',
  'Pacific/Tongatapu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Etc/GMT-14',
];
/** New Year, a leap day, the EU and US clock changes, New Zealand's, midsummer and year end. */
const DAYS = [
  '2026-01-01',
  '2024-02-29',
  '2026-03-08',
  '2026-03-29',
  '2026-04-05',
  '2026-07-01',
  '2026-09-27',
  '2026-10-25',
  '2026-12-31',
];

const nextDay = (isoDay: string) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('a date cell reads as the day the spreadsheet shows', () => {
  it('covers every offset from UTC-12 to UTC+14 in whole and half hours', () => {
    const offsets = new Set<number>();
    for (const zone of [...FIXED, ...NAMED]) {
      for (const day of DAYS) {
        const t = midnightIn(zone, day);
        offsets.add(Date.parse(`${day}T00:00:00Z`) - t);
      }
    }
    for (let minutes = -720; minutes <= 840; minutes += 30) expect(offsets.has(minutes * 60_000)).toBe(true);
  });

  it.each([...FIXED, ...NAMED])('in %s', (zone) => {
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet(undefined, zone), authMode: 'CUSTOM_FUNCTION' });
    const cells = DAYS.map((day) => [addon.evaluate<Date>(`new Date(${midnightIn(zone, day)})`)]);
    const misread: string[] = [];
    // One date cell per call, and the whole column in one call (the range path).
    DAYS.forEach((day, i) => {
      if (addon.global.AIAGE(100, cells[i][0], day, 0.04) !== 100) misread.push(`${day} alone`);
    });
    const column = addon.global.AIAGE(
      100,
      cells,
      DAYS.map((day) => [day]),
      0.04,
    ) as unknown[][];
    DAYS.forEach((day, i) => {
      if (column[i][0] !== 100) misread.push(`${day} in a column: ${String(column[i][0])}`);
    });
    expect(misread).toEqual([]);
    // The next day is one day on, in the core's own day count.
    expect(addon.global.AIAGE(100, cells[5][0], nextDay(DAYS[5]), 0.0365)).toBeCloseTo(
      100 * Math.pow(1.0365, 1 / 365.25),
      12,
    );
    // A message names the days the user sees.
    expect(() => addon.global.AIAGE(100, cells[5][0], cells[0][0], 0.04)).toThrow(
      /fromDate \(2026-07-01\), received 2026-01-01/,
    );
  });

  it('asks the spreadsheet for its time zone once per call, however many date cells', () => {
    const spreadsheet = new FakeSpreadsheet(undefined, 'Pacific/Kiritimati');
    let asked = 0;
    const zone = spreadsheet.getSpreadsheetTimeZone.bind(spreadsheet);
    spreadsheet.getSpreadsheetTimeZone = () => {
      asked++;
      return zone();
    };
    const addon = loadAddon({ spreadsheet });
    const day = addon.evaluate<Date>(`new Date(${midnightIn('Pacific/Kiritimati', '2026-01-01')})`);
    const column = addon.global.AIAGE(
      100,
      Array.from({ length: 200 }, () => [day]),
      '2026-01-01',
      0.04,
    ) as unknown[][];
    expect(column.every((row) => row[0] === 100)).toBe(true);
    expect(asked).toBe(1);
    addon.global.AIAGE(100, 200, 300, 0.04);
    expect(asked).toBe(1);
  });
});

describe('date-times are read once per day, not once per cell (issue 18)', () => {
  const isoDayIn = (zone: string, t: number) => {
    const c = wallClock(new Date(t), zone);
    return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
  };

  /** Code.js with Utilities.formatDate counted. */
  function countingAddon(zone: string) {
    const addon = loadAddon({ spreadsheet: new FakeSpreadsheet(undefined, zone), authMode: 'CUSTOM_FUNCTION' });
    // Utilities is a service object, not a function of Code.js: read it through its own shape.
    const globals = addon.global as unknown as Record<string, { formatDate: (...args: unknown[]) => string }>;
    const real = globals.Utilities;
    const counted = { calls: 0 };
    globals.Utilities = {
      ...real,
      formatDate: (...args: unknown[]) => {
        counted.calls++;
        return real.formatDate(...args);
      },
    };
    return { addon, counted };
  }

  it('100,000 distinct date-times over 10 days ask Utilities.formatDate at most twice a day', () => {
    const zone = 'Asia/Kathmandu';
    const { addon, counted } = countingAddon(zone);
    const start = Date.parse('2026-05-01T00:00:00Z');
    const times = Array.from({ length: 100_000 }, (_, i) => start + i * 8_641);
    const days = new Set(times.map((t) => Math.floor(t / 86_400_000)));
    expect(days.size).toBe(11);
    // Kathmandu keeps UTC+05:45 all year (checked against the zone's own clock on the first day).
    const shown = (t: number) => new Date(t + 345 * 60_000).toISOString().slice(0, 10);
    expect(shown(start)).toBe(isoDayIn(zone, start));
    const cells = addon.evaluate<(t: number[]) => Date[][]>('(ts) => ts.map((t) => [new Date(t)])')(times);
    const column = addon.global.AIAGE(
      100,
      cells,
      times.map((t) => [shown(t)]),
      0.04,
    ) as unknown[][];
    expect(column.filter((row) => row[0] !== 100)).toEqual([]);
    expect(counted.calls).toBeLessThanOrEqual(2 * days.size);
  });

  it.each(['America/Los_Angeles', 'Europe/London', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns'])(
    'each date-time through the clock changes of March and April 2026 reads as the day shown in %s',
    (zone) => {
      const { addon } = countingAddon(zone);
      const start = Date.parse('2026-03-06T00:00:00Z');
      // Every 19 min 7 s for 40 days: every hour of the days clocks change, either side of the change.
      const times = Array.from({ length: 3_000 }, (_, i) => start + i * 1_147_000);
      const cells = addon.evaluate<(t: number[]) => Date[][]>('(ts) => ts.map((t) => [new Date(t)])')(times);
      const column = addon.global.AIAGE(
        100,
        cells,
        times.map((t) => [isoDayIn(zone, t)]),
        0.04,
      ) as unknown[][];
      const misread = times.filter((_, i) => column[i][0] !== 100).map((t) => new Date(t).toISOString());
      expect(misread).toEqual([]);
    },
  );
});
