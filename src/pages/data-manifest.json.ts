/** Serves /data-manifest.json, rendered from the catalog at build time (see src/site/data-files.ts). */
import type { APIRoute } from 'astro';
import { dataFile, dataFileResponse } from '../site/data-files.ts';

export const GET: APIRoute = ({ site }) => dataFileResponse(dataFile('/data-manifest.json'), site);
