/**
 * The command-line tool's own messages, in the library's two locales: Chinese by default
 * (supervisors read Chinese), English with `--locale en`.
 */
import type { Locale } from '../diagnostics.js'
import type { ReadErrorCode, ReadFailure } from './types.js'

const reasons: Record<ReadErrorCode, Record<Locale, (detail: string) => string>> = {
  'not-found': { 'zh-CN': () => '找不到文件', en: () => 'file not found' },
  permission: { 'zh-CN': () => '没有读取权限', en: () => 'permission denied' },
  binary: {
    'zh-CN': (detail) => `不是文本文件（${detail}）：请先转换为文本或网页`,
    en: (detail) => `not a text file (${detail}): convert it to text or HTML first`,
  },
  undecodable: {
    'zh-CN': (detail) => `无法识别文本编码（${detail}）`,
    en: (detail) => `cannot decode the text (${detail})`,
  },
  'too-large': { 'zh-CN': (detail) => `文件过大（${detail}），不是年度报告`, en: (detail) => `file too large (${detail}) to be a report` },
  'read-error': { 'zh-CN': (detail) => `读取失败（${detail}）`, en: (detail) => `could not read the file (${detail})` },
  crash: { 'zh-CN': (detail) => `处理时出现内部错误：${detail}`, en: (detail) => `internal error while reading: ${detail}` },
}

/** The message of an error record. */
export function failureReason(failure: ReadFailure, locale: Locale): string {
  return reasons[failure.code][locale](failure.detail)
}

/** What a run found, for the summary line and the exit code. */
export interface Totals {
  files: number
  unreadable: number
  errors: number
  warnings: number
  infos: number
  /** Files with at least one error or warning (unreadable ones included). */
  withProblems: number
}

/** The closing line of the text format. */
export function summaryLine(totals: Totals, locale: Locale): string {
  const { files, unreadable, errors, warnings, withProblems } = totals
  if (locale === 'en') {
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
    if (errors + warnings === 0) return `✔ ${plural(files, 'file')} checked, no problems`
    const more = [`${withProblems} with problems`]
    if (unreadable > 0) more.push(`${unreadable} unreadable`)
    return `✖ ${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${more.join(', ')})`
  }
  if (errors + warnings === 0) return `✔ 已检查 ${files} 个文件，未发现问题`
  const more = [`${withProblems} 个文件有问题`]
  if (unreadable > 0) more.push(`${unreadable} 个无法读取`)
  return `✖ 已检查 ${files} 个文件：${errors} 个错误，${warnings} 个警告（${more.join('，')}）`
}
