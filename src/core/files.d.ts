// the model files as the build embeds them (tsup.config.ts `loader`; jest and tsx: scripts/embed.cjs)
declare module '*.bin' {
  /** the file's bytes in base64 */
  const base64: string;
  export default base64;
}
declare module '*.txt' {
  const text: string;
  export default text;
}

// wink's English model, read by part (src/document/wink-model.ts); CommonJS, each exports one value
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const value: unknown;
  export default value;
}
