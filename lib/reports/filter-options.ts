import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locale";
import { getSetting } from "@/lib/settings/settings";
import { rows } from "./run-sql";

export type Option = { value: string; label: string; depth?: number };

/**
 * What the report filter form offers: a department head is offered only their department; categories as the
 * tree (a category includes its subcategories); specialists are the people with a desk role.
 */
export async function loadFilterOptions(user: Pick<CurrentUser, "roles" | "departmentId">, locale: Locale) {
  const name = locale === "ru" ? sql.raw("name_ru") : sql.raw("name_en");
  const allDepartments = can(user.roles, "reports.allDepartments");
  const [departments, categories, lines, assignees, currency] = await Promise.all([
    rows<{ value: string; label: string }>(sql`select id as value, ${name} as label from departments
      ${allDepartments ? sql`` : sql`where id = ${user.departmentId ?? "00000000-0000-0000-0000-000000000000"}`} order by 2`),
    rows<{ value: string; label: string; parent: string | null; position: number }>(
      sql`select id as value, ${name} as label, parent_id as parent, position from categories order by position, 2`,
    ),
    rows<{ value: string; label: string }>(sql`select id as value, ${name} as label from support_lines order by 2`),
    rows<{ value: string; label: string }>(sql`select u.id as value, u.name as label from users u
      where u.active and exists (select 1 from user_roles r where r.user_id = u.id and r.role in ('specialist', 'dispatcher')) order by 2`),
    getSetting(getDb(), "currency"),
  ]);
  return { departments, categories: asTree(categories), lines, assignees, allDepartments, currency };
}

function asTree(categories: { value: string; label: string; parent: string | null }[]): Option[] {
  const out: Option[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const c of categories.filter((x) => x.parent === parent)) {
      out.push({ value: c.value, label: c.label, depth });
      visit(c.value, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export type FilterOptions = Awaited<ReturnType<typeof loadFilterOptions>>;
