// Types of the parts of snappyjs (MIT) that Palisade uses; the package ships none.
declare module 'snappyjs' {
  /** Decompresses Snappy's block format; throws on an invalid stream or one over maxLength. */
  export function uncompress(compressed: Buffer, maxLength?: number): Buffer;
  export function compress(uncompressed: Buffer): Buffer;
}
