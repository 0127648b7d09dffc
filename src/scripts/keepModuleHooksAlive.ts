/**
 * Import first in every script tsx runs. tsx compiles each module in Node's module-hooks thread;
 * on Node 20 that thread can empty its event loop while a compilation is still under way, answer
 * the import "never settles", and the script then exits with code 13 and prints nothing (the job
 * worker did so once in about forty starts on a loaded machine, and once in CI). A timer in that
 * thread keeps its loop turning until the answer arrives. Node lets the process end without the
 * thread whenever no import is waiting on it, so the timer never keeps a finished script alive.
 */
import { register } from 'node:module'

register('data:text/javascript,export function initialize(){setInterval(()=>{},2**30)}')
