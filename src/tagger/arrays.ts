// the typed arrays of a document's tagging. A typed array of more than 64 bytes lives outside
// V8's heap: making one costs an allocation of its own and collecting it a finalisation, which
// for an article's dozen columns weighed more than filling them. At run time a pool hands the
// same buffers to every document (they are dropped before the next is read); training keeps
// every document's columns, so it makes fresh ones

/** a fresh zero-filled array of each kind, n long; a pool's next one of the kind */
export interface Arrays {
  int32(n: number): Int32Array;
  uint8(n: number): Uint8Array;
  uint32(n: number): Uint32Array;
  float64(n: number): Float64Array;
  /** a pool: the document read next takes its buffers from the first again */
  reset(): void;
}

export const freshArrays: Arrays = {
  int32: (n) => new Int32Array(n),
  uint8: (n) => new Uint8Array(n),
  uint32: (n) => new Uint32Array(n),
  float64: (n) => new Float64Array(n),
  reset() {},
};

/** the longest array a pool keeps, in elements: the feature ids of an article of some 8,000 tokens */
const KEEP_LIMIT = 1 << 18;

type Typed = Int32Array | Uint8Array | Uint32Array | Float64Array;

/** buffers of one kind, handed out in order and kept between documents */
class Shelf<A extends Typed> {
  private readonly buffers: A[] = [];
  next = 0;
  constructor(private readonly make: (n: number) => A) {}

  take(n: number): A {
    // a very long document's arrays are its own: the pool does not keep megabytes for the next
    if (n > KEEP_LIMIT) return this.make(n);
    let b = this.buffers[this.next];
    if (!b || b.length < n) this.buffers[this.next] = b = this.make(Math.min(KEEP_LIMIT, Math.max(n, 2 * (b?.length ?? 0), 256)));
    this.next++;
    const view = b.subarray(0, n) as A;
    view.fill(0);
    return view;
  }
}

/** typed arrays reused document after document (run time only) */
export function arrayPool(): Arrays {
  const i32 = new Shelf((n) => new Int32Array(n));
  const u8 = new Shelf((n) => new Uint8Array(n));
  const u32 = new Shelf((n) => new Uint32Array(n));
  const f64 = new Shelf((n) => new Float64Array(n));
  return {
    int32: (n) => i32.take(n),
    uint8: (n) => u8.take(n),
    uint32: (n) => u32.take(n),
    float64: (n) => f64.take(n),
    reset() {
      i32.next = u8.next = u32.next = f64.next = 0;
    },
  };
}
