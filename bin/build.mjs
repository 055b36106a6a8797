// Build the CLI bundle: dist/bin/cli.cjs, its V8 code cache cli.cache, and
// the batch worker worker.js. One bundled file compiled from a cache instead
// of a tree of ES modules is what brings the cold start of
// `jiyao file --format json` near `node -e 0`.
import {existsSync, readFileSync, rmSync} from 'node:fs'
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
// cache (vm.Script). Modules the run may not need (yaml, chalk, the Markdown,
// HTML and Word readers) are wrapped by esbuild to run only when imported.
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/bin/cli.cjs',
  format: 'cjs',
  // A vm.Script cannot import(): a dynamic import of a Node built-in (one
  // loaded only when the run needs it, like node:fs/promises for writing
  // files) becomes a require() run at that point.
  supported: {'dynamic-import': false},
  // import.meta.url, made only if asked for (the worker's path, --version).
  define: {...common.define, 'import.meta.url': '__jiyaoMeta.url'},
  banner: {js: "const __jiyaoMeta={get url(){return require('node:url').pathToFileURL(__filename).href}};"}
})

// The batch worker (pool.ts finds it beside the command).
await build({
  ...common,
  entryPoints: ['src/cli/worker.ts'],
  outfile: 'dist/bin/worker.js',
  format: 'esm',
  // Some bundled CommonJS (mammoth's dependencies) calls require().
  banner: {js: "import {createRequire as __jiyaoRequire} from 'node:module';const require=__jiyaoRequire(import.meta.url);"}
})

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
