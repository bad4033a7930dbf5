// words inside personal names

/** particles a surname may open with: "de Blasio", "van Gogh", "bin Salman" */
export const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'al', 'el', 'bin', 'ibn', 'ben']);

/** particles that also join the words of places' and bodies' names ("Rio de Janeiro", "Universidade Federal de Santa Catarina") */
export const PLACE_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'le', 'la', 'du']);
