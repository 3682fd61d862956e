/**
 * An author's loop under `npm run dev`: a saved page is served changed, a page saved with something
 * the content rules refuse is served as an error naming the file, and the page comes back once it is
 * fixed. The dev server keeps what the rules found in unchanged pages between saves
 * (src/data/collections.ts); this is what must still hold.
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { firstResponse, freePort, startAstro } from '../helpers/astro-server.ts';

/** Polls `url` until `check` accepts the response; returns the last one seen. */
async function pollUntil(url: string, check: (status: number, body: string) => boolean, timeoutMs = 60_000): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = { status: 0, body: '' };
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
      last = { status: response.status, body: await response.text() };
      if (check(last.status, last.body)) return last;
    } catch {
      // Still starting or reloading.
    }
    await sleep(200);
  }
  throw new Error(`${url} never answered as expected; last: ${last.status} ${last.body.slice(0, 300)}`);
}

test('under npm run dev, a saved page is served changed, a page that breaks a rule is an error naming it, and the fix brings it back', async () => {
  // A copy of the project, so the dev server's content store (.astro/) is its own.
  const fixture = fixtureBuild();
  const port = await freePort();
  const server = startAstro('dev', port, { cwd: fixture.projectDir, env: { CONTENT_DIR: fixture.contentDir } });
  const page = `http://127.0.0.1:${port}/features/alpha-feature/`;
  const file = path.join(fixture.contentDir, 'features/alpha-feature.mdx');
  const original = readFileSync(file, 'utf8');
  // Saved as VS Code saves: the file is emptied, then written. The pause between the two is longer
  // than the watcher needs to report the empty file and shorter than its 50 ms throttle, so a dev
  // server that read the first change would miss the second (astro.config.mjs, awaitWriteFinish).
  const save = async (text: string) => {
    const fd = openSync(file, 'w');
    await sleep(20);
    writeSync(fd, text);
    closeSync(fd);
  };
  const saveWith = (paragraph: string) => save(original.replace('\n## How to use it', `\n${paragraph}\n\n## How to use it`));
  try {
    await server.ready;
    await firstResponse(page, 60_000);
    await pollUntil(page, (status, body) => status === 200 && body.includes('Alpha is a valid page.'));

    await saveWith('A sentence added while the server runs.');
    await pollUntil(page, (status, body) => status === 200 && body.includes('A sentence added while the server runs.'));

    // The browser gets Astro's error overlay; the terminal gets the message, naming file and element.
    const before = server.printed().length;
    await saveWith('<iframe src="https://example.org/"></iframe>');
    await pollUntil(page, (status) => status >= 500);
    // The message reaches this process through a pipe, maybe after the response: wait for it.
    await expect.poll(() => server.printed().slice(before), { timeout: 10_000 }).toMatch(/alpha-feature\.mdx[^]*iframe|iframe[^]*alpha-feature\.mdx/);

    await save(original);
    await pollUntil(page, (status, body) => status === 200 && body.includes('Alpha is a valid page.') && !body.includes('A sentence added'));
  } catch (error) {
    // What the server printed is the one clue to a reload that went wrong.
    throw new Error(`${(error as Error).message}\n--- astro dev printed ---\n${server.printed()}`, { cause: error });
  } finally {
    writeFileSync(file, original);
    await server.stop();
  }
});
