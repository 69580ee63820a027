"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type AdminNavItem = { href: string; label: string };

/** The admin section's own navigation: a column on wide screens, a scrolling row on narrow ones. */
export function AdminNav({ label, items }: { label: string; items: AdminNavItem[] }) {
  const pathname = usePathname();
  // The overview matches only itself; every other item also owns the pages below it.
  const isActive = (href: string) => (href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="mb-6 lg:mb-0">
      <ul className="-mx-1 flex gap-1 overflow-x-auto pb-1 text-sm lg:mx-0 lg:flex-col lg:overflow-visible">
        {items.map((item) => {
          const active = isActive(item.href);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "block rounded-lg px-3 py-1.5",
                  active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
