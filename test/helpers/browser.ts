/**
 * A real browser for the tests: Debian's Chromium (`.ci/run` installs it with apt-get),
 * driven by playwright-core, and the playground served by its own command on a free port.
 * Each test file starts its own server and browser and stops them: nothing outlives it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Chromium's executable: Debian's, or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Where the tests save screenshots (gitignored; CI keeps it as an artifact). */
export const ARTIFACTS = 'test/artifacts/'

/** Start Chromium headless, with nothing that reaches for the network on its own. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does: apt-get install chromium) or set CHROMIUM_PATH`)
  // playwright gives each launch a fresh profile (--user-data-dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
  })
}

/** A page whose requests outside `origin` are refused and recorded in `outside`, and whose errors are recorded in `errors`. */
export async function isolatedPage(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } })
  const outside: string[] = []
  const errors: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith(origin)) return route.continue()
    outside.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return { context, page, outside, errors }
}

/** The playground served by `node scripts/playground.mjs --port=0` (what `npm run playground` runs). */
export async function startPlayground(): Promise<{ url: string; stop: () => void }> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/playground.mjs', '--port=0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    let printed = ''
    server.stdout?.setEncoding('utf8')
    server.stdout?.on('data', (chunk: string) => {
      printed += chunk
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed)
      if (found !== null) resolve(found[0])
    })
    server.once('exit', (code) => reject(new Error(`the playground server exited (${code}) before serving: ${printed}`)))
  })
  return { url, stop: () => server.kill() }
}

/** Make sure the artifacts folder exists; returns the path of `name` in it. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true })
  return `${ARTIFACTS}${name}`
}
