import type { APIRoute } from 'astro';
import { searchNames } from '../../data/search-names.ts';

/** The Russian edition's names, for "Did you mean …?" on its pages (src/scripts/search-core.ts). */
export const GET: APIRoute = () => searchNames('ru');
