/** Serves /standards/crosswalk.schema.json, the JSON Schema of the per-framework crosswalk files (see src/exports/data-files.ts). */
import type { APIRoute } from 'astro';
import { dataFile, dataFileResponse } from '../../site/data-files.ts';
import { CROSSWALK_SCHEMA_PATH } from '../../exports/standards-json.ts';

export const GET: APIRoute = ({ site }) => dataFileResponse(dataFile(CROSSWALK_SCHEMA_PATH), site);
