/**
 * Whitespace as a browser would show it, and as Chinese is written.
 *
 * Markup leaves runs of whitespace where tags were, and Word-exported pages split one
 * label over several `<p>`/`<span>` with `&nbsp;` padding (`社会<p>公益 &nbsp;</p>组织`).
 * Chinese has no spaces between words, so whitespace between two CJK characters goes
 * entirely (`社会公益组织`); elsewhere a run becomes one space (`251000 元`, `Word 文档`).
 */

/** Is `code` whitespace in page text: ASCII controls and space, NBSP, the odd spaces. */
function isBlank(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  )
}

/**
 * Is `code` a wide character: CJK punctuation, ideographs, full-width forms and beyond, and
 * the quotes, dashes and ellipsis Chinese text uses (`“三安全一稳定”`, `——`, `……`).
 */
export function isWide(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x2014 && code <= 0x201f) || code === 0x2026
}

/**
 * Collapse whitespace in `text`: removed at both ends and between two wide characters,
 * one space elsewhere. With `lines`, a run holding a line break becomes one `\n`
 * (paragraphs stay apart); without, it is whitespace like any other. Copies the text
 * between runs a slice at a time: prose views are mostly text.
 */
export function collapse(text: string, lines = false): string {
  const length = text.length
  let result = ''
  let index = 0
  while (index < length && isBlank(text.charCodeAt(index))) index++
  while (index < length) {
    // A run of text …
    const start = index
    while (index < length && !isBlank(text.charCodeAt(index))) index++
    result += text.slice(start, index)
    // … then a run of whitespace, kept as one separator if text follows.
    let newline = false
    const blankStart = index
    while (index < length) {
      const code = text.charCodeAt(index)
      if (!isBlank(code)) break
      if (code === 0x0a) newline = true
      index++
    }
    if (index === length || index === blankStart) continue
    if (lines && newline) result += '\n'
    else if (!(isWide(text.charCodeAt(blankStart - 1)) && isWide(text.charCodeAt(index)))) result += ' '
  }
  return result
}
