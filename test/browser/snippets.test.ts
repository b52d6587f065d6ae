/**
 * The README's browser snippets, in a real browser: the one for a bundler, bundled by
 * esbuild as the README says; the `<script type="module">` one, with its CDN address
 * answered by what that CDN serves, the core entry bundled as one ES module. Nothing else
 * is fetched. (Runs the built package: `npm test` builds before testing.)
 */
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parse.js'
import { validateReport } from '../../src/validate.js'
import { launchChromium } from '../helpers/browser.js'

const seed = readFileSync('test/fixtures/seeds/004_3f00e38b5daa275f/input.txt', 'utf8')
const findings = validateReport(parseReport(seed))
const readme = readFileSync('README.md', 'utf8')
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/** An ES module bundle of `entry` for browsers, as text. */
async function bundle(entry: string, minify = false): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', minify, write: false, logLevel: 'silent' })
  return result.outputFiles[0]!.text
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** A page that gets `files` (address → [content type, body]) and nothing else; what else it asked for is in `outside`. */
async function pageServing(files: Record<string, [string, string]>): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage()
  const outside: string[] = []
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.route('**/*', async (route) => {
    const file = files[route.request().url()]
    if (file === undefined) {
      outside.push(route.request().url())
      return route.abort('blockedbyclient')
    }
    return route.fulfill({ status: 200, contentType: file[0], body: file[1], headers: { 'access-control-allow-origin': '*' } })
  })
  return { page, outside, errors }
}

describe('the README in a browser', () => {
  it('runs the bundler snippet, bundled by esbuild', async () => {
    expect(readme.includes('npx esbuild examples/browser/bundler.js --bundle --format=esm'), 'the README shows the build command').toBe(true)
    const { page, outside, errors } = await pageServing({
      'http://snippets.test/': ['text/html', '<!doctype html><meta charset="utf-8"><textarea></textarea><output></output><script type="module" src="app.js"></script>'],
      'http://snippets.test/app.js': ['text/javascript', await bundle('examples/browser/bundler.js')],
    })
    await page.goto('http://snippets.test/')
    await page.fill('textarea', seed)
    await page.waitForSelector('output:not(:empty)')
    expect(await page.textContent('output')).toBe('宝清县人民政府2024年政府信息公开工作年度报告: 2 error(s)')
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('runs the <script type="module"> snippet, from its CDN address', async () => {
    const html = readFileSync('examples/browser/cdn.html', 'utf8')
    expect(readme.includes(`\`\`\`html\n${html}\`\`\``), 'the README shows examples/browser/cdn.html').toBe(true)
    const address = /from '(https:\/\/esm\.sh\/zfxxgk@[^']+)'/.exec(html)?.[1]
    expect(address, 'the snippet pins the published version').toBe(`https://esm.sh/zfxxgk@${version}`)
    const { page, outside, errors } = await pageServing({
      'http://snippets.test/cdn.html': ['text/html', html],
      [address!]: ['text/javascript', await bundle('dist/index.js', true)],
    })
    await page.goto('http://snippets.test/cdn.html')
    await page.fill('textarea', seed)
    await page.waitForSelector('li')
    expect(await page.$$eval('li', (items) => items.map((item) => item.textContent))).toEqual(findings.map((finding) => finding.reason))
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})
