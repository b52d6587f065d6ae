/**
 * Messages of the parse-level findings, in both locales. Rule findings keep their messages
 * beside their rules.
 */
import { listKeys, type Message } from '../diagnostics.js'

/** A section of the template was not found. */
export const sectionMissing: Message<{ section: string }> = {
  'zh-CN': ({ section }) => `未找到“${section}”部分`,
  en: ({ section }) => `Section “${section}” not found`,
}

/** Rows whose values were not found. */
export const rowMissing: Message<{ keys: string[] }> = {
  'zh-CN': ({ keys }) => `未找到这些行的数值：${listKeys(keys)}`,
  en: ({ keys }) => `No values found for the rows ${listKeys(keys)}`,
}

/** Most values a finding quotes: a table of a million cells must not make a megabyte message. */
export const QUOTED_MAX = 12

/** The values a finding quotes: at most {@link QUOTED_MAX} texts, and how many there are in all. */
export interface Quoted {
  texts: string[]
  total: number
}

/** Quote the texts of `count` values, `textAt(i)` giving the i-th: the first ones only. */
export function quote(count: number, textAt: (index: number) => string): Quoted {
  const texts: string[] = []
  for (let index = 0; index < count && index < QUOTED_MAX; index++) texts.push(textAt(index))
  return { texts, total: count }
}

function quoted({ texts, total }: Quoted, more: (rest: number) => string): string {
  return total > texts.length ? `${texts.join(' ')} ${more(total - texts.length)}` : texts.join(' ')
}

/** Values found but fewer (or more) than the rows' cells: none taken. */
export const cellsMisaligned: Message<{ keys: string[]; expected: number; found: Quoted }> = {
  'zh-CN': ({ keys, expected, found }) =>
    `应有 ${expected} 个单元格，实际读到 ${found.total} 个（${quoted(found, (rest) => `…另 ${rest} 个`)}），无法确定各数值属于哪一格，相关单元格置空：${listKeys(keys)}`,
  en: ({ keys, expected, found }) =>
    `Expected ${expected} cells but read ${found.total} (${quoted(found, (rest) => `… ${rest} more`)}); cannot tell which value belongs to which cell, so these cells are left empty: ${listKeys(keys)}`,
}

/** Rows read by the template's fixed order because their labels were not found. */
export const assignedByOrder: Message<{ keys: string[] }> = {
  'zh-CN': ({ keys }) => `未找到行标签，按模板的固定顺序和单元格数读取：${listKeys(keys)}`,
  en: ({ keys }) => `Row labels not found; read by the template's fixed order and cell count: ${listKeys(keys)}`,
}

/** Values after a row's own, which nothing else claims. */
export const extraValues: Message<{ found: Quoted }> = {
  'zh-CN': ({ found }) => `多出的数值未被采用：${quoted(found, (rest) => `…另 ${rest} 个`)}`,
  en: ({ found }) => `Extra values not taken: ${quoted(found, (rest) => `… ${rest} more`)}`,
}

/** A value cell whose text is not a number. */
export const cellUnreadable: Message<{ text: string; key: string }> = {
  'zh-CN': ({ text, key }) => `单元格“${text}”不是数字（${key}）`,
  en: ({ text, key }) => `Cell “${text}” is not a number (${key})`,
}

/** Not a report in a supported template. */
export const unsupportedFormat: Message<{ hint: string }> = {
  'zh-CN': ({ hint }) => `不是受支持的政府信息公开工作年度报告格式（2021 年或 2019 年模板）：${hint}`,
  en: ({ hint }) => `Not an annual report in a supported template (2021 or 2019): ${hint}`,
}

/** Labels of the sections, for messages. */
export const sectionNames: Record<string, { 'zh-CN': string; en: string }> = {
  overview: { 'zh-CN': '一、总体情况', en: '1. Overview' },
  active: { 'zh-CN': '二、主动公开政府信息情况', en: '2. Proactive disclosure' },
  applications: { 'zh-CN': '三、收到和处理政府信息公开申请情况', en: '3. Applications received and handled' },
  appeals: { 'zh-CN': '四、政府信息公开行政复议、行政诉讼情况', en: '4. Administrative reviews and lawsuits' },
  problems: { 'zh-CN': '五、存在的主要问题及改进情况', en: '5. Problems and improvements' },
  otherMatters: { 'zh-CN': '六、其他需要报告的事项', en: '6. Other matters' },
}

/** A digit run with several splits that every constraint allows. */
export const ambiguousCells: Message<{ run: string; keys: string[]; splits: string[]; total: number }> = {
  'zh-CN': ({ run, keys, splits, total }) =>
    `数字串“${run}”可拆为 ${total} 种不同的数值（${splits.join('；')}${total > splits.length ? '；…' : ''}），均不违反勾稽关系和正文，无法唯一确定，这些单元格置空：${listKeys(keys)}`,
  en: ({ run, keys, splits, total }) =>
    `The digits “${run}” split ${total} ways that no balance rule or statement of the prose rules out (${splits.join('; ')}${total > splits.length ? '; …' : ''}); these cells are left empty: ${listKeys(keys)}`,
}

/** A digit run that no split into its cells fits. */
export const cellsUnsplittable: Message<{ run: string; cells: number; keys: string[] }> = {
  'zh-CN': ({ run, cells, keys }) => `数字串“${run}”无法拆分为 ${cells} 个单元格，相关单元格置空：${listKeys(keys)}`,
  en: ({ run, cells, keys }) => `The digits “${run}” cannot be split into ${cells} cells; these cells are left empty: ${listKeys(keys)}`,
}

/** A digit run with too many possible splits to consider. */
export const splitTooComplex: Message<{ run: string; keys: string[] }> = {
  'zh-CN': ({ run, keys }) => `数字串“${run}”的可能拆分过多，不予读取：${listKeys(keys)}`,
  en: ({ run, keys }) => `The digits “${run}” have too many possible splits to read: ${listKeys(keys)}`,
}

/** Cells settled with the help of numbers the prose states. */
export const resolvedByProse: Message<{ claims: string[]; keys: string[] }> = {
  'zh-CN': ({ claims, keys }) => `依据正文所述（${claims.join('；')}）确定了拆分：${listKeys(keys)}`,
  en: ({ claims, keys }) => `Split chosen using what the prose states (${claims.join('; ')}): ${listKeys(keys)}`,
}

/** Cells settled by the balance rules across rows. */
export const resolvedByBalance: Message<{ keys: string[] }> = {
  'zh-CN': ({ keys }) => `依据跨行勾稽关系确定了拆分：${listKeys(keys)}`,
  en: ({ keys }) => `Split chosen by the balance rules across rows: ${listKeys(keys)}`,
}

/** Values out of reading order, regrouped by their arithmetic. */
export const regroupedByBalance: Message<{ keys: string[] }> = {
  'zh-CN': ({ keys }) =>
    `表中数值的顺序被打乱，已按各组“总计等于其余四项之和”唯一地重新分组，并按各组总计在文中的先后对应模板各行：${listKeys(keys)}`,
  en: ({ keys }) =>
    `The values are out of reading order; they were regrouped by the only grouping in which each group's total equals the sum of its other cells, and matched to the template's rows in the order of their totals: ${listKeys(keys)}`,
}
