import { clsx } from "clsx";

export function Card({
  title,
  action,
  className,
  children,
  ...rest
}: { title?: React.ReactNode; action?: React.ReactNode; className?: string; children: React.ReactNode } & Omit<
  React.HTMLAttributes<HTMLElement>,
  "title"
>) {
  return (
    <section className={clsx("rounded-xl border border-slate-200 bg-white shadow-sm", className)} {...rest}>
      {(title || action) && (
        <header className="flex min-h-11 items-center justify-between gap-2 border-b border-slate-100 px-4 py-2">
          {title && <h2 className="text-sm font-semibold text-slate-800">{title}</h2>}
          {action}
        </header>
      )}
      {children}
    </section>
  );
}
