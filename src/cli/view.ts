import { basename } from 'node:path';
import { toHtml } from '../html';
import type { Extraction } from '../index';

/** --format html: a standalone page, titled by the file it shows */
export const view = (text: string, result: Extraction, file: string | undefined) =>
  toHtml(text, result, { standalone: true, title: file && file !== '-' ? `dramatis: ${basename(file)}` : 'dramatis' });
