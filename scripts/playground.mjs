#!/usr/bin/env node
// The playground: bundle zfxxgk (built in dist/) for browsers, then serve
// examples/playground/ on http://127.0.0.1:<port>/ until stopped.
//
//   npm run playground              build the package, bundle, serve on port 5173
//   node scripts/playground.mjs --port=0    any free port (the tests use this)
import { bundlePlayground, playground } from './playground/bundle.mjs'
import { serve } from './playground/serve.mjs'

const option = process.argv.find((argument) => argument.startsWith('--port='))
const port = option === undefined ? 5173 : Number(option.slice('--port='.length))
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not ${option}`)
  process.exit(2)
}

await bundlePlayground()
const { url } = await serve(playground, port)
console.log(`zfxxgk playground: ${url}`)
