/**
 * The data manifest: every data file with its size and SHA-256 checksum, so a consumer can tell
 * whether a file changed and whether a download is complete.
 */
import { createHash } from 'node:crypto';
import { absoluteUrl, type ExportContext } from './context.ts';

/** A rendered data file. */
export interface RenderedFile {
  /** Site path, e.g. `/catalog.json`. */
  readonly path: string;
  /** Its media type, as served. */
  readonly mediaType: string;
  /** Its exact content. */
  readonly body: string;
}

/** One line of the manifest. */
export interface ManifestEntry {
  readonly path: string;
  readonly url: string;
  readonly mediaType: string;
  /** Size in bytes of the UTF-8 content. */
  readonly bytes: number;
  /** SHA-256 of the UTF-8 content, lower-case hex. */
  readonly sha256: string;
}

/** The manifest document. */
export interface Manifest {
  readonly version: string;
  readonly buildDate: string;
  readonly files: readonly ManifestEntry[];
}

/** Size and checksum of the bytes a file is served as. */
export function fingerprint(body: string): { bytes: number; sha256: string } {
  const bytes = Buffer.from(body, 'utf8');
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Builds the manifest of the given files, in the given order. */
export function buildManifest(files: readonly RenderedFile[], context: ExportContext): Manifest {
  return {
    version: context.version,
    buildDate: context.buildDate,
    files: files.map((f) => ({
      path: f.path,
      url: absoluteUrl(context, f.path),
      mediaType: f.mediaType,
      ...fingerprint(f.body),
    })),
  };
}

/** Renders the manifest as JSON. */
export function manifestJson(files: readonly RenderedFile[], context: ExportContext): string {
  return `${JSON.stringify(buildManifest(files, context), null, 2)}\n`;
}
