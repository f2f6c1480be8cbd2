import type { PortalLog } from './http.js';

/** Work a flow hands over to run once its answer is on the way (`ctx.after`). */
export type AfterTask = () => Promise<void>;

/**
 * Work that runs after the answer: what must not show in an answer's timing (asking the member
 * registry, writing a letter, a notice) or need not hold it up. The tasks of a request start once
 * the server has read its answer's body to the end (so the bytes are written before any of the
 * tasks' database calls and CPU time can delay them), in a later turn of the event loop; if no
 * one reads the body, they start after `unreadMs`. A failing task is logged with its error's name
 * only (a registry's or database's message may quote personal data) and never reaches the
 * process. `settled()` starts what still waits for its answer to be read and resolves when every
 * task has finished, including tasks that tasks start (graceful shutdown, tests).
 */
export interface AfterWork {
  /** The response to send in place of `response`, starting `tasks` once its body is read. */
  afterAnswer(label: string, tasks: readonly AfterTask[], response: Response): Promise<Response>;
  /** Starts `tasks` now, for the request `label` names (method and path, for the log). */
  start(label: string, tasks: readonly AfterTask[]): void;
  settled(): Promise<void>;
}

export function afterWork(log: PortalLog, unreadMs = 10_000): AfterWork {
  const running = new Set<Promise<void>>();
  /** Starters of tasks whose answer has not been read yet. */
  const waiting = new Set<() => void>();

  function startOne(label: string, task: AfterTask): void {
    const run: Promise<void> = new Promise<void>((turn) => setImmediate(turn))
      .then(task)
      .catch((error: unknown) => {
        const name = error instanceof Error ? error.name : typeof error;
        log({ level: 'error', event: 'after.failed', route: label, error: name });
      })
      .finally(() => running.delete(run));
    running.add(run);
  }

  function start(label: string, tasks: readonly AfterTask[]): void {
    for (const task of tasks) startOne(label, task);
  }

  return {
    start,
    async afterAnswer(label, tasks, response) {
      if (tasks.length === 0) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      let begun = false;
      const begin = () => {
        if (begun) return;
        begun = true;
        clearTimeout(timer);
        waiting.delete(begin);
        start(label, tasks);
      };
      const timer = setTimeout(begin, unreadMs);
      timer.unref();
      waiting.add(begin);
      let handedOut = false;
      // No chunk is asked for before a reader wants one (high-water mark 0): the second request
      // for a chunk comes after the reader has taken the whole body.
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (handedOut) {
              controller.close();
              begin();
            } else {
              handedOut = true;
              controller.enqueue(bytes);
            }
          },
          cancel: begin,
        },
        { highWaterMark: 0 },
      );
      return new Response(body, { status: response.status, headers: response.headers });
    },
    async settled() {
      for (const begin of [...waiting]) begin();
      while (running.size > 0) await Promise.all(running);
    },
  };
}
