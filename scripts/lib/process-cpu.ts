import { readdirSync, readFileSync } from "node:fs";

// Linux's /proc/<pid>/stat counts CPU time in clock ticks of 1/100 s (USER_HZ, 100 on every common build).
const TICK_MS = 10;

/** CPU milliseconds (user + system) a process has used so far; 0 if it is gone or /proc is not there. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends serving `database` on this machine (their titles name it), or none if it is remote. */
function backendsOf(database: string): number[] {
  try {
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => {
        try {
          const title = readFileSync(`/proc/${pid}/cmdline`, "utf8");
          return title.startsWith("postgres: ") && title.includes(` ${database} `);
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/**
 * Where the CPU of a load phase goes: the web server, the search node, the database's backends and the load
 * generator itself, read from /proc before and after (Linux only; a part that is not on this machine reads 0).
 * The other helpers' processes on a shared machine are not counted, which is the point.
 */
export function processCpu(parts: { web: number | undefined; search: number | undefined; database: string }) {
  const read = () => ({
    web: parts.web ? cpuMs(parts.web) : 0,
    search: parts.search ? cpuMs(parts.search) : 0,
    postgres: backendsOf(parts.database).reduce((sum, pid) => sum + cpuMs(pid), 0),
    "load generator": cpuMs(process.pid),
  });
  const before = read();
  return {
    /** CPU milliseconds per request of each part since the start. */
    perRequest(requests: number): string {
      const after = read();
      return (Object.keys(after) as (keyof typeof after)[])
        .map((k) => `${k} ${((after[k] - before[k]) / Math.max(1, requests)).toFixed(1)} ms`)
        .join(", ");
    },
  };
}
