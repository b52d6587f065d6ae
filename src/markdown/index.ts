/**
 * `zfxxgk/markdown`: a unified plugin for remark pipelines.
 *
 * ```js
 * unified().use(remarkParse).use(remarkGfm).use(remarkZfxxgk)
 * ```
 *
 * It reads the mdast tree (tables from remark-gfm, headings and paragraphs) into a report
 * with the core pipeline and the same template matcher as `parseReport`, stores it on
 * `file.data.zfxxgk`, and reports every finding — what could not be read, and the balance
 * rules the report breaks (`validateReport`) — as a vfile message with its place, so that
 * `vfile-reporter` prints them.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { Diagnostic } from '../diagnostics.js'
import { createTokenReader, outsideTables } from '../markup/reader.js'
import type { Report } from '../model.js'
import { checkOptions, describe, readReport, textInput } from '../parse.js'
import { defaultReaders } from '../readers/index.js'
import { validateReport, type ValidateOptions } from '../validate.js'
import { mdastTokens } from './tokens.js'

declare module 'vfile' {
  interface DataMap {
    /** The report `remarkZfxxgk` read from the file. */
    zfxxgk: Report
  }
}

/** Options of {@link remarkZfxxgk}: those of `validateReport` (`locale` also sets the language of reading findings). */
export type Options = ValidateOptions

/** vfile's `fatal`: `true` for errors, `false` for warnings, unset for information. */
function fatal(severity: Diagnostic['severity']): boolean | undefined {
  if (severity === 'error') return true
  return severity === 'warning' ? false : undefined
}

/** Report `finding` on `file` as a vfile message. */
function report(file: VFile, finding: Diagnostic): void {
  const message = file.message(finding.reason, { place: finding.place ?? undefined, ruleId: finding.ruleId, source: finding.source })
  message.fatal = fatal(finding.severity)
  if (finding.url !== undefined) message.url = finding.url
  if (finding.actual !== undefined && finding.actual !== null) message.actual = String(finding.actual)
  if (finding.expected !== undefined && finding.expected !== null) message.expected = [String(finding.expected)]
  if (finding.path.length > 0) message.note = finding.path.join(', ')
}

/**
 * Read a 政府信息公开工作年度报告 from a markdown file in a remark pipeline (use it after
 * `remark-gfm`, which reads the tables). The report is stored on `file.data.zfxxgk`; every
 * finding becomes a message on the file (`file.messages`): `fatal: true` for errors (a
 * balance rule that fails), `false` for warnings, unset for information, with `place`,
 * `ruleId`, `source: 'zfxxgk'`, and `url`, `actual`, `expected`, `note` (the keys
 * involved) where known. The tree is left as it is.
 *
 * Throws a `TypeError` when the options are malformed.
 *
 * @example
 * ```js
 * const file = await unified().use(remarkParse).use(remarkGfm).use(remarkZfxxgk).use(remarkStringify).process(text)
 * file.data.zfxxgk.applications.newRequests.total // 78
 * console.error(reporter(file))
 * ```
 */
export function remarkZfxxgk(options?: Options | null): (tree: Root, file: VFile) => undefined {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(`remarkZfxxgk: options must be an object, got ${describe(options)}`)
  }
  const settings: Options = options ?? {}
  const { locale } = checkOptions({ locale: settings.locale ?? 'zh-CN' }, 'remarkZfxxgk')

  return function transformer(tree, file) {
    const text = String(file)
    const { tokens, cells } = mdastTokens(tree, text)
    const readers = [createTokenReader('mdast', tokens, cells), ...defaultReaders.map((reader) => outsideTables(reader, cells))]
    const result = readReport(textInput(text), readers, locale)
    file.data.zfxxgk = result
    for (const finding of result.diagnostics) report(file, finding)
    for (const finding of validateReport(result, settings)) report(file, finding)
    return undefined
  }
}
