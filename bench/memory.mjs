// Resident memory of a server process: sampled from /proc while it starts (peak) and after it
// has sat idle for a while (idle), so first starts, restarts and baselines compare side by side.
import { readFileSync } from 'node:fs';

/** Resident set size of a process in MB (Linux /proc), or null once it is gone. */
export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

/** A process and all its descendants (Linux /proc), such as npm start's server. */
function processTree(pid) {
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter((p) => p.trim() !== '')
      .map(Number);
  } catch {
    // gone, or no children file
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Resident memory of a process and its descendants together, in MB. */
export function treeRssMb(pid) {
  return processTree(pid).reduce((sum, p) => sum + (rssMb(p) ?? 0), 0);
}

/**
 * Samples the memory of a process and its descendants (a database made in a child process
 * counts) every 20 ms: `peak()` is the highest so far in MB, `stop()` ends the sampling.
 */
export function watchPeak(pid) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssMb(pid));
  };
  const timer = setInterval(sample, 20);
  timer.unref();
  return {
    peak() {
      sample();
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}

/** Memory after `idleMs` with no requests: what the process keeps between visits. */
export async function idleMb(pid, idleMs = 3000) {
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  return treeRssMb(pid);
}
