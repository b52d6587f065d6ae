/**
 * The words that tie a number in the prose to a quantity of the tables.
 *
 * Deliberately short. A word is here only when, followed closely by a count of 件, it names
 * one table quantity (or a few readings of one, see `quantities.ts`) in the reports we have
 * read. Words that do not — `办理` (全年办理申请218件: new requests? handled?), `收到`,
 * `新增`, `公开` — are left out: an unchecked claim costs nothing, a false alarm costs trust.
 *
 * Roles:
 * - `quantity`: names a quantity of table 三 or 二 itself (`新收`, `予以公开`, `行政许可`);
 * - `group`: 行政复议 / 行政诉讼, a quantity of table 四 that later outcomes refer to;
 * - `outcome`: 维持 / 纠正 / 其他结果 / 尚未审结 of the group named before it;
 * - `verb` and `object`: 制发 / 废止 / 现行有效 with 规范性文件 / 规章;
 * - `carry`: 结转, whose direction (上年结转 or 结转下年度) the words around it decide.
 */
import type { QuantityId } from './quantities.js'

/** What a word does in a claim. */
export type Role = 'quantity' | 'group' | 'outcome' | 'verb' | 'object' | 'carry'

/** One word of the vocabulary. */
export interface Term {
  word: string
  role: Role
  /** The quantity (`quantity`, `group`), outcome (`outcome`), column (`verb`) or row (`object`). */
  id: QuantityId
  /** Most characters allowed between the word and the number (`新收到政府信息公开申请99件`). */
  gap: number
  /** Bound inside parentheses too (sub-items: `（含上年度结转申请34件）`). */
  nested?: boolean
  /** Counted in 起 as well as 件 (cases). */
  cases?: boolean
  /** A word used of much else than requests (`受理`, `答复`): the sentence must speak of 申请. */
  generic?: boolean
}

const GAP = 12

/** A word of table 三; `generic` when it is used of much else than requests. */
function apps(word: string, id: QuantityId, { nested = false, generic = false } = {}): Term {
  const term: Term = { word, role: 'quantity', id, gap: GAP }
  if (nested) term.nested = true
  if (generic) term.generic = true
  return term
}

/** The vocabulary. Longer words win where several start at one place. */
export const vocabulary: readonly Term[] = [
  apps('新收到', 'newRequests', { generic: true }),
  apps('新收', 'newRequests', { generic: true }),
  apps('新受理', 'newRequests', { generic: true }),
  apps('新接收', 'newRequests', { generic: true }),
  apps('受理', 'received', { generic: true }),
  apps('办结', 'handled', { generic: true }),
  apps('答复', 'handled', { generic: true }),
  apps('予以公开', 'granted'),
  apps('部分公开', 'partlyGranted'),
  apps('不予公开', 'withheld'),
  apps('不予以公开', 'withheld'),
  apps('无法提供', 'unavailable'),
  apps('本机关不掌握', 'notHeld', { nested: true }),
  apps('不掌握', 'notHeld', { nested: true, generic: true }),
  apps('不予处理', 'notProcessed'),
  apps('其他处理', 'otherHandling', { generic: true }),
  apps('信访举报投诉', 'complaint', { nested: true }),
  apps('重复申请', 'duplicate', { nested: true }),
  apps('逾期不补正', 'overdueCorrection', { nested: true }),
  { word: '结转', role: 'carry', id: 'carry', gap: GAP, nested: true, generic: true },
  { word: '转结', role: 'carry', id: 'carry', gap: GAP, nested: true, generic: true },
  { word: '行政复议', role: 'group', id: 'review', gap: 6, cases: true },
  { word: '行政诉讼', role: 'group', id: 'lawsuit', gap: 6, cases: true },
  { word: '结果维持', role: 'outcome', id: 'upheld', gap: 2, cases: true },
  { word: '维持', role: 'outcome', id: 'upheld', gap: 2, cases: true },
  { word: '结果纠正', role: 'outcome', id: 'corrected', gap: 2, cases: true },
  { word: '纠正', role: 'outcome', id: 'corrected', gap: 2, cases: true },
  { word: '其他结果', role: 'outcome', id: 'other', gap: 2, cases: true },
  { word: '尚未审结', role: 'outcome', id: 'pending', gap: 2, cases: true },
  { word: '制发', role: 'verb', id: 'issued', gap: 2 },
  { word: '废止', role: 'verb', id: 'repealed', gap: 2 },
  { word: '现行有效', role: 'verb', id: 'inForce', gap: 2 },
  { word: '行政规范性文件', role: 'object', id: 'normativeDocuments', gap: 2 },
  { word: '规范性文件', role: 'object', id: 'normativeDocuments', gap: 2 },
  { word: '规章', role: 'object', id: 'rules', gap: 2 },
  { word: '行政许可', role: 'quantity', id: 'licensing.decisions', gap: 2 },
  { word: '行政处罚', role: 'quantity', id: 'punishment.decisions', gap: 2 },
  { word: '行政强制', role: 'quantity', id: 'coercion.decisions', gap: 2 },
]

/** Words that may stand between 行政许可 etc. and the number: nothing, or 决定. */
export const decisionGaps: ReadonlySet<string> = new Set(['', '决定', '处理决定'])

/** Gap text that breaks the tie between a word and a number: comparisons, shares, rates, subsets. */
export const gapBreakers: readonly string[] = ['较', '比', '增', '减', '降', '升', '占', '率', '%', '其中', '平均', '每']

/**
 * Words in the clause before the term that mark a part of the organ (a department, a
 * township) rather than the whole: claims about a part are not compared with the tables.
 * Written after `各` (`各部门`, `各乡镇`) they mean all parts, and do not count.
 */
export const partWords: readonly string[] = ['本级', '所属', '下属', '分局', '局', '委员会', '办公室', '中心', '部门', '单位', '公司', '街道', '镇', '乡', '村', '院', '站']

/** Words in the clause before the term that point at another period. */
export const otherPeriodWords: readonly string[] = ['上年', '去年', '前年', '上一年', '同期', '以来']

/** After `其中`, the words that may stand before the term (`其中引发行政复议6件`); anything else names a subset. */
export const subsetFillers: readonly string[] = ['引发', '被', '收到', '涉及', '发生', '共计', '共', '已', '依法', '经', '的']

/** Conjunctions that join two terms into one claim (`予以公开及部分公开258件`). */
export const conjunctions: readonly string[] = ['以及', '、', '和', '及', '与', '或']

/** Marks before a number that make it approximate (`近100件`, `超过`, `约`). */
export const approximateBefore: readonly string[] = ['近', '约', '超', '逾', '过', '余', '足', '第']

/** Marks after the unit that make a count approximate or another unit (`99件以上`, `件次`). */
export const approximateAfter: readonly string[] = ['以上', '以下', '左右', '次', '多']
