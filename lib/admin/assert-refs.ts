import { eq } from "drizzle-orm";
import { schema, type TxDb } from "@/db/client";
import { activeStaff } from "@/lib/routing/active-staff";
import { invalidField } from "./invalid";

// Every id an admin command names is checked first: a dangling one would otherwise end as a foreign-key
// error ("something went wrong"), where the admin needs "this department no longer exists" by the field.

export async function assertStaff(db: TxDb, userIds: string[], field: string): Promise<void> {
  const staff = await activeStaff(db, userIds);
  if (userIds.some((id) => !staff.has(id))) throw invalidField(field, "notStaff");
}

export async function assertActiveUser(db: TxDb, userId: string, field: string): Promise<void> {
  const [row] = await db.select({ active: schema.users.active }).from(schema.users).where(eq(schema.users.id, userId));
  if (!row?.active) throw invalidField(field, "noSuchPerson");
}

export async function assertDepartment(db: TxDb, departmentId: string, field = "departmentId"): Promise<void> {
  const [row] = await db.select({ id: schema.departments.id }).from(schema.departments).where(eq(schema.departments.id, departmentId));
  if (!row) throw invalidField(field, "noSuchDepartment");
}

export async function assertCategory(db: TxDb, categoryId: string, field = "categoryId"): Promise<void> {
  const [row] = await db.select({ id: schema.categories.id }).from(schema.categories).where(eq(schema.categories.id, categoryId));
  if (!row) throw invalidField(field, "noSuchCategory");
}

export async function assertLine(db: TxDb, lineId: string, field = "lineId"): Promise<void> {
  const [row] = await db.select({ id: schema.supportLines.id }).from(schema.supportLines).where(eq(schema.supportLines.id, lineId));
  if (!row) throw invalidField(field, "noSuchLine");
}
