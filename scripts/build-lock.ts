import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** True while a process with this id runs. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until no other build of this checkout runs, then holds the lock until the returned function
 * is called. The lock is a folder (mkdir is atomic) holding the owner's pid, so a lock left by a
 * build that was killed is noticed and taken over instead of blocking forever.
 */
export async function acquireBuildLock(lockDir: string, waitMs = 15 * 60_000): Promise<() => void> {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      /* the owner is between mkdir and writing its pid */
    }
    if (Number.isInteger(owner) && !isRunning(owner)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > waitMs) throw new Error(`Another build (pid ${owner}) has held ${lockDir} for too long; stop it or delete the folder.`);
    if (!announced) {
      process.stderr.write(`Waiting for another build of this checkout (pid ${owner}) to finish…\n`);
      announced = true;
    }
    await sleep(250);
  }
}
