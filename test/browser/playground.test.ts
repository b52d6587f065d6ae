/**
 * The playground in a real browser (Debian's Chromium, driven by playwright-core): paste a
 * report, drop files, and see the tables, the findings, the source places and the
 * downloads; all without a request beyond the page's own server. Screenshots go to
 * test/artifacts/. (Runs the built package: `npm test` builds before testing.)
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { flattenReport } from '../../src/flatten.js'
import { fieldKeys } from '../../src/template/index.js'
import { parseHtmlReport } from '../../src/html/index.js'
import { parseReport } from '../../src/parse.js'
import { validateReport } from '../../src/validate.js'
import { artifact, isolatedPage, launchChromium, startPlayground } from '../helpers/browser.js'
import { expectedValues, fixtures } from '../helpers/fixtures.js'

const SEED = 'test/fixtures/seeds/004_3f00e38b5daa275f/input.txt'
const CONCATENATED = 'test/fixtures/corpus/001_pingtan_2024_concat/input.txt'
const TEMPLATE_2019 = 'test/fixtures/corpus/006_pingtan_2020_fmt2019/input.txt'
const MARKDOWN = 'test/fixtures/corpus/010_shuyang_2025_markdown_ocr/input.txt'
const WEB_PAGE = 'test/fixtures/corpus/014_pingtan_2024_html/input.html'

let stop: () => void
let browser: Browser
let context: BrowserContext
let page: Page
let outside: string[]
let errors: string[]

beforeAll(async () => {
  const playground = await startPlayground()
  stop = playground.stop
  browser = await launchChromium()
  ;({ context, page, outside, errors } = await isolatedPage(browser, playground.url))
  await page.goto(playground.url)
  await page.waitForSelector('body[data-state="empty"]')
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  stop?.()
})

/** Paste `text` into the text area and wait for the reading. */
async function paste(text: string): Promise<void> {
  await page.fill('#text', text)
  await page.waitForSelector('body[data-state="ready"]')
}

/** Choose `file` in the file input and wait until it has been read as `layout`. */
async function choose(file: string, layout: string): Promise<void> {
  await page.setInputFiles('#file', file)
  await page.waitForSelector(`#layout[data-layout="${layout}"]`)
  await page.waitForSelector('body[data-state="ready"]')
}

/** The value cells' keys on the page. */
const cellKeys = () => page.$$eval('td[data-key]', (cells) => cells.map((cell) => cell.getAttribute('data-key') as string))

