// npm run db:seed: fills DATABASE_URL with the demo (idempotent).
import { databaseUrl } from "@/db/client";
import { seedDatabase } from "@/lib/demo/seed";

await seedDatabase(databaseUrl());
