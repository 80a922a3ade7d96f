/**
 * The text version of a diagram: a nested list of what it shows, with the same links. Pages render it
 * next to the SVG for screen readers, search and readers without images.
 */

/** One item of a diagram's text version. */
export interface OutlineItem {
  readonly label: string;
  readonly href?: string;
  /** Facts shown after the label, e.g. `runtime; impact B`. */
  readonly note?: string;
  readonly children?: readonly OutlineItem[];
}

/** A rendered diagram: the SVG document and its text version. */
export interface RenderedDiagram {
  /** File name without extension (`ai-security-matrix`). */
  readonly name: string;
  readonly title: string;
  /** Natural width in pixels. */
  readonly width: number;
  readonly height: number;
  readonly svg: string;
  readonly outline: readonly OutlineItem[];
}
