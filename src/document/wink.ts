import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** wink-nlp with its English model, loaded on first use so importing dramatis stays cheap */
export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

export interface WinkToken {
  value: string;
  pos: string;
  type: string;
}

export interface WinkOutput {
  tokens: WinkToken[];
  /** inclusive token index ranges, one per sentence */
  sentences: Array<[number, number]>;
}

export function readWithWink(text: string): WinkOutput {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return {
    tokens: values.map((value, i) => ({ value, pos: pos[i], type: types[i] })),
    sentences,
  };
}
