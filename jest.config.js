/** Jest: TypeScript tests under test/, Node environment. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  moduleNameMapper: { "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js" },
};
