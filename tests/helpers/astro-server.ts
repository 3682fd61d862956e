/** `astro dev` and `astro preview` started as a shell would start them, for the tests that need a server. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { root } from './built-site.ts';
import { cleanEnvironment } from './fixture-build.ts';

/** A port the OS has just handed out as free on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves once `url` answers with any HTTP response; rejects after `timeoutMs`. */
export async function firstResponse(url: string, timeoutMs: number): Promise<number> {
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
 * resolves with its output once it has printed its address. `cwd` is the project (the checkout by
 * default, or a fixture's copy of it) and `env` adds variables such as CONTENT_DIR.
 */
export function startAstro(command: 'dev' | 'preview', port: number, { cwd = root, env = {} }: { cwd?: string; env?: Record<string, string> } = {}) {
  const child = spawn(path.join(root, 'node_modules/.bin/astro'), [command, '--port', String(port)], {
    cwd,
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
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
  /** Everything the server has printed so far. */
  const printed = () => output;
  return { ready, stop, printed };
}
