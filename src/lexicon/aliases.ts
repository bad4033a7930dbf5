// the words between a name and another name of the same one: "General Mohamed Hamdan Dagalo, known as Hemedti",
// "Islamic State, also known as Daesh", "Ernesto Guevara, better known as Che"; a name right after them, set off by a
// comma or a bracket before, is the first name's alias
export const ALIAS_LINKS: readonly string[] = [
  'known as',
  'also known as',
  'better known as',
  'widely known as',
  'commonly known as',
  'popularly known as',
  'nicknamed',
  'a.k.a.',
  'aka',
];
