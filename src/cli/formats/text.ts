/**
 * The readable list of findings, like eslint's and vfile-reporter's:
 *
 * ```
 * reports/004.txt:51:32  error    78 + 0 ≠ 78 + 1 …  applications-balance
 * reports/004.txt:55:32  error    …                  applications-balance
 *
 * reports/scan.pdf       error    不是文本文件（PDF）…  binary
 *
 * ✖ 已检查 14 个文件：3 个错误，0 个警告（2 个文件有问题，1 个无法读取）
 * ```
 *
 * One line per finding, `file:line:column  severity  message  ruleId`, so that editors and
 * terminals make the place clickable; the lines of one file together, in the order of
 * their place, a blank line between files; a summary line at the end. A finding without a
 * place shows the file alone. `info` findings (a rule that could not be assessed) only
 * with `--verbose`.
 */
import type { Diagnostic, Severity } from '../../diagnostics.js'

/** One line to show: where, how serious, what, which rule. */
export interface TextLine {
  file: string
  line: number | null
  column: number | null
  severity: Severity
  message: string
  ruleId: string
}

const COLORS: Record<Severity, string> = { error: '\u001B[31m', warning: '\u001B[33m', info: '\u001B[34m' }
const DIM = '\u001B[2m'
const RESET = '\u001B[0m'

/** The line for a diagnostic of `file`; `suffix` is appended to the message. */
export function textLine(file: string, diagnostic: Diagnostic, suffix = ''): TextLine {
  const start = diagnostic.place?.start
  return {
    file,
    line: start?.line ?? null,
    column: start?.column ?? null,
    severity: diagnostic.severity,
    message: diagnostic.reason + suffix,
    ruleId: diagnostic.ruleId,
  }
}

/**
 * Columns a string takes in a terminal: East Asian wide characters (汉字, full-width
 * forms) take two, so that Chinese file names line up too.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0) as number
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
    width += wide ? 2 : 1
  }
  return width
}

function byPlace(left: TextLine, right: TextLine): number {
  return (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0)
}

/**
 * The block of lines, locations and severities padded to line up. Sorted by place when
 * `sort` (lines of one file); kept in order otherwise.
 */
export function textBlock(lines: readonly TextLine[], color: boolean, sort = true): string {
  if (lines.length === 0) return ''
  const ordered = sort ? [...lines].sort(byPlace) : lines
  const locations = ordered.map((item) => (item.line === null ? item.file : `${item.file}:${item.line}:${item.column ?? 1}`))
  const widths = locations.map(displayWidth)
  const width = Math.max(...widths)
  let block = ''
  ordered.forEach((item, index) => {
    const location = (locations[index] as string) + ' '.repeat(width - (widths[index] as number))
    const severity = item.severity.padEnd(7)
    // One finding, one line: a message never breaks the layout.
    const message = item.message.replaceAll('\r\n', ' ').replaceAll('\n', ' ').replaceAll('\r', ' ')
    block += color
      ? `${location}  ${COLORS[item.severity]}${severity}${RESET}  ${message}  ${DIM}${item.ruleId}${RESET}\n`
      : `${location}  ${severity}  ${message}  ${item.ruleId}\n`
  })
  return block
}
