import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { getUserById } from "@/lib/people/get-user";

/** A fresh little organisation for one integration test: unique names, so tests never collide. */
export async function makeOrganisation() {
  const db = getDb();
  const tag = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const [department] = await db
    .insert(schema.departments)
    .values({ key: `dept-${tag}`, nameRu: "Терапия", nameEn: "Therapy" })
    .returning();
  const [otherDepartment] = await db
    .insert(schema.departments)
    .values({ key: `dept2-${tag}`, nameRu: "Хирургия", nameEn: "Surgery" })
    .returning();
  const person = async (name: string, roles: Role[], language: "ru" | "en" = "ru", departmentId = department.id) => {
    const [user] = await db
      .insert(schema.users)
      .values({ email: `${name}-${tag}@test.local`, name, language, departmentId })
      .returning();
    await db.insert(schema.userRoles).values(roles.map((role) => ({ userId: user.id, role })));
    return (await getUserById(user.id))!;
  };
  const requester = await person("requester", ["requester"]);
  const manager = await person("manager", ["requester", "manager"]);
  await db.update(schema.departments).set({ managerId: manager.id }).where(eq(schema.departments.id, department.id));
  const stranger = await person("stranger", ["requester"], "en", otherDepartment.id);
  const specialist = await person("specialist", ["specialist"]);
  const specialist2 = await person("specialist2", ["specialist"], "en");
  const dispatcher = await person("dispatcher", ["dispatcher", "specialist"]);
  const [category] = await db
    .insert(schema.categories)
    .values({ key: `printers-${tag}`, nameRu: "Принтеры", nameEn: "Printers", defaultPriority: "normal" })
    .returning();
  return { tag, department, requester, manager, stranger, specialist, specialist2, dispatcher, category };
}
