export function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="inline-flex min-w-5 items-center justify-center rounded border border-slate-300 bg-slate-50 px-1 font-sans text-[11px] font-medium text-slate-500">
      {children}
    </kbd>
  );
}
