import type { Settings } from "@/lib/settings/settings";

export type Calendar = "24x7" | "business";
type BusinessHours = Settings["businessHours"];

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock parts of an instant in a time zone. */
function localParts(at: Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", weekday: "short", hour: "numeric", minute: "numeric" });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "0";
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return { weekday, minuteOfDay: Number(get("hour")) * 60 + Number(get("minute")) };
}

/**
 * The stretch of time starting at `at`: is it working time, and for how many minutes does that stay so.
 * Walking stretch by stretch instead of minute by minute keeps a 120-hour target to a few dozen steps.
 * Stretch lengths are wall-clock minutes; daylight-saving shifts happen at night, outside business hours,
 * and the walk re-reads local time after every step, so a shift never makes it skip a working minute.
 */
function stretchAt(at: Date, hours: BusinessHours): { working: boolean; minutes: number } {
  const { weekday, minuteOfDay } = localParts(at, hours.timeZone);
  const start = hours.startHour * 60;
  const end = hours.endHour * 60;
  const workday = hours.weekdays.includes(weekday);
  if (workday && minuteOfDay >= start && minuteOfDay < end) return { working: true, minutes: end - minuteOfDay };
  if (workday && minuteOfDay < start) return { working: false, minutes: start - minuteOfDay };
  return { working: false, minutes: DAY_MINUTES - minuteOfDay };
}

/** Business hours that contain no working minute at all would make the walk endless. */
function hasWorkingTime(hours: BusinessHours): boolean {
  return hours.weekdays.length > 0 && hours.startHour < hours.endHour;
}

/** Starts are rounded up to a whole minute, so every step lands on a minute boundary. */
function ceilToMinute(at: Date): Date {
  return new Date(Math.ceil(at.getTime() / MINUTE) * MINUTE);
}

/**
 * The instant `minutes` of working time after `start`. Round the clock it is plain addition; on business
 * hours only minutes inside working hours count: a target that runs past closing time continues at the next
 * opening, skipping nights, weekends and non-working weekdays.
 */
export function addWorkingMinutes(start: Date, minutes: number, calendar: Calendar, hours: BusinessHours): Date {
  if (calendar === "24x7" || !hasWorkingTime(hours)) return new Date(start.getTime() + minutes * MINUTE);
  let at = ceilToMinute(start);
  let left = minutes;
  while (left > 0) {
    const stretch = stretchAt(at, hours);
    const step = stretch.working ? Math.min(left, stretch.minutes) : stretch.minutes;
    if (stretch.working) left -= step;
    at = new Date(at.getTime() + step * MINUTE);
  }
  return at;
}

/** Working minutes between two instants (how far a pause moves the due dates on). */
export function workingMinutesBetween(from: Date, to: Date, calendar: Calendar, hours: BusinessHours): number {
  if (to <= from) return 0;
  if (calendar === "24x7" || !hasWorkingTime(hours)) return Math.round((to.getTime() - from.getTime()) / MINUTE);
  let at = ceilToMinute(from);
  let count = 0;
  while (at < to) {
    const stretch = stretchAt(at, hours);
    const step = Math.min(stretch.minutes, Math.ceil((to.getTime() - at.getTime()) / MINUTE));
    if (stretch.working) count += step;
    at = new Date(at.getTime() + step * MINUTE);
  }
  return count;
}
