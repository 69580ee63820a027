import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, schema } from "@/db/client";
import { createCategory } from "./create-category";
import { moveCategory } from "./move-category";
import { shiftCategory } from "./shift-category";

async function makeAdmin() {
  const [user] = await getDb()
    .insert(schema.users)
    .values({ email: `cat-admin-${randomUUID()}@admin.test`, name: "Category admin" })
    .returning();
  return user;
}

const fields = (name: string) => ({
  nameRu: name,
  nameEn: `${name} ${randomUUID().slice(0, 8)}`,
  defaultPriority: "normal" as const,
  defaultAssigneeId: null,
});

async function categoryRow(id: string) {
  const [row] = await getDb().select().from(schema.categories).where(eq(schema.categories.id, id));
  return row;
}

describe("category commands", () => {
  it("add children at the end of their parent, with a key from the English name", async () => {
    const admin = await makeAdmin();
    const root = await createCategory(admin, { ...fields("Корень"), parentId: null });
    const first = await createCategory(admin, { ...fields("Первая"), parentId: root.id });
    const second = await createCategory(admin, { ...fields("Вторая"), parentId: root.id });
    expect((await categoryRow(first.id)).position).toBe(0);
    expect((await categoryRow(second.id)).position).toBe(1);
    expect((await categoryRow(root.id)).key).toMatch(/^[a-z0-9-]+$/);
    const audit = await getDb()
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityType, "category"), eq(schema.auditEvents.entityId, first.id)));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["created", admin.id]]);
  });

  it("refuse to move a category under itself or its own subcategory, and change nothing", async () => {
    const admin = await makeAdmin();
    const root = await createCategory(admin, { ...fields("Корень"), parentId: null });
    const child = await createCategory(admin, { ...fields("Дочерняя"), parentId: root.id });
    const grandchild = await createCategory(admin, { ...fields("Внучка"), parentId: child.id });
    await expect(moveCategory(admin, { categoryId: root.id, parentId: grandchild.id })).rejects.toMatchObject({
      fields: { parentId: "notUnderItself" },
    });
    await expect(moveCategory(admin, { categoryId: root.id, parentId: root.id })).rejects.toMatchObject({
      fields: { parentId: "notUnderItself" },
    });
    expect((await categoryRow(root.id)).parentId).toBeNull();
  });

  it("move a category with its subtree, and reorder siblings", async () => {
    const admin = await makeAdmin();
    const a = await createCategory(admin, { ...fields("А"), parentId: null });
    const b = await createCategory(admin, { ...fields("Б"), parentId: null });
    const child = await createCategory(admin, { ...fields("Дочерняя"), parentId: a.id });
    await moveCategory(admin, { categoryId: child.id, parentId: b.id });
    expect((await categoryRow(child.id)).parentId).toBe(b.id);
    const other = await createCategory(admin, { ...fields("Ещё"), parentId: b.id });
    await shiftCategory(admin, { categoryId: other.id, direction: "up" });
    expect((await categoryRow(other.id)).position).toBe(0);
    expect((await categoryRow(child.id)).position).toBe(1);
  });
});
