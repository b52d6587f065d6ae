/**
 * The quantities that prose states and tables hold, and how to compute each from the
 * tables.
 *
 * A quantity has one or more *readings*: the words a report uses do not always say which
 * of two table quantities they mean, and a claim is wrong only when it matches none of
 * them. `受理` is `newRequests` in some reports (淮安 2024: 受理 3119 = 新收) and
 * `newRequests + carriedOver` in others (连云区 2024: 受理 79 = 68 + 11; 沭阳 2025); `办结`
 * is `totalHandled` (大竹 2024: 办结 92, 含上年度转结 1) or only the new requests handled
 * (渠县 2023: 办结上年结转 4 件 … 已办结 99 件, and 99 + 4 = 103 = totalHandled); `行政诉讼`
 * is both kinds of lawsuit (渠县 2023: 7 = 6 + 1) or the direct ones only.
 */
import type { Locale } from '../diagnostics.js'
import type { Format } from '../model.js'
import { templates } from '../template/index.js'

/** One way to compute a quantity: the sum of `plus` minus the sum of `minus`. */
export interface Reading {
  plus: readonly string[]
  minus: readonly string[]
  /** What the reading is, for messages. */
  label: Readonly<Record<Locale, string>>
}

/** Quantity ids: table 三 and 四 totals, outcomes per group, and table 二 cells. */
export type QuantityId = string

/** The keys of table 三 rows whose key starts with `prefix`, in the `total` column. */
function totals(format: Format, prefix: string): string[] {
  const table = templates[format].tables.find((candidate) => candidate.id === 'applications')
  return (table?.rows ?? []).filter((row) => row.key === prefix || row.key.startsWith(`${prefix}.`)).map((row) => `${row.key}.total`)
}

function reading(plus: readonly string[], zh: string, en: string, minus: readonly string[] = []): Reading {
  return { plus, minus, label: { 'zh-CN': zh, en } }
}

const NEW = 'applications.newRequests.total'
const OVER = 'applications.carriedOver.total'
const HANDLED = 'applications.totalHandled.total'

const outcomeNames: Record<string, [string, string]> = {
  upheld: ['结果维持', 'upheld'],
  corrected: ['结果纠正', 'corrected'],
  other: ['其他结果', 'other outcome'],
  pending: ['尚未审结', 'pending'],
  total: ['总计', 'total'],
}

/** Readings of an outcome (or the total) of a group of table 四. */
function appeal(group: 'review' | 'lawsuit', outcome: string): Reading[] {
  const [zh, en] = outcomeNames[outcome] as [string, string]
  if (group === 'review') return [reading([`appeals.review.${outcome}`], `行政复议${zh}`, `administrative review, ${en}`)]
  return [
    reading([`appeals.lawsuit.${outcome}`, `appeals.lawsuitAfterReview.${outcome}`], `行政诉讼（直接起诉与复议后起诉）${zh}`, `lawsuits (direct and after review), ${en}`),
    reading([`appeals.lawsuit.${outcome}`], `行政诉讼（未经复议直接起诉）${zh}`, `lawsuits filed directly, ${en}`),
  ]
}

const activeNames: Record<string, [string, string]> = {
  'normativeDocuments.issued': ['本年制发行政规范性文件', 'normative documents issued'],
  'normativeDocuments.repealed': ['本年废止行政规范性文件', 'normative documents repealed'],
  'normativeDocuments.inForce': ['现行有效行政规范性文件', 'normative documents in force'],
  'rules.issued': ['本年制发规章', 'rules issued'],
  'rules.repealed': ['本年废止规章', 'rules repealed'],
  'rules.inForce': ['现行有效规章', 'rules in force'],
  'licensing.decisions': ['行政许可处理决定', 'licensing decisions'],
  'punishment.decisions': ['行政处罚处理决定', 'punishment decisions'],
  'coercion.decisions': ['行政强制处理决定', 'coercion decisions'],
}

/**
 * The readings of quantity `id` in `format`, or `[]` when the format has no such quantity
 * (the 2019 template has no 本年废止件数, no 逾期不补正 row).
 */
