import { z } from "zod";

// Field messages are keys of adminPages.errors, which the settings page translates.

/** A mailbox as the admin settings page sends it; the password may be left empty to keep the stored one. */
export const mailboxInput = z
  .object({
    id: z.string().uuid().optional(),
    host: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "mailboxHost")
      .max(253, "mailboxHost")
      .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$|^\[?[0-9a-f:.]+\]?$/, "mailboxHost"),
    port: z.number({ message: "portRange" }).int("portRange").min(1, "portRange").max(65535, "portRange"),
    tls: z.boolean(),
    tlsVerify: z.boolean(),
    user: z.string().trim().min(1, "mailboxUser").max(320, "mailboxUser"),
    password: z.string().max(500),
    folder: z.string().trim().min(1, "mailboxFolder").max(200, "mailboxFolder"),
    after: z.enum(["seen", "move", "delete"]),
    moveFolder: z.string().trim().max(200, "mailboxFolder").default(""),
  })
  // A new mailbox needs its password; an edited one keeps the stored password unless a new one is typed.
  .refine((m) => m.id || m.password.length > 0, { message: "mailboxPassword", path: ["password"] })
  .refine((m) => m.after !== "move" || m.moveFolder.length > 0, { message: "mailboxFolder", path: ["moveFolder"] })
  .refine((m) => m.after !== "move" || m.moveFolder !== m.folder, { message: "moveToSameFolder", path: ["moveFolder"] });

export type MailboxInput = z.infer<typeof mailboxInput>;

export const afterImportOf = (m: Pick<MailboxInput, "after" | "moveFolder">) => (m.after === "move" ? `move:${m.moveFolder}` : m.after);
