// Hostile inputs, each built from its recipe on demand (they are megabytes: built in the
// process that reads them, never sent across). Plain JavaScript over the built package,
// so that `read.mjs` can run each in a child process with a time limit.
import { fieldKeys, formatReport } from '../../dist/index.js'

/** A 2021 report with every cell 0: the frame the hostile pieces are put into. */
function zeroReport() {
  const report = { format: '2021', title: '测试县2024年政府信息公开工作年度报告', year: 2024, prose: {} }
  for (const key of fieldKeys('2021')) {
    const parts = key.split('.')
    let node = report
    for (const part of parts.slice(0, -1)) node = node[part] ??= {}
    node[parts[parts.length - 1]] = 0
  }
  return report
}

const tableHeading = '三、收到和处理政府信息公开申请情况'
const label = '一、本年新收政府信息公开申请数量'
const prose = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请12件，办结11件。'

/** Replace `search` in `text`, and fail loudly if it is not there (a recipe gone stale). */
function replace(text, search, replacement) {
  if (!text.includes(search)) throw new Error(`recipe: ${JSON.stringify(search)} not found`)
  return text.replace(search, replacement)
}

/** Recipes by name. */
export const cases = {
  'a run of 1,000,000 digits': () => '1'.repeat(1_000_000),
  'a row of table 三 run together into 1,000,000 digits': () => replace(formatReport(zeroReport(), 'concatenated'), '（一）予以公开0000000', `（一）予以公开${'7'.repeat(1_000_000)}`),
  'a cell of 1,000,000 digits in a tab table': () => replace(formatReport(zeroReport(), 'tab'), '（一）予以公开\t\t0', `（一）予以公开\t\t${'9'.repeat(1_000_000)}`),
  'a million |': () => '|'.repeat(1_000_000),
  'a line of a million | in a pipe table': () => replace(formatReport(zeroReport(), 'pipe'), '||\n二、上年结转', `${'|'.repeat(1_000_000)}\n二、上年结转`),
  'a row label repeated 50,000 times, a line each': () => `${tableHeading}\n${`${label}\n`.repeat(50_000)}`,
  'a row label repeated 50,000 times, run together': () => `${tableHeading}${label.repeat(50_000)}`,
  'table 三 repeated 5,000 times, one cell a line': () => {
    const text = formatReport(zeroReport(), 'cells')
    const start = text.indexOf(tableHeading)
    return text.slice(0, start) + text.slice(start, text.indexOf('四、政府信息公开行政复议')).repeat(5_000)
  },
  'table 三 run together, repeated to 10 MB': () => {
    const text = formatReport(zeroReport(), 'concatenated')
    const start = text.indexOf(tableHeading) + tableHeading.length
    const end = text.indexOf('四、政府信息公开行政复议')
    return text.slice(0, start) + text.slice(start, end).repeat(Math.ceil(10_000_000 / (end - start))) + text.slice(end)
  },
  'the section headings repeated 20,000 times': () => ['一、总体情况', '二、主动公开政府信息情况', tableHeading, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'].join('\n').repeat(20_000),
  'a line of 2 MB of prose with numbers': () => `一、总体情况${prose.repeat(40_000)}`,
  'a line of 4 MB of prose stating counts without 起': () => `一、总体情况${prose.repeat(80_000)}`,
  'a row of a tab table with a million tabs': () => replace(formatReport(zeroReport(), 'tab'), '规章\t0\t0\t0', `规章${'\t'.repeat(1_000_000)}0\t0\t0`),
  'an aligned row with 500,000 numbers': () => replace(formatReport(zeroReport(), 'aligned'), '规章', `规章${'0 '.repeat(500_000)}`),
  'a line of a million zeros with single spaces': () => `${tableHeading}\n${'0 '.repeat(1_000_000)}`,
}