export function readings(id: QuantityId, format: Format): Reading[] {
  // The same few quantities are asked for in every report: compute each once. Keyed by
  // format, then id: no key string to build per claim.
  let byId = cached.get(format)
  if (byId === undefined) {
    byId = new Map()
    cached.set(format, byId)
  }
  let found = byId.get(id)
  if (found === undefined) {
    found = computeReadings(id, format)
    byId.set(id, found)
  }
  return found
}

const cached = new Map<Format, Map<QuantityId, Reading[]>>()

function computeReadings(id: QuantityId, format: Format): Reading[] {
  switch (id) {
    case 'newRequests':
      return [reading([NEW], '本年新收政府信息公开申请数量', 'new requests')]
    case 'received':
      return [reading([NEW], '本年新收', 'new requests'), reading([NEW, OVER], '本年新收与上年结转之和', 'new requests plus carried over')]
    case 'handled':
      return [reading([HANDLED], '办理结果总计', 'total handled'), reading([HANDLED], '办理结果总计减上年结转', 'total handled less carried over', [OVER])]
    case 'carriedOver':
      return [reading([OVER], '上年结转政府信息公开申请数量', 'carried over from last year')]
    case 'carriedForward':
      return [reading(['applications.carriedForward.total'], '结转下年度继续办理', 'carried forward')]
    case 'granted':
      return [reading(['applications.granted.total'], '予以公开', 'granted')]
    case 'partlyGranted':
      return [reading(['applications.partlyGranted.total'], '部分公开', 'partly granted')]
    case 'grantedOrPartly':
      return [reading(['applications.granted.total', 'applications.partlyGranted.total'], '予以公开与部分公开之和', 'granted plus partly granted')]
    case 'withheld':
      return [reading(totals(format, 'applications.withheld'), '不予公开各项之和', 'withheld (all reasons)')]
    case 'unavailable':
      return [reading(totals(format, 'applications.unavailable'), '无法提供各项之和', 'unavailable (all reasons)')]
    case 'notHeld':
      return [reading(['applications.unavailable.notHeld.total'], '本机关不掌握相关政府信息', 'not held')]
    case 'notProcessed':
      return [reading(totals(format, 'applications.notProcessed'), '不予处理各项之和', 'not processed (all reasons)')]
    case 'otherHandling':
      return [reading(totals(format, 'applications.otherHandling'), '其他处理', 'other handling')]
    case 'complaint':
      return [reading(['applications.notProcessed.complaint.total'], '信访举报投诉类申请', 'complaints')]
    case 'duplicate':
      return [reading(['applications.notProcessed.duplicate.total'], '重复申请', 'duplicate requests')]
    case 'overdueCorrection':
      return format === '2021' ? [reading(['applications.otherHandling.overdueCorrection.total'], '逾期不补正', 'correction overdue')] : []
    default:
      return appealOrActive(id, format)
  }
}

function appealOrActive(id: QuantityId, format: Format): Reading[] {
  const [head, tail] = id.split(':') as [string, string | undefined]
  if ((head === 'review' || head === 'lawsuit') && tail !== undefined && tail in outcomeNames) return appeal(head, tail)
  const names = activeNames[id]
  if (names === undefined) return []
  // Table 二's rows for documents have other columns in the 2019 template.
  if (format === '2019' && !id.endsWith('.decisions')) return []
  return [reading([`active.${id}`], names[0], names[1])]
}

/** Quantities whose share of the requests a report may state (`…26件，占33.3%`). */
export const shareable: ReadonlySet<QuantityId> = new Set([
  'granted',
  'partlyGranted',
  'grantedOrPartly',
  'withheld',
  'unavailable',
  'notHeld',
  'notProcessed',
  'otherHandling',
  'complaint',
  'duplicate',
  'overdueCorrection',
])

/** What a share may be a share of: the requests handled, the new ones, or all on hand. */
export const shareBases: readonly Reading[] = [
  reading([HANDLED], '办理结果总计', 'total handled'),
  reading([NEW], '本年新收', 'new requests'),
  reading([NEW, OVER], '本年新收与上年结转之和', 'new requests plus carried over'),
]
