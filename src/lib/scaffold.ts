import { isSlug } from './slug.ts';
import { CATEGORIES, RELEASE, REQUIRED_SECTIONS } from './vocabulary.ts';


/** What each required section asks of the author. */
const SECTION_PROMPTS: Record<(typeof REQUIRED_SECTIONS)[number], string> = {
  'What it is': 'what it is and the problem it solves, for an engineer who has never heard of it.',
  'How to use it': 'complete command lines and QMP exchanges with the exact 2.8.0 names.',
  Requirements: 'host kernel modules, KVM or TCG, machine types, build options, guest drivers.',
  Limitations: 'what it cannot do, what 2.8 did not do yet.',
  'Where it applies': 'architectures, binaries and machine types.',
};

/**
 * The text of a new feature page: valid frontmatter with placeholders an author must replace, and
 * the sections every page has. The placeholders pass the schema so `npm run dev` shows the page at
 * once; the build refuses the TODO text (src/markdown/check-pages.ts), so it is never published.
 * @example scaffoldFeature('vhost-vsock') // → '---\ntitle: "TODO: vhost-vsock"…'
 */
export function scaffoldFeature(slug: string): string {
  if (!isSlug(slug)) {
    throw new Error(`"${slug}" is not a slug: use lowercase letters, digits and single hyphens, like "vhost-vsock".`);
  }
  return `---
title: "TODO: ${slug}"
summary: "TODO: one plain sentence saying what this feature gives the reader."
category: ${CATEGORIES[1]}
architectures: [all]
status: new
release: "${RELEASE}"
keywords: [${slug}]
related: []
references: [qemu-options.hx]
---
${REQUIRED_SECTIONS.map((heading) => `## ${heading}\n\nTODO: ${SECTION_PROMPTS[heading]}\n`).join('\n')}`;
}
