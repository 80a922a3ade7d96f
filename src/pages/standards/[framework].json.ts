/** Serves /standards/<framework>.json for each framework mapped item by item (see src/exports/data-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogCrosswalks } from '../../catalog/crosswalk.ts';
import { dataFile, dataFileResponse } from '../../site/data-files.ts';
import { crosswalkDataPath } from '../../exports/standards-json.ts';

export const getStaticPaths = (() =>
  catalogCrosswalks.crosswalks
    .filter((c) => c.snapshot)
    .map((c) => ({ params: { framework: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  dataFileResponse(dataFile(crosswalkDataPath(String(params['framework']))), site);
