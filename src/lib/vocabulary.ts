/**
 * Closed vocabularies of the content model. Each list is `as const` so zod can turn it into an
 * enum: a typo in frontmatter fails the build and the message lists the allowed values.
 */

/** Feature categories, in the order the home page shows them. */
export const CATEGORIES = [
  'reliability',
  'devices',
  'storage',
  'display',
  'cpu',
  'machines',
  'tools',
  'removals',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the release did to a feature. */
export const STATUSES = ['new', 'improved', 'removed'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Architecture families that QEMU 2.8.0 builds as `qemu-system-*` binaries
 * (@see default-configs/*-softmmu.mak in the 2.8.0 tree). Each id has a file
 * `content/architectures/<id>.md`.
 */
export const ARCHITECTURE_IDS = [
  'x86',
  'arm',
  'ppc',
  'mips',
  's390x',
  'sparc',
  'alpha',
  'cris',
  'lm32',
  'm68k',
  'microblaze',
  'moxie',
  'openrisc',
  'sh4',
  'tricore',
  'unicore32',
  'xtensa',
] as const;
export type ArchitectureId = (typeof ARCHITECTURE_IDS)[number];

/** Written in `architectures` by features that do not depend on the guest architecture. */
export const ALL_ARCHITECTURES = 'all' as const;

/** The only release this site documents. */
export const RELEASE = '2.8' as const;

/** The h2 sections every feature page has, in this order; the build checks them by their ids (src/markdown/check-pages.ts). */
export const REQUIRED_SECTIONS = ['What it is', 'How to use it', 'Requirements', 'Limitations', 'Where it applies'] as const;
