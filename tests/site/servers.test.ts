/** `npm run dev` and `npm run preview` listen on 127.0.0.1 only (README: "add -- --host to expose them"). */
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from 'vitest';
import { requireDist } from '../helpers/built-site.ts';
import { firstResponse, freePort, startAstro } from '../helpers/astro-server.ts';

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
    const server = startAstro(command, port);
    try {
      const output = await server.ready;
      expect(output).toContain(`http://127.0.0.1:${port}/`);
      expect(await firstResponse(`http://127.0.0.1:${port}/`, 30_000)).toBeLessThan(500);
      // Linux routes all of 127.0.0.0/8 to the loopback device: a server listening on every address
      // answers at 127.0.0.2 too, so this holds on a machine without a network as well.
      expect(await reachable('127.0.0.2', port)).toBe(false);
      if (externalAddress) expect(await reachable(externalAddress, port)).toBe(false);
    } finally {
      await server.stop();
    }
    // Gone, with the processes it started: nothing is left holding the port.
    expect(await reachable('127.0.0.1', port)).toBe(false);
  });
}
