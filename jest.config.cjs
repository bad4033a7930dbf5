/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
    // the tagger's model files, as the build embeds them (tsup.config.ts `loader`)
    '^.+\\.(bin|txt)$': '<rootDir>/scripts/embed.cjs',
  },
  // wink-nlp and compromise ship CommonJS; our sources are TypeScript
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'bin', 'txt'],
  // the compromise plugin imports the library by its package name, as the build keeps it (tsup.config.ts)
  moduleNameMapper: { '^dramatis$': '<rootDir>/src/index.ts' },
  testTimeout: 60000,
};
