// what the producer and the workers agree on: the queue's name, where Redis is, where results go
export const QUEUE = 'dramatis-articles';
export const RESULTS = 'dramatis:results'; // hash: article id → the extraction as JSON
export const RUNS = 'dramatis:runs'; // hash: article id → how many times a worker ran it

export function connection() {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  // a worker's blocking reads need maxRetriesPerRequest null (BullMQ's own rule)
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}
