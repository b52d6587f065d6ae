/**
 * Diagnostics: plain objects shaped like unified's `VFileMessage`, so that they cross
 * worker threads and `structuredClone` intact and become vfile messages in one line.
 *
 * Parse-level findings (a section or row not found, a cell that could not be read) and
 * rule findings (a balance identity that fails) share this one shape. Ids are stable
 * kebab-case codes, like parse5's error codes; messages are Chinese by default because
 * supervisors read Chinese, English with `locale: 'en'`.
 */
import type { Position } from './position.js'

/** How serious a finding is. `info` is used for "could not be assessed". */
export type Severity = 'error' | 'warning' | 'info'

/** Message language. */
export type Locale = 'zh-CN' | 'en'

/** One finding about a report. */
export interface Diagnostic {
  /** Stable id of the finding, e.g. `applications-balance`, `row-missing`. */
  ruleId: string
  /** Always `"zfxxgk"`: what produced the finding. */
  source: 'zfxxgk'
  /** `error` for a broken rule, `warning` for a doubtful reading, `info` for the rest. */
  severity: Severity
  /** Human-readable message in the requested locale. */
  reason: string
  /** Where in the user's text: the cell most likely wrong, or the row or section. */
  place: Position | null
  /** The flat keys (FIELDS.md) the finding is about. */
  path: string[]
  /** What the text says, where that is one value. */
  actual?: number | string | null
  /** What the rule or the table expects instead. */
  expected?: number | string | null
  /** Documentation of the rule. */
  url?: string
  /** For ambiguous cells: every split that survived the constraints, as cell values. */
  candidates?: (number | null)[][]
  /**
   * For findings across reports (`validateSeries`): the indexes, in the array the caller
   * passed, of the reports involved, earlier year first. `place` is in the later report.
   */
  reports?: number[]
}

/** Base address of the rule pages. */
export const RULES_URL = 'https://github.com/zfxxgk/zfxxgk/blob/main/docs/rules/'

/** Message catalogue entry: one function per locale, from the finding's data to text. */
export type Message<Data> = Record<Locale, (data: Data) => string>

/** Build a diagnostic; `reason` is produced by `message` in `locale`. */
export function diagnostic<Data>(
  ruleId: string,
  severity: Severity,
  message: Message<Data>,
  data: Data,
  locale: Locale,
  fields: {
    place?: Position | null
    path?: string[]
    actual?: number | string | null
    expected?: number | string | null
    url?: string
    candidates?: (number | null)[][]
    reports?: number[]
  } = {},
): Diagnostic {
  const result: Diagnostic = {
    ruleId,
    source: 'zfxxgk',
    severity,
    reason: message[locale](data),
    place: fields.place ?? null,
    path: fields.path ?? [],
  }
  if (fields.actual !== undefined) result.actual = fields.actual
  if (fields.expected !== undefined) result.expected = fields.expected
  if (fields.url !== undefined) result.url = fields.url
  if (fields.candidates !== undefined) result.candidates = fields.candidates
  if (fields.reports !== undefined) result.reports = fields.reports
  return result
}

/** Join keys for a message, shortening long lists. */
export function listKeys(keys: readonly string[], limit = 4): string {
  if (keys.length <= limit) return keys.join(', ')
  return `${keys.slice(0, limit).join(', ')} … (+${keys.length - limit})`
}
