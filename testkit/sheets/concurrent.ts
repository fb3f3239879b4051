/**
 * Runs several server calls of the built Code.js at once, as Apps Script does when the sidebar's
 * saves overlap (each google.script.run call is its own execution), and enumerates the orders in
 * which their service calls can interleave.
 *
 * Each execution is a worker thread with its own copy of Code.js. Every PropertiesService and
 * LockService call it makes is a step: the worker posts it and blocks (Atomics.wait) until this
 * thread runs it on the one shared store (fakes/services.ts, with Apps Script's limits) and replies.
 * Between steps nothing is shared, which is exactly where Apps Script lets executions interleave.
 * A scheduler picks which parked execution goes next; a depth-first search over its choices visits
 * every interleaving once (or a seeded sample of them when there are more than `limit`).
 */
import * as fs from 'fs';
import { MessageChannel, MessagePort, Worker } from 'worker_threads';
import { FakeProperties } from './services';

const WORKER_SOURCE = String.raw`
const { parentPort, workerData, receiveMessageOnPort } = require('worker_threads');
const vm = require('vm');
const flag = new Int32Array(workerData.shared);
const port = workerData.port;
function step(service, method, args) {
  Atomics.store(flag, 0, 0);
  parentPort.postMessage({ kind: 'step', service, method, args });
  Atomics.wait(flag, 0, 0);
  const reply = receiveMessageOnPort(port).message;
  if (reply.error) throw new Error(reply.error);
  return reply.value;
}
const properties = {};
for (const method of ['getProperty', 'getProperties', 'getKeys', 'setProperty', 'setProperties', 'deleteProperty', 'deleteAllProperties']) {
  properties[method] = (...args) => { const value = step('properties', method, args); return value === '__self__' ? properties : value; };
}
const lock = {
  tryLock: (ms) => step('lock', 'tryLock', [ms]),
  waitLock: (ms) => { if (!step('lock', 'tryLock', [ms])) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.'); },
  releaseLock: () => step('lock', 'releaseLock', []),
  hasLock: () => step('lock', 'hasLock', []),
};
const context = vm.createContext({
  PropertiesService: { getDocumentProperties: () => properties },
  LockService: { getDocumentLock: () => lock },
  Logger: { log: () => undefined },
  Session: { getScriptTimeZone: () => 'Etc/UTC' },
  console: { log: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined },
});
vm.runInContext(workerData.code, context, { filename: 'Code.js' });
parentPort.on('message', (message) => {
  let result;
  try {
    result = { kind: 'done', value: JSON.parse(JSON.stringify(context[message.fn](...message.args) ?? null)) };
  } catch (error) {
    result = { kind: 'done', error: String(error && error.message || error) };
  }
  parentPort.postMessage(result);
});
`;

export interface Call {
  fn: string;
  args: unknown[];
}

export interface Outcome {
  /** what each call returned (or its error message), in the order given */
  results: { value?: unknown; error?: string }[];
  /** which call took each step, e.g. [0, 1, 1, 0, 2] */
  order: number[];
  /** for each call, how many calls had finished when it took its first step */
  finishedBefore: number[][];
  properties: FakeProperties;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
  next?: { service: string; method: string; args: unknown[] } | { done: true; value?: unknown; error?: string };
  wake?: () => void;
}

export class Executions {
  private readonly slots: Slot[] = [];
  private constructor() {}

