/**
 * ISO text of the generator's instants, the same characters `formatInstant` writes, without
 * working them out per instant: the date part (`YYYY-MM-DDT`) is cached per Shanghai day and the
 * time part (`HH:mm:ss+08:00`) per second of the day. Both pieces are cut from `formatInstant`'s
 * own output, so the text cannot drift from it; an instant with milliseconds (only a window bound
 * given to the millisecond) goes to `formatInstant` itself.
 */
import { formatInstant, type Instant, MS_PER_DAY, shanghaiDay, startOfShanghaiDay } from '../calendar/instant.ts';

const SECONDS_PER_DAY = MS_PER_DAY / 1000;
/**
 * Time parts by second of the day, shared by every run (at most 86,400 short strings; '' = not
 * yet made). Filled with '' rather than `new Array(n)`: a long array made that way is a dictionary
 * in V8, slow to read.
 */
const timeParts: string[] = Array.from({ length: SECONDS_PER_DAY }, () => '');
/** Days cached per run: a window of up to ~270 years; later days are formatted in full. */
const MAX_CACHED_DAYS = 100_000;

function timePart(second: number): string {
  let s = timeParts[second] as string;
  if (s === '') {
    const full = formatInstant(startOfShanghaiDay(0) + second * 1000);
    s = full.slice(full.indexOf('T') + 1);
    timeParts[second] = s;
  }
  return s;
}

/** One per generator run: caches the date parts of days from `firstDay` on. */
export class InstantText {
  /** Date parts from `firstDay` on ('' = not yet made), grown by push so the array stays packed. */
  private readonly dates: string[] = [];
  constructor(private readonly firstDay: number) {}

  format(t: Instant): string {
    const day = shanghaiDay(t);
    const rest = t - startOfShanghaiDay(day);
    const i = day - this.firstDay;
    if (rest % 1000 !== 0 || i < 0 || i >= MAX_CACHED_DAYS) return formatInstant(t);
    const dates = this.dates;
    while (dates.length <= i) dates.push('');
    let date = dates[i] as string;
    if (date === '') {
      const full = formatInstant(startOfShanghaiDay(day));
      date = full.slice(0, full.indexOf('T') + 1);
      dates[i] = date;
    }
    return date + timePart(rest / 1000);
  }
}
