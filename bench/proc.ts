import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) used so far by this process's moto children, read from
 * /proc; undefined where there is no /proc (not Linux) or no moto child. Lets the throughput
 * section say whether the local AWS emulator, a single Python process, is the bottleneck.
 */
export function motoCpuSeconds(): number | undefined {
  try {
    let total = 0;
    let found = false;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // Fields after "(comm)": state ppid ... utime(14th field) stime(15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid) continue;
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!/moto_server|moto_atomic\.py/.test(cmdline)) continue;
      total += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      found = true;
    }
    return found ? total : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) used so far by this Node process. */
export function nodeCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
