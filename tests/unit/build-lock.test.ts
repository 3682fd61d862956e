import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { acquireBuildLock, ownerIsAlive, processStartTime, type LockOwner } from '../../scripts/build-lock.ts';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'build-lock-')), 'build.lock');
/** A pid that no process has: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
function plantLock(lockDir: string, owner: LockOwner): void {
  mkdirSync(lockDir);
  writeFileSync(path.join(lockDir, 'owner'), JSON.stringify(owner));
}
const quick = { waitMs: 300, pollMs: 20 };

test('a free lock is taken at once and released', async () => {
  const lockDir = lockIn();
  const lock = await acquireBuildLock(lockDir, quick);
  expect(JSON.parse(readFileSync(path.join(lockDir, 'owner'), 'utf8'))).toEqual(lock.owner);
  lock.release();
  expect(existsSync(lockDir)).toBe(false);
});
test('a held lock makes the next build wait, then fail with a message that says what to do', async () => {
  const lockDir = lockIn();
  const lock = await acquireBuildLock(lockDir, quick);
  await expect(acquireBuildLock(lockDir, quick)).rejects.toThrow(/Another build \(pid \d+\) has held .*build\.lock for too long\. Stop that build, or delete the folder/);
  lock.release();
});
test('the next build proceeds as soon as the lock is released', async () => {
  const lockDir = lockIn();
  const first = await acquireBuildLock(lockDir, quick);
  setTimeout(first.release, 50);
  const second = await acquireBuildLock(lockDir, { waitMs: 5_000, pollMs: 20 });
  expect(second.owner.token).not.toBe(first.owner.token);
  second.release();
});
test('a lock whose process has died is taken over', async () => {
  const lockDir = lockIn();
  plantLock(lockDir, { pid: deadPid(), started: null, token: 'dead' });
  (await acquireBuildLock(lockDir, quick)).release();
});
test('a lock whose pid now belongs to another process (pid reuse) is taken over', async () => {
  const lockDir = lockIn();
  // This very process runs, but it did not start at tick 1: the pid was reused.
  plantLock(lockDir, { pid: process.pid, started: 1, token: 'reused' });
  (await acquireBuildLock(lockDir, quick)).release();
});
test('a lock in the pid-only format of earlier versions is understood', async () => {
  const lockDir = lockIn();
  mkdirSync(lockDir);
  writeFileSync(path.join(lockDir, 'pid'), String(deadPid()));
  (await acquireBuildLock(lockDir, quick)).release();
});
test('the start time of a process is read from /proc, and tells a live owner from a reused pid', () => {
  const started = processStartTime(process.pid);
  expect(started).toBeGreaterThan(0);
  expect(ownerIsAlive({ pid: process.pid, started, token: 'me' })).toBe(true);
  expect(ownerIsAlive({ pid: process.pid, started: started! + 1, token: 'me' })).toBe(false);
  expect(ownerIsAlive({ pid: deadPid(), started: null, token: 'gone' })).toBe(false);
});
test('release removes only a lock this build still holds', async () => {
  const lockDir = lockIn();
  const mine = await acquireBuildLock(lockDir, quick);
  // Someone deleted the folder by hand and another build took it.
  writeFileSync(path.join(lockDir, 'owner'), JSON.stringify({ ...mine.owner, token: 'theirs' }));
  mine.release();
  expect(existsSync(lockDir)).toBe(true);
});
test('two builds that find the same stale lock at once: only one gets it', async () => {
  const lockDir = lockIn();
  plantLock(lockDir, { pid: deadPid(), started: null, token: 'dead' });
  // Both decide the lock is stale before either takes it over.
  let arrived = 0;
  let bothThere!: () => void;
  const barrier = new Promise<void>((resolve) => (bothThere = resolve));
  const beforeTakeover = async () => {
    if (++arrived === 2) bothThere();
    await barrier;
  };
  const results = await Promise.allSettled([acquireBuildLock(lockDir, { ...quick, beforeTakeover }), acquireBuildLock(lockDir, { ...quick, beforeTakeover })]);
  expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  for (const result of results) if (result.status === 'fulfilled') result.value.release();
  expect(readdirSync(path.dirname(lockDir))).toEqual([]);
});
test('SIGTERM releases the lock and exits with 143, SIGINT with 130', async () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    const lockDir = lockIn();
    const script = `import { acquireBuildLock, releaseLockOnExit } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../scripts/build-lock.ts'))};
      releaseLockOnExit(await acquireBuildLock(${JSON.stringify(lockDir)}));
      console.log('locked'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    expect(existsSync(lockDir)).toBe(true);
    child.kill(signal);
    const exit = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    expect(exit, signal).toBe(code);
    expect(existsSync(lockDir), signal).toBe(false);
  }
});
