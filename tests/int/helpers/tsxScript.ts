/**
 * How tests start a TypeScript script of the app: `node --import tsx <script>`, one process
 * with tsx's loader in it. Not tsx's command line (`tsx`, `npx tsx`): that runs the script in a
 * second node process and relays signals and exit codes, and under load it sometimes exited with
 * code 13 and no output before the script said anything (seen in CI and in a stress of the job
 * worker's start, about 1 start in 30). Not npx either: it would die of a signal itself instead
 * of reporting the script's exit code.
 */
export const TSX_NODE_ARGS = ['--import', 'tsx'] as const

/** The command and arguments for spawn/execFile. */
export const tsxScript = (script: string, ...args: string[]): [string, string[]] => [process.execPath, [...TSX_NODE_ARGS, script, ...args]]
