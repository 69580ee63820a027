import { z } from "zod";
import { roles } from "@/lib/auth/roles";

// Field messages are keys the admin pages translate (adminPages.errors.*); see components/admin/use-action-form.ts.

/** An IANA time zone this runtime knows, so the business-hours calendar can read local time in it. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const businessHoursSchema = z
  .object({
    startHour: z.number().int("wholeHour").min(0, "hourRange").max(23, "hourRange"),
    endHour: z.number().int("wholeHour").min(1, "hourRange").max(24, "hourRange"),
    // 0 = Sunday … 6 = Saturday, as Date#getDay counts.
    weekdays: z
      .array(z.number().int().min(0).max(6))
      .min(1, "pickWeekday")
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    timeZone: z.string().refine(isTimeZone, "unknownTimeZone"),
  })
  // A day with no working minutes would leave the calendar nothing to count.
  .refine((h) => h.startHour < h.endHour, { message: "endAfterStart", path: ["endHour"] });

/** What each setting may hold; used when admins save and again whenever a stored value is read. */
export const settingSchemas = {
  autoCloseDays: z.number().int("wholeNumber").min(1, "daysRange").max(365, "daysRange"),
  businessHours: businessHoursSchema,
  slaWarnMinutes: z
    .number()
    .int("wholeNumber")
    .min(0, "warnRange")
    .max(24 * 60, "warnRange"),
  defaultHourlyCost: z.number().int("wholeNumber").min(0, "costRange").max(1_000_000, "costRange"),
  sessionHours: z
    .number()
    .int("wholeNumber")
    .min(1, "sessionRange")
    .max(30 * 24, "sessionRange"),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "currencyCode"),
  mailinUnknownSenders: z.object({
    mode: z.enum(["refuse", "create"]),
    domains: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, "mailDomain"),
      )
      .max(50)
      .transform((domains) => [...new Set(domains)]),
  }),
  directoryGroupRoles: z
    .array(
      z.object({
        groupDn: z.string().trim().min(3, "groupDn").max(500, "groupDn").regex(/=/, "groupDn"),
        role: z.enum(roles, { message: "unknownRole" }),
      }),
    )
    .max(100),
};
