import type { APIRoute } from 'astro';
import { searchNames } from '../../data/search-names.ts';
import { editionPaths } from '../../data/static-paths.ts';
import { toLocale } from '../../lib/i18n.ts';

/** Each edition's names, for "Did you mean …?" on its pages (src/scripts/search-core.ts). */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ currentLocale }) => searchNames(toLocale(currentLocale));
