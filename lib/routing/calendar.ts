import type { Settings } from "@/lib/settings/settings";

export type Calendar = "24x7" | "business";
type BusinessHours = Settings["businessHours"];

const MINUTE = 60_000;

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

/** Is this minute inside business hours? */
function isWorking(at: Date, hours: BusinessHours): boolean {
  const { weekday, minuteOfDay } = localParts(at, hours.timeZone);
  return hours.weekdays.includes(weekday) && minuteOfDay >= hours.startHour * 60 && minuteOfDay < hours.endHour * 60;
}

/**
 * The instant `minutes` of working time after `start`. Round the clock it is plain addition; on business
 * hours, only minutes inside working hours count (walked in minute steps, skipping closed hours quickly).
 */
export function addWorkingMinutes(start: Date, minutes: number, calendar: Calendar, hours: BusinessHours): Date {
  if (calendar === "24x7") return new Date(start.getTime() + minutes * MINUTE);
  let at = new Date(Math.ceil(start.getTime() / MINUTE) * MINUTE);
  let left = minutes;
  while (left > 0) {
    if (isWorking(at, hours)) {
      left -= 1;
      at = new Date(at.getTime() + MINUTE);
    } else {
      // Outside working hours: jump to the next quarter hour (working hours start on a whole hour).
      const toQuarter = 15 - (Math.floor(at.getTime() / MINUTE) % 15);
      at = new Date(at.getTime() + toQuarter * MINUTE);
    }
  }
  return at;
}

/** Working minutes between two instants (for moving due dates on by a pause). */
export function workingMinutesBetween(from: Date, to: Date, calendar: Calendar, hours: BusinessHours): number {
  if (to <= from) return 0;
  if (calendar === "24x7") return Math.round((to.getTime() - from.getTime()) / MINUTE);
  let count = 0;
  for (let t = from.getTime(); t < to.getTime(); t += MINUTE) if (isWorking(new Date(t), hours)) count++;
  return count;
}
