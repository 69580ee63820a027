import { z } from "zod";
import { sendTokenCreatedMail } from "@/lib/mail/token-created-mail";

/**
 * Every background job: a name, a zod payload and a handler run by the worker. Retries back off, so a mail
 * server or search node that is down delays the work and never loses it.
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  handler: (payload: z.infer<S>) => Promise<void>;
  retryLimit?: number;
};

function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}

export const jobs = {
  "mail.tokenCreated": defineJob({
    name: "mail.tokenCreated",
    payload: z.object({ userId: z.string().uuid(), tokenName: z.string() }),
    handler: sendTokenCreatedMail,
    retryLimit: 50,
  }),
} satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]["payload"]>;

export const jobList: JobDefinition[] = Object.values(jobs) as JobDefinition[];
