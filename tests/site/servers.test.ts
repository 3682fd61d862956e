import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { requireDist, root } from '../helpers/built-site.ts';

/** Starts `astro <command>` on a port and resolves once it prints its address. */
function start(command: 'dev' | 'preview', port: number) {
  const child = spawn(path.join(root, 'node_modules/.bin/astro'), [command, '--port', String(port)], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, detached: true });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro ${command} did not start:\n${output}`)), 60_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (/Local\s+http/.test(output)) {
        clearTimeout(timer);
        setTimeout(() => resolve(output), 300);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  return { ready, stop: () => process.kill(-child.pid!, 'SIGTERM') };
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

for (const [command, port] of [['preview', 4391], ['dev', 4392]] as const) {
  test(`npm run ${command} listens on 127.0.0.1 only`, async () => {
    if (command === 'preview') requireDist();
    const server = start(command, port);
    try {
      const output = await server.ready;
      expect(output).toContain(`http://127.0.0.1:${port}/`);
      expect(await reachable('127.0.0.1', port)).toBe(true);
      if (externalAddress) expect(await reachable(externalAddress, port)).toBe(false);
    } finally {
      server.stop();
    }
  });
}
