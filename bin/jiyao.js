#!/usr/bin/env node
// The jiyao command: the bundled CLI (`npm run build` makes dist/bin/).
import {main} from '../dist/bin/cli.js'

await main()
