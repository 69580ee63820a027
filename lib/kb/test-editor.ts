import { getDb, schema } from "@/db/client";
import { getUserById } from "@/lib/people/get-user";

/** For tests: a knowledge editor (also a specialist) in the test organisation's department. */
export async function makeKnowledgeEditor(org: { tag: string; department: { id: string } }, name = "Редактор") {
  const db = getDb();
  const [user] = await db
    .insert(schema.users)
    .values({
      email: `editor-${name.length}-${Math.random().toString(36).slice(2, 8)}-${org.tag}@test.local`,
      name,
      language: "ru",
      departmentId: org.department.id,
    })
    .returning();
  await db.insert(schema.userRoles).values([
    { userId: user.id, role: "editor" },
    { userId: user.id, role: "specialist" },
  ]);
  return (await getUserById(user.id))!;
}
