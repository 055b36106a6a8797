#!/usr/bin/env node
// The jiyao command: runs the bundled CLI (dist/bin/cli.cjs, made by
// `npm run build`) with the V8 code cache the build left beside it, which
// spares most of the compiling a cold start pays. CommonJS (bin/package.json)
// so that starting it needs no ES module loader. Without a usable cache
// (another Node version), V8 compiles as usual.
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')

const file = path.join(__dirname, '../dist/bin/cli.cjs')
const cacheFile = path.join(__dirname, '../dist/bin/cli.cache')
let cachedData
try {
  cachedData = fs.readFileSync(cacheFile)
} catch {}
const wrapped = '(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(file, 'utf8') + '\n})'
const script = new vm.Script(wrapped, {filename: file, cachedData})
const bundle = {exports: {}}
// Its require() takes Node's built-ins and, beside it, the packages in
// dist/bin/vendor (`./vendor/yaml.cjs`). (Not a createRequire(): loading
// node:module pulls in Node's whole stream library, ~1.5 ms of a start.)
const dir = path.dirname(file)
const requireHere = (id) => require(id.startsWith('./') ? path.join(dir, id) : id)
script.runInThisContext()(bundle.exports, requireHere, bundle, file, dir)
bundle.exports.main().then(() => {
  // `npm run build` asks for the cache after one run on the sample.
  if (process.env.JIYAO_WRITE_CODE_CACHE === '1') fs.writeFileSync(cacheFile, script.createCachedData())
})
