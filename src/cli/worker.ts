// A worker thread of `audit --jobs N`: runs tasks as the main thread posts them, posts back each outcome.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task';

parentPort!.on('message', async (task: Task) => {
  parentPort!.postMessage(await runTask(task));
});
