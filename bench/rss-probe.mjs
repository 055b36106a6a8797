/**
 * Preloaded into a child (`node --import bench/rss-probe.mjs …`) where
 * `/usr/bin/time -v` is missing: writes the process's peak resident set size,
 * in kB, to `$JIYAO_BENCH_RSS_FILE` when it exits.
 */

import fs from 'node:fs'

process.on('exit', () => {
  if (process.env.JIYAO_BENCH_RSS_FILE) fs.writeFileSync(process.env.JIYAO_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
