/**
 * Report periods are whole days in the organisation's time zone (the business-hours setting): a manager asking
 * for "1–30 November" means Moscow's November, not UTC's. Dates are `YYYY-MM-DD` strings; instants are Dates.
 */
export type DateRange = { from: string; to: string };
export type Period = DateRange & { start: Date; end: Date; days: number };

const DAY = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value;
}

/** Minutes the zone is ahead of UTC at an instant (e.g. 180 for Moscow). */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant a day starts in the zone (checked twice, so a day that starts inside a DST change lands right). */
export function startOfDay(date: string, timeZone: string): Date {
  const midnightUtc = dayNumber(date) * DAY;
  let instant = midnightUtc - zoneOffsetMinutes(midnightUtc, timeZone) * 60_000;
  instant = midnightUtc - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** Today's date in the zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Date(now.getTime() + zoneOffsetMinutes(now.getTime(), timeZone) * 60_000).toISOString().slice(0, 10);
}

export function toPeriod(range: DateRange, timeZone: string): Period {
  return {
    ...range,
    start: startOfDay(range.from, timeZone),
    end: startOfDay(addDays(range.to, 1), timeZone),
    days: daysBetween(range.from, range.to),
  };
}

/** The period of the same length just before: what each figure is compared with. */
export function previousRange(range: DateRange): DateRange {
  const days = daysBetween(range.from, range.to);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}
