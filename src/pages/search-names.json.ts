import type { APIRoute } from 'astro';
import { searchNames } from '../data/search-names.ts';

export const GET: APIRoute = () => searchNames('en');
