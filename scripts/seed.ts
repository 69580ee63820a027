// npm run db:seed: fills DATABASE_URL with the demo (idempotent).
import { databaseUrl } from "@/db/client";
import { seedDatabase } from "@/db/seed/seed";

await seedDatabase(databaseUrl());
