/**
 * `zfxxgk/html`: read a report from its original web page.
 *
 * STUB: the signature is settled; the parse5-based reader lands with issue #5. Until then
 * this reads the markup as text.
 */
import type { Report } from '../model.js'
import { parseReport, type ParseOptions } from '../parse.js'

/** Read a report from HTML. Positions point into the HTML. */
export function parseHtmlReport(html: string, options?: ParseOptions): Report {
  return parseReport(html, options)
}
