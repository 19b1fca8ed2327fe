// ESLint for `npm run lint` (office-addin-lint picks this file up): Microsoft's office-addins rules and Prettier,
// with the checks TypeScript already makes (undefined names, redeclarations) left to the compiler.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
];
