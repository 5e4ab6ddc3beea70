import { readFile } from "node:fs/promises";

/** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream architecture. */
const TICKS_PER_SECOND = 100;

export interface ProcessStats {
  /** User + system CPU time the process has used so far. */
  cpuSeconds: number;
  /** VmHWM: the peak resident set size since the process started. */
  peakRssMb: number;
  rssMb: number;
}

/** Reads a process' CPU time and memory from /proc (Linux only); null when it has exited. */
export async function readProcessStats(pid: number): Promise<ProcessStats | null> {
  try {
    const [stat, status] = await Promise.all([
      readFile(`/proc/${pid}/stat`, "utf8"),
      readFile(`/proc/${pid}/status`, "utf8"),
    ]);
    return parseProcessStats({ stat, status });
  } catch {
    return null;
  }
}

/** Pure part of readProcessStats: `/proc/<pid>/stat` and `/proc/<pid>/status` texts. */
export function parseProcessStats({ stat, status }: { stat: string; status: string }): ProcessStats {
  // The command name (field 2) may contain spaces and parentheses; fields after the last ")" are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return {
    cpuSeconds: (utime + stime) / TICKS_PER_SECOND,
    peakRssMb: kb("VmHWM") / 1024,
    rssMb: kb("VmRSS") / 1024,
  };
}
