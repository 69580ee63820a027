import { z } from "zod";

// Building blocks of the admin commands' zod schemas. Messages are keys of adminPages.errors: the admin
// pages translate them next to the field (components/admin/use-action-form.ts).

export const id = z.string().uuid("notAnId");
export const optionalId = id.nullable();
export const name = z.string().trim().min(1, "required").max(200, "tooLong");
export const priorities = ["low", "normal", "high", "critical"] as const;
export const priority = z.enum(priorities, { message: "pickOption" });
export const ticketTypes = ["incident", "request"] as const;
export const hourlyCost = z.number({ message: "enterNumber" }).int("wholeNumber").min(0, "costRange").max(1_000_000, "costRange");
export const direction = z.enum(["up", "down"]);
