// words inside personal names

/** particles a surname may open with: "de Blasio", "van Gogh", "bin Salman" */
export const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'le', 'la', 'du', 'al', 'el', 'bin', 'ibn', 'ben']);