describe('the playground', () => {
  const seed = readFileSync(SEED, 'utf8')
  const seedReport = parseReport(seed)
  const balance = validateReport(seedReport).filter((finding) => finding.ruleId === 'applications-balance')

  it('lists the applications-balance errors of a pasted report and highlights their cells', async () => {
    await paste(seed)
    expect(await page.textContent('#format')).toContain('2021')
    expect(await page.getAttribute('#layout', 'data-layout')).toBe('tab')
    expect(balance).toHaveLength(2)
    const listed = page.locator('#findings li[data-rule="applications-balance"]')
    expect(await listed.count()).toBe(2)
    expect(await listed.first().getAttribute('class')).toContain('error')
    for (const finding of balance) {
      expect(await page.locator('#findings').textContent()).toContain(finding.reason)
      for (const key of finding.path) {
        const cell = page.locator(`td[data-key="${key}"]`)
        expect(await cell.getAttribute('class'), key).toContain('broken')
        expect(await cell.getAttribute('title'), key).toContain(finding.reason)
      }
    }
    // A cell no finding names is not marked.
    expect(await page.getAttribute('td[data-key="applications.newRequests.business"]', 'class')).toBeNull()
    await page.screenshot({ path: artifact('playground-seed-004.png'), fullPage: true })
  })

  it('shows the place of a finding in the source, its cells marked', async () => {
    const [first] = [...balance].sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))
    const { start, end } = first!.place!
    await page.locator('#findings li[data-rule="applications-balance"] button').first().click()
    // The place, shaded, with the cells of the equation marked in it.
    const shown = await page.$$eval('#source .place, #source mark', (nodes) => nodes.map((node) => node.textContent).join(''))
    expect(shown).toBe(seed.slice(start.offset, end.offset))
    const marks = await page.$$eval('#source mark', (nodes) => nodes.map((node) => node.textContent))
    expect(marks).toEqual(first!.path.map((key) => String(flattenReport(seedReport)[key])))
    expect(await page.locator('#source mark').first().isVisible()).toBe(true)
    expect(await page.textContent('#place')).toContain(`line ${start.line}, column ${start.column}`)
    expect(await page.getAttribute('#findings li.selected', 'data-rule')).toBe('applications-balance')
    await page.screenshot({ path: artifact('playground-seed-004-place.png') })
  })

  it('shows where a value came from when its cell is clicked', async () => {
    const key = 'applications.newRequests.total'
    await page.click(`td[data-key="${key}"]`)
    const source = seedReport.sources[key]!
    expect(await page.textContent('#source mark')).toBe(seed.slice(source.start.offset, source.end.offset))
    expect(await page.textContent('#source mark')).toBe('78')
  })

  it('downloads the JSON examples/report-json.js prints, and a CSV row', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')])
    expect(json.suggestedFilename()).toBe('宝清县人民政府-2024.json')
    const saved = readFileSync((await json.path())!, 'utf8')
    expect(saved).toBe(`${JSON.stringify({ report: seedReport, findings: validateReport(seedReport) }, null, 2)}\n`)

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')])
    const [header, row, end] = readFileSync((await csv.path())!, 'utf8').split('\r\n')
    expect(end).toBe('')
    const columns = header!.replace(/^\uFEFF/, '').split(',')
    const values = Object.fromEntries(columns.map((column, index) => [column, row!.split(',')[index]]))
    expect(columns.slice(0, 9)).toEqual(['file', 'format', 'year', 'organ', 'title', 'publishedAt', 'errors', 'warnings', 'readError'])
    expect(columns).toEqual(expect.arrayContaining([...fieldKeys('2021'), ...fieldKeys('2019')]))
    expect(values).toMatchObject({ format: '2021', year: '2024', errors: '2', 'applications.newRequests.total': '78', 'applications.carriedForward.total': '1' })
  })

  it('has a cell for every key of the 2021 template, once', async () => {
    const keys = await cellKeys()
    expect(keys).toHaveLength(fieldKeys('2021').length)
    expect(new Set(keys)).toEqual(new Set(fieldKeys('2021')))
  })

  it('reads a concatenated report from a file: every hand-checked value, the ambiguous cells empty and marked', async () => {
    const fixture = fixtures('corpus').find((item) => CONCATENATED.includes(item.name))!
    await choose(CONCATENATED, 'concatenated')
    let checked = 0
    for (const [key, value] of expectedValues(fixture)) {
      if (!key.includes('.')) continue
      const cell = page.locator(`td[data-key="${key}"]`)
      expect(await cell.textContent(), key).toBe(value === null ? '' : String(value))
      if (value === null) expect(await cell.getAttribute('class'), key).toContain('doubtful')
      checked += 1
    }
    expect(checked).toBe(fieldKeys('2021').length)
    expect(await page.textContent('#title')).toBe(fixture.expected?.title)
    expect(await page.locator('#findings li[data-rule="ambiguous-cells"]').count()).toBe(1)
    await page.screenshot({ path: artifact('playground-concatenated.png'), fullPage: true })
  })

  it('has a cell for every key of the 2019 template, once', async () => {
    await choose(TEMPLATE_2019, parseReport(readFileSync(TEMPLATE_2019, 'utf8')).layout!)
    expect(await page.getAttribute('#format', 'data-format')).toBe('2019')
    const keys = await cellKeys()
    expect(keys).toHaveLength(fieldKeys('2019').length)
    expect(new Set(keys)).toEqual(new Set(fieldKeys('2019')))
  })

  it('reads the samples it offers', async () => {
    await page.selectOption('#sample', '004_3f00e38b5daa275f.txt')
    await page.waitForSelector('#layout[data-layout="tab"]')
    await page.waitForSelector('body[data-state="ready"]')
    expect(await page.textContent('#title')).toBe(seedReport.title)
    expect(await page.inputValue('#text')).toBe(seed)
    // A cell shows its source from the keyboard too.
    await page.focus('td[data-key="appeals.review.total"]')
    await page.keyboard.press('Enter')
    expect(await page.textContent('#source mark')).toBe(String(seedReport.appeals.review.total))
  })

  it('reads a Markdown file dropped on it', async () => {
    const markdown = readFileSync(MARKDOWN, 'utf8')
    const expected = parseReport(markdown)
    const files = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([${JSON.stringify(markdown)}], 'report.md', { type: 'text/markdown' }))
      return transfer
    })()`)
    await page.dispatchEvent('#input-panel', 'drop', { dataTransfer: files })
    await page.waitForSelector('#layout[data-layout="markdown"]')
    await page.waitForSelector('body[data-state="ready"]')
    expect(await page.textContent('#title')).toBe(expected.title)
    expect(await page.textContent('td[data-key="applications.newRequests.total"]')).toBe(String(expected.applications.newRequests.total))
    expect(await page.inputValue('#text')).toBe(markdown)
  })

  it('reads a web page through zfxxgk/html: every hand-checked value, placed in the HTML', async () => {
    const fixture = fixtures('corpus').find((item) => WEB_PAGE.includes(item.name))!
    await choose(WEB_PAGE, 'html')
    expect(await page.textContent('#status')).toContain('HTML')
    let checked = 0
    for (const [key, value] of expectedValues(fixture)) {
      if (!key.includes('.')) continue
      expect(await page.textContent(`td[data-key="${key}"]`), key).toBe(value === null ? '' : String(value))
      checked += 1
    }
    expect(checked).toBe(fieldKeys('2021').length)
    expect(await page.textContent('#title')).toBe(fixture.expected?.title)
    // A cell's source is its place in the markup.
    const key = 'applications.newRequests.total'
    const source = parseHtmlReport(fixture.input).sources[key]!
    await page.click(`td[data-key="${key}"]`)
    expect(await page.textContent('#source mark')).toBe(fixture.input.slice(source.start.offset, source.end.offset))
    expect(await page.textContent('#place')).toContain(`line ${source.start.line}, column ${source.start.column}`)
    await page.screenshot({ path: artifact('playground-web-page.png'), fullPage: true })
  })

  it('reads pasted markup as HTML', async () => {
    const html = readFileSync(WEB_PAGE, 'utf8')
    await paste(seed)
    expect(await page.getAttribute('#layout', 'data-layout')).toBe('tab')
    await paste(html)
    expect(await page.getAttribute('#layout', 'data-layout')).toBe('html')
    expect(await page.textContent('td[data-key="applications.newRequests.total"]')).toBe(String(parseHtmlReport(html).applications.newRequests.total))
  })

  it('decodes files in UTF-8, UTF-16 and GB18030', async () => {
    // (A string, not a function: the test runner would rewrite a function's import().)
    const decoded = await page.evaluate(`import('./input.js').then(({ decode }) => [
      decode(new Uint8Array([0xe6, 0x8a, 0xa5, 0xe5, 0x91, 0x8a])),
      decode(new Uint8Array([0xff, 0xfe, 0xa5, 0x62, 0x4a, 0x54])),
      decode(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6])),
    ])`)
    expect(decoded).toEqual(['报告', '报告', '报告'])
  })

  it('asked for nothing beyond its own server, and raised no error', () => {
    expect(outside).toEqual([])
    expect(errors).toEqual([])
  })
})
