// npm run db:migrate: applies every migration to DATABASE_URL: the schema, then the job queues.
import { databaseUrl } from "@/db/client";
import { migrateDatabase } from "./lib/migrate";

await migrateDatabase(databaseUrl());
console.log("migrations applied");
