import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const SERVER_ONLY = {
  patterns: [
    {
      group: ["@/lib/server/*", "@/lib/server/**", "**/lib/server/**"],
      message: "UI code must not import server modules.",
    },
    { group: ["@/lib/sim/**", "**/lib/sim/**"], message: "UI code must not import the simulator." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/server/store/generated/**",
      ".data/**",
      ".sim/**",
      "next-env.d.ts",
      "artifacts/**",
      "dist/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", SERVER_ONLY] },
  },
  {
    files: ["lib/server/**/*.ts"],
    // Integration tests may read raw rows to prove what is stored (hashes, ciphertext, append-only).
    ignores: ["lib/server/store/**", "lib/server/**/*.integration.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/server/store/db",
              importNames: ["getDb"],
              message: "Prisma is used only inside lib/server/store: add a query function there.",
            },
          ],
          patterns: [
            {
              group: ["**/store/generated/**", "@prisma/client", "@prisma/*"],
              message: "Prisma is used only inside lib/server/store: add a query function there.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
