// What the user gives: a dropped or chosen file (decoded whatever its encoding: UTF-8,
// UTF-16 with its mark, or GB18030, which older government sites still serve) or pasted
// text; and whether to read it as HTML or as text (plain or Markdown).

/** `html` or `text`, by the file's extension; `undefined` when the name does not say. */
export function kindOfName(name) {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (extension === 'html' || extension === 'htm') return 'html'
  if (extension === 'txt' || extension === 'md' || extension === 'markdown') return 'text'
  return undefined
}

/** Does pasted `text` look like a web page's markup rather than text. */
export function looksLikeHtml(text) {
  return /^\s*</.test(text) && /<\/(?:td|tr|table|p|div|body|html)>/i.test(text)
}

/** The file's bytes as text. */
export function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Read a File (from a drop or a file input) as text. */
export async function readFile(file) {
  return decode(new Uint8Array(await file.arrayBuffer()))
}
