/** A span of time in the one unit a person reads fastest: minutes under an hour, hours up to a day and a half, then days. */
export function durationParts(ms: number): { unit: "m" | "h" | "d"; n: number } {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return { unit: "m", n: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 36) return { unit: "h", n: hours };
  return { unit: "d", n: Math.round(hours / 24) };
}

/** Minutes as "1 h 30 min"-like parts, for time spent. */
export function hoursAndMinutes(total: number): { h: number; m: number } {
  return { h: Math.floor(total / 60), m: total % 60 };
}
