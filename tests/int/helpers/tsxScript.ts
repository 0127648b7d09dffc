import { execFile, spawnSync, type SpawnSyncOptions } from 'child_process'
import { promisify } from 'util'

/**
 * How tests start a TypeScript script of the app: `node --import tsx <script>`, one process with
 * tsx's loader in it (not npx, which would die of a signal itself instead of reporting the
 * script's exit code, nor tsx's command line, which adds a second process).
 */
export const TSX_NODE_ARGS = ['--import', 'tsx'] as const

/** The command and arguments for spawn/execFile. */
export const tsxScript = (script: string, ...args: string[]): [string, string[]] => [process.execPath, [...TSX_NODE_ARGS, script, ...args]]

/**
 * A start that died before the script ran: Node 20 with tsx's loader sometimes exits with code 13
 * ("unsettled top-level await") and prints nothing while it is still loading the app's modules, on
 * a loaded machine (seen in CI, and in stressed starts of the job worker, 4 at a time, about 1 in
 * 40, through tsx's command line and through `--import tsx` alike; cause not found). None of the
 * app's scripts exits with 13 itself, so such a start is tried again, up to LOADING_ATTEMPTS in
 * all, and says so (a fresh-clone run on 02/12/2026 saw prepareDatabase.ts die so twice in a row).
 */
export const diedWhileLoading = (code: number | null, output: string) => code === 13 && output.trim() === ''

/** How many starts a script gets when the ones before died while loading. */
export const LOADING_ATTEMPTS = 3

export const warnRetry = (script: string) => console.warn(`${script}: salió con código 13 sin imprimir nada mientras cargaba (Node 20 + tsx); se intenta de nuevo.`)

/** spawnSync of a script, tried again when it died while loading (see diedWhileLoading). */
export const runScriptSync = (script: string, args: string[], options: SpawnSyncOptions) => {
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(...tsxScript(script, ...args), { encoding: 'utf8', ...options })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    // With inherited output nothing is captured: the code alone tells (the app's scripts never exit 13).
    const captured = result.stdout !== null || result.stderr !== null
    if (attempt < LOADING_ATTEMPTS && result.status === 13 && (!captured || output.trim() === '')) {
      warnRetry(script)
      continue
    }
    return result
  }
}

/** execFile of a script (stdout and stderr captured), tried again when it died while loading. */
export const runScript = async (script: string, args: string[], options: { env: NodeJS.ProcessEnv; timeout?: number }) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await promisify(execFile)(...tsxScript(script, ...args), { ...options, maxBuffer: 32 * 1024 * 1024 })
    } catch (error) {
      const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string }
      if (attempt < LOADING_ATTEMPTS && diedWhileLoading(code ?? null, `${stdout}${stderr}`)) {
        warnRetry(script)
        continue
      }
      throw error
    }
  }
}
