export { extractMany } from './many';
export type { Item, ItemError, ItemResult, ManyOptions, Progress } from './types';
