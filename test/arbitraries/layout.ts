/**
 * fast-check arbitraries of reports written out as text, in every layout, with what real
 * converters do to them: blank marks, big numbers, one unbalanced cell, full-width digits,
 * CRLF, U+3000 and NBSP padding, noise lines and page footers between rows, and each
 * layout's own habits (cells split mid-word, `1、` for `1.`, bold labels, trailing tabs,
 * stray spaces in digit runs …).
 *
 * Every arbitrary keeps the values it wrote (`values`, `null` for blanks): a reader must
 * give back exactly those, or — where the layout loses information — `null` with a
 * diagnostic, never another number.
 */
import fc from 'fast-check'
import { fieldKeys, formatLayouts, formatReport, type FormatLayout } from '../../src/index.js'
import { documentBlocks } from '../../src/format/document.js'
import { writeConcatenated } from '../../src/format/concatenated.js'
import type { Format } from '../../src/model.js'
import { balancedValues, perturb, perturbation, type Values } from './report.js'
import { reportFromValues } from '../helpers/report.js'

/** The layouts of plain text (HTML is read by its own entry). */
export type TextLayout = Exclude<FormatLayout, 'html'>

/** Every text layout. */
export const textLayouts: readonly TextLayout[] = ['pipe', 'tab', 'cells', 'markdown', 'concatenated', 'aligned']

/** What was done to a report on its way to text. */
export interface Variant {
  /** Some cells left blank, written with a not-applicable mark. */
  blanks: boolean
  /** Counts up to 10¹¹ (see `largest`). */
  big: boolean
  /** One cell of tables 三/四 moved: the report breaks a rule. */
  unbalanced: boolean
  /** Digits and points written full-width (`１２．５`). */
  fullWidth: boolean
  crlf: boolean
  /** U+3000 and NBSP inside labels and at line starts. */
  oddSpaces: boolean
  /** Site chrome and page footers on lines between the rows. */
  noise: boolean
  /** The layout's own converter habits. */
  habits: boolean
  /** The overview states some of the table's numbers (the solver may use them). */
  claims: boolean
}

/** A report written out as text. */
export interface Rendered {
  format: Format
  layout: FormatLayout
  variant: Variant
  /** The values written: FIELDS keys and metadata; `null` where a blank mark was written. */
  values: Values
  /** How blank cells were written. */
  blank: string
  text: string
  /** How fast-check prints the case: what it is, and its text. */
  [fc.toStringMethod]: () => string
}

/** Marks that real tables write for "not applicable". */
const BLANK_MARKS = ['—', '/', '-', '无', '／', '——', '--'] as const

/** Lines of page furniture that land between table rows. */
const NOISE = ['- 3 -', '-4-', '第 5 页', '第6页 共9页', '分享到：', '【打印本页】【关闭窗口】', '点击数：1288', '来源：测试县人民政府办公室', '　'] as const

/** Labels that converters write with odd spaces inside (`规 章`, `社会公益 组织`). */
const SPACED_LABELS: readonly (readonly [string, string])[] = [
  ['规章', '规\u3000章'],
  ['社会公益组织', '社会公益\u00a0组织'],
  ['（七）总计', '（七）\u3000总计'],
  ['予以公开', '予以\u3000公开'],
  ['重复申请', '重复\u00a0申请'],
]

/**
 * Any variant: each trait on in one case out of two, but big numbers (one in twenty: they
 * make cells run together slow to split) and the unbalanced cell (one in four).
 */
export const variants: fc.Arbitrary<Variant> = fc.record({
  blanks: fc.boolean(),
  big: fc.nat(19).map((draw) => draw === 0),
  unbalanced: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  fullWidth: fc.boolean(),
  crlf: fc.boolean(),
  oddSpaces: fc.boolean(),
  noise: fc.boolean(),
  habits: fc.boolean(),
  claims: fc.boolean(),
})

/** A variant where nothing happens: the text exactly as `formatReport` writes it. */
export const plain: Variant = { blanks: false, big: false, unbalanced: false, fullWidth: false, crlf: false, oddSpaces: false, noise: false, habits: false, claims: false }

/** Random choices a rendering needs, drawn once so that shrinking works on them. */
export interface Draws {
  blankKeys: string[]
  blankMark: string
  /** In HTML, an empty cell (`&nbsp;`) rather than the mark. */
  emptyCell: boolean
  change: { key: string; delta: number }
  /** Where noise lines go (taken modulo the line count) and which. */
  noise: { at: number; line: number }[]
  /** Which of a layout's habits apply, and where stray spaces go. */
  picks: boolean[]
}

