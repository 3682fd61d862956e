/** `npm run dev` and `npm run preview` listen on 127.0.0.1 only (README: "add -- --host to expose them"). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { requireDist, root } from '../helpers/built-site.ts';
import { cleanEnvironment } from '../helpers/fixture-build.ts';

/** A port the OS has just handed out as free on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves once `url` answers with any HTTP response; rejects after `timeoutMs`. */
async function firstResponse(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      return response.status;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer`, { cause: error });
      await sleep(100);
    }
  }
}

/**
 * Starts `astro <command>` on a port, as a shell would (without the test runner's environment), and
 * resolves with its output once it has printed its address.
 */
function start(command: 'dev' | 'preview', port: number) {
  const child = spawn(path.join(root, 'node_modules/.bin/astro'), [command, '--port', String(port)], {
    cwd: root,
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    detached: true,
  });
  const exited = once(child, 'exit');
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro ${command} did not start:\n${output}`)), 60_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (/Local\s+http/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`astro ${command} exited before it listened:\n${output}`)));
  });
  /** Stops the server and everything it started (its process group), and waits until it is gone. */
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, 'SIGTERM');
    const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return { ready, stop };
}

/** True when something accepts a TCP connection at host:port. */
const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

for (const command of ['preview', 'dev'] as const) {
  test(`npm run ${command} listens on 127.0.0.1 only`, async () => {
    if (command === 'preview') requireDist();
    const port = await freePort();
    const server = start(command, port);
    try {
      const output = await server.ready;
      expect(output).toContain(`http://127.0.0.1:${port}/`);
      expect(await firstResponse(`http://127.0.0.1:${port}/`, 30_000)).toBeLessThan(500);
      if (externalAddress) expect(await reachable(externalAddress, port)).toBe(false);
    } finally {
      await server.stop();
    }
    // Gone, with the processes it started: nothing is left holding the port.
    expect(await reachable('127.0.0.1', port)).toBe(false);
  });
}
