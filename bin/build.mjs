// Build the CLI bundle: dist/bin/cli.cjs, its V8 code cache cli.cache, the
// packages only some runs need in dist/bin/vendor, and the batch worker
// worker.js. One bundled file compiled from a cache instead of a tree of ES
// modules is what brings the cold start of `jiyao file --format json` near
// `node -e 0`.
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = new URL('..', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))

// commander requires node:child_process at load time, only to run
// executable subcommands, which jiyao has none of; loading it costs ~6 ms of
// every start, so the bundle gets an empty stand-in.
const withoutChildProcess = {
  name: 'without-child-process',
  setup(build) {
    build.onResolve({filter: /^(node:)?child_process$/}, () => ({path: 'child_process', namespace: 'jiyao-stub'}))
    build.onLoad({filter: /.*/, namespace: 'jiyao-stub'}, () => ({contents: 'module.exports = {}', loader: 'js'}))
  }
}

// Packages only some runs need: --help and every option but --format
// (commander), YAML ledgers, the outline and warnings (chalk, string-width),
// the Markdown and HTML readers. Each is its own file in dist/bin/vendor,
// required when first imported, so that the file the command reads and
// compiles on every start (with its code cache) holds only what a plain
// conversion runs: when this was written, 135 KB instead of 635 (and a
// cache of 235 KB instead of 367), about 4 ms of reading and deserializing
// saved per start. (Grown with the rules and vocabulary since: 349 KB and a
// cache of 533 KB in the ninth session, the packages' 515 KB left out.)
const vendored = ['commander', 'yaml', 'chalk', 'string-width', 'unified', 'remark-parse', 'rehype-parse', 'hast-util-to-text']
const vendorFile = (name) => `./vendor/${name}.cjs`

// In the command, `import … from 'yaml'` reads the vendored file. The
// stand-in is an ES module re-exporting it, so that its default export is
// the package's default (not the whole CommonJS exports, as Node's rule for
// an ES module importing CommonJS would have it).
const fromVendor = {
  name: 'from-vendor',
  setup(build) {
    const filter = new RegExp(`^(${vendored.join('|')})$`)
    build.onResolve({filter}, (args) =>
      args.namespace === 'jiyao-vendor' ? undefined : {path: args.path, namespace: 'jiyao-vendor'}
    )
    build.onResolve({filter: /^\.\/vendor\//, namespace: 'jiyao-vendor'}, (args) => ({path: args.path, external: true}))
    build.onLoad({filter: /.*/, namespace: 'jiyao-vendor'}, (args) => {
      const file = JSON.stringify(vendorFile(args.path))
      return {contents: `export * from ${file}; export {default} from ${file}`, loader: 'js'}
    })
  }
}

// Stale chunks from an earlier build would be dead weight in the package.
rmSync(new URL('dist/bin', root), {recursive: true, force: true})

const common = {
  absWorkingDir: fileURLToPath(root),
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  define: {JIYAO_VERSION: JSON.stringify(manifest.version)},
  plugins: [withoutChildProcess],
  legalComments: 'none',
  minify: true,
  logLevel: 'warning'
}

// The command: one CommonJS file, so bin/jiyao.js can compile it with a code
// cache (vm.Script). Modules of ours the run may not need (the Markdown, HTML
// and Word readers, the outline, the ledger) are wrapped by esbuild to run
// only when imported; the packages are in vendor/.
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/bin/cli.cjs',
  format: 'cjs',
  plugins: [...common.plugins, fromVendor],
  // A vm.Script cannot import(): a dynamic import of a Node built-in (one
  // loaded only when the run needs it, like node:fs/promises for writing
  // files) becomes a require() run at that point.
  supported: {'dynamic-import': false},
  // import.meta.url, made only if asked for (the worker's path, --version).
  define: {...common.define, 'import.meta.url': '__jiyaoMeta.url'},
  banner: {js: "const __jiyaoMeta={get url(){return require('node:url').pathToFileURL(__filename).href}};"}
})

// esbuild writes strings ASCII-only but leaves regular expression literals
// as written, and ours hold Chinese: a single such character makes V8 hold
// the whole source as two bytes a character (twice the memory to read,
// copy and scan at every start, and in every batch worker). Escaped as
// \uXXXX they match the same text (only a pattern's .source reads
// differently, and jiyao never reads it). A String.raw template would
// change meaning, so one holding non-ASCII stops the build instead.
function asciiOnly(file) {
  const path = fileURLToPath(new URL(file, root))
  const text = readFileSync(path, 'utf8')
  if (/String\.raw`[^`]*[^\x00-\x7F]/.test(text)) throw new Error(`${file}: non-ASCII in a String.raw template`)
  // (`\、`, an identity escape, becomes `\u3001`, not `\\u3001`.)
  const escaped = text.replace(/(\\*)([^\x00-\x7F])/g, (_, slashes, unit) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes
    return kept + '\\u' + unit.charCodeAt(0).toString(16).padStart(4, '0')
  })
  writeFileSync(path, escaped)
}

asciiOnly('dist/bin/cli.cjs')

// Each vendored package on its own, with its exports as esbuild gives an ES
// module to CommonJS (`__esModule`, `default` beside the named exports).
for (const name of vendored) {
  await build({
    ...common,
    entryPoints: [name],
    outfile: `dist/bin/vendor/${name}.cjs`,
    format: 'cjs'
  })
}

// The batch worker (pool.ts finds it beside the command).
await build({
  ...common,
  entryPoints: ['src/cli/worker.ts'],
  outfile: 'dist/bin/worker.js',
  format: 'esm',
  // Some bundled CommonJS (mammoth's dependencies) calls require().
  banner: {js: "import {createRequire as __jiyaoRequire} from 'node:module';const require=__jiyaoRequire(import.meta.url);"}
})
asciiOnly('dist/bin/worker.js')

// V8's code cache of one run on the sample: the functions a conversion
// compiles, ready for the next start.
// (Skipped where the sample is not shipped: the command then compiles as usual.)
if (existsSync(new URL('fixtures/sample.txt', root))) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('bin/jiyao.js', root)), 'fixtures/sample.txt', '--format', 'json'], {
    cwd: fileURLToPath(root),
    env: {...process.env, JIYAO_WRITE_CODE_CACHE: '1'},
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (run.status !== 0) throw new Error('jiyao failed on the sample while building its code cache')
}