/** The random choices of a rendering of `format`. */
export function draws(format: Format): fc.Arbitrary<Draws> {
  return fc.record({
    blankKeys: fc.uniqueArray(fc.constantFrom(...fieldKeys(format)), { minLength: 1, maxLength: 8 }),
    blankMark: fc.constantFrom(...BLANK_MARKS),
    emptyCell: fc.boolean(),
    change: perturbation(format),
    noise: fc.array(fc.record({ at: fc.nat(), line: fc.nat(NOISE.length - 1) }), { minLength: 1, maxLength: 6 }),
    picks: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
  })
}

/**
 * The largest count drawn. Big numbers: up to 10¹¹ (totals within the 15 digits a cell may
 * have); in cells run together 10⁷, where eleven-digit cells make the solver search to its
 * bound, a second a report.
 */
function largest(variant: Variant, layouts: readonly FormatLayout[]): number {
  if (!variant.big) return 500
  return layouts.includes('concatenated') ? 10_000_000 : 100_000_000_000
}

/**
 * Reports written in one of `layouts`, with variants drawn from `variantArbitrary`
 * (default: any).
 */
export function renderedReport(layouts: readonly FormatLayout[] = textLayouts, variantArbitrary: fc.Arbitrary<Variant> = variants, formats: readonly Format[] = ['2021', '2019']): fc.Arbitrary<Rendered> {
  return fc
    .record({ format: fc.constantFrom(...formats), layout: fc.constantFrom(...layouts), variant: variantArbitrary })
    .chain(({ format, layout, variant }) =>
      fc.record({ values: balancedValues(format, largest(variant, [layout])), draws: draws(format) }).map(({ values, draws }) => render(format, layout, variant, values, draws)),
    )
}

/** One report in every layout, HTML included (same values, same variant). */
export function reportInEveryLayout(variantArbitrary: fc.Arbitrary<Variant> = variants): fc.Arbitrary<Rendered[]> {
  return fc
    .record({ format: fc.constantFrom<Format>('2021', '2019'), variant: variantArbitrary })
    .chain(({ format, variant }) =>
      fc.record({ values: balancedValues(format, largest(variant, formatLayouts)), draws: draws(format) }).map(({ values, draws }) => formatLayouts.map((layout) => render(format, layout, variant, values, draws))),
    )
}

/** The values a variant writes: blanks and the moved cell applied. */
function writtenValues(format: Format, variant: Variant, balanced: Values, chosen: Draws): Values {
  let values = balanced
  if (variant.unbalanced) values = perturb(values, chosen.change).values
  if (variant.blanks) {
    values = { ...values }
    for (const key of chosen.blankKeys) values[key] = null
  }
  // Keys the template has but the arbitrary did not fill stay blank.
  for (const key of fieldKeys(format)) if (!(key in values)) values[key] = null
  return values
}

/** The overview's prose: plain, or stating numbers of the tables as reports do. */
function overview(values: Values, variant: Variant): string {
  const year = String(values.year)
  const plainText = `${year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开，不断提高政府工作透明度。`
  if (!variant.claims) return plainText
  const said: string[] = []
  const newRequests = values['applications.newRequests.total']
  const handled = values['applications.totalHandled.total']
  if (typeof newRequests === 'number') said.push(`全年共新收政府信息公开申请${newRequests}件`)
  if (typeof handled === 'number') said.push(`办结${handled}件`)
  return said.length === 0 ? plainText : `${plainText}\n${said.join('，')}。`
}

/**
 * Write `balanced` (flat values) in `layout` with `variant`: blanks and the moved cell
 * applied as `chosen` says, then the text habits.
 */
