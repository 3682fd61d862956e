/** A faithful Russian translation of the fixture's alpha-feature, for the tests that need one. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { englishVersionOfSource } from '../../src/translations/translation-status.ts';
import type { FixtureBuild } from './fixture-build.ts';

/**
 * Writes content/ru/features/alpha-feature.mdx into the fixture, translating its current English
 * page (beta-feature keeps none), and returns both files' paths.
 */
export async function writeAlphaTranslation(fixture: FixtureBuild): Promise<{ english: string; russian: string }> {
  const english = path.join(fixture.contentDir, 'features', 'alpha-feature.mdx');
  const russian = path.join(fixture.contentDir, 'ru', 'features', 'alpha-feature.mdx');
  mkdirSync(path.dirname(russian), { recursive: true });
  const version = await englishVersionOfSource(readFileSync(english, 'utf8'));
  writeFileSync(
    russian,
    `---
title: Возможность альфа
summary: Небольшая корректная страница, которую тесты плохого ввода ломают по одному месту за раз.
englishVersion: "${version}"
---
## Что это такое {#what-it-is}

Альфа — корректная страница. См. [бету](../beta-feature/) и [как ею пользоваться](../beta-feature/#how-to-use-it).

## Как пользоваться {#how-to-use-it}

\`\`\`sh
qemu-img info disk.img
\`\`\`

## Требования {#requirements}

Нет.

## Ограничения {#limitations}

Неизвестны.

## Где применимо {#where-it-applies}

Везде.
`,
  );
  return { english, russian };
}
