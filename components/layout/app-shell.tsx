import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationBell } from "@/components/notify/notification-bell";
import { signOutAction } from "@/lib/actions/session";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

const navigation: { href: string; label: string; permission: Permission }[] = [
  { href: "/portal", label: "portal", permission: "portal.use" },
  { href: "/desk", label: "desk", permission: "desk.use" },
  { href: "/search", label: "search", permission: "desk.use" },
  { href: "/kb", label: "knowledge", permission: "portal.use" },
  { href: "/problems", label: "problems", permission: "problems.read" },
  { href: "/reports", label: "reports", permission: "reports.view" },
  { href: "/admin", label: "admin", permission: "admin.use" },
];

/** The frame of every signed-in page: navigation by role, the user and their roles, language, sign-out. */
export async function AppShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const t = await getTranslations();
  const links = navigation.filter((item) => can(user.roles, item.permission));
  return (
    <div className="min-h-screen">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 md:gap-6">
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <span className="flex h-7 w-7 items-center justify-center rounded-lg bg-brand-600 text-xs font-bold text-white">SD</span>
            <span className="hidden sm:inline">{t("app.name")}</span>
          </Link>
          {/* On a phone the navigation scrolls sideways rather than pushing the user menu off the screen. */}
          <nav aria-label="main" className="flex min-w-0 items-center gap-1 overflow-x-auto whitespace-nowrap text-sm">
            {links.map((item) => (
              <NavLink key={item.href} href={item.href}>
                {t(`nav.${item.label}`)}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex shrink-0 items-center gap-2 md:gap-3">
            {can(user.roles, "portal.use") && <NotificationBell />}
            <LanguageSwitch />
            <Link href="/profile" className="text-right leading-tight" data-testid="current-user" title={user.name}>
              <span className="block max-w-40 truncate text-sm font-medium lg:max-w-none">{user.name}</span>
              <span className="hidden text-xs text-slate-500 md:block">{user.roles.map((r) => t(`roles.${r}`)).join(", ")}</span>
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded-lg px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
                {t("nav.signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </div>
  );
}