export function render(format: Format, layout: FormatLayout, variant: Variant, balanced: Values, chosen: Draws): Rendered {
  const values = writtenValues(format, variant, balanced, chosen)
  const report = reportFromValues(values, {
    prose: { overview: overview(values, variant), problems: '政策解读形式仍需丰富，依申请公开答复质量有待提升。', otherMatters: '本年度未收取信息处理费。' },
  })
  const blank = layout === 'html' && chosen.emptyCell ? '' : chosen.blankMark
  let text =
    layout === 'concatenated' && variant.habits
      ? writeConcatenated(documentBlocks(report, blank), (cell) => (chosen.picks[cell % chosen.picks.length] === true && cell % 3 === 0 ? ' ' : ''))
      : formatReport(report, layout, { blank })
  if (variant.habits) text = habits(layout, text, chosen.picks)
  if (variant.oddSpaces) text = oddSpaces(layout, text, chosen.picks)
  if (variant.noise && layout !== 'concatenated' && layout !== 'html') text = insertLines(text, chosen.noise.map(({ at, line }) => ({ at, line: NOISE[line] as string })))
  if (variant.fullWidth) text = fullWidth(text)
  if (variant.crlf) text = text.replaceAll('\n', '\r\n')
  const traits = Object.entries(variant)
    .filter(([, on]) => on)
    .map(([trait]) => trait)
  // A failing case prints what it was and its text, not the 200 values behind it.
  const describe = () => `${format} ${layout} [${traits.join(' ')}]${variant.blanks ? ` blank ${JSON.stringify(blank)}` : ''} ${JSON.stringify(text)}`
  return { format, layout, variant, values, blank, text, [fc.toStringMethod]: describe }
}

/** Each layout's converter habits (LAYOUTS.md), applied where `picks` says. */
function habits(layout: FormatLayout, text: string, picks: readonly boolean[]): string {
  const pick = (index: number) => picks[index] === true
  switch (layout) {
    case 'cells': {
      // Header cells split mid-word; a group label in two cells; the group header repeated after a page break.
      let out = text
      if (pick(0)) out = out.replace('\n商业企业\n', '\n商业\n\n企业\n').replace('\n科研机构\n', '\n科研\n\n机构\n')
      if (pick(1)) out = out.replace('\n（三）不予公开\n', '\n（三）\n\n不予公开\n')
      if (pick(2)) out = out.replace('\n（四）无法提供\n', '\n三、本年度办理结果\n\n（四）无法提供\n')
      return out
    }
    case 'aligned':
      // pdftotext of some templates: `1、` for `1.`.
      return pick(0) ? text.replace('1.申请人无正当', '1、申请人无正当').replace('2.申请人逾期', '2、申请人逾期').replace(' 3.其他', ' 3、其他') : text
    case 'markdown': {
      let out = text
      if (pick(0)) out = out.replace('| 一、本年新收政府信息公开申请数量 |', '| **一、本年新收政府信息公开申请数量** |')
      if (pick(1)) out = out.replaceAll('\n## ', '\n### ')
      return out
    }
    case 'tab':
      // Word copies end table rows with a tab.
      return pick(0)
        ? text
            .split('\n')
            .map((line) => (line.includes('\t') ? `${line}\t` : line))
            .join('\n')
        : text
    case 'pipe':
      // Scraped pages open with the page's own metadata table.
      return pick(0) ? `索 引 号 | 11000000/2025-00020 | 分 类 | 综合政务/其他 / 报告 |\n发布机构 | 测试县人民政府办公室 | 发文日期 | 2025-02-20 |\n${text}` : text
    case 'html':
      // The article inside its site's page: navigation, breadcrumbs, share bar, footer.
      return pick(0)
        ? `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府信息公开</title></head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 年度报告</div>\n${text}<div class="share">分享到：微信 微博</div><footer><p>主办：测试县人民政府办公室 网站标识码：3100000058</p></footer></body></html>\n`
        : text
    case 'concatenated':
      return pick(0) ? `发布时间: 2025-03-10 15:35\n栏目: 政府信息公开年报\n==================== 正文 ====================\n${text}` : text
  }
}

/** U+3000 / NBSP inside some labels and, outside `concatenated`, at the start of some lines. */
function oddSpaces(layout: FormatLayout, text: string, picks: readonly boolean[]): string {
  let out = text
  SPACED_LABELS.forEach(([label, spaced], index) => {
    if (picks[index] === true) out = out.replace(label, spaced)
  })
  // Cells run together and markup have no lines to indent.
  if (layout === 'concatenated' || layout === 'html') return out
  return out
    .split('\n')
    .map((line, index) => (picks[index % picks.length] === true && index % 5 === 0 && line !== '' ? `\u3000${line}` : line))
    .join('\n')
}

/** Insert whole lines at line boundaries (`at` taken modulo the number of lines). */
function insertLines(text: string, inserts: readonly { at: number; line: string }[]): string {
  const lines = text.split('\n')
  for (const { at, line } of inserts) lines.splice(at % lines.length, 0, line)
  return lines.join('\n')
}

/** Digits and points written full-width. */
function fullWidth(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    out += (code >= 0x30 && code <= 0x39) || char === '.' ? String.fromCharCode(code + 0xfee0) : char
  }
  return out
}