  static async start(codeFile: string, count: number): Promise<Executions> {
    const code = fs.readFileSync(codeFile, 'utf8');
    const executions = new Executions();
    for (let i = 0; i < count; i++) {
      const shared = new SharedArrayBuffer(4);
      const channel = new MessageChannel();
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { code, shared, port: channel.port2 },
        transferList: [channel.port2],
      });
      const slot: Slot = { worker, port: channel.port1, flag: new Int32Array(shared) };
      worker.on(
        'message',
        (message: {
          kind: string;
          service?: string;
          method?: string;
          args?: unknown[];
          value?: unknown;
          error?: string;
        }) => {
          slot.next =
            message.kind === 'step'
              ? { service: message.service!, method: message.method!, args: message.args! }
              : { done: true, value: message.value, error: message.error };
          slot.wake?.();
        },
      );
      executions.slots.push(slot);
    }
    return executions;
  }

  async stop(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private parked(slot: Slot): Promise<void> {
    if (slot.next) return Promise.resolve();
    return new Promise((resolve) => {
      slot.wake = () => {
        slot.wake = undefined;
        resolve();
      };
    });
  }

  private reply(slot: Slot, reply: { value?: unknown; error?: string }): void {
    slot.next = undefined;
    slot.port.postMessage(reply);
    Atomics.store(slot.flag, 0, 1);
    Atomics.notify(slot.flag, 0);
  }

  /**
   * Runs `calls` at once over `properties`, choosing at each step with `choose(k)` (an index below
   * k, the number of executions that can step). A tryLock while another execution holds the lock
   * waits; if every live execution waits, the waiting tryLock gives up (answers false).
   */
  async run(calls: Call[], properties: FakeProperties, choose: (k: number) => number): Promise<Outcome> {
    if (calls.length > this.slots.length) throw new Error('more calls than executions');
    const slots = this.slots.slice(0, calls.length);
    const results: Outcome['results'] = calls.map(() => ({}));
    const finished = new Set<number>();
    const started = new Set<number>();
    const finishedBefore: number[][] = calls.map(() => []);
    const order: number[] = [];
    let owner = -1;
    slots.forEach((slot, i) => {
      slot.next = undefined;
      slot.worker.postMessage(calls[i]);
    });
    for (;;) {
      await Promise.all(slots.map((slot, i) => (finished.has(i) ? undefined : this.parked(slot))));
      slots.forEach((slot, i) => {
        const next = slot.next;
        if (next && 'done' in next && !finished.has(i)) {
          finished.add(i);
          results[i] = { value: next.value, error: next.error };
          if (owner === i) owner = -1;
        }
      });
      const live = slots.map((_, i) => i).filter((i) => !finished.has(i));
      if (live.length === 0) break;
      const isWaiting = (i: number) => {
        const next = slots[i].next as { service: string; method: string };
        return next.service === 'lock' && next.method === 'tryLock' && owner !== -1 && owner !== i;
      };
      const ready = live.filter((i) => !isWaiting(i));
      if (ready.length === 0) {
        // Everyone waits for a lock nobody will release in time: the first waiter times out.
        this.reply(slots[live[0]], { value: false });
        order.push(live[0]);
        continue;
      }
      const i = ready[choose(ready.length)];
      const step = slots[i].next as { service: string; method: string; args: unknown[] };
      if (!started.has(i)) {
        started.add(i);
        finishedBefore[i] = [...finished];
      }
      order.push(i);
      if (step.service === 'lock') {
        if (step.method === 'tryLock') owner = i;
        if (step.method === 'releaseLock' && owner === i) owner = -1;
        this.reply(slots[i], { value: step.method === 'hasLock' ? owner === i : true });
        continue;
      }
      try {
        const value = (properties as unknown as Record<string, (...args: unknown[]) => unknown>)[step.method](
          ...step.args,
        );
        this.reply(slots[i], { value: value === properties ? '__self__' : value });
      } catch (error) {
        this.reply(slots[i], { error: (error as Error).message });
      }
    }
    return { results, order, finishedBefore, properties };
  }

  /**
   * Every interleaving of `calls` from a store made by `setup` (depth-first over the scheduler's
   * choices), or `limit` of them drawn with a seeded generator when there are more.
   */
  async enumerate(
    calls: Call[],
    setup: () => FakeProperties,
    visit: (outcome: Outcome) => void,
    limit = 5000,
  ): Promise<{ runs: number; exhaustive: boolean }> {
    let prefix: { choice: number; of: number }[] = [];
    let runs = 0;
    for (;;) {
      const path: { choice: number; of: number }[] = [];
      const outcome = await this.run(calls, setup(), (k) => {
        const choice = path.length < prefix.length ? prefix[path.length].choice : 0;
        path.push({ choice, of: k });
        return choice;
      });
      visit(outcome);
      runs++;
      while (path.length > 0 && path[path.length - 1].choice + 1 >= path[path.length - 1].of) path.pop();
      if (path.length === 0) return { runs, exhaustive: true };
      path[path.length - 1].choice++;
      prefix = path;
      if (runs >= limit) break;
    }
    // Too many to visit all: a seeded sample instead (the same every run).
    let seed = 20261201;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < limit; n++) {
      visit(await this.run(calls, setup(), (k) => Math.floor(random() * k)));
      runs++;
    }
    return { runs, exhaustive: false };
  }
}
