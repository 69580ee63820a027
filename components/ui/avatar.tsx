import { clsx } from "clsx";

// A few calm tones; the same person always gets the same one, so a thread is easy to follow.
const tones = [
  "bg-sky-100 text-sky-800",
  "bg-violet-100 text-violet-800",
  "bg-teal-100 text-teal-800",
  "bg-rose-100 text-rose-800",
  "bg-amber-100 text-amber-900",
  "bg-lime-100 text-lime-800",
];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

function toneOf(key: string): string {
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return tones[hash % tones.length];
}

export function Avatar({ name, id, size = "md" }: { name: string; id?: string; size?: "sm" | "md" }) {
  return (
    <span
      aria-hidden
      className={clsx(
        "inline-flex shrink-0 items-center justify-center rounded-full font-semibold",
        size === "sm" ? "h-6 w-6 text-[10px]" : "h-8 w-8 text-xs",
        toneOf(id ?? name),
      )}
    >
      {initials(name)}
    </span>
  );
}
