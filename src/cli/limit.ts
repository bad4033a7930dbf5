import { DramatisError } from '../index';

/** a text over --max-length, refused in the CLI's own words (`--max-length`, not `options.maxLength`), by the sequential and the threaded run alike */
export function refuseLong(text: string, max: number): void {
  if (text.length > max) throw new DramatisError('TEXT_TOO_LONG', `text is ${text.length} characters, over the limit of ${max} (--max-length N raises it)`);
}
