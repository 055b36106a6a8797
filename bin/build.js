// Build the CLI bundle: dist/bin/cli.js (+ worker.js and shared chunks).
// One file to load instead of a tree of ESM modules is what makes the cold
// start of `jiyao file --format json` close to `node -e 0`; yaml, chalk and
// the readers stay in chunks loaded only by the runs that need them.
import {readFileSync, rmSync} from 'node:fs'
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

await build({
  absWorkingDir: fileURLToPath(root),
  entryPoints: {cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts'},
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  chunkNames: '[name]-[hash]',
  define: {JIYAO_VERSION: JSON.stringify(manifest.version)},
  // Some bundled CommonJS (mammoth's dependencies) calls require().
  banner: {js: "import {createRequire as __jiyaoRequire} from 'node:module';const require=__jiyaoRequire(import.meta.url);"},
  plugins: [withoutChildProcess],
  legalComments: 'none',
  minify: true,
  logLevel: 'warning'
})
