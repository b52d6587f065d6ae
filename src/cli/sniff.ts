/**
 * Which library entry reads a file: `parseReport` for text and markdown, `parseHtmlReport`
 * for web pages. The extension decides when it is known; otherwise the first characters
 * do (a saved page without extension, standard input).
 */

/** The entry a file is read with. */
export type Entry = 'text' | 'html'

/** Extensions of files read as text (markdown tables are text to `parseReport`). */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.text']

/** Extensions of web pages. */
export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm', '.xhtml', '.shtml']

/**
 * Extensions of the documents reports are also published as. A directory walk includes
 * them, so that a PDF among the text files shows up as an error record instead of being
 * silently left out.
 */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.pdf', '.doc', '.docx', '.wps', '.ofd', '.xls', '.xlsx', '.et', '.rtf', '.odt']

/** How many characters of the start are looked at. */
const SNIFF_LENGTH = 1024

/** The lower-cased extension of a file name, with its dot (`''` when there is none). */
export function extensionOf(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'))
  const dot = name.lastIndexOf('.')
  return dot > slash + 1 ? name.slice(dot).toLowerCase() : ''
}

/** Tags that mark a page or a fragment of one (sites' editors save fragments without `<html>`). */
const TAG = /<(?:html|head|body|meta|div|p|table|tbody|tr|td|th|span|br|h[1-6]|section|article|font|strong)[\s/>]/

/**
 * Does the start of `text` look like markup: a doctype or `<html>`; or a text that opens
 * with a tag or a comment and has one of the usual tags near the top; or a table near the
 * top. Reports in text never open with `<`.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_LENGTH).toLowerCase()
  const start = head.trimStart()
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<?xml')) return true
  if (start.startsWith('<') && TAG.test(head)) return true
  return head.includes('<table') || head.includes('<html') || head.includes('<body')
}

/** The entry for a file named `name` whose text is `text`. */
export function entryFor(name: string, text: string): Entry {
  const extension = extensionOf(name)
  if (HTML_EXTENSIONS.includes(extension)) return 'html'
  if (TEXT_EXTENSIONS.includes(extension)) return 'text'
  return looksLikeHtml(text) ? 'html' : 'text'
}
