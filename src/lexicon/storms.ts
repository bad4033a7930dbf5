// the words around a storm's name (its own word, "Hurricane", "Typhoon", lives with the no-names: not-names.ts STORM_WORDS)

/** the words that class a storm before its word: "Tropical Storm", "Severe Tropical Cyclone", "Super Typhoon" */
export const STORM_CLASSES: ReadonlySet<string> = new Set(['tropical', 'subtropical', 'severe', 'super']);
