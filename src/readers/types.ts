/**
 * The reader interface: the closest analogue to parse5's tree adapters.
 *
 * A reader knows one layout and nothing else. Users add their own by passing
 * `parseReport(text, { readers: [...defaultReaders, myReader] })`.
 */
import type { Token } from '../tokens.js'

/** A layout reader. */
export interface Reader {
  /** Short layout name, reported as `report.layout`: `pipe`, `tab`, `cells`, `markdown` … */
  name: string
  /**
   * How confident the reader is that `text[start, end)` is in its layout: 0 (not at all)
   * to 1 (certain). Called on each table's region of the normalized text.
   */
  detect(text: string, start: number, end: number): number
  /** The cells of `text[start, end)` as tokens, in reading order, offsets into `text`. */
  read(text: string, start: number, end: number): Token[]
}
