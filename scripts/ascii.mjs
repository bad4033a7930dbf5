// text written with ASCII only: each UTF-16 code unit above 0x7f as a \uXXXX escape, which means the
// same character in JSON, in a JavaScript string, template, regular expression (with or without the
// u flag; an astral character becomes its two surrogates, which the u flag reads as one) and comment.
// V8 keeps a string two bytes a character once it holds one character beyond Latin-1, so the
// bundles (scripts/ascii-dist.mjs) and the data they embed (scripts/build-wink-core.mjs) are ASCII
const NON_ASCII = /[\u0080-\uffff]/g;

export const asciiOnly = (text) => text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
