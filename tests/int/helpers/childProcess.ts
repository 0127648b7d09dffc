import { spawn, type ChildProcess } from 'child_process'

import { diedWhileLoading, LOADING_ATTEMPTS, TSX_NODE_ARGS, warnRetry } from './tsxScript'

export type Child = {
  process: ChildProcess
  /** Everything it printed so far (stdout and stderr). */
  output: () => string
  /** The first match of `pattern` in its output, waited for; fails when it exits first. */
  waitFor: (pattern: RegExp, ms: number) => Promise<RegExpMatchArray>
  /** Sends the signal to the script's process and resolves with its exit code (null when killed by a signal); anything it left running in its group is then killed. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/**
 * A TypeScript script of the app as a child process of the test (an API server, the job worker),
 * started as tsxScript.ts says, in a process group of its own for the final clean-up. A start that
 * died while loading (tsxScript.ts, diedWhileLoading) is started again, while waiting for it.
 */
export const startChild = (script: string, env: NodeJS.ProcessEnv): Child => {
  let output = ''
  let starts = 1
  const start = () => {
    const started = spawn(process.execPath, [...TSX_NODE_ARGS, script], { env: { NODE_OPTIONS: '--no-deprecation', ...env }, detached: true })
    started.stdout!.on('data', (chunk) => (output += chunk))
    started.stderr!.on('data', (chunk) => (output += chunk))
    return { child: started, exited: new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code))) }
  }
  let current = start()
  return {
    get process() {
      return current.child
    },
    output: () => output,
    waitFor: async (pattern, ms) => {
      const until = Date.now() + ms
      for (;;) {
        const match = output.match(pattern)
        if (match) return match
        const { child } = current
        if (child.exitCode !== null || child.signalCode !== null) {
          if (starts < LOADING_ATTEMPTS && diedWhileLoading(child.exitCode, output)) {
            starts++
            warnRetry(script)
            current = start()
            continue
          }
          throw new Error(`${script} terminó antes de tiempo (código ${child.exitCode}, señal ${child.signalCode}):\n${output.slice(-3000)}`)
        }
        if (Date.now() > until) throw new Error(`${script} no mostró ${pattern} en ${ms} ms:\n${output.slice(-3000)}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    stop: async (signal = 'SIGTERM') => {
      const { child, exited } = current
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      const code = await exited
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // The group is already gone.
      }
      return code
    },
  }
}
