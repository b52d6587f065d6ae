/**
 * Reports built from flat values, as a user with a CSV row or a hand-checked `expected.json`
 * would build them: every key of the format's template, `null` where no value is given.
 */
import { fieldKeys } from '../../src/index.js'
import type { Format, Prose } from '../../src/model.js'
import type { Position } from '../../src/position.js'
import { setPath } from '../../src/paths.js'

/** What a built report may carry besides its values. */
export interface Extras {
  prose?: Partial<Prose>
  sources?: Record<string, Position>
}

/**
 * A report object (the model's shape, plain JSON) from flat values: `format`, `title`,
 * `organ`, `year`, `publishedAt` and FIELDS keys; keys starting with `_` are ignored.
 */
export function reportFromValues(values: Record<string, unknown>, extras: Extras = {}): Record<string, unknown> {
  const format: Format = values.format === '2019' ? '2019' : '2021'
  const report: Record<string, unknown> = {
    format,
    title: values.title ?? null,
    organ: values.organ ?? null,
    year: values.year ?? null,
    publishedAt: values.publishedAt ?? null,
  }
  for (const key of fieldKeys(format)) setPath(report, key, values[key] ?? null)
  if (format === '2019') setPath(report, 'active.procurement.amountUnit', null)
  report.prose = { overview: null, problems: null, otherMatters: null, ...extras.prose }
  report.layout = null
  report.layouts = { active: null, applications: null, appeals: null }
  report.sources = extras.sources ?? {}
  report.diagnostics = []
  return report
}
