// npm run db:migrate: applies every migration to DATABASE_URL.
import { databaseUrl } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

await migrateDatabase(databaseUrl());
console.log("migrations applied");
