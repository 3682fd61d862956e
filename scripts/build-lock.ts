/**
 * One build at a time per checkout. The lock is a folder holding an `owner` file; it appears with
 * one rename(2) of a folder written beforehand, so it never exists without its owner, and two
 * builds cannot both create it.
 *
 * A lock whose owner has died is taken over. The owner is a pid plus the process's start time
 * (field 22 of /proc/<pid>/stat): in a container a new process soon gets the dead build's pid, and a
 * pid alone would then make the next build wait for a process that is not a build. Why not a
 * heartbeat: it would need a timer in the build and a timeout before taking over, and /proc answers
 * at once. Where /proc is missing (not Linux), only the pid is compared.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOwner {
  pid: number;
  /** The process's start time in clock ticks since boot, or null where /proc is missing. */
  started: number | null;
  /** Unique to one acquisition, so a build releases only the lock it took. */
  token: string;
}

/** The start time of a process (field 22 of /proc/<pid>/stat), or null when it cannot be read. */
export function processStartTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; the fields after it start at 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const started = Number(fields[22 - 3]);
    return Number.isFinite(started) ? started : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote `owner` still runs: same pid, and where known the same start time. */
export function ownerIsAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (owner.started === null) return true;
  const started = processStartTime(owner.pid);
  return started === null || started === owner.started;
}

function readOwner(lockDir: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(path.join(lockDir, 'owner'), 'utf8')) as LockOwner;
  } catch {
    // A lock left by an earlier version of this script holds only a `pid` file.
    try {
      const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      return Number.isInteger(pid) && pid > 0 ? { pid, started: null, token: 'pid-only' } : undefined;
    } catch {
      return undefined;
    }
  }
}

export interface BuildLock {
  owner: LockOwner;
  /** Removes the lock if this build still holds it; safe to call more than once. */
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another build before giving up. */
  waitMs?: number;
  pollMs?: number;
  /** Test seam: runs after a lock was found stale and before it is taken over. */
  beforeTakeover?: () => Promise<void>;
}

/**
 * Waits until no other build of this checkout runs, then holds the lock until `release()`.
 * @example const lock = await acquireBuildLock('.astro/build.lock'); try { … } finally { lock.release(); }
 */
export async function acquireBuildLock(lockDir: string, { waitMs = 15 * 60_000, pollMs = 250, beforeTakeover }: LockOptions = {}): Promise<BuildLock> {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const owner: LockOwner = { pid: process.pid, started: processStartTime(process.pid), token: randomUUID() };
  const started = Date.now();
  let announced = false;
  for (;;) {
    const draft = `${lockDir}.${owner.token}.new`;
    mkdirSync(draft);
    writeFileSync(path.join(draft, 'owner'), JSON.stringify(owner));
    try {
      renameSync(draft, lockDir);
      return { owner, release: () => releaseLock(lockDir, owner) };
    } catch (error) {
      rmSync(draft, { recursive: true, force: true });
      if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
    const holder = readOwner(lockDir);
    if (holder && !ownerIsAlive(holder)) {
      await beforeTakeover?.();
      takeOverStaleLock(lockDir, holder);
      continue;
    }
    const who = holder ? `pid ${holder.pid}` : 'unknown owner';
    if (Date.now() - started > waitMs) throw new Error(`Another build (${who}) has held ${lockDir} for too long. Stop that build, or delete the folder if no build runs.`);
    if (!announced) {
      process.stderr.write(`Waiting for another build of this checkout (${who}) to finish…\n`);
      announced = true;
    }
    await sleep(pollMs);
  }
}

/**
 * Moves a dead build's lock aside under a name of our own, then deletes it. Two waiters may both
 * find the same stale lock: the rename lets only one of them move it. If the other's rename moved a
 * lock that the winner has taken meanwhile (its owner is not the dead one), it puts it back.
 */
function takeOverStaleLock(lockDir: string, stale: LockOwner): void {
  const aside = `${lockDir}.${randomUUID()}.stale`;
  try {
    renameSync(lockDir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // another waiter moved it first
    throw error;
  }
  const moved = readOwner(aside);
  if (moved?.token === stale.token) {
    rmSync(aside, { recursive: true, force: true });
    return;
  }
  try {
    renameSync(aside, lockDir);
  } catch {
    // A third build took the free lock in the instant between the two renames; the build whose lock
    // this was still runs and will find its lock gone when it releases. Leave its folder for it.
  }
}

function releaseLock(lockDir: string, owner: LockOwner): void {
  if (readOwner(lockDir)?.token !== owner.token) return;
  // Moved aside in one step before deleting: a lock folder emptied file by file could be taken (a
  // rename onto an empty folder succeeds) and then deleted with the next build's owner in it.
  const aside = `${lockDir}.${owner.token}.released`;
  try {
    renameSync(lockDir, aside);
  } catch {
    return;
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Releases the lock when the process ends: normally, by an uncaught error, or by SIGINT/SIGTERM.
 * On a signal, `onSignal` runs first (the build stops its Astro child there), then the process
 * exits with the conventional code, 128 + the signal number (130 for Ctrl-C).
 */
export function releaseLockOnExit(lock: BuildLock, onSignal: (signal: NodeJS.Signals) => Promise<void> = async () => {}): void {
  process.on('exit', lock.release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void onSignal(signal)
        .catch(() => {})
        .finally(() => {
          lock.release();
          process.exit(128 + constants.signals[signal]);
        });
    });
  }
}
